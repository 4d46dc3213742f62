// Evaluating a parsed expression against the contexts of a job or step.

import { ExpressionError, type ExpressionNode } from './expression-parser.js'
import {
  greaterThan,
  isPrimitive,
  lessThan,
  lookup,
  looseEquals,
  toBoolean,
  toNumber,
  toText,
  toValue,
  type Value,
} from './expression-values.js'

export interface JobStatus {
  success: boolean
  failure: boolean
  cancelled: boolean
}

export interface EvaluationContext {
  /** The contexts this place offers, by name: github, env, vars, inputs, needs, matrix, ... */
  contexts: Record<string, Value>
  /** What success(), failure() and cancelled() return; default: success. always() is true. */
  status?: JobStatus
  /** Computes hashFiles(); without it, hashFiles() is an error. */
  hashFiles?: (patterns: string[]) => string
}

// Arrays made by a `*` filter: an index applied to one applies to each of its items
// (`needs.*.result`), where an index applied to an ordinary array picks an item.
const filtered = new WeakSet<Value[]>()

function filteredArray(items: Value[]): Value[] {
  filtered.add(items)
  return items
}

export function evaluateNode(node: ExpressionNode, ctx: EvaluationContext, text: string): Value {
  switch (node.kind) {
    case 'literal':
      return node.value
    case 'context':
      return lookup(ctx.contexts, node.name) ?? null
    case 'index':
      return evaluateIndex(node, ctx, text)
    case 'not':
      return !toBoolean(evaluateNode(node.operand, ctx, text))
    case 'compare': {
      const left = evaluateNode(node.left, ctx, text)
      const right = evaluateNode(node.right, ctx, text)
      switch (node.operator) {
        case '==':
          return looseEquals(left, right)
        case '!=':
          return !looseEquals(left, right)
        case '<':
          return lessThan(left, right)
        case '<=':
          return lessThan(left, right) || looseEquals(left, right)
        case '>':
          return greaterThan(left, right)
        case '>=':
          return greaterThan(left, right) || looseEquals(left, right)
      }
      break
    }
    case 'and': {
      // `&&` yields the first falsy operand, or the last one: `a && 'x'` can be 'x'.
      let value: Value = null
      for (const operand of node.operands) {
        value = evaluateNode(operand, ctx, text)
        if (!toBoolean(value)) return value
      }
      return value
    }
    case 'or': {
      let value: Value = null
      for (const operand of node.operands) {
        value = evaluateNode(operand, ctx, text)
        if (toBoolean(value)) return value
      }
      return value
    }
    case 'call':
      return callFunction(node.name, node.args, ctx, text)
  }
}

function evaluateIndex(
  node: Extract<ExpressionNode, { kind: 'index' }>,
  ctx: EvaluationContext,
  text: string,
): Value {
  const target = evaluateNode(node.target, ctx, text)
  const wildcard = node.index.kind === 'wildcard'
  const index = node.index.kind === 'wildcard' ? null : evaluateNode(node.index, ctx, text)
  if (target === null || typeof target !== 'object') return wildcard ? filteredArray([]) : null
  if (Array.isArray(target) && filtered.has(target)) {
    const result: Value[] = []
    for (const item of target) {
      if (item === null || typeof item !== 'object') continue
      if (wildcard) {
        result.push(...(Array.isArray(item) ? item : Object.values(item)))
        continue
      }
      const picked = pick(item, index)
      if (picked !== undefined) result.push(picked)
    }
    return filteredArray(result)
  }
  if (wildcard) return filteredArray(Array.isArray(target) ? [...target] : Object.values(target))
  return pick(target, index) ?? null
}

/** An item of an array by integer index (floored), or a member of an object by key (any case). */
function pick(collection: Value[] | { [key: string]: Value }, index: Value): Value | undefined {
  if (Array.isArray(collection)) {
    const n = toNumber(index)
    if (Number.isNaN(n) || n < 0) return undefined
    return collection[Math.floor(n)]
  }
  if (!isPrimitive(index)) return undefined
  return lookup(collection, toText(index))
}

