// Parsing GitHub's expression language (the text inside `${{ }}`) into a tree. Errors read as the
// runner's do: "Unexpected symbol: 'x'. Located at position 3 within expression: a x".

import { parseNumber, type Value } from './expression-values.js'

export class ExpressionError extends Error {
  override readonly name = 'ExpressionError'
  readonly expression: string
  /** 1-based position within the expression of the token at fault, when there is one. */
  readonly column?: number

  constructor(message: string, expression: string, column?: number) {
    super(message)
    this.expression = expression
    if (column !== undefined) this.column = column
  }
}

export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>='

export type ExpressionNode =
  | { kind: 'literal'; value: Value }
  | { kind: 'context'; name: string }
  /** `a.b`, `a['b']`, `a[0]`; `index` is a wildcard for `a.*` and `a[*]`. */
  | { kind: 'index'; target: ExpressionNode; index: ExpressionNode | { kind: 'wildcard' } }
  | { kind: 'not'; operand: ExpressionNode }
  | { kind: 'compare'; operator: ComparisonOperator; left: ExpressionNode; right: ExpressionNode }
  | { kind: 'and' | 'or'; operands: ExpressionNode[] }
  | { kind: 'call'; name: string; args: ExpressionNode[] }

/** The functions the language has, by lower-case name, with how many arguments each takes. */
export const FUNCTIONS: Readonly<Record<string, { name: string; min: number; max: number }>> = {
  contains: { name: 'contains', min: 2, max: 2 },
  startswith: { name: 'startsWith', min: 2, max: 2 },
  endswith: { name: 'endsWith', min: 2, max: 2 },
  format: { name: 'format', min: 1, max: 255 },
  join: { name: 'join', min: 1, max: 2 },
  tojson: { name: 'toJSON', min: 1, max: 1 },
  fromjson: { name: 'fromJSON', min: 1, max: 1 },
  hashfiles: { name: 'hashFiles', min: 1, max: 255 },
  success: { name: 'success', min: 0, max: 0 },
  failure: { name: 'failure', min: 0, max: 0 },
  cancelled: { name: 'cancelled', min: 0, max: 0 },
  always: { name: 'always', min: 0, max: 0 },
}

export const STATUS_FUNCTIONS: ReadonlySet<string> = new Set([
  'success',
  'failure',
  'cancelled',
  'always',
])

/** Every context a workflow can name; which of them a given place offers is the caller's choice. */
export const CONTEXT_NAMES: readonly string[] = [
  'github',
  'env',
  'vars',
  'inputs',
  'needs',
  'matrix',
  'strategy',
  'steps',
  'job',
  'jobs',
  'runner',
  'secrets',
]

export const MAX_EXPRESSION_DEPTH = 50
export const MAX_EXPRESSION_LENGTH = 21000

type TokenKind =
  'literal' | 'word' | 'operator' | '(' | ')' | '[' | ']' | ',' | '.' | '*' | 'unexpected'

interface Token {
  kind: TokenKind
  raw: string
  /** 0-based offset in the expression. */
  index: number
  value?: Value
}

const BOUNDARY = new Set(['(', '[', ')', ']', ',', '.', '!', '>', '<', '=', '&', '|'])
const OPERATORS = ['==', '!=', '>=', '<=', '&&', '||', '!', '>', '<']
const KEYWORD = /^[A-Za-z_][A-Za-z0-9_-]*$/

