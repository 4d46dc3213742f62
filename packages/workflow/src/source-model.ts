// A workflow as written, read tolerantly: triggers, permissions, jobs, steps (a loader may expand
// the steps of the repository's composite actions in place) and the reusable workflows the jobs
// call. Every piece keeps its YAML node, so whatever is said about it has a line. Nothing here
// refuses a file: model.ts is the strict reading, as GitHub would run it.
import type { SourceFile, YNode } from './yaml-source.js'

export interface SourcePermissions {
  node: YNode
  /** `id-token: write`, or `write-all`. */
  idToken: boolean
  writeAll: boolean
}

export interface SourceInput {
  name: string
  type: string | undefined
  node: YNode
}

export interface SourceWorkflow {
  file: SourceFile
  node: YNode
  /** The `on:` value (its key is where trigger findings point). */
  on: YNode | undefined
  /** Event name to its configuration (null node for `on: [push]`). */
  events: Map<string, YNode | undefined>
  permissions: SourcePermissions | undefined
  env: YNode | undefined
  concurrency: YNode | undefined
  jobs: SourceJob[]
  inputs: SourceInput[]
}

export interface SourceJob {
  id: string
  workflow: SourceWorkflow
  node: YNode
  needs: string[]
  permissions: SourcePermissions | undefined
  environment: YNode | undefined
  if: YNode | undefined
  env: YNode | undefined
  concurrency: YNode | undefined
  strategy: YNode | undefined
  container: YNode | undefined
  continueOnError: YNode | undefined
  /** The job's own steps followed, in place, by the steps of local composite actions they use. */
  steps: SourceStep[]
  /** A job that calls a reusable workflow: its `uses:`. */
  uses: YNode | undefined
  with: YNode | undefined
  secrets: YNode | undefined
  /** The called workflow, when `uses:` names a file of this repository that could be read. */
  called: SourceWorkflow | undefined
}

export interface SourceStep {
  node: YNode
  /** The job the step runs in (for a composite action's step: the job that uses the action). */
  job: SourceJob | undefined
  /** The composite action file that holds the step, if any. */
  action: CompositeAction | undefined
  /** For a step of a composite action expanded into a job: the job's step that uses the action. */
  via: SourceStep | undefined
  uses: string | undefined
  usesNode: YNode | undefined
  run: string | undefined
  runNode: YNode | undefined
  with: YNode | undefined
  env: YNode | undefined
  if: YNode | undefined
  name: string | undefined
  id: string | undefined
  continueOnError: YNode | undefined
}

export interface CompositeAction {
  file: SourceFile
  node: YNode
  /** `./path` (or `$/path`) as the workflows write it. */
  ref: string
  steps: SourceStep[]
  inputs: SourceInput[]
}

export function readSourcePermissions(node: YNode | undefined): SourcePermissions | undefined {
  if (!node) return undefined
  const text = node.str()
  if (text !== undefined) {
    return { node, idToken: text === 'write-all', writeAll: text === 'write-all' }
  }
  return { node, idToken: node.get('id-token')?.str() === 'write', writeAll: false }
}

function readInputs(node: YNode | undefined): SourceInput[] {
  if (!node) return []
  return node
    .entries()
    .map(([name, value]) => ({ name, type: value.get('type')?.str(), node: value }))
}

export function readEvents(on: YNode | undefined): Map<string, YNode | undefined> {
  const events = new Map<string, YNode | undefined>()
  if (!on) return events
  if (on.isMap()) for (const [name, value] of on.entries()) events.set(name, value)
  else for (const name of on.strings()) events.set(name, undefined)
  return events
}

export function readSourceStep(
  node: YNode,
  job: SourceJob | undefined,
  action: CompositeAction | undefined,
): SourceStep {
  const usesNode = node.get('uses')
  const runNode = node.get('run')
  return {
    node,
    job,
    action,
    via: undefined,
    uses: usesNode?.str()?.trim(),
    usesNode,
    run: runNode?.str(),
    runNode,
    with: node.get('with'),
    env: node.get('env'),
    if: node.get('if'),
    name: node.get('name')?.str(),
    id: node.get('id')?.str(),
    continueOnError: node.get('continue-on-error'),
  }
}

