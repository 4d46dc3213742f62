// Runs a workflow's jobs as the runner would: in `needs` order (each job as soon as its needs are
// done), with `if:`, `env:`, `permissions:` (a sandbox GITHUB_TOKEN with exactly those, an OIDC
// token request only with id-token: write), `environment:`, matrices, reusable workflows, outputs.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { git } from '@tokenless/git'
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
  stepLabel,
  toText,
  toValue,
  type Job,
  type Step,
  type Value,
  type Workflow,
  WorkflowError,
} from '@tokenless/workflow'
import { parse as parseYaml } from 'yaml'
import { checkWorkflowExpressions } from './expression-check.js'
import {
  capPermissions,
  describePermissions,
  expandPermissions,
  tokenPermissions,
  type Access,
} from './permissions.js'
import type { RehearsalSandbox } from './rehearsal-sandbox.js'
import type { JobRecord, RunListener, StepRecord, StepStatus } from './run-records.js'
import type { Masker } from './runner-files.js'
import { parseKeyValueFile, parsePathFile, WorkflowCommandReader } from './runner-files.js'
import { STAND_INS } from './stand-ins.js'
import { networkEnv } from './network-env.js'
import { runStepProcess } from './step-process.js'
import { SUITE_ACTIONS } from './suite-root.js'

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
}

interface Outcome {
  result: JobResult
  outputs: Record<string, string>
  /** Outputs whose value came from a step that was not rehearsed: empty here, maybe not on GitHub. */
  unrehearsedOutputs?: string[]
}

/** One matrix combination's place in its job: the `strategy` context, and fail-fast's state. */
interface StrategyRun {
  context: Record<string, Value>
  failFast: boolean
  /** Set when a sibling failed under fail-fast: the jobs not done are cancelled. */
  cancelledBy: { label: string | undefined }
}

const RUNNER_PASS_THROUGH = ['LANG', 'LC_ALL', 'TMPDIR', 'TERM', 'PYENV_ROOT', 'PYENV_VERSION']

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

function sandboxToken(): string {
  // GitHub's installation tokens start with ghs_; 36 characters of base62 follow.
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  const bytes = randomBytes(36)
  return `ghs_${[...bytes].map((byte) => alphabet[byte % alphabet.length]).join('')}`
}

export class WorkflowRunner {
  /** Every job record of the current attempt, in the order jobs started. */
  readonly jobs: JobRecord[] = []
  /** Results of earlier attempts by job key: a rerun keeps the successful ones. */
  private previous = new Map<string, { record: JobRecord; outcome: Outcome }>()
  private outcomes = new Map<string, { record: JobRecord; outcome: Outcome }>()
  private attempt = 1
  private jobCount = 0
  private readonly actionDefaults = new Map<string, Record<string, string>>()
  private readonly runnerPath: string
  /** The machine's certificate and proxy settings, which every job inherits. */
  private readonly network: Record<string, string>
  private readonly eventPath: string
  private notRehearsed: string[] = []
  private workflowConcurrency: string | undefined

