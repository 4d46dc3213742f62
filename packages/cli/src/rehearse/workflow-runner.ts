// Runs a workflow's jobs as the runner would: in `needs` order (each job as soon as its needs are
// done), with `if:`, `env:`, `permissions:` (a sandbox GITHUB_TOKEN with exactly those, an OIDC
// token request only with id-token: write), `environment:`, matrices, reusable workflows, outputs.
import { readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import {
  evaluateCondition,
  evaluateValue,
  expandMatrix,
  ExpressionError,
  inputDefinitions,
  interpolate,
  jobLabel,
  parseWorkflow,
  resolveInputs,
  toText,
  toValue,
  type Job,
  type Step,
  type Value,
  type Workflow,
  WorkflowError,
} from '@tokenless/workflow'
import { checkWorkflowExpressions } from './expression-check.js'
import {
  capPermissions,
  describePermissions,
  expandPermissions,
  forbiddenNote,
  tokenPermissions,
  type Access,
} from './permissions.js'
import type { RehearsalSandbox } from './rehearsal-sandbox.js'
import type { JobRecord, RunListener, StepRecord } from './run-records.js'
import type { Masker } from './runner-files.js'
import { parseKeyValueFile, parsePathFile, WorkflowCommandReader } from './runner-files.js'
import { networkEnv } from './network-env.js'
import {
  githubContext,
  jobEnvContexts,
  jobFolders,
  jobGitConfig,
  jobOutputContexts,
  jobState,
  runnerVariables,
  stepConditionContexts,
  stepContexts,
  stepFiles,
  stepProcessEnv,
  type JobContextParts,
  type JobFolders,
  type RunFacts,
  type StepFiles,
} from './runner-environment.js'
import { containEnv, containInputs, containScript } from './containment.js'
import { publishShape, readsUnrehearsed, RehearsalGaps, upstreamLabels } from './rehearsal-gaps.js'
import { newStepRecord, readCalledWorkflow, sandboxToken } from './run-parts.js'
import { formatDuration, RehearsalClock } from './rehearsal-clock.js'
import { sandboxToolsPath } from './sandbox-urls.js'
import type { StepHost, StepRun } from './steps/step-executor.js'
import { stepExecutor } from './steps/step-factory.js'

export type JobResult = 'success' | 'failure' | 'skipped' | 'cancelled'

export interface RunSetup {
  suiteRoot: string
  workDir: string
  owner: string
  repo: string
  gitDir: string
  defaultBranch: string
  visibility: 'public' | 'private'
  eventName: string
  eventPayload: Record<string, unknown>
  ref: string
  sha: string
  workflow: Workflow
  /** The workflow's path in the repository: `.github/workflows/release.yml`. */
  workflowPath: string
  inputs: Record<string, Value>
  sandbox: RehearsalSandbox
  masker: Masker
  listener: RunListener
  runId: string
  actor: string
  /** The publish shims' folder (containment.ts), first on every job's PATH. */
  shimDir?: string
  /** --release-pr: what the release-PR stand-ins find, instead of the repository's state. */
  releasePr?: 'merged' | 'open' | undefined
  /** The run's clock (--clock, --approval-wait); default the machine's, no approval wait. */
  clock?: RehearsalClock
}

/** A workflow being run: the top one, or a reusable one called by a job. */
interface Scope {
  workflow: Workflow
  /** `owner/repo/.github/workflows/x.yml@ref`: the job_workflow_ref of its jobs. */
  jobWorkflowRef: string
  inputs: Record<string, Value>
  secrets: Record<string, string>
  /** `caller/` for a called workflow's jobs. */
  keyPrefix: string
  /** `Caller / ` for their labels. */
  labelPrefix: string
  /** The caller job's permissions, which a called job cannot exceed. */
  cap: Record<string, Access> | undefined
  /** The clock offset its jobs start from (a called workflow's: its caller job's). */
  clockOffsetMs: number
}

interface Outcome {
  result: JobResult
  outputs: Record<string, string>
  /** Outputs whose value came from a step that was not rehearsed: empty here, maybe not on GitHub. */
  unrehearsedOutputs?: string[]
  /** How far the job's clock was ahead of the machine's (its approval waits), in ms. */
  clockOffsetMs?: number
}

/** A job whose steps are running: where it runs, what its steps see, and what they left. */
interface JobRun {
  scope: Scope
  job: Job
  record: JobRecord
  placed: { strategy: StrategyRun; unrehearsed: Map<string, string> }
  folders: JobFolders
  filesDir: string
  parts: JobContextParts
  /** The job's clock offset, in ms. */
  clockOffsetMs: number
  /** The runner's variables (and the OIDC request's, with id-token: write). */
  baseEnv: Record<string, string>
  workflowEnv: Record<string, string>
  jobEnv: Record<string, string>
  /** What steps wrote to GITHUB_ENV and GITHUB_PATH. */
  fileEnv: Record<string, string>
  pathAdditions: string[]
  /** The `steps` context. */
  steps: Record<string, Value>
  /** Steps not rehearsed, by id: what reads their outputs is not rehearsed either. */
  unrehearsedSteps: Map<string, string>
  failed: boolean
  cancelled: boolean
  jobMinutes: number
  jobDeadline: number
  defaults: { shell: string | undefined; workingDirectory: string | undefined }
}

/** One matrix combination's place in its job: the `strategy` context, and fail-fast's state. */
interface StrategyRun {
  context: Record<string, Value>
  failFast: boolean
  /** Set when a sibling failed under fail-fast: the jobs not done are cancelled. */
  cancelledBy: { label: string | undefined }
}

function text(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return toText(toValue(value))
}

function asValue(record: Record<string, string>): Record<string, Value> {
  return { ...record }
}

function safeName(key: string): string {
  return key.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 60)
}

export class WorkflowRunner {
  /** Every job record of the current attempt, in the order jobs started. */
  readonly jobs: JobRecord[] = []
  /** Results of earlier attempts by job key: a rerun keeps the successful ones. */
  private previous = new Map<string, { record: JobRecord; outcome: Outcome }>()
  private outcomes = new Map<string, { record: JobRecord; outcome: Outcome }>()
  private attempt = 1
  private jobCount = 0
  private readonly runnerPath: string
  /** The machine's certificate and proxy settings, which every job inherits. */
  private readonly network: Record<string, string>
  private readonly eventPath: string
  private readonly gaps = new RehearsalGaps()
  private workflowConcurrency: string | undefined
  private readonly clock: RehearsalClock

