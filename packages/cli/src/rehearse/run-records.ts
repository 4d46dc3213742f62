// What a rehearsal records about each job and step, as the progress display and the report read it.
import type { Annotation } from './runner-files.js'

export type StepStatus = 'pending' | 'running' | 'success' | 'failure' | 'skipped' | 'not-rehearsed'

/** How a step was run: as on the runner, by a stand-in, or not at all. */
export type StepKind = 'run' | 'action' | 'stand-in' | 'not-rehearsed' | 'reusable'

export interface StepRecord {
  index: number
  label: string
  /** `uses:` as written, for an action step. */
  uses: string | undefined
  kind: StepKind
  status: StepStatus
  /** The result before continue-on-error (`steps.<id>.outcome`). */
  outcome: 'success' | 'failure' | 'skipped' | undefined
  startedAt: number | undefined
  durationMs: number | undefined
  exitCode: number | undefined
  /** The log as the runner would show it, secrets masked. */
  log: string[]
  annotations: Annotation[]
  /** What the rehearsal did differently from GitHub for this step, in words. */
  notes: string[]
  /** The workflow file and line of the step, when known. */
  line: number | undefined
  /** A failure that comes from a step or job the rehearsal could not run, named here. */
  notRehearsedCause?: string
}

export type JobStatus = 'waiting' | 'running' | 'success' | 'failure' | 'skipped' | 'cancelled'

export interface JobRecord {
  /** Unique in the run: the job id, `caller/inner` in a reusable workflow, matrix values added. */
  key: string
  id: string
  label: string
  needs: string[]
  status: JobStatus
  attempt: number
  startedAt: number | undefined
  durationMs: number | undefined
  runsOn: string
  environment: { name: string; url: string | undefined } | undefined
  /** The GITHUB_TOKEN's permissions, as `contents: read, checks: write`. */
  permissions: string
  /** Whether the job could request an OIDC token (id-token: write). */
  idToken: boolean
  concurrency: string | undefined
  outputs: Record<string, string>
  /** GITHUB_STEP_SUMMARY of every step, in order. */
  summary: string
  steps: StepRecord[]
  /** A failed job with continue-on-error: the run and the jobs that need it went on. */
  continuedOnError?: boolean
  /** Why the job was skipped or failed before its steps, and what was stood in for. */
  notes: string[]
  /** The workflow file (relative to the repository) and line of the job. */
  file: string
  line: number | undefined
}

export type RunEvent =
  | { type: 'job-queued'; job: JobRecord }
  | { type: 'job-started'; job: JobRecord }
  | { type: 'job-finished'; job: JobRecord }
  | { type: 'step-started'; job: JobRecord; step: StepRecord }
  | { type: 'step-finished'; job: JobRecord; step: StepRecord }
  | { type: 'step-log'; job: JobRecord; step: StepRecord; line: string }
  | { type: 'phase'; name: string; detail: string; durationMs?: number }

export type RunListener = (event: RunEvent) => void
