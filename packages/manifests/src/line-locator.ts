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
  return new TomlScanner(text).scan()
}

/** A cursor over a TOML document that records where keys and table headers are written. */
class TomlScanner {
  private readonly lines: LineIndex
  private readonly keys: TomlKeyLocation[] = []
  private readonly tables: TomlTableLocation[] = []
  private readonly arrayCounts = new Map<string, number>()
  private i = 0

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text)
  }

  scan(): TomlLayout {
    const { text } = this
    let table: string[] = []
    while (this.i < text.length) {
      this.skipBlank()
      if (this.i >= text.length) break
      const start = this.i
      if (text[this.i] === '[') table = this.readTableHeader()
      else this.readKeyValue(table)
      if (this.i === start) this.i++
    }
    return new TomlLayout(this.keys, this.tables)
  }

  /** Reads `[a.b]` or `[[a.b]]`; returns the path the keys that follow belong to. */
  private readTableHeader(): string[] {
    const start = this.i
    const isArray = this.text[this.i + 1] === '['
    this.i += isArray ? 2 : 1
    const path = this.readKey()
    this.i += isArray ? 2 : 1
    this.tables.push({ path, ...this.lines.position(start) })
    if (!isArray) return path
    const id = path.join('\u0000')
    const count = (this.arrayCounts.get(id) ?? 0) + 1
    this.arrayCounts.set(id, count)
    return [...path, `${ARRAY_ITEM}${count}`]
  }

  private skipSpaces(): void {
    while (this.text[this.i] === ' ' || this.text[this.i] === '\t') this.i++
  }

  private skipComment(): void {
    if (this.text[this.i] === '#') {
      while (this.i < this.text.length && this.text[this.i] !== '\n') this.i++
    }
  }

  /** Spaces, newlines and comments: what may stand between the items of arrays and inline tables. */
  private skipBlank(): void {
    for (;;) {
      const start = this.i
      this.skipSpaces()
      this.skipComment()
      if (this.text[this.i] === '\r' || this.text[this.i] === '\n') this.i++
      if (this.i === start) return
    }
  }

  /** Reads a single-line basic string, from its opening quote. */
  private readBasicString(): string {
    const { text } = this
    let value = ''
    this.i++
    while (this.i < text.length && text[this.i] !== '"' && text[this.i] !== '\n') {
      if (text[this.i] === '\\') {
        const escape = text[this.i + 1] ?? ''
        if (escape === 'u' || escape === 'U' || escape === 'x') {
          const length = escape === 'u' ? 4 : escape === 'U' ? 8 : 2
          const hex = text.slice(this.i + 2, this.i + 2 + length)
          value += String.fromCodePoint(parseInt(hex, 16) || 0xfffd)
          this.i += 2 + length
        } else {
          value += ESCAPES[escape] ?? escape
          this.i += 2
        }
      } else {
        value += text[this.i]
        this.i++
      }
    }
    this.i++
    return value
  }

  private readLiteralString(): string {
    const end = this.text.indexOf("'", this.i + 1)
    const close = end === -1 ? this.text.length : end
    const value = this.text.slice(this.i + 1, close)
    this.i = close + 1
    return value
  }

  private readKey(): string[] {
    const { text } = this
    const parts: string[] = []
    for (;;) {
      this.skipSpaces()
      if (text[this.i] === '"') parts.push(this.readBasicString())
      else if (text[this.i] === "'") parts.push(this.readLiteralString())
      else {
        const start = this.i
        while (this.i < text.length && BARE_KEY.test(text[this.i] ?? '')) this.i++
        parts.push(text.slice(start, this.i))
      }
      this.skipSpaces()
      if (text[this.i] !== '.') return parts
      this.i++
    }
  }

  /** Skips a value; records the keys of inline tables under `path` (no path: inside an array). */
  private skipValue(path: string[] | undefined): void {
    const { text } = this
    const char = text[this.i]
    if (text.startsWith('"""', this.i) || text.startsWith("'''", this.i)) this.skipMultilineString()
    else if (char === '"') this.readBasicString()
    else if (char === "'") this.readLiteralString()
    else if (char === '[') this.skipItems(']', () => this.skipValue(undefined))
    else if (char === '{') this.skipItems('}', () => this.readKeyValue(path))
    else {
      // numbers, booleans, dates (which may hold a space): up to what ends a value
      while (this.i < text.length && !',]}#\r\n'.includes(text[this.i] ?? '')) this.i++
    }
  }

  private skipMultilineString(): void {
    const { text } = this
    const quote = text.slice(this.i, this.i + 3)
    this.i += 3
    for (;;) {
      if (this.i >= text.length) return
      if (quote === '"""' && text[this.i] === '\\') this.i += 2
      else if (text.startsWith(quote, this.i)) {
        this.i += 3
        // up to two quotes may end the content right before the closing delimiter
        for (let extra = 0; extra < 2 && text[this.i] === quote[0]; extra++) this.i++
        return
      } else this.i++
    }
  }

  /** Skips the comma-separated items of an array or inline table, from its opening bracket. */
  private skipItems(closing: string, readItem: () => void): void {
    this.i++
    for (;;) {
      this.skipBlank()
      if (this.i >= this.text.length || this.text[this.i] === closing) break
      const before = this.i
      readItem()
      this.skipBlank()
      if (this.text[this.i] === ',') this.i++
      if (this.i === before) this.i++
    }
    this.i++
  }

  private readKeyValue(table: string[] | undefined): void {
    const keyStart = this.i
    const key = this.readKey()
    this.skipSpaces()
    if (this.text[this.i] === '=') this.i++
    this.skipSpaces()
    const valueStart = this.valueStart()
    const path = table === undefined ? undefined : [...table, ...key]
    if (path !== undefined) {
      this.keys.push({
        path,
        key: this.lines.position(keyStart),
        value: this.lines.position(valueStart),
      })
    }
    this.skipValue(path)
  }

  /** Where the value at the cursor starts: for a string, its first character inside the quotes. */
  private valueStart(): number {
    const { text, i } = this
    if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
      // a newline right after the opening delimiter is not part of the string
      if (text.startsWith('\r\n', i + 3)) return i + 5
      if (text[i + 3] === '\n') return i + 4
      return i + 3
    }
    if (text[i] === '"' || text[i] === "'") return i + 1
    return i
  }
}
