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
  let i = 0

  const describe = (offset: number): string => {
    if (offset >= text.length) return 'the end of the file'
    const char = text.codePointAt(offset) ?? 0
    if (char < 0x20) return `the control character U+${char.toString(16).padStart(4, '0')}`
    return `'${String.fromCodePoint(char)}'`
  }

  const fail = (expected: string, offset = i): never => {
    if (text.startsWith('//', offset) || text.startsWith('/*', offset)) {
      throw new JsonSyntaxError('JSON allows no comments', offset)
    }
    if (text[offset] === "'") throw new JsonSyntaxError('JSON strings use double quotes', offset)
    throw new JsonSyntaxError(`expected ${expected} but found ${describe(offset)}`, offset)
  }

  const skipWhitespace = (): void => {
    for (;;) {
      const char = text[i]
      if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') return
      i++
    }
  }

  const parseString = (): string => {
    const start = i
    i++
    let value = ''
    let chunk = i
    for (;;) {
      if (i >= text.length) throw new JsonSyntaxError('unterminated string', start)
      const code = text.charCodeAt(i)
      if (code === 0x22) break
      if (code < 0x20) {
        throw new JsonSyntaxError(
          `${describe(i)} must be escaped inside a string (a string cannot span lines)`,
          i,
        )
      }
      if (code === 0x5c) {
        value += text.slice(chunk, i)
        const escape = text[i + 1] ?? ''
        if (escape === 'u') {
          const hex = text.slice(i + 2, i + 6)
          if (!/^[0-9A-Fa-f]{4}$/.test(hex)) {
            throw new JsonSyntaxError('\\u must be followed by four hexadecimal digits', i)
          }
          value += String.fromCharCode(parseInt(hex, 16))
          i += 6
        } else {
          const decoded = ESCAPES[escape]
          if (decoded === undefined) {
            throw new JsonSyntaxError(`invalid escape \\${escape} in a string`, i)
          }
          value += decoded
          i += 2
        }
        chunk = i
      } else i++
    }
    value += text.slice(chunk, i)
    i++
    return value
  }

  const parseNumber = (): JsonNode => {
    const start = i
    const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
    match.lastIndex = i
    const found = match.exec(text)
    if (found === null) return fail('a value')
    i = start + found[0].length
    // "01", "1.", "1e": the number stops early and the next character is not JSON
    if (/[0-9.eE+-]/.test(text[i] ?? '')) return fail('a comma or the end of the value')
    return { type: 'number', start, end: i, value: Number(found[0]) }
  }

  const parseValue = (): JsonNode => {
    skipWhitespace()
    const start = i
    const char = text[i]
    if (char === '{') {
      i++
      const members: JsonMember[] = []
      skipWhitespace()
      if (text[i] === '}') {
        i++
        return { type: 'object', start, end: i, members }
      }
      for (;;) {
        skipWhitespace()
        if (text[i] !== '"') {
          if (text[i] === '}' && members.length > 0) {
            throw new JsonSyntaxError('trailing comma: JSON allows none after the last member', i)
          }
          return fail('a property name in double quotes')
        }
        const keyStart = i
        const key = parseString()
        skipWhitespace()
        if (text[i] !== ':') return fail("':' after a property name")
        i++
        members.push({ key, keyStart, value: parseValue() })
        skipWhitespace()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return { type: 'object', start, end: i, members }
        }
        return fail("',' or '}' after a property value")
      }
    }
    if (char === '[') {
      i++
      const items: JsonNode[] = []
      skipWhitespace()
      if (text[i] === ']') {
        i++
        return { type: 'array', start, end: i, items }
      }
      for (;;) {
        skipWhitespace()
        if (text[i] === ']' && items.length > 0) {
          throw new JsonSyntaxError('trailing comma: JSON allows none after the last item', i)
        }
        items.push(parseValue())
        skipWhitespace()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return { type: 'array', start, end: i, items }
        }
        return fail("',' or ']' after an array item")
      }
    }
    if (char === '"') {
      const value = parseString()
      return { type: 'string', start, end: i, value }
    }
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return parseNumber()
    for (const [word, node] of [
      ['true', { type: 'boolean', value: true }],
      ['false', { type: 'boolean', value: false }],
      ['null', { type: 'null', value: null }],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length
        return { ...node, start, end: i }
      }
    }
    return fail('a value')
  }

  const root = parseValue()
  skipWhitespace()
  if (i < text.length) fail('the end of the file after the value')
  return root
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
