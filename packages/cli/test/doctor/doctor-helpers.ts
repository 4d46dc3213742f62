// Test helpers: a repository written to a temporary folder, doctor run over it, and the
// findings as `line:column rule` strings or with their messages.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runDoctor } from '../../src/doctor/analyze.js'
import type { DoctorResult } from '../../src/doctor/analyze.js'
import { discoverWorkflows, loadRepository } from '../../src/doctor/repository.js'
import type { Rule } from '../../src/doctor/rule.js'
import { RULES } from '../../src/doctor/rules/index.js'

const made: string[] = []

/** Writes `files` (path relative to the root: content) to a new folder; returns the folder. */
export function writeRepository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tokenless-doctor-'))
  made.push(root)
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true })
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

export function removeRepositories(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true })
}

/** Doctor over a folder (a repository, or a folder of workflows). */
export function doctorAt(path: string, rules: readonly Rule[] = RULES): DoctorResult {
  const { root, files } = discoverWorkflows(path)
  return runDoctor(loadRepository(root, files), rules)
}

/** Doctor over one workflow (`.github/workflows/release.yml`) and other files. */
export function doctor(
  workflow: string,
  others: Record<string, string> = {},
  rules?: readonly Rule[],
): DoctorResult {
  return doctorAt(writeRepository({ '.github/workflows/release.yml': workflow, ...others }), rules)
}

/** `file:line:column rule` of each finding. */
export function where(result: DoctorResult): string[] {
  return result.findings.map(
    (finding) =>
      `${finding.file.rel}:${finding.position.line}:${finding.position.column} ${finding.rule}`,
  )
}

/** The findings of one rule: `line:column message`. */
export function messagesOf(result: DoctorResult, rule: string): string[] {
  return result.findings
    .filter((finding) => finding.rule === rule)
    .map((finding) => `${finding.position.line}:${finding.position.column} ${finding.message}`)
}

export function rulesFound(result: DoctorResult): string[] {
  return [...new Set(result.findings.map((finding) => finding.rule))].sort()
}

/** A release workflow of one job, "ship", that publishes with `run` and has no environment. */
export const shipWorkflow = (run: string) => `on: { push: { branches: [main] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  ship:
    runs-on: ubuntu-latest
    permissions: { contents: read, id-token: write }
    steps:
      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0
        with: { node-version: 24 }
      - run: ${run}
`

/** publish-without-environment's message for shipWorkflow, naming the publishing tool. */
export const shipWithoutEnvironment = (tool: string) =>
  `5:3 Job "ship" publishes to npm with ${tool} (line 11) but has no \`environment:\`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job's token (npm answers E404 on the upload, PyPI "invalid-publisher").`

/** The step lines of setup-node (pinned) with Node 24. */
export const SETUP_NODE_24 =
  '      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0\n        with: { node-version: 24 }\n'

/**
 * A release workflow started by hand, of one job under the `npm` environment: `steps` are the
 * job's step lines (indented six spaces), which start on line 10.
 */
export const dispatchReleaseJob = (
  steps: string,
  { job = 'publish', permissions = 'id-token: write, contents: read' } = {},
) => `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  ${job}:
    runs-on: ubuntu-latest
    environment: npm
    permissions: { ${permissions} }
    steps:
${steps}`
