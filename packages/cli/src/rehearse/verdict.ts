// The verdict of a rehearsal: PASSED only when every publish and release step ran against the
// sandbox; NOT REHEARSED (exit code 3) when one could not run, or when every failure comes from
// something the rehearsal could not run; FAILED otherwise, with where and why.
import type { RehearsalReport } from './rehearsal.js'
import type { JobRecord } from './run-records.js'

export type RehearsalResult = 'passed' | 'failed' | 'not-rehearsed'

/** Whether a failed job failed for its own reasons: not every failed step comes from a gap. */
function failedForItsOwnReasons(job: JobRecord): boolean {
  const failedSteps = job.steps.filter((step) => step.status === 'failure')
  return (
    failedSteps.length === 0 || failedSteps.some((step) => step.notRehearsedCause === undefined)
  )
}

/** The jobs of the last attempt that failed (continue-on-error ones aside). */
function failedJobs(report: Pick<RehearsalReport, 'attempts'>): JobRecord[] {
  const last = report.attempts[report.attempts.length - 1]
  return last?.jobs.filter((job) => job.status === 'failure' && job.continuedOnError !== true) ?? []
}

/** The run's result, from how the jobs ended and what could not be rehearsed. */
export function resultOf(
  run: 'success' | 'failure',
  report: Pick<RehearsalReport, 'attempts' | 'unrehearsedPublishes'> &
    Partial<Pick<RehearsalReport, 'versionDisagreements'>>,
): RehearsalResult {
  const failed = failedJobs(report)
  if (run === 'failure' && (failed.length === 0 || failed.some(failedForItsOwnReasons)))
    return 'failed'
  if ((report.versionDisagreements ?? []).length > 0) return 'failed'
  if (run === 'failure' || report.unrehearsedPublishes.length > 0) return 'not-rehearsed'
  return 'passed'
}

/** One sentence: what the release would do, or where it would fail and why (the action's words). */
export function verdictOf(report: RehearsalReport): string {
  const last = report.attempts[report.attempts.length - 1]
  const published = [
    ...report.readBack.npm.flatMap((pkg) =>
      pkg.published.map((version) => `${pkg.name}@${version} (npm)`),
    ),
    ...report.readBack.pypi.flatMap((project) =>
      project.published.map(
        (version) =>
          `${project.name} ${version} (${project.registry === 'testpypi' ? 'TestPyPI' : 'PyPI'})`,
      ),
    ),
  ]
  const releases = report.readBack.releases
    .filter((release) => !release.draft && !report.earlierReleases.includes(release.tag))
    .map((release) => release.tag)
  if (report.result === 'not-rehearsed') return notRehearsedVerdict(report, published, releases)
  if (report.result === 'passed') {
    const parts = [
      published.length === 0 ? 'nothing was published' : `published ${published.join(', ')}`,
      releases.length === 0 ? 'no GitHub release' : `GitHub release ${releases.join(', ')}`,
    ]
    const rerun = report.attempts.length > 1 ? ' after rerunning the failed jobs' : ''
    const jobs = last?.jobs ?? []
    if (jobs.length > 0 && jobs.every((job) => job.status === 'skipped')) {
      const first = jobs[0]
      return `PASSED, but every job was skipped (${first?.label}: ${first?.notes[first.notes.length - 1] ?? 'skipped'}): nothing was published and no GitHub release was made. Check the run's ref and inputs (--ref, --input).`
    }
    return `PASSED${rerun}: ${parts.join('; ')}.${report.notRehearsed.length > 0 ? ` ${report.notRehearsed.length} step(s) were not rehearsed.` : ''}`
  }
  const disagree = report.versionDisagreements
  if (failedJobs(report).length === 0 && disagree.length > 0) {
    return `FAILED: the tags and the packages disagree: ${disagree.join('; ')}. A version computed twice (before an approval and again after it, across midnight UTC for a date) differs: compute it once and pass it to the later jobs as a job output.`
  }
  const failed = failedJobs(report).sort(
    (a, b) => Number(failedForItsOwnReasons(b)) - Number(failedForItsOwnReasons(a)),
  )
  const first = failed[0]
  const step = first?.steps.find((candidate) => candidate.status === 'failure')
  const diagnosis =
    step?.annotations.find((annotation) => annotation.level === 'error')?.message ??
    step?.log
      .filter((line) => line.startsWith('Error: '))
      .pop()
      ?.slice(7) ??
    first?.notes[first.notes.length - 1]
  const where =
    first === undefined
      ? 'a job'
      : step === undefined
        ? `job ${first.label}`
        : `${first.label} › ${step.label}`
  const others = failed.slice(1).map((job) => job.label)
  const gaps = report.unrehearsedPublishes.length
  return `FAILED in ${where}${diagnosis === undefined ? '' : `: ${diagnosis}`}${others.length === 0 ? '' : ` (also failed: ${others.join(', ')})`}${gaps === 0 ? '' : `; besides, ${gaps} publish or release step(s) were not rehearsed`}`
}

/** NOT REHEARSED: which publish and release steps did not run, and what did. */
function notRehearsedVerdict(
  report: RehearsalReport,
  published: string[],
  releases: string[],
): string {
  const fromGaps = failedJobs(report).flatMap((job) =>
    job.steps
      .filter((step) => step.status === 'failure' && step.notRehearsedCause !== undefined)
      .map((step) => `${job.label} › ${step.label}`),
  )
  const parts = [
    report.unrehearsedPublishes.length === 0
      ? undefined
      : `${report.unrehearsedPublishes.length} publish or release step(s) did not run against the sandbox: ${report.unrehearsedPublishes.join('; ')}`,
    fromGaps.length === 0
      ? undefined
      : `Failed because of what was not rehearsed: ${fromGaps.join(', ')}`,
    `What ran: ${published.length === 0 ? 'nothing was published' : `published ${published.join(', ')}`}; ${releases.length === 0 ? 'no GitHub release' : `GitHub release ${releases.join(', ')}`}`,
  ].filter((part) => part !== undefined)
  return `NOT REHEARSED: ${parts.join('. ')}. The release was not shown to work (exit code 3).`
}
