// GitHub's expression language as a workflow uses it: `${{ }}` inside strings, whole values that
// keep their type, and `if:` conditions with their implicit success().

import { evaluateNode, type EvaluationContext } from './expression-evaluator.js'
import {
  callsStatusFunction,
  ExpressionError,
  parseExpression,
  type ExpressionNode,
} from './expression-parser.js'
import { toBoolean, toText, type Value } from './expression-values.js'

export { format, type EvaluationContext, type JobStatus } from './expression-evaluator.js'
export {
  callsStatusFunction,
  CONTEXT_NAMES,
  ExpressionError,
  FUNCTIONS,
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
  parseExpression,
  STATUS_FUNCTIONS,
  type ComparisonOperator,
  type ExpressionNode,
  type ParseOptions,
} from './expression-parser.js'
export {
  formatNumber,
  greaterThan,
  isPrimitive,
  kindOf,
  lessThan,
  lookup,
  looseEquals,
  parseNumber,
  toBoolean,
  toNumber,
  toText,
  toValue,
  type Value,
  type ValueKind,
} from './expression-values.js'

export interface EmbeddedExpression {
  /** The text between `${{` and `}}`, trimmed. */
  expression: string
  /** Offset of `${{` in the string. */
  start: number
  /** Offset just past `}}`. */
  end: number
}

export const UNCLOSED_EXPRESSION =
  'The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.'

/**
 * Every `${{ … }}` in a string, in order, and where an unclosed `${{` starts (if one does). A `}}`
 * inside a quoted string ('a}}b') does not close the expression. For readers that must tolerate
 * broken files (doctor); expressionsIn is the strict form.
 */
export function scanExpressions(text: string): {
  found: EmbeddedExpression[]
  unclosedAt: number | undefined
} {
  const found: EmbeddedExpression[] = []
  let from = 0
  for (;;) {
    const start = text.indexOf('${{', from)
    if (start < 0) return { found, unclosedAt: undefined }
    let i = start + 3
    let quoted = false
    let end = -1
    while (i < text.length) {
      const c = text[i]
      // '' inside a string closes and reopens it: the toggle handles the escape by itself.
      if (c === "'") quoted = !quoted
      else if (!quoted && c === '}' && text[i + 1] === '}') {
        end = i + 2
        break
      }
      i++
    }
    if (end < 0) return { found, unclosedAt: start }
    found.push({ expression: text.slice(start + 3, end - 2).trim(), start, end })
    from = end
  }
}

/** Every `${{ … }}` in a string, in order. An unclosed `${{` is an ExpressionError, as on GitHub. */
export function expressionsIn(text: string): EmbeddedExpression[] {
  const { found, unclosedAt } = scanExpressions(text)
  if (unclosedAt !== undefined) {
    throw new ExpressionError(UNCLOSED_EXPRESSION, text.slice(unclosedAt))
  }
  return found
}

function parseFor(expression: string, ctx: EvaluationContext): ExpressionNode {
  return parseExpression(expression, { namedValues: Object.keys(ctx.contexts) })
}

/**
 * Evaluates an expression (without `${{ }}`). The names it may use are the keys of
 * `ctx.contexts`: as on GitHub, naming a context this place does not offer is an error.
 */
export function evaluateExpression(text: string, ctx: EvaluationContext): Value {
  return evaluateNode(parseFor(text, ctx), ctx, text)
}

/**
 * A string with each `${{ }}` replaced by its value as text (null is '', numbers as the runner
 * prints them, an object 'Object' and an array 'Array': use toJSON() to print a structure).
 */
export function interpolate(text: string, ctx: EvaluationContext): string {
  const parts = expressionsIn(text)
  if (parts.length === 0) return text
  let result = ''
  let last = 0
  for (const part of parts) {
    result += text.slice(last, part.start) + toText(evaluateExpression(part.expression, ctx))
    last = part.end
  }
  return result + text.slice(last)
}

/** The expression a string is, when it is exactly one `${{ }}` and nothing around it. */
export function wholeExpression(text: string): string | undefined {
  if (!text.startsWith('${{')) return undefined
  const parts = expressionsIn(text)
  const only = parts[0]
  return parts.length === 1 && only !== undefined && only.end === text.length
    ? only.expression
    : undefined
}

/**
 * Evaluates the expressions in a value from a workflow (`with:`, `env:`, a matrix, outputs):
 * a string that is exactly one `${{ expr }}` becomes that expression's value, with its type;
 * other strings are interpolated; arrays and mappings are walked (keys too); the rest is kept.
 */
export function evaluateValue(value: unknown, ctx: EvaluationContext): unknown {
  if (typeof value === 'string') {
    const expression = wholeExpression(value)
    return expression === undefined ? interpolate(value, ctx) : evaluateExpression(expression, ctx)
  }
  if (Array.isArray(value)) return value.map((item) => evaluateValue(item, ctx))
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        interpolate(k, ctx),
        evaluateValue(v, ctx),
      ]),
    )
  }
  return value
}

/**
 * Evaluates an `if:` as GitHub does: `${{ }}` is optional; a condition that calls none of
 * success(), failure(), cancelled(), always() means `success() && (condition)`; no condition
 * (or an empty one) means success(). Text around a `${{ }}` turns the condition into a string,
 * true when not empty.
 */
export function evaluateCondition(
  condition: string | boolean | number | undefined | null,
  ctx: EvaluationContext,
): boolean {
  const success = ctx.status?.success ?? true
  // An empty `if:` is no condition at all.
  if (condition === undefined || condition === null) return success
  if (typeof condition === 'string' && condition.trim() === '') return success
  const text = typeof condition === 'string' ? condition : String(condition)
  const parts = expressionsIn(text)
  let nodes: ExpressionNode[]
  let evaluate: () => Value
  const whole = wholeExpression(text)
  if (parts.length === 0 || whole !== undefined) {
    const expression = whole ?? text
    const node = parseFor(expression, ctx)
    nodes = [node]
    evaluate = () => evaluateNode(node, ctx, expression)
  } else {
    nodes = parts.map((part) => parseFor(part.expression, ctx))
    evaluate = () => interpolate(text, ctx)
  }
  if (!nodes.some(callsStatusFunction) && !success) return false
  return toBoolean(evaluate())
}
