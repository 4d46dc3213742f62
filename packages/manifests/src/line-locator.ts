/** A 1-based line and column (the column counts UTF-16 code units, as editors and annotations do). */
export interface Position {
  line: number
  column: number
}

/** Turns offsets in a text into lines and columns. Lines end at `\n` (so `\r\n` works too). */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.starts.push(i + 1)
  }

  position(offset: number): Position {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 }
  }
}

/** Where a key of a TOML document is written. */
export interface TomlKeyLocation {
  /** The full path of the key: table headers, then the dotted key, then keys of inline tables. */
  path: string[]
  key: Position
  /** Where the value starts: for a string, its first character inside the quotes. */
  value: Position
}

/** Where a table header (`[a.b]` or `[[a.b]]`) is written. */
export interface TomlTableLocation {
  path: string[]
  line: number
  column: number
}

/**
 * The positions of the keys and table headers of a TOML document, which smol-toml does not give.
 * Run it on text that smol-toml has already parsed: it skips what is not a key without judging it.
 */
export class TomlLayout {
  constructor(
    readonly keys: readonly TomlKeyLocation[],
    readonly tables: readonly TomlTableLocation[],
  ) {}

  /**
   * The key at `path`, or else the first key below it: `package.version` finds
   * `version.workspace = true` in `[package]` as well as `version = "1.0.0"`.
   */
  findKey(path: readonly string[]): TomlKeyLocation | undefined {
    return (
      this.keys.find((key) => samePath(key.path, path)) ??
      this.keys.find((key) => startsWith(key.path, path))
    )
  }

  /** The header of the table at `path`, or else the first key or table header inside it. */
  findTable(path: readonly string[]): Position | undefined {
    const header = this.tables.find((table) => samePath(table.path, path))
    if (header !== undefined) return { line: header.line, column: header.column }
    const inside = [
      ...this.keys.filter((key) => startsWith(key.path, path)).map((key) => key.key),
      ...this.tables.filter((table) => startsWith(table.path, path)),
    ]
    let first: Position | undefined
    for (const { line, column } of inside) {
      if (
        first === undefined ||
        line < first.line ||
        (line === first.line && column < first.column)
      ) {
        first = { line, column }
      }
    }
    return first
  }
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && startsWith(a, b)
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part)
}

/** Marks the tables of an array of tables (`[[bin]]`) so that they never match a plain path. */
const ARRAY_ITEM = '\u0000[]'

const BARE_KEY = /[A-Za-z0-9_-]/
const ESCAPES: Record<string, string> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\u001b',
  '"': '"',
  '\\': '\\',
}

