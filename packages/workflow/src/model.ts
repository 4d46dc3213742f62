// A workflow file read into jobs and steps, in file order, with the line of every part, and its
// shape checked where GitHub would refuse it.

import { readFile } from 'node:fs/promises'
import { WorkflowError } from './workflow-error.js'
import { readYaml, type SourceFile } from './yaml-source.js'

export type Access = 'read' | 'write' | 'none'
export type Permissions = 'read-all' | 'write-all' | Record<string, Access>

export interface RunDefaults {
  run?: { shell?: string; workingDirectory?: string }
}

export interface Concurrency {
  group: string
  cancelInProgress?: unknown
}

export interface Step {
  /** 0-based position in the job. */
  index: number
  id?: string
  name?: string
  uses?: string
  run?: string
  with: Record<string, unknown>
  env: Record<string, unknown>
  if?: string | boolean
  shell?: string
  workingDirectory?: string
  continueOnError?: boolean | string
  timeoutMinutes?: number | string
  line: number
}

export interface Job {
  id: string
  name?: string
  needs: string[]
  if?: string | boolean
  runsOn?: unknown
  permissions?: Permissions
  environment?: { name: string; url?: string }
  env: Record<string, unknown>
  outputs: Record<string, string>
  steps: Step[]
  strategy?: { matrix?: unknown; failFast?: unknown; maxParallel?: unknown }
  concurrency?: Concurrency
  /** A reusable workflow this job calls, instead of steps. */
  uses?: string
  with?: Record<string, unknown>
  secrets?: 'inherit' | Record<string, unknown>
  timeoutMinutes?: unknown
  continueOnError?: unknown
  defaults?: RunDefaults
  line: number
}

export interface Workflow {
  file: string
  /** The file as read, with the position of every node and its comments (the tolerant layer). */
  source: SourceFile
  name?: string
  /** Each event that starts the workflow, with its settings (`{}` when it has none). */
  on: Record<string, Record<string, unknown>>
  env: Record<string, unknown>
  permissions?: Permissions
  concurrency?: Concurrency
  defaults?: RunDefaults
  /** In file order. */
  jobs: Job[]
  /** The line of a path such as ['jobs', 'build', 'steps', 2, 'with']; its nearest existing parent's if absent. */
  lineOf(path: Array<string | number>): number
}

/** The scopes `permissions:` may name (GitHub refuses others). */
export const PERMISSION_SCOPES: readonly string[] = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
]

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/

type Path = Array<string | number>
type Mapping = Record<string, unknown>

function isMapping(value: unknown): value is Mapping {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
  )
}

/** A scalar from YAML as text; a structure as JSON, so that a mistake shows instead of '[object Object]'. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value)
  }
  if (value instanceof Date) return value.toISOString()
  return JSON.stringify(value) ?? ''
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (isMapping(value)) return 'a mapping'
  return `${typeof value} ${JSON.stringify(value)}`
}

/** Reads a workflow from its text. `file` names it in errors (a path relative to the repository). */
export function parseWorkflow(text: string, file: string): Workflow {
  const source = readYaml(text, file)
  const lineOf = (path: Path): number => source.lineOf(path)
  const fail = (path: Path, problem: string): never => {
    throw new WorkflowError({ file, line: lineOf(path) }, problem)
  }
  const reader = new ShapeReader(fail, lineOf)
  const root = source.data
  if (!isMapping(root)) {
    return fail(
      [],
      `a workflow is a mapping with \`on:\` and \`jobs:\`, but this file holds ${describe(root)}. Start from \`on: workflow_dispatch\` and a \`jobs:\` mapping.`,
    )
  }
  if (!('on' in root)) {
    fail(
      [],
      'the workflow has no `on:`, so no event starts it. Add the events, e.g. `on: workflow_dispatch`.',
    )
  }
  const jobsValue = root.jobs
  if (!('jobs' in root) || jobsValue === null || jobsValue === undefined) {
    fail(
      [],
      'the workflow has no `jobs:`. Add a `jobs:` mapping with at least one job, e.g. `jobs: { build: { runs-on: ubuntu-latest, steps: [...] } }`.',
    )
  }
  if (!isMapping(jobsValue) || Object.keys(jobsValue).length === 0) {
    const found = isMapping(jobsValue) ? 'empty' : describe(jobsValue)
    fail(
      ['jobs'],
      `\`jobs:\` must be a mapping of job ids to jobs, but it is ${found}. Add at least one job under it.`,
    )
  }
  const workflow: Workflow = {
    file,
    source: source.source,
    on: readOn(root.on, reader),
    env: reader.mapping(['env'], root.env),
    jobs: Object.entries(jobsValue as Mapping).map(([id, job]) => readJob(id, job, reader)),
    lineOf,
  }
  if (root.name !== undefined && root.name !== null) workflow.name = textOf(root.name)
  if (root.permissions !== undefined) {
    workflow.permissions = reader.permissions(['permissions'], root.permissions)
  }
  if (root.concurrency !== undefined) {
    workflow.concurrency = reader.concurrency(['concurrency'], root.concurrency)
  }
  if (root.defaults !== undefined) workflow.defaults = reader.defaults(['defaults'], root.defaults)
  return workflow
}