  constructor(private readonly setup: RunSetup) {
    this.runnerPath = [dirname(process.execPath), process.env.PATH ?? '/usr/bin:/bin'].join(':')
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
    return this.notRehearsed
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
      this.notRehearsed = []
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
    }
    if (scope.workflow.concurrency !== undefined) {
      this.workflowConcurrency = this.describeConcurrency(
        scope,
        scope.workflow.concurrency,
        ['concurrency'],
        { github: this.githubContext('', ''), inputs: scope.inputs, vars: {} },
      )
    }
    const results = await this.runScope(scope)
    return [...results.values()].some((outcome) => outcome.result === 'failure')
      ? 'failure'
      : 'success'
  }

  private githubContext(job: string, token: string): Record<string, Value> {
    const s = this.setup
    const refName = s.ref.replace(/^refs\/(heads|tags)\//, '')
    return {
      token,
      job,
      ref: s.ref,
      ref_name: refName,
      ref_type: s.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      ref_protected: false,
      sha: s.sha,
      repository: `${s.owner}/${s.repo}`,
      repository_owner: s.owner,
      repository_owner_id: '1001',
      repository_id: '2002',
      repositoryUrl: `git://github.com/${s.owner}/${s.repo}.git`,
      run_id: s.runId,
      run_number: '1',
      run_attempt: String(this.attempt),
      retention_days: '90',
      actor: s.actor,
      triggering_actor: s.actor,
      workflow: s.workflow.name ?? s.workflowPath,
      workflow_ref: `${s.owner}/${s.repo}/${s.workflowPath}@${s.ref}`,
      workflow_sha: s.sha,
      event_name: s.eventName,
      event: toValue(s.eventPayload),
      server_url: s.sandbox.github.serverUrl,
      api_url: s.sandbox.github.url,
      graphql_url: `${s.sandbox.github.url}/graphql`,
      head_ref: '',
      base_ref: '',
      action: '',
      action_path: '',
      workspace: '',
      secret_source: 'Actions',
    }
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
        job.needs.forEach((need, index) => {
          const outcome = needs[index]
          needsContext[need] = {
            result: outcome?.result ?? 'skipped',
            outputs: asValue(outcome?.outputs ?? {}),
          }
          for (const name of outcome?.unrehearsedOutputs ?? []) {
            unrehearsed.set(`needs.${need}.outputs.${name}`, `job ${need}'s output ${name}`)
          }
        })
        const outcome = await this.runMatrix(scope, job, needsContext, unrehearsed)
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
  ): Promise<Outcome> {
    const base = { github: this.githubContext(job.id, ''), needs, vars: {}, inputs: scope.inputs }
    // The job's if: comes first: a skipped job expands no matrix.
    const skipped = this.skipReason(scope, job, needs, base)
    if (skipped !== undefined) {
      const record = this.newJob(scope, job, undefined)
      return this.remember(record, this.finishEarly(record, skipped.result, skipped.note))
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
        const outcome = await this.runJob(scope, job, needs, matrix, strategy, unrehearsed)
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
    return { result, outputs, unrehearsedOutputs: [...unrehearsedOutputs] }
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
    unrehearsed: Map<string, string>,
  ): Promise<Outcome> {
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
      github: this.githubContext(job.id, ''),
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

    if (job.uses !== undefined) {
      return this.remember(
        record,
        await this.runCalledWorkflow(scope, job, record, contexts, permissions),
      )
    }

    record.status = 'running'
    record.startedAt = performance.now()
    this.setup.listener({ type: 'job-started', job: record })
    if (record.environment !== undefined) {
      record.notes.push(
        `environment ${record.environment.name}: approved by the rehearsal (on GitHub its protection rules apply first: required reviewers, wait timer, deployment branches)`,
      )
    }
    const outcome = await this.runSteps(scope, job, record, contexts, permissions, {
      strategy: strategyRun,
      unrehearsed,
    })
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
    permissions: Record<string, Access>,
  ): Promise<Outcome> {
    const uses = job.uses ?? ''
    record.status = 'running'
    record.startedAt = performance.now()
    this.setup.listener({ type: 'job-started', job: record })
    const finish = (result: JobResult, outputs: Record<string, string>): Outcome => {
      record.durationMs = performance.now() - (record.startedAt ?? performance.now())
      record.status = result
      record.outputs = outputs
      this.setup.listener({ type: 'job-finished', job: record })
      return { result, outputs }
    }
    let called: { text: string; path: string; jobWorkflowRef: string } | undefined
    try {
      called = await this.readCalledWorkflow(uses)
    } catch (error) {
      record.notes.push(message(error))
      return finish('failure', {})
    }
    if (called === undefined) {
      record.notes.push(
        `${uses} is not rehearsed: only this repository's workflows and tokenless's own reusable workflow can run in the sandbox.`,
      )
      this.notRehearsed.push(`job ${record.label}: ${uses}`)
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

  /**
   * The text of a called workflow: `./.github/workflows/x.yml` from the repository at the run's
   * commit, `<owner>/tokenless/.github/workflows/x.yml@ref` from this tokenless checkout.
   * Undefined for any other repository.
   */
  private async readCalledWorkflow(
    uses: string,
  ): Promise<{ text: string; path: string; jobWorkflowRef: string } | undefined> {
    const s = this.setup
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

  private async runSteps(
    scope: Scope,
    job: Job,
    record: JobRecord,
    contexts: Record<string, Value>,
    permissions: Record<string, Access>,
    placed: { strategy: StrategyRun; unrehearsed: Map<string, string> },
  ): Promise<Outcome> {
    const s = this.setup
    const index = ++this.jobCount
    const jobDir = join(s.workDir, 'jobs', `${index}-${safeName(record.key)}-${this.attempt}`)
    const workspace = join(jobDir, 'work', s.repo)
    const runnerTemp = join(jobDir, 'temp')
    const home = join(jobDir, 'home')
    const filesDir = join(runnerTemp, '_runner_file_commands')
    await Promise.all(
      [workspace, runnerTemp, home, filesDir].map((dir) => mkdir(dir, { recursive: true })),
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
    const github: Record<string, Value> = { ...this.githubContext(job.id, token), workspace }
    const secrets: Record<string, Value> = { ...scope.secrets, GITHUB_TOKEN: token }

    const baseEnv: Record<string, string> = {}
    for (const name of RUNNER_PASS_THROUGH) {
      const value = process.env[name]
      if (value !== undefined) baseEnv[name] = value
    }
    Object.assign(baseEnv, this.network, {
      HOME: home,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTOR: s.actor,
      GITHUB_ACTOR_ID: '3003',
      GITHUB_API_URL: s.sandbox.github.url,
      GITHUB_SERVER_URL: s.sandbox.github.serverUrl,
      GITHUB_GRAPHQL_URL: `${s.sandbox.github.url}/graphql`,
      GITHUB_REPOSITORY: `${s.owner}/${s.repo}`,
      GITHUB_REPOSITORY_OWNER: s.owner,
      GITHUB_REPOSITORY_OWNER_ID: '1001',
      GITHUB_REPOSITORY_ID: '2002',
      GITHUB_EVENT_NAME: s.eventName,
      GITHUB_EVENT_PATH: this.eventPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_SHA: s.sha,
      GITHUB_REF: s.ref,
      GITHUB_REF_NAME: text(github.ref_name),
      GITHUB_REF_TYPE: text(github.ref_type),
      GITHUB_REF_PROTECTED: 'false',
      GITHUB_RUN_ID: s.runId,
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: String(this.attempt),
      GITHUB_RETENTION_DAYS: '90',
      GITHUB_WORKFLOW: text(github.workflow),
      GITHUB_WORKFLOW_REF: text(github.workflow_ref),
      GITHUB_WORKFLOW_SHA: s.sha,
      GITHUB_JOB: job.id,
      GITHUB_HEAD_REF: '',
      GITHUB_BASE_REF: '',
      GITHUB_TRIGGERING_ACTOR: s.actor,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'tokenless rehearsal',
      RUNNER_ENVIRONMENT: 'github-hosted',
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: join(s.workDir, 'toolcache'),
      RUNNER_WORKSPACE: dirname(workspace),
      ImageOS: 'ubuntu24',
    })
    if (record.idToken) {
      const ref = s.ref
      const oidc = s.sandbox.issuer.createJob({
        repository: `${s.owner}/${s.repo}`,
        repository_owner: s.owner,
        repository_visibility: s.visibility,
        workflow: s.workflow.name ?? basename(s.workflowPath),
        workflow_ref: text(github.workflow_ref),
        job_workflow_ref: scope.jobWorkflowRef,
        ref,
        sha: s.sha,
        event_name: s.eventName,
        run_id: s.runId,
        run_attempt: String(this.attempt),
        actor: s.actor,
        ...(record.environment === undefined ? {} : { environment: record.environment.name }),
      })
      s.masker.add(oidc.requestToken)
      Object.assign(baseEnv, oidc.env)
      record.notes.push(
        `OIDC: id-token write; tokens carry workflow_ref ${text(github.workflow_ref)}, job_workflow_ref ${scope.jobWorkflowRef}${record.environment === undefined ? ', no environment' : `, environment ${record.environment.name}`}`,
      )
    }

    // env: workflow, then job (both evaluated once), then GITHUB_ENV, then each step's.
    let workflowEnv: Record<string, string> = {}
    let jobEnv: Record<string, string> = {}
    const envContexts = { github, inputs: scope.inputs, vars: {}, secrets }
    try {
      workflowEnv = this.evaluateEntries(scope, ['env'], 'env', scope.workflow.env, envContexts)
      jobEnv = this.evaluateEntries(scope, ['jobs', job.id, 'env'], 'env', job.env, {
        ...envContexts,
        needs: contexts.needs ?? {},
        strategy: contexts.strategy ?? {},
        matrix: contexts.matrix ?? {},
        env: workflowEnv,
      })
    } catch (error) {
      record.notes.push(message(error))
      return { result: 'failure', outputs: {} }
    }
    const fileEnv: Record<string, string> = {}
    const pathAdditions: string[] = []
    const steps: Record<string, Value> = {}
    let failed = false
    let cancelled = false
    // Steps not rehearsed, by id: what reads their outputs is not rehearsed either.
    const unrehearsedSteps = new Map<string, string>()
    const stepPath = (step: Step, key: string): Array<string | number> => [
      'jobs',
      job.id,
      'steps',
      step.index,
      key,
    ]
    const defaults = {
      shell: job.defaults?.run?.shell ?? scope.workflow.defaults?.run?.shell,
      workingDirectory:
        job.defaults?.run?.workingDirectory ?? scope.workflow.defaults?.run?.workingDirectory,
    }

    for (const step of job.steps) {
      const stepRecord: StepRecord = {
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
      record.steps.push(stepRecord)
      const cancelledBy = placed.strategy.cancelledBy.label
      if (!cancelled && cancelledBy !== undefined) {
        cancelled = true
        record.notes.push(
          // The steps left run only with always() or cancelled() in their if:.
          `cancelled: fail-fast is on, and ${cancelledBy} failed`,
        )
      }
      const env = { ...workflowEnv, ...jobEnv, ...fileEnv }
      const stepContexts: Record<string, Value> = {
        github,
        env,
        vars: {},
        inputs: scope.inputs,
        needs: contexts.needs ?? {},
        strategy: contexts.strategy ?? {},
        matrix: contexts.matrix ?? {},
        steps: { ...steps },
        job: { status: failed ? 'failure' : cancelled ? 'cancelled' : 'success' },
        runner: {
          os: 'Linux',
          arch: 'X64',
          name: 'tokenless rehearsal',
          temp: runnerTemp,
          tool_cache: baseEnv.RUNNER_TOOL_CACHE ?? '',
          environment: 'github-hosted',
          debug: '',
        },
      }
      const status = { success: !failed && !cancelled, failure: failed, cancelled }
      let run: boolean
      try {
        run = this.located(scope, stepPath(step, 'if'), 'if', () =>
          evaluateCondition(step.if ?? undefined, { contexts: stepContexts, status }),
        )
      } catch (error) {
        stepRecord.status = 'failure'
        stepRecord.outcome = 'failure'
        stepRecord.log.push(`Error: ${message(error)}`)
        this.setup.listener({ type: 'step-finished', job: record, step: stepRecord })
        failed = true
        continue
      }
      if (!run) {
        stepRecord.status = 'skipped'
        stepRecord.outcome = 'skipped'
        if (step.id !== undefined)
          steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
        this.setup.listener({ type: 'step-finished', job: record, step: stepRecord })
        continue
      }
      // A step that reads outputs the rehearsal could not produce would run on empty values and
      // fail (or pass) for the rehearsal's reasons, not the workflow's: it is not rehearsed.
      const reads = readsUnrehearsed(
        [step.if, step.run, step.with, step.env, step.workingDirectory],
        unrehearsedSteps,
        placed.unrehearsed,
      )
      if (reads !== undefined) {
        stepRecord.kind = 'not-rehearsed'
        stepRecord.status = 'not-rehearsed'
        stepRecord.outcome = 'success'
        stepRecord.notes.push(
          `not rehearsed: it reads ${reads.reference}, from ${reads.source}, which was not rehearsed (the rehearsal has no value for it; on GitHub it has one)`,
        )
        this.notRehearsed.push(
          `${record.label} › ${stepRecord.label}: reads ${reads.reference}, from ${reads.source}`,
        )
        if (step.id !== undefined) {
          unrehearsedSteps.set(step.id, `step ${stepRecord.label}`)
          steps[step.id] = { outputs: {}, outcome: 'success', conclusion: 'success' }
        }
        this.setup.listener({ type: 'step-finished', job: record, step: stepRecord })
        continue
      }
      stepRecord.status = 'running'
      stepRecord.startedAt = performance.now()
      this.setup.listener({ type: 'step-started', job: record, step: stepRecord })
      const files = {
        output: join(filesDir, `set_output_${step.index}`),
        env: join(filesDir, `set_env_${step.index}`),
        path: join(filesDir, `add_path_${step.index}`),
        state: join(filesDir, `save_state_${step.index}`),
        summary: join(filesDir, `step_summary_${step.index}`),
      }
      await Promise.all(Object.values(files).map((file) => writeFile(file, '')))
      const withContexts = { ...stepContexts, secrets }
      const log = (line: string): void => {
        const masked = s.masker.mask(line)
        stepRecord.log.push(masked)
        this.setup.listener({ type: 'step-log', job: record, step: stepRecord, line: masked })
      }
      const commands = new WorkflowCommandReader((secret) => s.masker.add(secret))
      let ok = false
      try {
        const stepEnv = this.evaluateEntries(
          scope,
          stepPath(step, 'env'),
          'env',
          step.env,
          withContexts,
        )
        const processEnv: Record<string, string> = {
          ...baseEnv,
          ...env,
          ...stepEnv,
          ...Object.fromEntries(
            Object.entries(baseEnv).filter(
              ([name]) => name.startsWith('GITHUB_') || name.startsWith('RUNNER_'),
            ),
          ),
          PATH: [...pathAdditions, this.runnerPath].join(':'),
          GITHUB_OUTPUT: files.output,
          GITHUB_ENV: files.env,
          GITHUB_PATH: files.path,
          GITHUB_STATE: files.state,
          GITHUB_STEP_SUMMARY: files.summary,
          GITHUB_ACTION: step.id ?? `__run_${step.index}`,
        }
        if (step.run !== undefined) {
          // A registry URL in a run: step's env (an index to install from) points at the sandbox.
          for (const name of Object.keys({ ...env, ...stepEnv })) {
            const value = processEnv[name] ?? ''
            const local = this.sandboxUrl(value)
            if (local === undefined) continue
            processEnv[name] = local.url
            stepRecord.notes.push(
              `env ${name}: ${value} → the sandbox's ${local.name} (${local.url})`,
            )
          }
        }
        const stepMs =
          step.timeoutMinutes === undefined
            ? Number.POSITIVE_INFINITY
            : Number(
                text(
                  this.located(scope, stepPath(step, 'timeout-minutes'), 'timeout-minutes', () =>
                    evaluateValue(step.timeoutMinutes, { contexts: withContexts }),
                  ),
                ),
              ) * 60_000
        const jobLeftMs = Math.max(0, jobDeadline - performance.now())
        const timeoutMs = Math.min(stepMs, jobLeftMs)
        if (step.run !== undefined) {
          ok = await this.runShell(step, {
            script: this.located(scope, stepPath(step, 'run'), 'run', () =>
              interpolate(step.run ?? '', { contexts: withContexts }),
            ),
            shell: step.shell ?? defaults.shell,
            workingDirectory: step.workingDirectory ?? defaults.workingDirectory,
            workspace,
            runnerTemp,
            env: processEnv,
            timeoutMs,
            commands,
            log,
            stepRecord,
          })
        } else {
          const withValues = this.evaluateEntries(
            scope,
            stepPath(step, 'with'),
            'with',
            step.with,
            withContexts,
          )
          ok = await this.runAction(step, {
            uses: step.uses ?? '',
            inputs: withValues,
            contexts: withContexts,
            workspace,
            runnerTemp,
            env: processEnv,
            timeoutMs,
            commands,
            log,
            stepRecord,
            record,
          })
        }
      } catch (error) {
        log(`Error: ${message(error)}`)
        ok = false
      }
      if (!ok && performance.now() >= jobDeadline) {
        log(
          `Error: The job has exceeded its maximum execution time of ${jobMinutes} minutes (timeout-minutes).`,
        )
      }
      stepRecord.annotations.push(
        ...commands.annotations.map((annotation) => ({
          ...annotation,
          message: s.masker.mask(annotation.message),
        })),
      )
      // What the step left in the runner's files.
      let outputs: Record<string, string> = {}
      try {
        outputs = parseKeyValueFile(await readFile(files.output, 'utf8'), 'GITHUB_OUTPUT')
        Object.assign(fileEnv, parseKeyValueFile(await readFile(files.env, 'utf8'), 'GITHUB_ENV'))
        pathAdditions.unshift(...parsePathFile(await readFile(files.path, 'utf8')))
      } catch (error) {
        log(`Error: ${message(error)}`)
        ok = false
      }
      const summary = await readFile(files.summary, 'utf8')
      if (summary.trim() !== '') record.summary += `${s.masker.mask(summary.trimEnd())}\n\n`
      let continueOnError = false
      try {
        continueOnError =
          step.continueOnError !== undefined &&
          text(
            this.located(scope, stepPath(step, 'continue-on-error'), 'continue-on-error', () =>
              evaluateValue(step.continueOnError, { contexts: withContexts }),
            ),
          ) === 'true'
      } catch (error) {
        log(`Error: ${message(error)}`)
        ok = false
      }
      const notRehearsed = (stepRecord.status as StepStatus) === 'not-rehearsed'
      if (notRehearsed && step.id !== undefined) {
        unrehearsedSteps.set(
          step.id,
          `step ${stepRecord.label}${step.uses === undefined ? '' : ` (${step.uses})`}`,
        )
      }
      const outcome = notRehearsed || ok ? 'success' : 'failure'
      stepRecord.outcome = outcome
      if (!notRehearsed) stepRecord.status = ok ? 'success' : 'failure'
      stepRecord.durationMs = performance.now() - (stepRecord.startedAt ?? performance.now())
      if (step.id !== undefined) {
        steps[step.id] = {
          outputs: asValue(outputs),
          outcome,
          conclusion: outcome === 'failure' && continueOnError ? 'success' : outcome,
        }
      }
      if (!ok && !continueOnError) failed = true
      if (!ok && continueOnError) stepRecord.notes.push('continue-on-error: the job goes on')
      this.setup.listener({ type: 'step-finished', job: record, step: stepRecord })
    }

    const outputContexts: Record<string, Value> = {
      github,
      needs: contexts.needs ?? {},
      strategy: contexts.strategy ?? {},
      matrix: contexts.matrix ?? {},
      job: { status: failed ? 'failure' : cancelled ? 'cancelled' : 'success' },
      runner: {},
      env: { ...workflowEnv, ...jobEnv },
      vars: {},
      secrets,
      steps,
      inputs: scope.inputs,
    }
    const unrehearsedOutputs: string[] = []
    for (const [name, expression] of Object.entries(job.outputs)) {
      const reads = readsUnrehearsed([expression], unrehearsedSteps, placed.unrehearsed)
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
        if (s.masker.mask(value) !== value) {
          record.notes.push(`output ${name} skipped: it may contain a secret (GitHub skips it too)`)
          continue
        }
        record.outputs[name] = value
      } catch (error) {
        record.notes.push(message(error))
        failed = true
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
      result: failed ? 'failure' : cancelled ? 'cancelled' : 'success',
      outputs: record.outputs,
      unrehearsedOutputs,
    }
  }

  private async runShell(
    step: Step,
    run: {
      script: string
      shell: string | undefined
      workingDirectory: string | undefined
      workspace: string
      runnerTemp: string
      env: Record<string, string>
      timeoutMs: number | undefined
      commands: WorkflowCommandReader
      log: (line: string) => void
      stepRecord: StepRecord
    },
  ): Promise<boolean> {
    const shell = run.shell ?? 'default'
    const file = join(
      run.runnerTemp,
      `${randomBytes(8).toString('hex')}.${shell === 'python' ? 'py' : 'sh'}`,
    )
    await writeFile(file, run.script)
    let command: string
    let args: string[]
    switch (shell) {
      case 'default':
        ;[command, args] = ['bash', ['-e', file]]
        break
      case 'bash':
        ;[command, args] = ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', file]]
        break
      case 'sh':
        ;[command, args] = ['sh', ['-e', file]]
        break
      case 'python':
        ;[command, args] = ['python', [file]]
        break
      default: {
        if (!shell.includes('{0}') || /^(pwsh|powershell|cmd)\b/.test(shell)) {
          run.stepRecord.status = 'not-rehearsed'
          run.stepRecord.kind = 'not-rehearsed'
          run.stepRecord.notes.push(
            `shell ${shell} is not rehearsed (bash, sh, python and custom shells with {0} are)`,
          )
          this.notRehearsed.push(`step ${run.stepRecord.label}: shell ${shell}`)
          return true
        }
        const parts = shell.split(/\s+/).map((part) => part.replace('{0}', file))
        ;[command, args] = [parts[0] ?? 'bash', parts.slice(1)]
      }
    }
    const cwd = resolve(run.workspace, run.workingDirectory ?? '.')
    if (!existsSync(cwd)) {
      run.log(
        `Error: An error occurred trying to start process '${command}' with working directory '${cwd}'. No such file or directory`,
      )
      return false
    }
    const result = await runStepProcess({
      command,
      args,
      cwd,
      env: run.env,
      timeoutMs: run.timeoutMs,
      commands: run.commands,
      masker: this.setup.masker,
      onLine: run.log,
    })
    run.stepRecord.exitCode = result.exitCode
    if (result.timedOut) run.log(`Error: The action has timed out.`)
    else if (result.exitCode !== 0)
      run.log(`Error: Process completed with exit code ${result.exitCode}.`)
    void step
    return result.exitCode === 0 && !result.timedOut
  }

  /** The inputs' defaults from a suite action's action.yml. */
  private suiteDefaults(name: string): Record<string, string> {
    const cached = this.actionDefaults.get(name)
    if (cached !== undefined) return cached
    const yml = parseYaml(
      readFileSync(join(this.setup.suiteRoot, 'actions', name, 'action.yml'), 'utf8'),
    ) as { inputs?: Record<string, { default?: unknown }> }
    const defaults: Record<string, string> = {}
    for (const [input, spec] of Object.entries(yml.inputs ?? {})) {
      if (spec?.default !== undefined && spec.default !== null) defaults[input] = text(spec.default)
    }
    this.actionDefaults.set(name, defaults)
    return defaults
  }

  private async runAction(
    step: Step,
    run: {
      uses: string
      inputs: Record<string, string>
      contexts: Record<string, Value>
      workspace: string
      runnerTemp: string
      env: Record<string, string>
      timeoutMs: number | undefined
      commands: WorkflowCommandReader
      log: (line: string) => void
      stepRecord: StepRecord
      record: JobRecord
    },
  ): Promise<boolean> {
    const s = this.setup
    const uses = run.uses.trim()
    const suite =
      /^[^/]+\/tokenless\/actions\/([\w-]+)@.+$/.exec(uses)?.[1] ??
      /^\.\/actions\/([\w-]+)\/?$/.exec(uses)?.[1]
    const localAction =
      uses.startsWith('./') && existsSync(join(run.workspace, uses, 'action.yml'))
        ? join(run.workspace, uses)
        : undefined
    if (suite !== undefined && (SUITE_ACTIONS as readonly string[]).includes(suite)) {
      // tokenless's own action in the workspace (a checkout of tokenless, or the publish-oidc
      // that release-self.yml downloads beside the package) runs as the suite's action does:
      // its own bundle, its registries turned to the sandbox's.
      if (localAction === undefined) return this.runSuiteAction(suite, run)
      if (this.isSuiteActionCopy(localAction, suite)) {
        return this.runSuiteAction(suite, run, localAction)
      }
    }
    const name = uses.replace(/@.*$/, '')
    const standIn = STAND_INS[name]
    if (standIn !== undefined) {
      run.stepRecord.kind = 'stand-in'
      const result = await standIn.standIn(
        {
          workspace: run.workspace,
          runnerTemp: run.runnerTemp,
          env: run.env,
          gitDir: s.gitDir,
          repository: `${s.owner}/${s.repo}`,
          sha: s.sha,
          ref: s.ref,
          artifactsDir: join(s.workDir, 'artifacts'),
          log: run.log,
          warn: (message) => {
            run.stepRecord.annotations.push({ level: 'warning', message })
            run.log(`Warning: ${message}`)
          },
          note: (note) => run.stepRecord.notes.push(`stand-in: ${note}`),
        },
        run.inputs,
      )
      if (!result.ok) run.log(`Error: ${result.error ?? 'failed'}`)
      return result.ok
    }
    if (localAction !== undefined) {
      const yml = parseYaml(readFileSync(join(localAction, 'action.yml'), 'utf8')) as {
        runs?: { using?: string; main?: string }
        inputs?: Record<string, { default?: unknown }>
      }
      if (yml.runs?.using?.startsWith('node') === true && yml.runs.main !== undefined) {
        const defaults: Record<string, string> = {}
        for (const [input, spec] of Object.entries(yml.inputs ?? {})) {
          if (spec?.default !== undefined && spec.default !== null) {
            defaults[input] = interpolate(text(spec.default), { contexts: run.contexts })
          }
        }
        return this.runNodeAction(
          join(localAction, yml.runs.main),
          { ...defaults, ...run.inputs },
          localAction,
          run,
        )
      }
    }
    run.stepRecord.kind = 'not-rehearsed'
    run.stepRecord.status = 'not-rehearsed'
    run.stepRecord.notes.push(
      `${uses} is not rehearsed: the rehearsal runs tokenless's actions, local JavaScript actions and stand-ins for ${Object.keys(STAND_INS).join(', ')}. The run goes on without it (its outputs are empty).`,
    )
    this.notRehearsed.push(`${run.record.label} › ${run.stepRecord.label}: ${uses}`)
    void step
    return true
  }

  /** Whether the local action at `dir` is a copy of the suite's `name` (the same action.yml name). */
  private isSuiteActionCopy(dir: string, name: string): boolean {
    const nameOf = (file: string): unknown =>
      (parseYaml(readFileSync(file, 'utf8')) as { name?: unknown } | null)?.name
    const local = nameOf(join(dir, 'action.yml'))
    return (
      typeof local === 'string' &&
      local === nameOf(join(this.setup.suiteRoot, 'actions', name, 'action.yml'))
    )
  }

  private runSuiteAction(
    name: string,
    run: Parameters<WorkflowRunner['runAction']>[1],
    dir: string = join(this.setup.suiteRoot, 'actions', name),
  ): Promise<boolean> {
    const s = this.setup
    const inputs: Record<string, string> = {}
    for (const [input, value] of Object.entries(this.suiteDefaults(name))) {
      inputs[input] = interpolate(value, { contexts: run.contexts })
    }
    Object.assign(inputs, run.inputs)
    const notes = run.stepRecord.notes
    if (name === 'publish-oidc') {
      const registry = (inputs.registry ?? 'npm').trim()
      const mapped = this.sandboxRegistry(registry)
      if (mapped === undefined) {
        run.log(
          `Error: registry ${registry} is not in the sandbox, and a rehearsal never publishes anywhere else. Rehearse with registry npm, pypi or testpypi.`,
        )
        return Promise.resolve(false)
      }
      inputs.registry = mapped.url
      notes.push(`registry ${registry} → the sandbox's ${mapped.name} at ${mapped.url}`)
      if ((inputs.provenance ?? 'true') === 'true' && mapped.name === 'npm') {
        inputs.provenance = 'false'
        notes.push('provenance: rehearsed without it (Sigstore is not stood in for)')
      }
    }
    if (name === 'yank-notice') {
      if (this.setup.sandbox.npm !== undefined) inputs['npm-registry'] = this.setup.sandbox.npm.url
      inputs['pypi-url'] = /test\.pypi/.test(inputs['pypi-url'] ?? '')
        ? s.sandbox.testpypi.url
        : s.sandbox.pypi.url
      notes.push('npm-registry and pypi-url → the sandbox registries')
    }
    run.stepRecord.kind = 'action'
    return this.runNodeAction(join(dir, 'dist', 'index.js'), inputs, dir, run)
  }

  /** A public registry URL (npm, PyPI, TestPyPI, any path under it) at the sandbox's service. */
  private sandboxUrl(value: string): { name: string; url: string } | undefined {
    const { npm, pypi, testpypi } = this.setup.sandbox
    const origins: Array<[string, string, string | undefined]> = [
      ['https://test.pypi.org', 'TestPyPI', testpypi.url],
      ['https://upload.pypi.org', 'PyPI', pypi.url],
      ['https://pypi.org', 'PyPI', pypi.url],
      ['https://registry.npmjs.org', 'npm registry', npm?.url],
    ]
    for (const [origin, name, base] of origins) {
      if (base === undefined) continue
      if (value !== origin && !value.startsWith(`${origin}/`)) continue
      return { name, url: `${base.replace(/\/+$/, '')}${value.slice(origin.length)}` }
    }
    return undefined
  }

  private sandboxRegistry(registry: string): { name: string; url: string } | undefined {
    const { npm, pypi, testpypi } = this.setup.sandbox
    const trimmed = registry.replace(/\/+$/, '')
    if ((registry === 'npm' || trimmed === 'https://registry.npmjs.org') && npm !== undefined) {
      return { name: 'npm', url: npm.url }
    }
    if (registry === 'pypi' || trimmed === 'https://upload.pypi.org/legacy') {
      return { name: 'PyPI', url: pypi.uploadUrl }
    }
    if (registry === 'testpypi' || trimmed === 'https://test.pypi.org/legacy') {
      return { name: 'TestPyPI', url: testpypi.uploadUrl }
    }
    if (npm !== undefined && registry.startsWith(npm.url.replace(/\/$/, '')))
      return { name: 'npm', url: npm.url }
    if (registry.startsWith(pypi.url)) return { name: 'PyPI', url: pypi.uploadUrl }
    if (registry.startsWith(testpypi.url)) return { name: 'TestPyPI', url: testpypi.uploadUrl }
    return undefined
  }

  private async runNodeAction(
    script: string,
    inputs: Record<string, string>,
    actionPath: string,
    run: Parameters<WorkflowRunner['runAction']>[1],
  ): Promise<boolean> {
    const env: Record<string, string> = { ...run.env, GITHUB_ACTION_PATH: actionPath }
    for (const [name, value] of Object.entries(inputs)) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    }
    const result = await runStepProcess({
      command: process.execPath,
      args: [script],
      cwd: run.workspace,
      env,
      timeoutMs: run.timeoutMs,
      commands: run.commands,
      masker: this.setup.masker,
      onLine: run.log,
    })
    run.stepRecord.exitCode = result.exitCode
    if (result.timedOut) run.log('Error: The action has timed out.')
    return result.exitCode === 0 && !result.timedOut
  }
}

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The first reference in `values` to an output the rehearsal could not produce: a step's
 * (`steps.<id>.outputs`) or a needed job's (`needs.<job>.outputs.<name>`).
 */
function readsUnrehearsed(
  values: unknown[],
  steps: Map<string, string>,
  needs: Map<string, string>,
): { reference: string; source: string } | undefined {
  if (steps.size === 0 && needs.size === 0) return undefined
  const source = JSON.stringify(values) ?? ''
  for (const match of source.matchAll(/\bsteps\.([\w-]+)\.outputs\b(?:\.([\w-]+))?/g)) {
    const from = steps.get(match[1] ?? '')
    if (from !== undefined) return { reference: match[0], source: from }
  }
  for (const match of source.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
    const from = needs.get(match[0])
    if (from !== undefined) return { reference: match[0], source: from }
  }
  return undefined
}