  constructor(private readonly setup: RunSetup) {
    this.clock = setup.clock ?? new RehearsalClock(undefined, 0, undefined)
    this.runnerPath = sandboxToolsPath(setup.workDir, setup.sandbox.github.url)
    this.network = networkEnv(process.env, (path) => {
      try {
        return readFileSync(path, 'utf8')
      } catch {
        return undefined
      }
    })
    this.eventPath = join(setup.workDir, 'event.json')
  }

  /** Steps and jobs reported as not rehearsed, with where they are. */
  get unrehearsed(): string[] {
    return this.gaps.lines
  }

  /** Publish and release steps (or jobs that may publish) that did not run against the sandbox. */
  get unrehearsedPublishes(): string[] {
    return this.gaps.publishes
  }

  /** The workflow's concurrency group and what a second run would do, when it has one. */
  get concurrency(): string | undefined {
    return this.workflowConcurrency
  }

  /** Runs the workflow (attempt 1), or reruns the jobs that did not succeed (attempt 2, ...). */
  async run(attempt = 1): Promise<'success' | 'failure'> {
    this.attempt = attempt
    if (attempt > 1) {
      this.previous = new Map(this.outcomes)
      this.outcomes = new Map()
      this.jobs.length = 0
      this.gaps.clear()
    }
    await mkdir(this.setup.workDir, { recursive: true })
    await writeFile(this.eventPath, JSON.stringify(this.setup.eventPayload, null, 2))
    const { owner, repo, ref, workflowPath } = this.setup
    const scope: Scope = {
      workflow: this.setup.workflow,
      jobWorkflowRef: `${owner}/${repo}/${workflowPath}@${ref}`,
      inputs: this.setup.inputs,
      secrets: {},
      keyPrefix: '',
      labelPrefix: '',
      cap: undefined,
      clockOffsetMs: this.clock.startOffsetMs,
    }
    if (scope.workflow.concurrency !== undefined) {
      this.workflowConcurrency = this.describeConcurrency(
        scope,
        scope.workflow.concurrency,
        ['concurrency'],
        { github: githubContext(this.runFacts(), '', ''), inputs: scope.inputs, vars: {} },
      )
    }
    const results = await this.runScope(scope)
    return [...results.values()].some((outcome) => outcome.result === 'failure')
      ? 'failure'
      : 'success'
  }

  private async runScope(scope: Scope): Promise<Map<string, Outcome>> {
    const results = new Map<string, Outcome>()
    const running = new Map<string, Promise<Outcome>>()
    const byId = new Map(scope.workflow.jobs.map((job) => [job.id, job]))
    const start = (id: string): Promise<Outcome> => {
      const existing = running.get(id)
      if (existing !== undefined) return existing
      const job = byId.get(id)
      if (job === undefined) throw new Error(`No job ${id}`)
      const promise = Promise.all(job.needs.map((need) => start(need))).then(async (needs) => {
        const needsContext: Record<string, Value> = {}
        const unrehearsed = new Map<string, string>()
        const offsets = [scope.clockOffsetMs]
        job.needs.forEach((need, index) => {
          const outcome = needs[index]
          offsets.push(outcome?.clockOffsetMs ?? scope.clockOffsetMs)
          needsContext[need] = {
            result: outcome?.result ?? 'skipped',
            outputs: asValue(outcome?.outputs ?? {}),
          }
          for (const name of outcome?.unrehearsedOutputs ?? []) {
            unrehearsed.set(`needs.${need}.outputs.${name}`, `job ${need}'s output ${name}`)
          }
        })
        const outcome = await this.runMatrix(scope, job, needsContext, unrehearsed, offsets)
        results.set(id, outcome)
        return outcome
      })
      running.set(id, promise)
      return promise
    }
    await Promise.all(scope.workflow.jobs.map((job) => start(job.id)))
    return results
  }