/** Reads and parses a workflow file; errors name the path as given. */
export async function loadWorkflow(path: string): Promise<Workflow> {
  return parseWorkflow(await readFile(path, 'utf8'), path)
}

class ShapeReader {
  constructor(
    readonly fail: (path: Path, problem: string) => never,
    readonly lineOf: (path: Path) => number,
  ) {}

  mapping(path: Path, value: unknown): Mapping {
    if (value === undefined || value === null) return {}
    if (!isMapping(value)) {
      return this.fail(
        path,
        `\`${last(path)}:\` must be a mapping of names to values, but it is ${describe(value)}. Write it as \`name: value\` lines.`,
      )
    }
    return { ...value }
  }

  text(value: unknown): string | undefined {
    if (value === undefined || value === null) return undefined
    return textOf(value)
  }

  permissions(path: Path, value: unknown): Permissions {
    if (value === 'read-all' || value === 'write-all') return value
    if (value === null || value === undefined) return {}
    if (!isMapping(value)) {
      return this.fail(
        path,
        `\`permissions:\` must be \`read-all\`, \`write-all\` or a mapping of scopes to read, write or none, but it is ${describe(value)}.`,
      )
    }
    const result: Record<string, Access> = {}
    for (const [scope, access] of Object.entries(value)) {
      if (!PERMISSION_SCOPES.includes(scope)) {
        this.fail(
          [...path, scope],
          `\`${scope}\` is not a permission scope. Use one of: ${PERMISSION_SCOPES.join(', ')}.`,
        )
      }
      if (access !== 'read' && access !== 'write' && access !== 'none') {
        this.fail(
          [...path, scope],
          `permission \`${scope}\` is ${describe(access)}, but it must be read, write or none.`,
        )
      }
      result[scope] = access
    }
    return result
  }

  concurrency(path: Path, value: unknown): Concurrency {
    if (typeof value === 'string' || typeof value === 'number') return { group: String(value) }
    if (isMapping(value) && value.group !== undefined && value.group !== null) {
      const result: Concurrency = { group: textOf(value.group) }
      if (value['cancel-in-progress'] !== undefined) {
        result.cancelInProgress = value['cancel-in-progress']
      }
      return result
    }
    return this.fail(
      path,
      '`concurrency:` needs a group: write `concurrency: <group>` or `concurrency: { group: <group>, cancel-in-progress: false }`.',
    )
  }

  defaults(path: Path, value: unknown): RunDefaults {
    const defaults = this.mapping(path, value)
    if (defaults.run === undefined || defaults.run === null) return {}
    const run = this.mapping([...path, 'run'], defaults.run)
    const result: RunDefaults['run'] = {}
    const shell = this.text(run.shell)
    const workingDirectory = this.text(run['working-directory'])
    if (shell !== undefined) result.shell = shell
    if (workingDirectory !== undefined) result.workingDirectory = workingDirectory
    return { run: result }
  }
}

function last(path: Path): string {
  return String(path[path.length - 1] ?? '')
}