/** Reads one workflow document; undefined when it is not a workflow (no `jobs:` map). */
export function readSourceWorkflow(file: SourceFile, node: YNode): SourceWorkflow | undefined {
  const jobsNode = node.get('jobs')
  if (!node.isMap() || !jobsNode?.isMap()) return undefined
  const on = node.get('on') ?? node.get('true')
  const events = readEvents(on)
  const workflow: SourceWorkflow = {
    file,
    node,
    on,
    events,
    permissions: readSourcePermissions(node.get('permissions')),
    env: node.get('env'),
    concurrency: node.get('concurrency'),
    jobs: [],
    inputs: [
      ...readInputs(events.get('workflow_dispatch')?.get('inputs')),
      ...readInputs(events.get('workflow_call')?.get('inputs')),
    ],
  }
  for (const [id, jobNode] of jobsNode.entries()) {
    const job: SourceJob = {
      id,
      workflow,
      node: jobNode,
      needs: jobNode.get('needs')?.strings() ?? [],
      permissions: readSourcePermissions(jobNode.get('permissions')),
      environment: jobNode.get('environment'),
      if: jobNode.get('if'),
      env: jobNode.get('env'),
      concurrency: jobNode.get('concurrency'),
      strategy: jobNode.get('strategy'),
      container: jobNode.get('container'),
      continueOnError: jobNode.get('continue-on-error'),
      steps: [],
      uses: jobNode.get('uses'),
      with: jobNode.get('with'),
      secrets: jobNode.get('secrets'),
      called: undefined,
    }
    job.steps = (jobNode.get('steps')?.items() ?? []).map((step) =>
      readSourceStep(step, job, undefined),
    )
    workflow.jobs.push(job)
  }
  return workflow
}

/** The name of a job's environment (`environment: x` or `environment: {name: x}`); '' if none. */
export function environmentName(job: SourceJob): string {
  const node = job.environment
  if (!node || node.isNull()) return ''
  return (node.isMap() ? node.get('name')?.str() : node.str())?.trim() ?? ''
}

/**
 * Whether the job's GITHUB_TOKEN can mint OIDC tokens: its own `permissions:`, else the
 * workflow's; with neither, GitHub's default (no id-token), except in a reusable workflow, which
 * inherits its caller's (undefined: not knowable from this file).
 */
export function jobGrantsIdToken(job: SourceJob): boolean | undefined {
  if (job.permissions) return job.permissions.idToken
  if (job.workflow.permissions) return job.workflow.permissions.idToken
  if (job.workflow.events.has('workflow_call')) return undefined
  return false
}

/** The jobs `job` waits for, directly or not. */
export function upstreamJobs(job: SourceJob): SourceJob[] {
  const byId = new Map(job.workflow.jobs.map((each) => [each.id, each]))
  const seen = new Set<SourceJob>()
  const visit = (ids: string[]) => {
    for (const id of ids) {
      const upstream = byId.get(id)
      if (upstream && !seen.has(upstream)) {
        seen.add(upstream)
        visit(upstream.needs)
      }
    }
  }
  visit(job.needs)
  return [...seen]
}

/** The `with:` input of a step as text. */
export function stepInput(step: SourceStep, name: string): string | undefined {
  return step.with?.get(name)?.str()
}

/**
 * The repository path (`.github/actions/setup`) of a local `uses:`: `./path` (in the checked-out
 * workspace) or `$/path` (this repository at the running commit, no checkout needed); undefined
 * for anything else.
 */
export function localPath(uses: string | undefined): string | undefined {
  const match = /^(\.|\$)\/(.*)$/.exec(uses ?? '')
  return match ? match[2]!.replace(/\/+$/, '') || '.' : undefined
}

/** Whether `uses:` is written `$/path`: it never depends on what the job checked out. */
export function isSelfRepositoryRef(uses: string | undefined): boolean {
  return uses?.startsWith('$/') ?? false
}

/** `owner/repo/path@ref` of a step's action, lower-cased owner/repo, no ref; '' for none. */
export function actionName(uses: string | undefined): string {
  if (!uses || localPath(uses) !== undefined || uses.startsWith('docker://')) return ''
  return uses.split('@')[0]!.toLowerCase()
}
