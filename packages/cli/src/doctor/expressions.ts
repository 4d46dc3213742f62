// `${{ }}` expressions in a string, and the context paths they read (`github.event.issue.title`,
// `inputs.version`, `secrets.NPM_TOKEN`), without evaluating anything.
import { scanExpressions } from '@tokenless/workflow'

export interface ExpressionSpan {
  /** The whole `${{ ... }}` text. */
  text: string
  /** What is between the braces, trimmed. */
  inner: string
  start: number
}

/** Every `${{ ... }}` in `text` (quotes inside may hold `}}`); an unclosed one ends the list. */
export function expressionsIn(text: string): ExpressionSpan[] {
  return scanExpressions(text).found.map(({ expression, start, end }) => ({
    text: text.slice(start, end),
    inner: expression,
    start,
  }))
}

const CONTEXT_PATH = /(?<![\w.'-])([A-Za-z_][\w-]*(?:\.[A-Za-z_*][\w-]*)*)(?![\w-]*\s*\()/g
const FUNCTIONS_AND_LITERALS = /^(true|false|null|NaN|Infinity)$/

/**
 * The property paths an expression reads, normalised to dots: `github.event['pull_request'].title`
 * gives `github.event.pull_request.title`. Function names and string literals are skipped.
 */
export function contextPaths(expression: string): string[] {
  const normalised = expression
    .replace(/\s*\[\s*'([\w-]*)'\s*\]/g, '.$1')
    .replace(/\s*\[\s*\*\s*\]/g, '.*')
    .replace(/\s*\.\s*/g, '.')
    .replace(/'(?:[^']|'')*'/g, "''")
  const paths: string[] = []
  for (const match of normalised.matchAll(CONTEXT_PATH)) {
    const path = match[1]!
    if (!FUNCTIONS_AND_LITERALS.test(path)) paths.push(path)
  }
  return paths
}

/** The context paths read anywhere in `text` (inside its `${{ }}` expressions). */
export function contextPathsIn(text: string): string[] {
  return expressionsIn(text).flatMap((span) => contextPaths(span.inner))
}