function isBoundary(c: string): boolean {
  return BOUNDARY.has(c) || /\s/.test(c)
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (/\s/.test(c)) {
      i++
      continue
    }
    const start = i
    const last = tokens[tokens.length - 1]
    if ('()[],*'.includes(c)) {
      tokens.push({ kind: c as TokenKind, raw: c, index: i++ })
    } else if (c === "'") {
      let value = ''
      let closed = false
      i++
      while (i < text.length) {
        const ch = text[i++]!
        if (ch === "'") {
          if (text[i] !== "'") {
            closed = true
            break
          }
          i++ // '' is a quote inside the string
        }
        value += ch
      }
      const raw = text.slice(start, i)
      tokens.push(closed ? { kind: 'literal', raw, index: start, value } : unexpected(raw, start))
    } else if (
      /[0-9+-]/.test(c) ||
      // A '.' starts a number only where an operand may begin, as in `(.5)`; elsewhere it dereferences.
      (c === '.' && (last === undefined || ['(', '[', ',', 'operator'].includes(last.kind)))
    ) {
      i++
      while (i < text.length && (!isBoundary(text[i]!) || text[i] === '.')) i++
      const raw = text.slice(start, i)
      const value = parseNumber(raw)
      // parseNumber trims and reads '' as 0; a literal has neither.
      tokens.push(
        Number.isNaN(value) || raw.trim() !== raw
          ? unexpected(raw, start)
          : literal(raw, start, value),
      )
    } else if (c === '.') {
      tokens.push({ kind: '.', raw: c, index: i++ })
    } else if ('!<>=&|'.includes(c)) {
      const operator = OPERATORS.find((op) => text.startsWith(op, i))
      if (operator === undefined) {
        i++
        while (i < text.length && !isBoundary(text[i]!)) i++
        tokens.push(unexpected(text.slice(start, i), start))
      } else {
        i += operator.length
        tokens.push({ kind: 'operator', raw: operator, index: start })
      }
    } else {
      i++
      while (i < text.length && !isBoundary(text[i]!)) i++
      const raw = text.slice(start, i)
      if (!KEYWORD.test(raw)) {
        tokens.push(unexpected(raw, start))
      } else if (last?.kind === '.') {
        tokens.push({ kind: 'word', raw, index: start })
      } else if (raw === 'null') {
        tokens.push(literal(raw, start, null))
      } else if (raw === 'true' || raw === 'false') {
        tokens.push(literal(raw, start, raw === 'true'))
      } else if (raw === 'NaN' || raw === 'Infinity') {
        tokens.push(literal(raw, start, raw === 'NaN' ? Number.NaN : Number.POSITIVE_INFINITY))
      } else {
        tokens.push({ kind: 'word', raw, index: start })
      }
    }
  }
  return tokens
}

function literal(raw: string, index: number, value: Value): Token {
  return { kind: 'literal', raw, index, value }
}

function unexpected(raw: string, index: number): Token {
  return { kind: 'unexpected', raw, index }
}

export interface ParseOptions {
  /** The contexts the expression may name (case-insensitive); default: every context. */
  namedValues?: Iterable<string>
}

/**
 * Parses an expression (without its `${{ }}`). Throws ExpressionError naming the token and its
 * position for a syntax error, an unknown context or function, or a wrong number of arguments.
 */
export function parseExpression(text: string, options: ParseOptions = {}): ExpressionNode {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(`Exceeded max expression length ${MAX_EXPRESSION_LENGTH}`, text)
  }
  const names = new Set([...(options.namedValues ?? CONTEXT_NAMES)].map((n) => n.toLowerCase()))
  const tokens = tokenize(text)
  if (tokens.length === 0) throw new ExpressionError('An expression was expected', text)
  const parser = new Parser(text, tokens, names)
  const node = parser.parseAll()
  if (depthOf(node) > MAX_EXPRESSION_DEPTH) {
    throw new ExpressionError(`Exceeded max expression depth ${MAX_EXPRESSION_DEPTH}`, text)
  }
  return node
}

function depthOf(node: ExpressionNode): number {
  switch (node.kind) {
    case 'literal':
    case 'context':
      return 1
    case 'index':
      return (
        1 + Math.max(depthOf(node.target), node.index.kind === 'wildcard' ? 1 : depthOf(node.index))
      )
    case 'not':
      return 1 + depthOf(node.operand)
    case 'compare':
      return 1 + Math.max(depthOf(node.left), depthOf(node.right))
    case 'and':
    case 'or':
      return 1 + Math.max(...node.operands.map(depthOf))
    case 'call':
      return 1 + Math.max(0, ...node.args.map(depthOf))
  }
}

/** Whether the expression calls success(), failure(), cancelled() or always() anywhere. */
export function callsStatusFunction(node: ExpressionNode): boolean {
  switch (node.kind) {
    case 'literal':
    case 'context':
      return false
    case 'index':
      return (
        callsStatusFunction(node.target) ||
        (node.index.kind !== 'wildcard' && callsStatusFunction(node.index))
      )
    case 'not':
      return callsStatusFunction(node.operand)
    case 'compare':
      return callsStatusFunction(node.left) || callsStatusFunction(node.right)
    case 'and':
    case 'or':
      return node.operands.some(callsStatusFunction)
    case 'call':
      return STATUS_FUNCTIONS.has(node.name) || node.args.some(callsStatusFunction)
  }
}

const PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
}