function readOn(value: unknown, reader: ShapeReader): Record<string, Record<string, unknown>> {
  const events: Record<string, Record<string, unknown>> = {}
  if (typeof value === 'string') {
    events[value] = {}
  } else if (Array.isArray(value) && value.every((event) => typeof event === 'string')) {
    for (const event of value) events[event] = {}
  } else if (isMapping(value)) {
    for (const [event, settings] of Object.entries(value)) {
      // `schedule:` is the one event whose settings are a list: keep it as { cron: [...] }.
      if (event === 'schedule' && Array.isArray(settings)) {
        events[event] = {
          cron: settings.map((entry) => (isMapping(entry) ? textOf(entry.cron) : textOf(entry))),
        }
      } else {
        events[event] = reader.mapping(['on', event], settings)
      }
    }
  } else {
    reader.fail(
      ['on'],
      `\`on:\` must name the events that start the workflow (a name, a list or a mapping), but it is ${describe(value)}. Write e.g. \`on: workflow_dispatch\` or \`on: [push, workflow_dispatch]\`.`,
    )
  }
  return events
}

function readJob(id: string, value: unknown, reader: ShapeReader): Job {
  const path: Path = ['jobs', id]
  if (!IDENTIFIER.test(id)) {
    reader.fail(
      path,
      `job id '${id}' is not valid: a job id starts with a letter or _ and holds only letters, digits, - and _. Rename it, e.g. '${suggestId(id)}', and update the needs that name it.`,
    )
  }
  if (!isMapping(value)) {
    return reader.fail(
      path,
      `job '${id}' must be a mapping (runs-on, steps...), but it is ${describe(value)}.`,
    )
  }
  const hasSteps = value.steps !== undefined && value.steps !== null
  const hasUses = value.uses !== undefined && value.uses !== null
  if (!hasSteps && !hasUses) {
    reader.fail(
      path,
      `job '${id}' has neither \`steps:\` nor \`uses:\`. Give it the steps to run, or \`uses:\` a reusable workflow.`,
    )
  }
  if (hasSteps && hasUses) {
    reader.fail(
      [...path, 'uses'],
      `job '${id}' has both \`uses:\` and \`steps:\`, but a job that calls a reusable workflow runs no steps of its own. Move the steps into another job.`,
    )
  }
  const job: Job = {
    id,
    needs: readNeeds(id, value.needs, reader),
    env: reader.mapping([...path, 'env'], value.env),
    outputs: Object.fromEntries(
      Object.entries(reader.mapping([...path, 'outputs'], value.outputs)).map(([k, v]) => [
        k,
        reader.text(v) ?? '',
      ]),
    ),
    steps: hasSteps ? readSteps(id, value.steps, reader) : [],
    line: reader.lineOf(path),
  }
  const name = reader.text(value.name)
  if (name !== undefined) job.name = name
  const condition = readCondition(value.if)
  if (condition !== undefined) job.if = condition
  if (value['runs-on'] !== undefined) job.runsOn = value['runs-on']
  if (value.permissions !== undefined) {
    job.permissions = reader.permissions([...path, 'permissions'], value.permissions)
  }
  if (value.environment !== undefined && value.environment !== null) {
    job.environment = readEnvironment(id, value.environment, reader)
  }
  if (value.strategy !== undefined && value.strategy !== null) {
    const strategy = reader.mapping([...path, 'strategy'], value.strategy)
    job.strategy = {}
    if (strategy.matrix !== undefined) job.strategy.matrix = strategy.matrix
    if (strategy['fail-fast'] !== undefined) job.strategy.failFast = strategy['fail-fast']
    if (strategy['max-parallel'] !== undefined) job.strategy.maxParallel = strategy['max-parallel']
  }
  if (value.concurrency !== undefined && value.concurrency !== null) {
    job.concurrency = reader.concurrency([...path, 'concurrency'], value.concurrency)
  }
  if (hasUses) {
    job.uses = textOf(value.uses)
    job.with = reader.mapping([...path, 'with'], value.with)
    if (value.secrets === 'inherit') job.secrets = 'inherit'
    else if (value.secrets !== undefined) {
      job.secrets = reader.mapping([...path, 'secrets'], value.secrets)
    }
  }
  if (value['timeout-minutes'] !== undefined) job.timeoutMinutes = value['timeout-minutes']
  if (value['continue-on-error'] !== undefined) job.continueOnError = value['continue-on-error']
  if (value.defaults !== undefined)
    job.defaults = reader.defaults([...path, 'defaults'], value.defaults)
  return job
}

