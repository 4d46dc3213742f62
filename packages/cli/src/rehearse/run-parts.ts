// Small parts of a run the workflow runner builds from: a step's record, the job's sandbox
// GITHUB_TOKEN, and the text of a reusable workflow a job calls.
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { git } from '@tokenless/git'
import { stepLabel, type Step } from '@tokenless/workflow'
import type { StepRecord } from './run-records.js'

export function newStepRecord(step: Step): StepRecord {
  return {
    index: step.index,
    label: stepLabel(step),
    uses: step.uses,
    kind: step.run !== undefined ? 'run' : 'action',
    status: 'pending',
    outcome: undefined,
    startedAt: undefined,
    durationMs: undefined,
    exitCode: undefined,
    log: [],
    annotations: [],
    notes: [],
    line: step.line,
  }
}

export function sandboxToken(): string {
  // GitHub's installation tokens start with ghs_; 36 characters of base62 follow.
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  const bytes = randomBytes(36)
  return `ghs_${[...bytes].map((byte) => alphabet[byte % alphabet.length]).join('')}`
}

/**
 * The text of a called workflow: `./.github/workflows/x.yml` from the repository at the run's
 * commit, `<owner>/tokenless/.github/workflows/x.yml@ref` from this tokenless checkout.
 * Undefined for any other repository.
 */
export async function readCalledWorkflow(
  s: { gitDir: string; sha: string; owner: string; repo: string; ref: string; suiteRoot: string },
  uses: string,
): Promise<{ text: string; path: string; jobWorkflowRef: string } | undefined> {
  if (uses.startsWith('./')) {
    const path = uses.slice(2)
    const shown = await git(s.gitDir, ['show', `${s.sha}:${path}`], { allowFailure: true })
    if (shown.exitCode !== 0) {
      throw new Error(`${uses}: there is no ${path} in the repository at ${s.sha.slice(0, 7)}.`)
    }
    return { text: shown.stdout, path, jobWorkflowRef: `${s.owner}/${s.repo}/${path}@${s.ref}` }
  }
  const remote = /^([^/]+)\/tokenless\/(\.github\/workflows\/[^@]+)@(.+)$/.exec(uses)
  if (remote === null) return undefined
  const [, owner = '', path = '', ref = ''] = remote
  const file = join(s.suiteRoot, path)
  if (!existsSync(file)) {
    throw new Error(`${uses}: this tokenless checkout has no ${path} to stand in for it.`)
  }
  const fullRef = /^v?\d/.test(ref)
    ? `refs/tags/${ref}`
    : ref.startsWith('refs/')
      ? ref
      : `refs/heads/${ref}`
  return {
    text: await readFile(file, 'utf8'),
    path,
    jobWorkflowRef: `${owner}/tokenless/${path}@${fullRef}`,
  }
}
