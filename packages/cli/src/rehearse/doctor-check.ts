// The rehearsal also reads the workflow as `tokenless doctor` does: some hazards (a token in
// reach of every job, a release that cancels another) never show in one local run, so the
// report lists them beside what happened.
import { execFile } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import {
  localPath,
  parseYamlSource,
  readSourceWorkflow,
  type SourceFile,
} from '@tokenless/workflow'
import { countBySeverity, loadRepository, runDoctor } from '../doctor/index.js'
import type { Severity } from '../doctor/index.js'

const run = promisify(execFile)

export interface DoctorFinding {
  rule: string
  severity: Severity
  file: string
  line: number
  message: string
}

export interface DoctorSummary {
  counts: Record<Severity, number>
  findings: DoctorFinding[]
}

/** Doctor's findings for `workflowPath` (and what it uses) in the tree at `sha` of `gitDir`. */
export async function doctorCheck(
  gitDir: string,
  sha: string,
  workflowPath: string,
  dir: string,
): Promise<DoctorSummary> {
  await mkdir(dir, { recursive: true })
  const archive = join(dir, '..', 'doctor-tree.tar')
  const paths = await doctorPaths(gitDir, sha)
  await run('git', [
    '--git-dir',
    gitDir,
    'archive',
    '--format=tar',
    '-o',
    archive,
    sha,
    '--',
    ...paths,
  ])
  await run('tar', ['-xf', archive, '-C', dir])
  const result = runDoctor(loadRepository(dir, [join(dir, workflowPath)]))
  return {
    counts: countBySeverity(result.findings),
    findings: result.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      file: finding.file.rel,
      line: finding.position.line,
      message: finding.message,
    })),
  }
}

/**
 * What doctor reads, not the whole tree: .github (workflows, and the actions most repositories
 * keep there), the root manifests whose scripts and release settings it follows, and the local
 * actions (`uses: ./path`) the workflows name elsewhere.
 */
async function doctorPaths(gitDir: string, sha: string): Promise<string[]> {
  const { stdout } = await run('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', sha])
  const files = stdout.split('\n').filter((file) => file !== '')
  const workflows = files.filter((file) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file))
  const wanted = new Set(['.github', 'package.json', '.release-it.json'])
  for (const workflow of workflows) {
    const { stdout: text } = await run('git', ['--git-dir', gitDir, 'show', `${sha}:${workflow}`])
    for (const path of localUses(parseYamlSource(workflow, workflow, text))) wanted.add(path)
  }
  return [...wanted].filter((path) =>
    files.some((file) => file === path || file.startsWith(`${path}/`)),
  )
}

/** The repository paths of the local actions and workflows (`./x`, `$/x`) a workflow file uses. */
function localUses(file: SourceFile): string[] {
  const paths: string[] = []
  for (const document of file.documents) {
    const workflow = readSourceWorkflow(file, document)
    for (const job of workflow?.jobs ?? []) {
      const uses = [job.uses?.str(), ...job.steps.map((step) => step.uses)]
      for (const each of uses) {
        const path = localPath(each?.trim().split('@')[0])
        if (path !== undefined) paths.push(path)
      }
    }
  }
  return paths
}
