/**
 * A JSON parser that keeps where every value and key is written, so that a version can be
 * annotated on its own line. It accepts exactly what JSON.parse accepts (RFC 8259), and its
 * errors say where the text stops being JSON.
 */

import { configurationError, formatWhere } from './manifest-file.js'
import type { ManifestText } from './manifest-file.js'

export type JsonNode =
  | { type: 'object'; start: number; end: number; members: JsonMember[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'boolean'; start: number; end: number; value: boolean }
  | { type: 'null'; start: number; end: number; value: null }

export interface JsonMember {
  key: string
  /** Offset of the key's opening quote. */
  keyStart: number
  value: JsonNode
}

/** The text is not JSON: `offset` is where it goes wrong. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError'
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

/** The member of an object with this key; like JSON.parse, the last one wins over duplicates. */
export function getMember(node: JsonNode, key: string): JsonMember | undefined {
  if (node.type !== 'object') return undefined
  let found: JsonMember | undefined
  for (const member of node.members) if (member.key === key) found = member
  return found
}

/** `a string`, `an object`, ...: for messages. */
export function describeJsonType(node: JsonNode): string {
  switch (node.type) {
    case 'object':
      return 'an object'
    case 'array':
      return 'an array'
    case 'null':
      return 'null'
    default:
      return `a ${node.type}`
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}

/** Parses JSON text (a leading byte order mark must be removed first, as JSON.parse requires). */
export function parseJsonDocument(text: string): JsonNode {
  return new JsonParser(text).parseDocument()
}

/** A cursor over JSON text; each method parses one kind of value from the cursor. */
class JsonParser {
  private i = 0

  constructor(private readonly text: string) {}

  parseDocument(): JsonNode {
    const root = this.parseValue()
    this.skipWhitespace()
    if (this.i < this.text.length) this.fail('the end of the file after the value')
    return root
  }

  private describe(offset: number): string {
    if (offset >= this.text.length) return 'the end of the file'
    const char = this.text.codePointAt(offset) ?? 0
    if (char < 0x20) return `the control character U+${char.toString(16).padStart(4, '0')}`
    return `'${String.fromCodePoint(char)}'`
  }

  private fail(expected: string, offset = this.i): never {
    const { text } = this
    if (text.startsWith('//', offset) || text.startsWith('/*', offset)) {
      throw new JsonSyntaxError('JSON allows no comments', offset)
    }
    if (text[offset] === "'") throw new JsonSyntaxError('JSON strings use double quotes', offset)
    throw new JsonSyntaxError(`expected ${expected} but found ${this.describe(offset)}`, offset)
  }

  private skipWhitespace(): void {
    for (;;) {
      const char = this.text[this.i]
      if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') return
      this.i++
    }
  }

  private parseValue(): JsonNode {
    this.skipWhitespace()
    const start = this.i
    const char = this.text[this.i]
    if (char === '{') return this.parseObject()
    if (char === '[') return this.parseArray()
    if (char === '"') {
      const value = this.parseString()
      return { type: 'string', start, end: this.i, value }
    }
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      return this.parseNumber()
    }
    for (const [word, node] of [
      ['true', { type: 'boolean', value: true }],
      ['false', { type: 'boolean', value: false }],
      ['null', { type: 'null', value: null }],
    ] as const) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length
        return { ...node, start, end: this.i }
      }
    }
    return this.fail('a value')
  }

  private parseObject(): JsonNode {
    const { text } = this
    const start = this.i
    this.i++
    const members: JsonMember[] = []
    this.skipWhitespace()
    if (text[this.i] === '}') {
      this.i++
      return { type: 'object', start, end: this.i, members }
    }
    for (;;) {
      this.skipWhitespace()
      if (text[this.i] !== '"') {
        // the empty object returned above: a '}' here follows a comma
        if (text[this.i] === '}') {
          throw new JsonSyntaxError(
            'trailing comma: JSON allows none after the last member',
            this.i,
          )
        }
        return this.fail('a property name in double quotes')
      }
      const keyStart = this.i
      const key = this.parseString()
      this.skipWhitespace()
      if (text[this.i] !== ':') return this.fail("':' after a property name")
      this.i++
      members.push({ key, keyStart, value: this.parseValue() })
      this.skipWhitespace()
      if (text[this.i] === ',') {
        this.i++
        continue
      }
      if (text[this.i] === '}') {
        this.i++
        return { type: 'object', start, end: this.i, members }
      }
      return this.fail("',' or '}' after a property value")
    }
  }

  private parseArray(): JsonNode {
    const { text } = this
    const start = this.i
    this.i++
    const items: JsonNode[] = []
    this.skipWhitespace()
    if (text[this.i] === ']') {
      this.i++
      return { type: 'array', start, end: this.i, items }
    }
    for (;;) {
      this.skipWhitespace()
      // the empty array returned above: a ']' here follows a comma
      if (text[this.i] === ']') {
        throw new JsonSyntaxError('trailing comma: JSON allows none after the last item', this.i)
      }
      items.push(this.parseValue())
      this.skipWhitespace()
      if (text[this.i] === ',') {
        this.i++
        continue
      }
      if (text[this.i] === ']') {
        this.i++
        return { type: 'array', start, end: this.i, items }
      }
      return this.fail("',' or ']' after an array item")
    }
  }

  private parseString(): string {
    const { text } = this
    const start = this.i
    this.i++
    let value = ''
    let chunk = this.i
    for (;;) {
      if (this.i >= text.length) throw new JsonSyntaxError('unterminated string', start)
      const code = text.charCodeAt(this.i)
      if (code === 0x22) break
      if (code < 0x20) {
        throw new JsonSyntaxError(
          `${this.describe(this.i)} must be escaped inside a string (a string cannot span lines)`,
          this.i,
        )
      }
      if (code === 0x5c) {
        value += text.slice(chunk, this.i) + this.readEscape()
        chunk = this.i
      } else this.i++
    }
    value += text.slice(chunk, this.i)
    this.i++
    return value
  }

  /** Decodes the escape sequence at the cursor (at its backslash) and moves past it. */
  private readEscape(): string {
    const escape = this.text[this.i + 1] ?? ''
    if (escape === 'u') {
      const hex = this.text.slice(this.i + 2, this.i + 6)
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) {
        throw new JsonSyntaxError('\\u must be followed by four hexadecimal digits', this.i)
      }
      this.i += 6
      return String.fromCharCode(parseInt(hex, 16))
    }
    const decoded = ESCAPES[escape]
    if (decoded === undefined) {
      throw new JsonSyntaxError(`invalid escape \\${escape} in a string`, this.i)
    }
    this.i += 2
    return decoded
  }

  private parseNumber(): JsonNode {
    const start = this.i
    const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
    match.lastIndex = this.i
    const found = match.exec(this.text)
    if (found === null) return this.fail('a value')
    this.i = start + found[0].length
    // "01", "1.", "1e": the number stops early and the next character is not JSON
    if (/[0-9.eE+-]/.test(this.text[this.i] ?? ''))
      return this.fail('a comma or the end of the value')
    return { type: 'number', start, end: this.i, value: Number(found[0]) }
  }
}

/**
 * Parses a manifest's JSON; a syntax error becomes a ConfigurationError on its line and column
 * whose message ends with `fix` (by default: fix it or remove the file from manifests).
 */
export function parseJsonManifest(manifest: ManifestText, fix?: string): JsonNode {
  try {
    return parseJsonDocument(manifest.text)
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error
    const position = manifest.lines.position(error.offset)
    throw configurationError(
      `${formatWhere(manifest.file, position)} is not valid JSON: ${error.message}. ${fix ?? `Fix the JSON there, or remove ${manifest.file} from manifests.`}`,
      manifest.file,
      position,
    )
  }
}