function callFunction(
  name: string,
  args: ExpressionNode[],
  ctx: EvaluationContext,
  text: string,
): Value {
  const arg = (i: number): Value => evaluateNode(args[i]!, ctx, text)
  const status = ctx.status ?? { success: true, failure: false, cancelled: false }
  switch (name) {
    case 'success':
      return status.success
    case 'failure':
      return status.failure
    case 'cancelled':
      return status.cancelled
    case 'always':
      return true
    case 'contains': {
      const haystack = arg(0)
      const needle = arg(1)
      if (isPrimitive(haystack)) {
        return isPrimitive(needle) && includesIgnoringCase(toText(haystack), toText(needle))
      }
      return Array.isArray(haystack) && haystack.some((item) => looseEquals(needle, item))
    }
    case 'startswith':
    case 'endswith': {
      const subject = arg(0)
      const part = arg(1)
      if (!isPrimitive(subject) || !isPrimitive(part)) return false
      const s = toText(subject).toUpperCase()
      const p = toText(part).toUpperCase()
      return name === 'startswith' ? s.startsWith(p) : s.endsWith(p)
    }
    case 'format':
      return format(toText(arg(0)), args.length - 1, (i) => toText(arg(i + 1)), text)
    case 'join': {
      const items = arg(0)
      if (Array.isArray(items)) {
        const separatorValue = args.length > 1 ? arg(1) : ','
        const separator = isPrimitive(separatorValue) ? toText(separatorValue) : ','
        return items.map((item) => (isPrimitive(item) ? toText(item) : '')).join(separator)
      }
      return isPrimitive(items) ? toText(items) : ''
    }
    case 'tojson':
      return JSON.stringify(arg(0), jsonReplacer, 2)
    case 'fromjson': {
      const json = toText(arg(0))
      try {
        return toValue(JSON.parse(json))
      } catch (error) {
        throw new ExpressionError(
          `Error reading JSON in fromJSON('${json}'): ${(error as Error).message}. Pass it valid JSON, e.g. '{"a": 1}' or '["a", "b"]'.`,
          text,
        )
      }
    }
    case 'hashfiles': {
      const patterns = args.map((_, i) => toText(arg(i)))
      if (ctx.hashFiles === undefined) {
        throw new ExpressionError(
          `hashFiles(${patterns.map((p) => `'${p}'`).join(', ')}) cannot be evaluated here: there is no workspace to hash files in.`,
          text,
        )
      }
      return ctx.hashFiles(patterns)
    }
  }
  // The parser admits only the functions above.
  throw new ExpressionError(`Unrecognized function: '${name}'`, text)
}

// JSON has no NaN or Infinity; the runner writes them as these words.
function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return toText(value)
  return value
}

function includesIgnoringCase(haystack: string, needle: string): boolean {
  return haystack.toUpperCase().includes(needle.toUpperCase())
}

/**
 * `format('{0} and {1}', a, b)`: `{N}` is argument N as text, `{{` and `}}` are literal braces.
 * A lone brace, a bad index or an index past the arguments is an error, as on GitHub.
 */
export function format(
  template: string,
  argumentCount: number,
  argument: (i: number) => string,
  text: string,
): string {
  const invalid = (): ExpressionError =>
    new ExpressionError(`The following format string is invalid: ${template}`, text)
  let result = ''
  let i = 0
  while (i < template.length) {
    const c = template[i]!
    if (c === '{') {
      if (template[i + 1] === '{') {
        result += '{'
        i += 2
        continue
      }
      const match = /^\{(\d+)\}/.exec(template.slice(i))
      if (match === null) {
        // `{0:x}` is .NET's format specifier syntax: the runner accepts none for these values.
        const specifier = /^\{\d+:([^}]*)\}/.exec(template.slice(i))
        if (specifier !== null) {
          throw new ExpressionError(
            `The format specifiers '${specifier[1]}' are not valid for objects of this type: ${template}`,
            text,
          )
        }
        throw invalid()
      }
      const index = Number(match[1])
      if (index > 255) throw invalid()
      if (index >= argumentCount) {
        throw new ExpressionError(
          `The following format string references more arguments than were supplied: ${template}`,
          text,
        )
      }
      result += argument(index)
      i += match[0].length
    } else if (c === '}') {
      if (template[i + 1] !== '}') throw invalid()
      result += '}'
      i += 2
    } else {
      result += c
      i++
    }
  }
  return result
}