class Parser {
  private position = 0

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly names: Set<string>,
  ) {}

  parseAll(): ExpressionNode {
    const node = this.parseBinary(1)
    const next = this.peek()
    if (next !== undefined) throw this.error('Unexpected symbol', next)
    return node
  }

  private peek(): Token | undefined {
    return this.tokens[this.position]
  }

  private next(): Token {
    const token = this.tokens[this.position]
    if (token === undefined) {
      // The expression stopped where an operand or a closing bracket was still due.
      throw this.error('Unexpected end of expression', this.tokens[this.tokens.length - 1]!)
    }
    this.position++
    if (token.kind === 'unexpected') throw this.error('Unexpected symbol', token)
    return token
  }

  private error(description: string, token: Token): ExpressionError {
    return new ExpressionError(
      `${description}: '${token.raw}'. Located at position ${token.index + 1} within expression: ${this.text}`,
      this.text,
      token.index + 1,
    )
  }

  private parseBinary(level: number): ExpressionNode {
    if (level > 4) return this.parseUnary()
    let left = this.parseBinary(level + 1)
    for (;;) {
      const token = this.peek()
      if (token?.kind !== 'operator' || PRECEDENCE[token.raw] !== level) return left
      this.position++
      const right = this.parseBinary(level + 1)
      if (token.raw === '&&' || token.raw === '||') {
        const kind = token.raw === '&&' ? 'and' : 'or'
        const operands = left.kind === kind ? [...left.operands, right] : [left, right]
        left = { kind, operands }
      } else {
        left = { kind: 'compare', operator: token.raw as ComparisonOperator, left, right }
      }
    }
  }

  private parseUnary(): ExpressionNode {
    const token = this.next()
    if (token.kind === 'operator') {
      if (token.raw !== '!') throw this.error('Unexpected symbol', token)
      return { kind: 'not', operand: this.parseUnary() }
    }
    return this.parsePrimary(token)
  }

  private parsePrimary(token: Token): ExpressionNode {
    switch (token.kind) {
      case 'literal':
        return { kind: 'literal', value: token.value ?? null }
      case '(': {
        const inner = this.parseBinary(1)
        this.expect(')')
        return this.parsePostfix(inner)
      }
      case 'word': {
        if (this.peek()?.kind === '(') return this.parsePostfix(this.parseCall(token))
        if (!this.names.has(token.raw.toLowerCase())) {
          throw this.error('Unrecognized named-value', token)
        }
        return this.parsePostfix({ kind: 'context', name: token.raw.toLowerCase() })
      }
      default:
        throw this.error('Unexpected symbol', token)
    }
  }

  private parseCall(nameToken: Token): ExpressionNode {
    const info = FUNCTIONS[nameToken.raw.toLowerCase()]
    if (info === undefined) throw this.error('Unrecognized function', nameToken)
    this.position++ // the '('
    const args: ExpressionNode[] = []
    if (this.peek()?.kind === ')') {
      this.position++
    } else {
      for (;;) {
        args.push(this.parseBinary(1))
        const separator = this.next()
        if (separator.kind === ')') break
        if (separator.kind !== ',') throw this.error('Unexpected symbol', separator)
      }
    }
    if (args.length < info.min) throw this.error('Too few parameters supplied', nameToken)
    if (args.length > info.max) throw this.error('Too many parameters supplied', nameToken)
    return { kind: 'call', name: info.name.toLowerCase(), args }
  }

  private parsePostfix(target: ExpressionNode): ExpressionNode {
    let node = target
    for (;;) {
      const token = this.peek()
      if (token?.kind === '.') {
        this.position++
        const name = this.next()
        if (name.kind === '*') {
          node = { kind: 'index', target: node, index: { kind: 'wildcard' } }
        } else if (name.kind === 'word') {
          node = { kind: 'index', target: node, index: { kind: 'literal', value: name.raw } }
        } else {
          throw this.error('Unexpected symbol', name)
        }
      } else if (token?.kind === '[') {
        this.position++
        if (this.peek()?.kind === '*') {
          this.position++
          node = { kind: 'index', target: node, index: { kind: 'wildcard' } }
        } else {
          node = { kind: 'index', target: node, index: this.parseBinary(1) }
        }
        this.expect(']')
      } else {
        return node
      }
    }
  }

  private expect(kind: TokenKind): void {
    const token = this.next()
    if (token.kind !== kind) throw this.error('Unexpected symbol', token)
  }
}