/** Scans a TOML document for the positions of its keys and table headers. */
export function scanTomlLayout(text: string): TomlLayout {
  const lines = new LineIndex(text)
  const keys: TomlKeyLocation[] = []
  const tables: TomlTableLocation[] = []
  let i = 0

  const skipSpaces = (): void => {
    while (text[i] === ' ' || text[i] === '\t') i++
  }
  const skipComment = (): void => {
    if (text[i] === '#') while (i < text.length && text[i] !== '\n') i++
  }
  /** Spaces, newlines and comments: what may stand between the items of arrays and inline tables. */
  const skipBlank = (): void => {
    for (;;) {
      const start = i
      skipSpaces()
      skipComment()
      if (text[i] === '\r' || text[i] === '\n') i++
      if (i === start) return
    }
  }

  const readBasicString = (): string => {
    // at the opening quote of a single-line basic string
    let value = ''
    i++
    while (i < text.length && text[i] !== '"' && text[i] !== '\n') {
      if (text[i] === '\\') {
        const escape = text[i + 1] ?? ''
        if (escape === 'u' || escape === 'U' || escape === 'x') {
          const length = escape === 'u' ? 4 : escape === 'U' ? 8 : 2
          value += String.fromCodePoint(parseInt(text.slice(i + 2, i + 2 + length), 16) || 0xfffd)
          i += 2 + length
        } else {
          value += ESCAPES[escape] ?? escape
          i += 2
        }
      } else {
        value += text[i]
        i++
      }
    }
    i++
    return value
  }

  const readLiteralString = (): string => {
    const end = text.indexOf("'", i + 1)
    const close = end === -1 ? text.length : end
    const value = text.slice(i + 1, close)
    i = close + 1
    return value
  }

  const readKey = (): string[] => {
    const parts: string[] = []
    for (;;) {
      skipSpaces()
      if (text[i] === '"') parts.push(readBasicString())
      else if (text[i] === "'") parts.push(readLiteralString())
      else {
        const start = i
        while (i < text.length && BARE_KEY.test(text[i] ?? '')) i++
        parts.push(text.slice(start, i))
      }
      skipSpaces()
      if (text[i] !== '.') return parts
      i++
    }
  }

  /** Skips a value; records the keys of inline tables under `path` (no path: inside an array). */
  const skipValue = (path: string[] | undefined): void => {
    const char = text[i]
    if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
      const quote = text.slice(i, i + 3)
      i += 3
      for (;;) {
        if (i >= text.length) return
        if (quote === '"""' && text[i] === '\\') i += 2
        else if (text.startsWith(quote, i)) {
          i += 3
          // up to two quotes may end the content right before the closing delimiter
          for (let extra = 0; extra < 2 && text[i] === quote[0]; extra++) i++
          return
        } else i++
      }
    }
    if (char === '"') {
      readBasicString()
      return
    }
    if (char === "'") {
      readLiteralString()
      return
    }
    if (char === '[') {
      i++
      for (;;) {
        skipBlank()
        if (i >= text.length || text[i] === ']') break
        const before = i
        skipValue(undefined)
        skipBlank()
        if (text[i] === ',') i++
        if (i === before) i++
      }
      i++
      return
    }
    if (char === '{') {
      i++
      for (;;) {
        skipBlank()
        if (i >= text.length || text[i] === '}') break
        const before = i
        readKeyValue(path)
        skipBlank()
        if (text[i] === ',') i++
        if (i === before) i++
      }
      i++
      return
    }
    // numbers, booleans, dates (which may hold a space): up to what ends a value
    while (i < text.length && !',]}#\r\n'.includes(text[i] ?? '')) i++
  }

  const readKeyValue = (table: string[] | undefined): void => {
    const keyStart = i
    const key = readKey()
    skipSpaces()
    if (text[i] === '=') i++
    skipSpaces()
    let valueStart = i
    if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
      valueStart = i + 3
      // a newline right after the opening delimiter is not part of the string
      if (text.startsWith('\r\n', valueStart)) valueStart += 2
      else if (text[valueStart] === '\n') valueStart += 1
    } else if (text[i] === '"' || text[i] === "'") valueStart = i + 1
    const path = table === undefined ? undefined : [...table, ...key]
    if (path !== undefined) {
      keys.push({
        path,
        key: lines.position(keyStart),
        value: lines.position(valueStart),
      })
    }
    skipValue(path)
  }

  let table: string[] = []
  const arrayCounts = new Map<string, number>()
  while (i < text.length) {
    skipBlank()
    if (i >= text.length) break
    const start = i
    if (text[i] === '[') {
      const isArray = text[i + 1] === '['
      i += isArray ? 2 : 1
      const path = readKey()
      i += isArray ? 2 : 1
      tables.push({ path, ...lines.position(start) })
      if (isArray) {
        const id = path.join('\u0000')
        const count = (arrayCounts.get(id) ?? 0) + 1
        arrayCounts.set(id, count)
        table = [...path, `${ARRAY_ITEM}${count}`]
      } else table = path
    } else {
      readKeyValue(table)
    }
    if (i === start) i++
  }
  return new TomlLayout(keys, tables)
}