  private async runMatrix(
    scope: Scope,
    job: Job,
    needs: Record<string, Value>,
    unrehearsed: Map<string, string>,
    offsets: number[],
  ): Promise<Outcome> {
    const base = {
      github: githubContext(this.runFacts(), job.id, ''),
      needs,
      vars: {},
      inputs: scope.inputs,
    }
    // The job's if: comes first: a skipped job expands no matrix.
    const skipped = this.skipReason(scope, job, needs, base)
    if (skipped !== undefined) {
      const record = this.newJob(scope, job, undefined)
      const at = {
        key: `${scope.keyPrefix}${job.id}`,
        label: record.label,
        prefix: scope.keyPrefix,
      }
      const note =
        skipped.result === 'skipped'
          ? this.gaps.jobSkipped(job, at, unrehearsed, skipped.note)
          : skipped.note
      const early = this.finishEarly(record, skipped.result, note)
      return this.remember(record, { ...early, clockOffsetMs: Math.max(...offsets) })
    }
    let combinations: Array<Record<string, Value> | undefined> = [undefined]
    let failFast = true
    let maxParallel: number | undefined
    if (job.strategy?.matrix !== undefined) {
      try {
        const strategy = job.strategy
        const matrix = toValue(
          this.located(scope, ['jobs', job.id, 'strategy', 'matrix'], 'strategy.matrix', () =>
            evaluateValue(strategy.matrix, { contexts: base }),
          ),
        )
        combinations = expandMatrix(matrix, {
          file: scope.workflow.file,
          line: job.line,
        })
        if (strategy.failFast !== undefined) {
          failFast =
            text(
              this.located(scope, ['jobs', job.id, 'strategy', 'fail-fast'], 'fail-fast', () =>
                evaluateValue(strategy.failFast, { contexts: base }),
              ),
            ) !== 'false'
        }
        if (strategy.maxParallel !== undefined) {
          const wanted = Number(
            text(
              this.located(
                scope,
                ['jobs', job.id, 'strategy', 'max-parallel'],
                'max-parallel',
                () => evaluateValue(strategy.maxParallel, { contexts: base }),
              ),
            ),
          )
          if (Number.isInteger(wanted) && wanted > 0) maxParallel = wanted
        }
      } catch (error) {
        const record = this.newJob(scope, job, undefined)
        return this.remember(
          record,
          this.finishEarly(
            record,
            'failure',
            `The matrix could not be expanded: ${message(error)}`,
          ),
        )
      }
    }
    // At most max-parallel combinations at once, in order; under fail-fast, a failed one cancels
    // those not done (GitHub cancels the running ones and the queued ones).
    const total = combinations.length
    const parallel = maxParallel ?? total
    const cancelledBy: StrategyRun['cancelledBy'] = { label: undefined }
    const outcomes: Outcome[] = new Array<Outcome>(total)
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < total) {
        const index = next++
        const matrix = combinations[index]
        const strategy: StrategyRun = {
          context: {
            'fail-fast': failFast,
            'job-index': index,
            'job-total': total,
            'max-parallel': parallel,
          },
          failFast,
          cancelledBy,
        }
        const outcome = await this.runJob(scope, job, needs, matrix, strategy, {
          unrehearsed,
          offsets,
        })
        outcomes[index] = outcome
        if (outcome.result === 'failure' && failFast && cancelledBy.label === undefined) {
          cancelledBy.label = `${scope.labelPrefix}${jobLabel(job, matrix)}`
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(parallel, total) }, () => worker()))
    const outputs: Record<string, string> = {}
    const unrehearsedOutputs = new Set<string>()
    for (const outcome of outcomes) {
      Object.assign(outputs, outcome.outputs)
      for (const name of outcome.unrehearsedOutputs ?? []) unrehearsedOutputs.add(name)
    }
    const result: JobResult = outcomes.some((o) => o.result === 'failure')
      ? 'failure'
      : outcomes.some((o) => o.result === 'cancelled')
        ? 'cancelled'
        : outcomes.every((o) => o.result === 'skipped')
          ? 'skipped'
          : 'success'
    const clockOffsetMs = Math.max(...offsets, ...outcomes.map((o) => o.clockOffsetMs ?? 0))
    return { result, outputs, unrehearsedOutputs: [...unrehearsedOutputs], clockOffsetMs }
  }

  /** Why a job does not run (its if: with its needs' results), or undefined when it runs. */
  private skipReason(
    scope: Scope,
    job: Job,
    needs: Record<string, Value>,
    contexts: Record<string, Value>,
  ): { result: JobResult; note: string } | undefined {
    const needResults = Object.values(needs).map((need) =>
      typeof need === 'object' && need !== null && !Array.isArray(need) ? need.result : 'skipped',
    )
    const status = {
      success: needResults.every((result) => result === 'success'),
      failure: needResults.some((result) => result === 'failure'),
      cancelled: false,
    }
    try {
      if (evaluateCondition(job.if ?? undefined, { contexts, status })) return undefined
      const wouldRun =
        !status.success &&
        evaluateCondition(job.if ?? undefined, {
          contexts,
          status: { success: true, failure: false, cancelled: false },
        })
      const failedNeeds = job.needs.filter((_, index) => needResults[index] !== 'success')
      return {
        result: 'skipped',
        note:
          job.if === undefined || wouldRun
            ? `skipped: ${failedNeeds.join(', ')} did not succeed, and this job's if: does not ask for always() or failure()`
            : `skipped: if: ${String(job.if).trim()} was false`,
      }
    } catch (error) {
      return {
        result: 'failure',
        note: message(this.locate(scope, ['jobs', job.id, 'if'], 'if', error)),
      }
    }
  }

  private newJob(scope: Scope, job: Job, matrix: Record<string, Value> | undefined): JobRecord {
    const label = `${scope.labelPrefix}${jobLabel(job, matrix)}`
    const record: JobRecord = {
      key: `${scope.keyPrefix}${job.id}${matrix === undefined ? '' : ` ${JSON.stringify(matrix)}`}`,
      id: job.id,
      label,
      needs: job.needs,
      status: 'waiting',
      attempt: this.attempt,
      startedAt: undefined,
      durationMs: undefined,
      runsOn: text(job.runsOn ?? (job.uses === undefined ? '' : '(reusable workflow)')),
      environment: undefined,
      permissions: '',
      idToken: false,
      concurrency: undefined,
      outputs: {},
      summary: '',
      steps: [],
      notes: [],
      file: scope.workflow.file,
      line: job.line,
    }
    this.jobs.push(record)
    this.setup.listener({ type: 'job-queued', job: record })
    return record
  }

  private finishEarly(record: JobRecord, result: JobResult, note: string): Outcome {
    record.status = result
    record.notes.push(note)
    record.durationMs = 0
    this.setup.listener({ type: 'job-finished', job: record })
    return { result, outputs: {} }
  }

  private async runJob(
    scope: Scope,
    job: Job,
    needs: Record<string, Value>,
    matrix: Record<string, Value> | undefined,
    strategyRun: StrategyRun,
    ready: { unrehearsed: Map<string, string>; offsets: number[] },
  ): Promise<Outcome> {
    const { unrehearsed } = ready
    const record = this.newJob(scope, job, matrix)
    if (strategyRun.cancelledBy.label !== undefined) {
      return this.remember(
        record,
        this.finishEarly(
          record,
          'cancelled',
          `cancelled: fail-fast is on, and ${strategyRun.cancelledBy.label} failed`,
        ),
      )
    }
    const kept = this.previous.get(record.key)
    if (kept !== undefined && kept.outcome.result === 'success') {
      Object.assign(record, { ...kept.record, attempt: kept.record.attempt, status: 'success' })
      this.outcomes.set(record.key, kept)
      this.setup.listener({ type: 'job-finished', job: record })
      return kept.outcome
    }
    const strategy = strategyRun.context
    const jobContexts: Record<string, Value> = {
      github: githubContext(this.runFacts(), job.id, ''),
      needs,
      vars: {},
      inputs: scope.inputs,
    }

    // Permissions: the job's, else the workflow's, else GitHub's restricted default.
    let permissions = expandPermissions(job.permissions ?? scope.workflow.permissions)
    if (scope.cap !== undefined) {
      permissions =
        job.permissions === undefined && scope.workflow.permissions === undefined
          ? { ...scope.cap }
          : capPermissions(permissions, scope.cap)
    }
    record.permissions = describePermissions(permissions)
    record.idToken = permissions['id-token'] === 'write'

    const contexts: Record<string, Value> = {
      ...jobContexts,
      strategy,
      matrix: matrix ?? {},
    }
    if (job.environment !== undefined) {
      try {
        record.environment = {
          name: interpolate(job.environment.name, { contexts }),
          url: undefined,
        }
      } catch (error) {
        return this.remember(
          record,
          this.finishEarly(
            record,
            'failure',
            message(this.locate(scope, ['jobs', job.id, 'environment'], 'environment', error)),
          ),
        )
      }
    }
    if (job.concurrency !== undefined) {
      record.concurrency = this.describeConcurrency(
        scope,
        job.concurrency,
        ['jobs', job.id, 'concurrency'],
        contexts,
      )
    }

    const clockOffsetMs = this.clock.jobOffset(ready.offsets, record.environment !== undefined)
    if (job.uses !== undefined) {
      const called = await this.runCalledWorkflow(scope, job, record, contexts, {
        permissions,
        clockOffsetMs,
      })
      return this.remember(record, called)
    }

    record.status = 'running'
    record.startedAt = performance.now()
    this.setup.listener({ type: 'job-started', job: record })
    this.noteClock(record, clockOffsetMs)
    const outcome = await this.runSteps(scope, job, record, contexts, permissions, {
      strategy: strategyRun,
      unrehearsed,
      clockOffsetMs,
    })
    outcome.clockOffsetMs = clockOffsetMs
    record.durationMs = performance.now() - (record.startedAt ?? performance.now())
    record.status = outcome.result
    if (outcome.result === 'failure' && job.continueOnError !== undefined) {
      // A job with continue-on-error fails in its own row, but the run and the jobs that need it
      // go on as if it succeeded; under fail-fast it cancels no sibling.
      try {
        const goesOn =
          text(
            this.located(scope, ['jobs', job.id, 'continue-on-error'], 'continue-on-error', () =>
              evaluateValue(job.continueOnError, { contexts }),
            ),
          ) === 'true'
        if (goesOn) {
          record.continuedOnError = true
          record.notes.push(
            `continue-on-error: the job failed, and the run goes on (needs.${job.id}.result is success)`,
          )
          this.setup.listener({ type: 'job-finished', job: record })
          return this.remember(record, { ...outcome, result: 'success' })
        }
      } catch (error) {
        record.notes.push(message(error))
      }
    }
    this.setup.listener({ type: 'job-finished', job: record })
    return this.remember(record, outcome)
  }

  /** The environment's approval (and its simulated wait), and the job's clock when it moved. */
  private noteClock(record: JobRecord, clockOffsetMs: number): void {
    const at = new Date(Date.now() + clockOffsetMs).toISOString().replace(/\.\d+Z$/, 'Z')
    if (record.environment !== undefined) {
      const wait = this.clock.approvalWaitMs
      record.notes.push(
        wait > 0
          ? `environment ${record.environment.name}: approved after ${formatDuration(wait)} (--approval-wait, simulated): the job's clock reads ${at}`
          : `environment ${record.environment.name}: approved by the rehearsal (on GitHub its protection rules apply first: required reviewers, wait timer, deployment branches)`,
      )
    } else if (this.clock.moves) {
      record.notes.push(`clock: the job starts at ${at}`)
    }
  }

  /** A concurrency group as the report shows it: the group, and what a second run would do. */
  private describeConcurrency(
    scope: Scope,
    concurrency: { group: string; cancelInProgress?: unknown },
    path: Array<string | number>,
    contexts: Record<string, Value>,
  ): string {
    try {
      const group = this.located(scope, [...path, 'group'], 'concurrency', () =>
        interpolate(concurrency.group, { contexts }),
      )
      const cancels =
        concurrency.cancelInProgress !== undefined &&
        text(
          this.located(scope, [...path, 'cancel-in-progress'], 'cancel-in-progress', () =>
            evaluateValue(concurrency.cancelInProgress, { contexts }),
          ),
        ) === 'true'
      return `${group} (${cancels ? 'cancel-in-progress: a second run cancels this one' : 'a second run waits for this one'})`
    } catch (error) {
      return `${concurrency.group} (${message(error)})`
    }
  }

  /**
   * The error of an expression at `path` in the scope's workflow, said with its file and line:
   * `release.yml:12: if: Unrecognized named-value: 'foo'. ...`.
   */
  private locate(scope: Scope, path: Array<string | number>, key: string, error: unknown): unknown {
    if (!(error instanceof ExpressionError)) return error
    return new WorkflowError(
      { file: scope.workflow.file, line: scope.workflow.lineOf(path) },
      `${key}: ${error.message}`,
    )
  }

  /**
   * A mapping of the workflow (`env:`, `with:`) evaluated entry by entry, as text, so that an
   * expression error names its own line and key (`env.TOKEN`).
   */
  private evaluateEntries(
    scope: Scope,
    path: Array<string | number>,
    key: string,
    value: Record<string, unknown> | undefined,
    contexts: Record<string, Value>,
  ): Record<string, string> {
    const result: Record<string, string> = {}
    for (const [name, item] of Object.entries(value ?? {})) {
      this.located(scope, [...path, name], `${key}.${name}`, () => {
        result[interpolate(name, { contexts })] = text(evaluateValue(item, { contexts }))
      })
    }
    return result
  }

  /** Runs `evaluate`, an expression error located at `path`. */
  private located<T>(
    scope: Scope,
    path: Array<string | number>,
    key: string,
    evaluate: () => T,
  ): T {
    try {
      return evaluate()
    } catch (error) {
      throw this.locate(scope, path, key, error)
    }
  }

  private remember(record: JobRecord, outcome: Outcome): Outcome {
    this.outcomes.set(record.key, { record, outcome })
    return outcome
  }

  /** A job that calls a reusable workflow: its jobs run as `caller / job`, capped by this job's permissions. */
  private async runCalledWorkflow(
    scope: Scope,
    job: Job,
    record: JobRecord,
    contexts: Record<string, Value>,
    caller: { permissions: Record<string, Access>; clockOffsetMs: number },
  ): Promise<Outcome> {
    const { permissions } = caller
    const uses = job.uses ?? ''
    record.status = 'running'
    record.startedAt = performance.now()
    this.setup.listener({ type: 'job-started', job: record })
    const finish = (result: JobResult, outputs: Record<string, string>): Outcome => {
      record.durationMs = performance.now() - (record.startedAt ?? performance.now())
      record.status = result
      record.outputs = outputs
      this.setup.listener({ type: 'job-finished', job: record })
      return { result, outputs, clockOffsetMs: caller.clockOffsetMs }
    }
    this.noteClock(record, caller.clockOffsetMs)
    let called: { text: string; path: string; jobWorkflowRef: string } | undefined
    try {
      called = await readCalledWorkflow({ ...this.setup }, uses)
    } catch (error) {
      record.notes.push(message(error))
      return finish('failure', {})
    }
    if (called === undefined) {
      record.notes.push(
        `${uses} is not rehearsed: only this repository's workflows and tokenless's own reusable workflow can run in the sandbox.`,
      )
      this.gaps.notRehearsed(`job ${record.label}: ${uses}`)
      this.gaps.publishNotRun(
        `job ${record.label}`,
        `calls ${uses}, a reusable workflow of another repository, which may publish or release`,
      )
      this.gaps.jobs.set(`${scope.keyPrefix}${job.id}`, `job ${record.label} (${uses})`)
      return finish('skipped', {})
    }
    record.notes.push(`calls ${called.path}`)
    let workflow: Workflow
    let inputs: Record<string, Value>
    try {
      workflow = parseWorkflow(called.text, called.path)
      checkWorkflowExpressions(workflow)
      const given: Record<string, string> = {}
      const withValues = evaluateValue(job.with ?? {}, { contexts }) as Record<string, unknown>
      for (const [name, value] of Object.entries(withValues)) given[name] = text(value)
      inputs = resolveInputs(inputDefinitions(workflow, 'workflow_call'), given, called.path)
    } catch (error) {
      record.notes.push(message(error))
      return finish('failure', {})
    }
    const secrets: Record<string, string> =
      job.secrets === 'inherit'
        ? { ...scope.secrets }
        : Object.fromEntries(
            Object.entries(
              (evaluateValue(job.secrets ?? {}, {
                contexts: { ...contexts, secrets: scope.secrets },
              }) as Record<string, unknown>) ?? {},
            ).map(([name, value]) => [name, text(value)]),
          )
    const inner: Scope = {
      workflow,
      jobWorkflowRef: called.jobWorkflowRef,
      inputs,
      secrets,
      keyPrefix: `${scope.keyPrefix}${job.id}/`,
      labelPrefix: `${record.label} / `,
      cap: permissions,
      clockOffsetMs: caller.clockOffsetMs,
    }
    if (workflow.concurrency !== undefined) {
      record.concurrency = this.describeConcurrency(inner, workflow.concurrency, ['concurrency'], {
        github: contexts.github ?? {},
        inputs,
        vars: {},
      })
    }
    const results = await this.runScope(inner)
    const jobsContext: Record<string, Value> = {}
    for (const [id, outcome] of results) {
      jobsContext[id] = { result: outcome.result, outputs: asValue(outcome.outputs) }
    }
    const outputs: Record<string, string> = {}
    const declared = (workflow.on.workflow_call?.outputs ?? {}) as Record<
      string,
      { value?: unknown }
    >
    for (const [name, spec] of Object.entries(declared)) {
      try {
        outputs[name] = text(
          evaluateValue(spec?.value ?? '', {
            contexts: { github: contexts.github ?? {}, jobs: jobsContext, inputs, vars: {} },
          }),
        )
      } catch (error) {
        record.notes.push(`output ${name}: ${message(error)}`)
      }
    }
    const failed = [...results.values()].some((outcome) => outcome.result === 'failure')
    return finish(failed ? 'failure' : 'success', outputs)
  }

  private async runSteps(
    scope: Scope,
    job: Job,
    record: JobRecord,
    contexts: Record<string, Value>,
    permissions: Record<string, Access>,
    placed: { strategy: StrategyRun; unrehearsed: Map<string, string>; clockOffsetMs: number },
  ): Promise<Outcome> {
    const started = await this.startJob(scope, job, record, contexts, permissions, placed)
    if (!('job' in started)) return started
    for (const step of job.steps) await this.runJobStep(started, step)
    return this.finishJob(started)
  }

  /** A job's folders, token, OIDC, runner variables and `env:`: what its steps start from. */
  private async startJob(
    scope: Scope,
    job: Job,
    record: JobRecord,
    contexts: Record<string, Value>,
    permissions: Record<string, Access>,
    placed: { strategy: StrategyRun; unrehearsed: Map<string, string>; clockOffsetMs: number },
  ): Promise<JobRun | Outcome> {
    const s = this.setup
    const index = ++this.jobCount
    const jobDir = join(s.workDir, 'jobs', `${index}-${safeName(record.key)}-${this.attempt}`)
    const folders = jobFolders(jobDir, s.repo, s.workDir)
    const filesDir = join(folders.runnerTemp, '_runner_file_commands')
    await Promise.all(
      [folders.workspace, folders.runnerTemp, folders.home, filesDir].map((dir) =>
        mkdir(dir, { recursive: true }),
      ),
    )
    // The job's timeout-minutes (GitHub's default: 360) bounds every step's own.
    const jobMinutes =
      job.timeoutMinutes === undefined
        ? 360
        : Number(
            text(
              this.located(scope, ['jobs', job.id, 'timeout-minutes'], 'timeout-minutes', () =>
                evaluateValue(job.timeoutMinutes, { contexts }),
              ),
            ),
          )
    const jobDeadline = performance.now() + jobMinutes * 60_000
    const token = sandboxToken()
    s.masker.add(token)
    s.sandbox.github.tokens.register(token, {
      kind: 'github-token',
      permissions: tokenPermissions(permissions),
      repositories: [`${s.owner}/${s.repo}`],
    })
    await writeFile(
      join(folders.home, '.gitconfig'),
      jobGitConfig(`${s.owner}/${s.repo}`, s.gitDir, token, s.sandbox.github.serverUrl),
    )
    const run = this.runFacts()
    const github: Record<string, Value> = {
      ...githubContext(run, job.id, token),
      workspace: folders.workspace,
    }
    // runs-on naming self-hosted (a label, a list, a group's labels): GitHub says so to the job.
    const selfHosted = /"self-hosted"|^self-hosted$/.test(JSON.stringify(job.runsOn ?? ''))
    const baseEnv = runnerVariables({
      run,
      job: job.id,
      folders,
      eventPath: this.eventPath,
      machine: process.env,
      network: this.network,
      selfHosted,
    })
    Object.assign(baseEnv, this.clock.processEnv(placed.clockOffsetMs))
    if (record.idToken)
      Object.assign(baseEnv, this.jobIdToken(scope, record, text(github.workflow_ref), selfHosted))
    const parts: JobContextParts = {
      github,
      inputs: scope.inputs,
      secrets: { ...scope.secrets, GITHUB_TOKEN: token },
      placement: contexts,
    }
    // env: workflow, then job (both evaluated once), then GITHUB_ENV, then each step's.
    let workflowEnv: Record<string, string>
    let jobEnv: Record<string, string>
    try {
      workflowEnv = this.evaluateEntries(scope, ['env'], 'env', scope.workflow.env, {
        github,
        inputs: scope.inputs,
        vars: {},
        secrets: parts.secrets,
      })
      jobEnv = this.evaluateEntries(
        scope,
        ['jobs', job.id, 'env'],
        'env',
        job.env,
        jobEnvContexts(parts, workflowEnv),
      )
    } catch (error) {
      record.notes.push(message(error))
      return { result: 'failure', outputs: {} }
    }
    return {
      scope,
      job,
      record,
      placed,
      folders,
      filesDir,
      parts,
      clockOffsetMs: placed.clockOffsetMs,
      baseEnv,
      workflowEnv,
      jobEnv,
      fileEnv: {},
      pathAdditions: [],
      steps: {},
      unrehearsedSteps: new Map(),
      failed: false,
      cancelled: false,
      jobMinutes,
      jobDeadline,
      defaults: {
        shell: job.defaults?.run?.shell ?? scope.workflow.defaults?.run?.shell,
        workingDirectory:
          job.defaults?.run?.workingDirectory ?? scope.workflow.defaults?.run?.workingDirectory,
      },
    }
  }

  private runFacts(): RunFacts {
    const s = this.setup
    return {
      owner: s.owner,
      repo: s.repo,
      ref: s.ref,
      sha: s.sha,
      eventName: s.eventName,
      eventPayload: s.eventPayload,
      runId: s.runId,
      actor: s.actor,
      attempt: this.attempt,
      workflowName: s.workflow.name ?? s.workflowPath,
      workflowPath: s.workflowPath,
      githubUrl: s.sandbox.github.url,
      serverUrl: s.sandbox.github.serverUrl,
    }
  }

  /** The OIDC request variables of a job with id-token: write, from the sandbox's issuer. */
  private jobIdToken(
    scope: Scope,
    record: JobRecord,
    workflowRef: string,
    selfHosted: boolean,
  ): Record<string, string> {
    const s = this.setup
    const oidc = s.sandbox.issuer.createJob({
      repository: `${s.owner}/${s.repo}`,
      repository_owner: s.owner,
      repository_visibility: s.visibility,
      workflow: s.workflow.name ?? basename(s.workflowPath),
      workflow_ref: workflowRef,
      job_workflow_ref: scope.jobWorkflowRef,
      ref: s.ref,
      sha: s.sha,
      event_name: s.eventName,
      run_id: s.runId,
      run_attempt: String(this.attempt),
      actor: s.actor,
      runner_environment: selfHosted ? 'self-hosted' : 'github-hosted',
      ...(record.environment === undefined ? {} : { environment: record.environment.name }),
    })
    s.masker.add(oidc.requestToken)
    record.notes.push(
      `OIDC: id-token write; tokens carry workflow_ref ${workflowRef}, job_workflow_ref ${scope.jobWorkflowRef}${record.environment === undefined ? ', no environment' : `, environment ${record.environment.name}`}`,
    )
    // What signs provenance and attestations in such a job: the sandbox's Sigstore.
    return { ...oidc.env, ...s.sandbox.sigstore.clientEnv }
  }

  private stepPath(jr: JobRun, step: Step, key: string): Array<string | number> {
    return ['jobs', jr.job.id, 'steps', step.index, key]
  }

  /** One step: its `if:`, whether it can be rehearsed, then its executor. */
  private async runJobStep(jr: JobRun, step: Step): Promise<void> {
    const { record } = jr
    const stepRecord = newStepRecord(step)
    record.steps.push(stepRecord)
    const cancelledBy = jr.placed.strategy.cancelledBy.label
    if (!jr.cancelled && cancelledBy !== undefined) {
      jr.cancelled = true
      // The steps left run only with always() or cancelled() in their if:.
      record.notes.push(`cancelled: fail-fast is on, and ${cancelledBy} failed`)
    }
    const env = { ...jr.workflowEnv, ...jr.jobEnv, ...jr.fileEnv }
    const stepParts = {
      env,
      steps: jr.steps,
      state: jobState(jr.failed, jr.cancelled),
      folders: jr.folders,
    }
    const status = {
      success: !jr.failed && !jr.cancelled,
      failure: jr.failed,
      cancelled: jr.cancelled,
    }
    let run: boolean
    try {
      run = this.located(jr.scope, this.stepPath(jr, step, 'if'), 'if', () =>
        evaluateCondition(step.if ?? undefined, {
          contexts: stepConditionContexts(jr.parts, stepParts),
          status,
        }),
      )
    } catch (error) {
      stepRecord.status = 'failure'
      stepRecord.outcome = 'failure'
      stepRecord.log.push(`Error: ${message(error)}`)
      this.setup.listener({ type: 'step-finished', job: record, step: stepRecord })
      jr.failed = true
      return
    }
    if (!run) {
      stepRecord.status = 'skipped'
      stepRecord.outcome = 'skipped'
      this.noteSkip(jr, step, stepRecord)
      if (step.id !== undefined)
        jr.steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
      this.setup.listener({ type: 'step-finished', job: record, step: stepRecord })
      return
    }
    if (this.skipUnrehearsedReader(jr, step, stepRecord)) return
    await this.executeStep(jr, step, stepRecord, env, stepContexts(jr.parts, stepParts))
  }

  /** Why a step was skipped; a publish skipped for the rehearsal's reasons is not rehearsed. */
  private noteSkip(jr: JobRun, step: Step, stepRecord: StepRecord): void {
    const reads = readsUnrehearsed(
      { condition: step.if, templates: [] },
      jr.unrehearsedSteps,
      jr.placed.unrehearsed,
    )
    const where = `${jr.record.label} › ${stepRecord.label}`
    if (reads !== undefined) {
      stepRecord.notes.push(
        `skipped: its if: reads ${reads.reference}, from ${reads.source}, which was not rehearsed (empty here; on GitHub it has a value)`,
      )
      this.gaps.notRehearsed(`${where}: skipped, its if: reads ${reads.reference}`)
      const shape = publishShape(step)
      if (shape !== undefined)
        this.gaps.publishNotRun(where, `${shape} was skipped: its if: reads ${reads.reference}`)
      return
    }
    stepRecord.notes.push(
      step.if === undefined
        ? `skipped: ${jr.failed ? 'an earlier step failed' : 'the job was cancelled'} (a step without if: runs only while the job succeeds)`
        : `skipped: if: ${String(step.if).trim()} was false`,
    )
  }

  /**
   * A step that reads outputs the rehearsal could not produce would run on empty values and fail
   * (or pass) for the rehearsal's reasons, not the workflow's: it is not rehearsed.
   */
  private skipUnrehearsedReader(jr: JobRun, step: Step, stepRecord: StepRecord): boolean {
    const reads = readsUnrehearsed(
      { condition: step.if, templates: [step.run, step.with, step.env, step.workingDirectory] },
      jr.unrehearsedSteps,
      jr.placed.unrehearsed,
    )
    if (reads === undefined) return false
    stepRecord.kind = 'not-rehearsed'
    stepRecord.status = 'not-rehearsed'
    stepRecord.outcome = 'success'
    stepRecord.notes.push(
      `not rehearsed: it reads ${reads.reference}, from ${reads.source}, which was not rehearsed (the rehearsal has no value for it; on GitHub it has one)`,
    )
    this.gaps.notRehearsed(
      `${jr.record.label} › ${stepRecord.label}: reads ${reads.reference}, from ${reads.source}`,
    )
    const shape = publishShape(step)
    if (shape !== undefined) {
      this.gaps.publishNotRun(
        `${jr.record.label} › ${stepRecord.label}`,
        `${shape} did not run: it reads ${reads.reference}, from ${reads.source}`,
      )
    }
    if (step.id !== undefined) {
      jr.unrehearsedSteps.set(step.id, `step ${stepRecord.label}`)
      jr.steps[step.id] = { outputs: {}, outcome: 'success', conclusion: 'success' }
    }
    this.setup.listener({ type: 'step-finished', job: jr.record, step: stepRecord })
    return true
  }

  /** Runs a step that is to run: its environment, its executor, then what it left behind. */
  private async executeStep(
    jr: JobRun,
    step: Step,
    stepRecord: StepRecord,
    env: Record<string, string>,
    contexts: Record<string, Value>,
  ): Promise<void> {
    const s = this.setup
    const { record } = jr
    stepRecord.status = 'running'
    stepRecord.startedAt = performance.now()
    s.listener({ type: 'step-started', job: record, step: stepRecord })
    const files = stepFiles(jr.filesDir, step.index)
    const all = [files.output, files.env, files.path, files.state, files.summary]
    await Promise.all(all.map((file) => writeFile(file, '')))
    const log = (line: string): void => {
      const masked = s.masker.mask(line)
      stepRecord.log.push(masked)
      s.listener({ type: 'step-log', job: record, step: stepRecord, line: masked })
    }
    const commands = new WorkflowCommandReader((secret) => s.masker.add(secret))
    let ok: boolean
    try {
      const run = this.prepareStep(jr, step, { env, contexts, files, commands, log, stepRecord })
      ok = await stepExecutor(this.stepHost(), step, jr.folders.workspace).main(run)
    } catch (error) {
      log(`Error: ${message(error)}`)
      ok = false
    }
    if (!ok && performance.now() >= jr.jobDeadline) {
      log(
        `Error: The job has exceeded its maximum execution time of ${jr.jobMinutes} minutes (timeout-minutes).`,
      )
    }
    stepRecord.annotations.push(
      ...commands.annotations.map((annotation) => ({
        ...annotation,
        message: s.masker.mask(annotation.message),
      })),
    )
    await this.concludeStep(jr, step, stepRecord, { ok, files, log, contexts })
  }

  /** The step's evaluated `env:`, `with:`, script and timeout, and its process environment. */
  private prepareStep(
    jr: JobRun,
    step: Step,
    given: {
      env: Record<string, string>
      contexts: Record<string, Value>
      files: StepFiles
      commands: WorkflowCommandReader
      log: (line: string) => void
      stepRecord: StepRecord
    },
  ): StepRun {
    const { scope } = jr
    const { contexts, stepRecord } = given
    const stepEnv = this.evaluateEntries(
      scope,
      this.stepPath(jr, step, 'env'),
      'env',
      step.env,
      contexts,
    )
    const processEnv = stepProcessEnv({
      baseEnv: jr.baseEnv,
      env: { ...given.env, ...stepEnv },
      path: [this.setup.shimDir ?? [], jr.pathAdditions, this.runnerPath].flat().join(':'),
      files: given.files,
      action: step.id ?? `__run_${step.index}`,
    })
    // A registry URL in a run: step's env (an index to install from) points at the sandbox, and
    // so does every publish target.
    const names = step.run === undefined ? [] : Object.keys({ ...given.env, ...stepEnv })
    containEnv(this.setup.sandbox, processEnv, names, stepRecord.notes)
    const stepMs =
      step.timeoutMinutes === undefined
        ? Number.POSITIVE_INFINITY
        : Number(
            text(
              this.located(
                scope,
                this.stepPath(jr, step, 'timeout-minutes'),
                'timeout-minutes',
                () => evaluateValue(step.timeoutMinutes, { contexts }),
              ),
            ),
          ) * 60_000
    const timeoutMs = Math.min(stepMs, Math.max(0, jr.jobDeadline - performance.now()))
    const script =
      step.run === undefined
        ? ''
        : containScript(
            this.setup.sandbox,
            this.located(scope, this.stepPath(jr, step, 'run'), 'run', () =>
              interpolate(step.run ?? '', { contexts }),
            ),
            stepRecord.notes,
          )
    const inputs =
      step.run === undefined
        ? this.evaluateEntries(scope, this.stepPath(jr, step, 'with'), 'with', step.with, contexts)
        : {}
    containInputs(this.setup.sandbox, inputs, stepRecord.notes)
    return {
      step,
      contexts,
      inputs,
      script: {
        text: script,
        shell: step.shell ?? jr.defaults.shell,
        workingDirectory: step.workingDirectory ?? jr.defaults.workingDirectory,
      },
      workspace: jr.folders.workspace,
      runnerTemp: jr.folders.runnerTemp,
      env: processEnv,
      timeoutMs,
      commands: given.commands,
      log: given.log,
      stepRecord,
      record: jr.record,
    }
  }

  /** What the step left in the runner's files, its outcome, and `continue-on-error:`. */
  private async concludeStep(
    jr: JobRun,
    step: Step,
    stepRecord: StepRecord,
    done: {
      ok: boolean
      files: StepFiles
      log: (line: string) => void
      contexts: Record<string, Value>
    },
  ): Promise<void> {
    const { files, log } = done
    let ok = done.ok
    let outputs: Record<string, string> = {}
    try {
      outputs = parseKeyValueFile(await readFile(files.output, 'utf8'), 'GITHUB_OUTPUT')
      Object.assign(jr.fileEnv, parseKeyValueFile(await readFile(files.env, 'utf8'), 'GITHUB_ENV'))
      jr.pathAdditions.unshift(...parsePathFile(await readFile(files.path, 'utf8')))
    } catch (error) {
      log(`Error: ${message(error)}`)
      ok = false
    }
    const summary = await readFile(files.summary, 'utf8')
    if (summary.trim() !== '')
      jr.record.summary += `${this.setup.masker.mask(summary.trimEnd())}\n\n`
    let continueOnError = false
    try {
      continueOnError =
        step.continueOnError !== undefined &&
        text(
          this.located(
            jr.scope,
            this.stepPath(jr, step, 'continue-on-error'),
            'continue-on-error',
            () => evaluateValue(step.continueOnError, { contexts: done.contexts }),
          ),
        ) === 'true'
    } catch (error) {
      log(`Error: ${message(error)}`)
      ok = false
    }
    const notRehearsed = stepRecord.status === 'not-rehearsed'
    const upstream = upstreamLabels(jr.job, jr.scope.workflow.jobs, jr.scope.labelPrefix)
    this.gaps.concluded(jr.record.label, step, stepRecord, ok, upstream)
    if (
      !ok &&
      stepRecord.log.some((line) => line.includes('Resource not accessible by integration'))
    )
      stepRecord.notes.push(
        forbiddenNote(
          jr.record.permissions,
          (jr.job.permissions ?? jr.scope.workflow.permissions) !== undefined,
        ),
      )
    if (notRehearsed && step.id !== undefined) {
      jr.unrehearsedSteps.set(
        step.id,
        `step ${stepRecord.label}${step.uses === undefined ? '' : ` (${step.uses})`}`,
      )
    }
    const outcome = notRehearsed || ok ? 'success' : 'failure'
    stepRecord.outcome = outcome
    if (!notRehearsed) stepRecord.status = ok ? 'success' : 'failure'
    stepRecord.durationMs = performance.now() - (stepRecord.startedAt ?? performance.now())
    if (step.id !== undefined) {
      jr.steps[step.id] = {
        outputs: asValue(outputs),
        outcome,
        conclusion: outcome === 'failure' && continueOnError ? 'success' : outcome,
      }
    }
    if (!ok && !continueOnError) jr.failed = true
    if (!ok && continueOnError) stepRecord.notes.push('continue-on-error: the job goes on')
    this.setup.listener({ type: 'step-finished', job: jr.record, step: stepRecord })
  }

  /** The job's `outputs:` and `environment.url`, once its steps are done, and its result. */
  private finishJob(jr: JobRun): Outcome {
    const { scope, job, record } = jr
    const outputContexts = jobOutputContexts(jr.parts, {
      env: { ...jr.workflowEnv, ...jr.jobEnv },
      steps: jr.steps,
      state: jobState(jr.failed, jr.cancelled),
    })
    const unrehearsedOutputs: string[] = []
    for (const [name, expression] of Object.entries(job.outputs)) {
      const reads = readsUnrehearsed(
        { templates: [expression] },
        jr.unrehearsedSteps,
        jr.placed.unrehearsed,
      )
      if (reads !== undefined) {
        unrehearsedOutputs.push(name)
        record.notes.push(
          `output ${name}: empty in the rehearsal: it reads ${reads.reference}, from ${reads.source}, which was not rehearsed`,
        )
      }
      try {
        const value = this.located(scope, ['jobs', job.id, 'outputs', name], 'outputs', () =>
          interpolate(expression, { contexts: outputContexts }),
        )
        if (this.setup.masker.mask(value) !== value) {
          record.notes.push(`output ${name} skipped: it may contain a secret (GitHub skips it too)`)
          continue
        }
        record.outputs[name] = value
      } catch (error) {
        record.notes.push(message(error))
        jr.failed = true
      }
    }
    if (record.environment !== undefined && job.environment?.url !== undefined) {
      try {
        const url = job.environment.url
        record.environment.url = this.located(
          scope,
          ['jobs', job.id, 'environment', 'url'],
          'environment url',
          () => interpolate(url, { contexts: outputContexts }),
        )
      } catch (error) {
        record.notes.push(message(error))
      }
    }
    return {
      result: jobState(jr.failed, jr.cancelled),
      outputs: record.outputs,
      unrehearsedOutputs,
    }
  }

  /** What step executors may use of this run. */
  private stepHost(): StepHost {
    const s = this.setup
    return {
      suiteRoot: s.suiteRoot,
      workDir: s.workDir,
      gitDir: s.gitDir,
      owner: s.owner,
      repo: s.repo,
      sha: s.sha,
      ref: s.ref,
      sandbox: s.sandbox,
      masker: s.masker,
      releasePr: s.releasePr,
      notRehearsed: (line) => this.gaps.notRehearsed(line),
    }
  }
}

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
