// Jobs that can never run: an `if:` that requires a tag ref (`startsWith(github.ref,
// 'refs/tags/')`) in a workflow whose triggers never give one (a push filtered on branches only,
// pull requests, schedules...).
import {
  parseExpression,
  scanExpressions,
  type ExpressionNode,
  type SourceJob,
  type SourceWorkflow,
} from '@tokenless/workflow'

/** Events whose runs have a branch (or pull request) ref, never a tag. */
const NEVER_TAG_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'merge_group',
  'schedule',
  'workflow_run',
  'repository_dispatch',
  'issue_comment',
  'issues',
  'discussion',
  'discussion_comment',
  'label',
  'milestone',
  'page_build',
  'public',
  'status',
  'watch',
  'fork',
  'gollum',
  'check_run',
  'check_suite',
  'branch_protection_rule',
  'delete',
])

/** Whether a push trigger runs for tags: not when it filters on branches only. */
export function pushRunsOnTags(workflow: SourceWorkflow): boolean {
  if (!workflow.events.has('push')) return false
  const push = workflow.events.get('push')
  if (!push || !push.isMap()) return true
  const keys = new Set(push.entries().map(([key]) => key))
  if (keys.has('tags') || keys.has('tags-ignore')) return true
  return !keys.has('branches') && !keys.has('branches-ignore')
}

/** Whether some trigger of the workflow can give a run whose `github.ref` is a tag. */
export function canRunOnTagRef(workflow: SourceWorkflow): boolean {
  if (workflow.events.size === 0) return true
  for (const event of workflow.events.keys()) {
    if (event === 'push') {
      if (pushRunsOnTags(workflow)) return true
    } else if (!NEVER_TAG_EVENTS.has(event)) return true
  }
  return false
}

/** `github.ref` for `github.ref` or `github['ref']`, lower case; undefined for anything else. */
function pathOf(node: ExpressionNode): string | undefined {
  if (node.kind === 'context') return node.name.toLowerCase()
  if (node.kind === 'index' && node.index.kind === 'literal') {
    const target = pathOf(node.target)
    const key = node.index.value
    return target === undefined || typeof key !== 'string'
      ? undefined
      : `${target}.${key.toLowerCase()}`
  }
  return undefined
}

function literalText(node: ExpressionNode | undefined): string | undefined {
  return node?.kind === 'literal' && typeof node.value === 'string' ? node.value : undefined
}

/** A test that holds only on a tag ref. */
function testsTagRef(node: ExpressionNode): boolean {
  if (node.kind === 'call') {
    const name = node.name.toLowerCase()
    const [subject, text] = [node.args[0], literalText(node.args[1])]
    if (subject === undefined || pathOf(subject) !== 'github.ref' || text === undefined)
      return false
    if (name === 'startswith') return text.startsWith('refs/tags/')
    if (name === 'contains') return text.includes('refs/tags/')
    return false
  }
  if (node.kind === 'compare' && node.operator === '==') {
    for (const [left, right] of [
      [node.left, node.right],
      [node.right, node.left],
    ] as const) {
      const path = pathOf(left)
      const text = literalText(right)
      if (text === undefined) continue
      if (path === 'github.ref_type' && text.toLowerCase() === 'tag') return true
      if (path === 'github.ref' && text.startsWith('refs/tags/')) return true
    }
  }
  return false
}

/** Whether the condition holds only on a tag ref: it is such a test, or one operand of an `&&`. */
function requiresTagRef(node: ExpressionNode): boolean {
  if (testsTagRef(node)) return true
  return node.kind === 'and' && node.operands.some(requiresTagRef)
}

/** The expression of an `if:`: bare, or one `${{ }}` with nothing around it. */
function conditionExpression(text: string): string | undefined {
  const trimmed = text.trim()
  if (!trimmed.includes('${{')) return trimmed
  const { found } = scanExpressions(trimmed)
  const only = found[0]
  return found.length === 1 && only && only.start === 0 && only.end === trimmed.length
    ? only.expression
    : undefined
}

/** The parsed `if:` of a job, or undefined when it has none or it does not parse. */
function jobCondition(job: SourceJob): ExpressionNode | undefined {
  const text = job.if?.str()
  if (text === undefined) return undefined
  const expression = conditionExpression(text)
  if (expression === undefined || expression === '') return undefined
  try {
    return parseExpression(expression)
  } catch {
    return undefined
  }
}

/** The operands of a chain of `&&` (the node itself when it is no `&&`). */
function conjuncts(node: ExpressionNode): ExpressionNode[] {
  return node.kind === 'and' ? node.operands.flatMap(conjuncts) : [node]
}

/** `path == 'text'` (either way round): the text, lower case; undefined for anything else. */
function comparedText(node: ExpressionNode, path: string): string | undefined {
  if (node.kind !== 'compare' || node.operator !== '==') return undefined
  for (const [left, right] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const text = literalText(right)
    if (pathOf(left) === path && text !== undefined) return text.toLowerCase()
  }
  return undefined
}

/** A test that holds only on a branch ref (`github.ref == 'refs/heads/main'`). */
function testsBranchRef(node: ExpressionNode): boolean {
  if (node.kind === 'call' && node.name.toLowerCase() === 'startswith') {
    const [subject, text] = [node.args[0], literalText(node.args[1])]
    return (
      subject !== undefined && pathOf(subject) === 'github.ref' && !!text?.startsWith('refs/heads/')
    )
  }
  return (
    !!comparedText(node, 'github.ref')?.startsWith('refs/heads/') ||
    comparedText(node, 'github.ref_type') === 'branch'
  )
}

/**
 * A job that no release starts: its `if:` requires an event that never carries one (a pull
 * request, a schedule) or a push to a branch (`github.event_name == 'push' && github.ref ==
 * 'refs/heads/main'`).
 */
export function runsForNoRelease(job: SourceJob): boolean {
  const node = jobCondition(job)
  if (node === undefined) return false
  const parts = conjuncts(node)
  const events = parts.map((part) => comparedText(part, 'github.event_name')).filter(Boolean)
  if (events.some((event) => NEVER_TAG_EVENTS.has(event!))) return true
  return events.includes('push') && parts.some(testsBranchRef)
}

/** A job whose `if:` holds only on a tag ref (`startsWith(github.ref, 'refs/tags/')`). */
export function requiresTag(job: SourceJob): boolean {
  const node = jobCondition(job)
  return node !== undefined && requiresTagRef(node)
}

/** A job whose `if:` requires a tag ref in a workflow no trigger of which gives one. */
export function neverRuns(job: SourceJob): boolean {
  // Asked of the job for each of its nodes and steps by several rules: its `if:` is parsed once.
  let known = neverRunsCache.get(job)
  if (known === undefined) neverRunsCache.set(job, (known = readNeverRuns(job)))
  return known
}

const neverRunsCache = new WeakMap<SourceJob, boolean>()

function readNeverRuns(job: SourceJob): boolean {
  const text = job.if?.str()
  if (text === undefined) return false
  const expression = conditionExpression(text)
  if (expression === undefined || expression === '') return false
  let node: ExpressionNode
  try {
    node = parseExpression(expression)
  } catch {
    return false
  }
  return requiresTagRef(node) && !canRunOnTagRef(job.workflow)
}