function suggestId(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`
}

function readCondition(value: unknown): string | boolean | undefined {
  if (value === undefined || value === null) return undefined
  return typeof value === 'boolean' ? value : textOf(value)
}

function readNeeds(id: string, value: unknown, reader: ShapeReader): string[] {
  if (value === undefined || value === null) return []
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.every((need) => typeof need === 'string')) return [...value]
  return reader.fail(
    ['jobs', id, 'needs'],
    `\`needs:\` of job '${id}' must be a job id or a list of job ids, but it is ${describe(value)}.`,
  )
}

function readEnvironment(id: string, value: unknown, reader: ShapeReader): Job['environment'] {
  if (typeof value === 'string') return { name: value }
  if (isMapping(value) && typeof value.name === 'string' && value.name !== '') {
    const environment: { name: string; url?: string } = { name: value.name }
    const url = reader.text(value.url)
    if (url !== undefined) environment.url = url
    return environment
  }
  return reader.fail(
    ['jobs', id, 'environment'],
    `\`environment:\` of job '${id}' needs a name: write \`environment: release\` or \`environment: { name: release, url: ... }\`.`,
  )
}

function readSteps(jobId: string, value: unknown, reader: ShapeReader): Step[] {
  const path: Path = ['jobs', jobId, 'steps']
  if (!Array.isArray(value)) {
    return reader.fail(
      path,
      `\`steps:\` of job '${jobId}' must be a list (each step starts with \`- \`), but it is ${describe(value)}.`,
    )
  }
  const ids = new Set<string>()
  return value.map((entry, index) => {
    const stepPath: Path = [...path, index]
    if (!isMapping(entry)) {
      return reader.fail(
        stepPath,
        `step ${index + 1} of job '${jobId}' must be a mapping with \`uses:\` or \`run:\`, but it is ${describe(entry)}.`,
      )
    }
    const hasUses = entry.uses !== undefined && entry.uses !== null
    const hasRun = entry.run !== undefined && entry.run !== null
    if (hasUses && hasRun) {
      reader.fail(
        stepPath,
        `step ${index + 1} of job '${jobId}' has both \`uses:\` and \`run:\`, but a step does one or the other. Split it into two steps.`,
      )
    }
    if (!hasUses && !hasRun) {
      reader.fail(
        stepPath,
        `step ${index + 1} of job '${jobId}' has neither \`uses:\` nor \`run:\`. Give it an action to use or a command to run.`,
      )
    }
    const step: Step = {
      index,
      with: reader.mapping([...stepPath, 'with'], entry.with),
      env: reader.mapping([...stepPath, 'env'], entry.env),
      line: reader.lineOf(stepPath),
    }
    const id = reader.text(entry.id)
    if (id !== undefined) {
      if (!IDENTIFIER.test(id)) {
        reader.fail(
          [...stepPath, 'id'],
          `step id '${id}' in job '${jobId}' is not valid: an id starts with a letter or _ and holds only letters, digits, - and _. Rename it, e.g. '${suggestId(id)}'.`,
        )
      }
      if (ids.has(id.toLowerCase())) {
        reader.fail(
          [...stepPath, 'id'],
          `step id '${id}' is used twice in job '${jobId}'. Give each step its own id.`,
        )
      }
      ids.add(id.toLowerCase())
      step.id = id
    }
    const name = reader.text(entry.name)
    if (name !== undefined) step.name = name
    if (hasUses) step.uses = textOf(entry.uses)
    if (hasRun) step.run = reader.text(entry.run)
    const condition = readCondition(entry.if)
    if (condition !== undefined) step.if = condition
    const shell = reader.text(entry.shell)
    if (shell !== undefined) step.shell = shell
    const workingDirectory = reader.text(entry['working-directory'])
    if (workingDirectory !== undefined) step.workingDirectory = workingDirectory
    const continueOnError = entry['continue-on-error']
    if (typeof continueOnError === 'boolean' || typeof continueOnError === 'string') {
      step.continueOnError = continueOnError
    }
    const timeout = entry['timeout-minutes']
    if (typeof timeout === 'number' || typeof timeout === 'string') step.timeoutMinutes = timeout
    return step
  })
}
