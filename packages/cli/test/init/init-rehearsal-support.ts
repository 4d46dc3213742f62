// init, then doctor, then rehearse, as a maintainer runs them on a repository of one kind.
import { expect } from '@jest/globals'
import { doctorAt } from '../doctor/doctor-helpers.js'
import { rehearseJson, tokenLines } from '../rehearse/rehearse-support.js'
import type { RehearsalReport } from '../../src/rehearse/rehearsal.js'
import { runInit, type Repo } from './init-support.js'

export interface Sequence {
  /** init's arguments. */
  init?: string[]
  /** rehearse's arguments. */
  rehearse?: string[]
  /** What doctor finds over the repository, `file:line rule` (none unless said). */
  findings?: string[]
}

/**
 * Runs init (exit 0, doctor clean in its summary), doctor over the repository, commits the
 * workflow, and rehearses it; returns the report, with no token in any output.
 */
export async function initDoctorRehearse(
  repo: Repo,
  sequence: Sequence = {},
): Promise<RehearsalReport> {
  const init = await runInit(sequence.init ?? [], repo.dir)
  expect(init.stderr).toBe('')
  expect(init.stdout).toContain('tokenless doctor: no finding in .github/workflows/release.yml.')
  expect(init.code).toBe(0)
  const doctor = doctorAt(repo.dir)
  expect(doctor.failures).toEqual([])
  expect(doctor.findings.map((f) => `${f.file.rel}:${f.position.line} ${f.rule}`)).toEqual(
    sequence.findings ?? [],
  )
  repo.commit('ci: release with tokenless')
  const { code, report, stderr } = await rehearseJson(sequence.rehearse ?? [], { cwd: repo.dir })
  if (code !== 0)
    throw new Error(`rehearse exited ${code}: ${report.verdict}\n${failedLogs(report)}`)
  expect(tokenLines(stderr)).toEqual([])
  expect(tokenLines(JSON.stringify(report))).toEqual([])
  return report
}

/** The log of every failed step, to say why a rehearsal failed. */
function failedLogs(report: RehearsalReport): string {
  return report.attempts
    .flatMap((attempt) => attempt.jobs)
    .flatMap((job) =>
      job.steps.filter((step) => step.status === 'failure').map((step) => ({ job, step })),
    )
    .map(({ job, step }) => `${job.label} › ${step.label}:\n${step.log.slice(-40).join('\n')}`)
    .join('\n')
}

/** What the sandbox's registries and GitHub stand-in hold after the run, in short. */
export function published(report: RehearsalReport): {
  npm: string[]
  pypi: string[]
  releases: string[]
} {
  return {
    npm: report.readBack.npm.flatMap((pkg) => pkg.published.map((v) => `${pkg.name}@${v}`)),
    pypi: report.readBack.pypi.flatMap((pkg) =>
      pkg.files.map((file) => `${pkg.registry}:${pkg.name} ${file.version} ${file.filename}`),
    ),
    releases: report.readBack.releases.map((release) => release.tag),
  }
}
