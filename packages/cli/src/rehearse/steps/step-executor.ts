// One interface for every kind of step the rehearsal runs (nektos/act's step model): the runner
// evaluates a step's `if:`, `env:` and `with:`, and its executor does the rest.
import type { Step, Value } from '@tokenless/workflow'
import type { RehearsalSandbox } from '../rehearsal-sandbox.js'
import type { JobRecord, StepKind, StepRecord } from '../run-records.js'
import type { Masker, WorkflowCommandReader } from '../runner-files.js'

/** A step ready to run: its values evaluated, its process environment built. */
export interface StepRun {
  step: Step
  /** The step's contexts, `secrets` included (for action input defaults). */
  contexts: Record<string, Value>
  /** The step's `with:`, evaluated (empty for a `run:` step). */
  inputs: Record<string, string>
  /** A `run:` step's script, interpolated; its shell and directory, defaults applied. */
  script: { text: string; shell: string | undefined; workingDirectory: string | undefined }
  workspace: string
  runnerTemp: string
  env: Record<string, string>
  timeoutMs: number | undefined
  commands: WorkflowCommandReader
  log: (line: string) => void
  stepRecord: StepRecord
  record: JobRecord
}

/** What executors may use of the run: where things are, the sandbox, the masker. */
export interface StepHost {
  suiteRoot: string
  workDir: string
  gitDir: string
  owner: string
  repo: string
  sha: string
  ref: string
  sandbox: RehearsalSandbox
  masker: Masker
  /** --release-pr, for the release-PR stand-ins. */
  releasePr?: 'merged' | 'open' | undefined
  /** Reports a step or job as not rehearsed, with where it is. */
  notRehearsed: (line: string) => void
}

/** A step kind's behaviour: `main` runs the step and says whether it succeeded. */
export interface StepExecutor {
  readonly kind: StepKind
  main(run: StepRun): Promise<boolean>
}

/** Marks the step as not rehearsed, with the reason in its notes. */
export function markNotRehearsed(run: StepRun, note: string): void {
  run.stepRecord.kind = 'not-rehearsed'
  run.stepRecord.status = 'not-rehearsed'
  run.stepRecord.notes.push(note)
}
