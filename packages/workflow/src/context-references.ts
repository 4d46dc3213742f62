// The context paths an expression reads (`github.event.issue.title`, `inputs.version`,
// `secrets.NPM_TOKEN`), found on the parsed expression rather than by matching text, so that a
// string literal, a function name or a property that merely looks like a context is never one.

import { parseExpression, type ExpressionNode } from './expression-parser.js'
import { scanExpressions } from './expressions.js'

/**
 * Every context path read in `text`, in order, normalised to dots: `github.event['pull_request'].title`
 * gives `github.event.pull_request.title`, `a.*` and `a[*]` give `a.*`, `a[0]` gives `a.0`, and an
 * index computed at run time (`steps[inputs.id]`) ends the path with `*` (its own references follow).
 * Context names are lower-cased (GitHub reads them case-insensitively); property names are kept.
 *
 * `text` is a template (`run:`, `with:`, `env:` values: only what is inside `${{ }}` counts) unless
 * `form` says it is a bare expression (an `if:`, or the inside of one `${{ }}`). An expression that
 * does not parse reads nothing: GitHub refuses the workflow before any of it runs.
 */
export function contextReferences(
  text: string,
  form: 'template' | 'expression' = 'template',
): string[] {
  const expressions =
    form === 'expression' ? [text] : scanExpressions(text).found.map((part) => part.expression)
  const paths: string[] = []
  for (const expression of expressions) {
    let node: ExpressionNode
    try {
      node = parseExpression(expression)
    } catch {
      continue
    }
    collect(node, paths)
  }
  return paths
}

function collect(node: ExpressionNode, paths: string[]): void {
  switch (node.kind) {
    case 'literal':
      return
    case 'context':
    case 'index': {
      const path = pathOf(node, paths)
      if (path !== undefined) paths.push(path.join('.'))
      return
    }
    case 'not':
      collect(node.operand, paths)
      return
    case 'compare':
      collect(node.left, paths)
      collect(node.right, paths)
      return
    case 'and':
    case 'or':
      for (const operand of node.operands) collect(operand, paths)
      return
    case 'call':
      for (const arg of node.args) collect(arg, paths)
  }
}

/**
 * The segments of a `context.a['b'].c` chain, or undefined when the chain does not start at a
 * context (`fromJSON(x).a`). References inside computed indexes, and inside the target when it is
 * not a context, go to `paths` on the way.
 */
function pathOf(node: ExpressionNode, paths: string[]): string[] | undefined {
  if (node.kind === 'context') return [node.name]
  if (node.kind !== 'index') {
    collect(node, paths)
    return undefined
  }
  const target = pathOf(node.target, paths)
  const index = node.index
  let segment = '*'
  if (
    index.kind === 'literal' &&
    (typeof index.value === 'string' || typeof index.value === 'number')
  )
    segment = String(index.value)
  else if (index.kind !== 'wildcard' && index.kind !== 'literal') collect(index, paths)
  return target === undefined ? undefined : [...target, segment]
}
