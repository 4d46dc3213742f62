// A YAML file read with positions: every node knows its line and column, comments are kept for
// the `# tokenless-ignore:` directive, anchors and aliases resolve, each `---` document is its own
// tree, and a syntax error becomes a located error instead of an exception. The tolerant reader
// (doctor reads broken files too); readYaml is the strict form the workflow model is built on.
import { Composer, LineCounter, Parser, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml'
import type { Document, Node } from 'yaml'
import { WorkflowError } from './workflow-error.js'

export interface Position {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface YamlError {
  line: number
  column: number
  message: string
}

/** A `# tokenless-ignore: RULE-ID[, RULE-ID] reason` comment. */
export interface IgnoreDirective {
  line: number
  column: number
  /** True when the comment is alone on its line: it then also covers the next line. */
  ownLine: boolean
  rules: string[]
  reason: string
}

export interface SourceFile {
  /** Absolute path. */
  path: string
  /** Path relative to the repository root, with forward slashes: what findings show. */
  rel: string
  text: string
  lines: string[]
  documents: YNode[]
  /** Syntax errors: the document that holds one is left out of `documents`. */
  errors: YamlError[]
  /** A key written twice in one mapping: GitHub refuses the file, but the first one still reads. */
  duplicateKeys: YamlError[]
  ignores: IgnoreDirective[]
  positionAt(offset: number): { line: number; column: number }
}

const IGNORE = /^#\s*tokenless-ignore\s*:?\s*(.*)$/

/** Parses `text` (never throws): syntax errors land in `errors` with their line. */
export function parseYamlSource(path: string, rel: string, text: string): SourceFile {
  const file = parseText(path, rel, text, text)
  if (file.errors.length === 0) return file
  // GitHub reads a quoted value whose continuation lines start left of its key (libyaml does not
  // check their indentation): read such a file with those lines indented, as GitHub does.
  const indented = indentQuotedContinuations(text)
  if (indented === text) return file
  const lenient = parseText(path, rel, text, indented)
  return lenient.errors.length === 0 ? lenient : file
}

/** A value that opens a quote it does not close on its line: `key: 'text…` or `- "text…`. */
const OPENS_QUOTE = /^\s*(?:- +)?(?:[^\s#'"][^#'"]*?:\s+|- +)(['"])(.*)$/

/** Whether `rest` (the text after an opening quote) closes it. */
function closesQuote(rest: string, quote: string): boolean {
  if (quote === "'") return rest.replace(/''/g, '').includes("'")
  return /(?:^|[^\\])(?:\\\\)*"/.test(rest)
}

/**
 * The text with every continuation line of a quoted value that starts at or left of its key
 * indented one column past the key; the text itself when there is none.
 */
function indentQuotedContinuations(text: string): string {
  const lines = text.split('\n')
  let changed = false
  for (let index = 0; index < lines.length; index++) {
    const match = OPENS_QUOTE.exec(lines[index]!)
    if (!match || closesQuote(match[2]!, match[1]!)) continue
    const quote = match[1]!
    const opening = lines[index]!
    // The column of the key (or of the value, for a list item): continuations go past it.
    const column = opening.length - opening.replace(/^\s*(?:- +)*/, '').length
    const pad = ' '.repeat(column + 1)
    for (index++; index < lines.length; index++) {
      const line = lines[index]!
      const lead = /^ */.exec(line)![0].length
      if (line.trim() !== '' && lead <= column) {
        lines[index] = pad + line.slice(lead)
        changed = true
      }
      if (closesQuote(line, quote)) break
    }
  }
  return changed ? lines.join('\n') : text
}

function parseText(path: string, rel: string, text: string, read: string): SourceFile {
  const lineCounter = new LineCounter()
  const parser = new Parser(lineCounter.addNewLine)
  const tokens = [...parser.parse(read)]
  const positionAt = (offset: number) => {
    const { line, col } = lineCounter.linePos(Math.min(offset, read.length))
    return { line, column: col }
  }
  const lines = text.split(/\r?\n/)
  const file: SourceFile = {
    path,
    rel,
    text,
    lines,
    documents: [],
    errors: [],
    duplicateKeys: [],
    ignores: [],
    positionAt,
  }
  if (text.includes('tokenless-ignore')) collectIgnores(tokens, file)
  const composer = new Composer({ merge: true })
  for (const document of composer.compose(tokens, true)) {
    let broken = false
    for (const error of document.errors) {
      const { line, column } = positionAt(error.pos[0])
      const found = { line, column, message: firstLine(error.message) }
      if (error.code === 'DUPLICATE_KEY') file.duplicateKeys.push(found)
      else {
        file.errors.push(found)
        broken = true
      }
    }
    if (!broken && document.contents)
      file.documents.push(new YNode(document.contents, document, file))
  }
  return file
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

/** Walks the CST for comment tokens; YAML has no other place a comment can hide. */
function collectIgnores(tokens: unknown[], file: SourceFile): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item)
      return
    }
    if (!value || typeof value !== 'object') return
    const token = value as { type?: string; offset?: number; source?: string }
    if (
      token.type === 'comment' &&
      typeof token.source === 'string' &&
      typeof token.offset === 'number'
    ) {
      const match = IGNORE.exec(token.source)
      if (match) {
        const { line, column } = file.positionAt(token.offset)
        const body = match[1]!.trim()
        const ids = /^([\w-]+(?:\s*,\s*[\w-]+)*)\s*(.*)$/.exec(body)
        const before = (file.lines[line - 1] ?? '').slice(0, column - 1)
        file.ignores.push({
          line,
          column,
          ownLine: before.trim() === '',
          rules: ids ? ids[1]!.split(',').map((id) => id.trim()) : [],
          reason: ids ? ids[2]!.trim() : '',
        })
      }
      return
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'source') visit(child)
  }
  visit(tokens)
}

/** A node of one YAML document, with the file it came from and its key when it is a map value. */
export class YNode {
  constructor(
    readonly node: Node | null,
    readonly doc: Document,
    readonly file: SourceFile,
    /** The key node when this node is the value of a map entry. */
    readonly keyNode?: Node,
  ) {}

  private resolved(): Node | null {
    let node = this.node
    for (let depth = 0; depth < 20 && node && isAlias(node); depth++)
      node = (node.resolve(this.doc) as Node | undefined) ?? null
    return node
  }

  isMap(): boolean {
    return isMap(this.resolved())
  }

  isSeq(): boolean {
    return isSeq(this.resolved())
  }

  isNull(): boolean {
    const node = this.resolved()
    return node === null || (isScalar(node) && node.value === null)
  }

  /** The scalar's value as text (numbers and booleans too); undefined for maps, lists and null. */
  str(): string | undefined {
    const node = this.resolved()
    if (!isScalar(node) || node.value === null || node.value === undefined) return undefined
    const value = node.value as string | number | boolean
    return typeof value === 'string' ? value : String(value)
  }

  /** Map entries in order, `<<` merge keys expanded (own keys win). */
  entries(): [string, YNode][] {
    const node = this.resolved()
    if (!isMap(node)) return []
    const own: [string, YNode][] = []
    const merged: [string, YNode][] = []
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      const key = pair.key as Node | null
      if (!isScalar(key)) continue
      const value = new YNode((pair.value as Node | null) ?? null, this.doc, this.file, key)
      // A `<<` merge key (YAML 1.1, read with `merge: true`) has a symbol for its value.
      if (typeof key.value === 'symbol') {
        const sources = value.isSeq() ? value.items() : [value]
        for (const source of sources) merged.push(...source.entries())
        continue
      }
      own.push([String(key.value), value])
    }
    const seen = new Set(own.map(([key]) => key))
    const result = [...own]
    for (const [key, value] of merged) {
      if (seen.has(key)) continue
      seen.add(key)
      result.push([key, value])
    }
    return result
  }

  get(key: string): YNode | undefined {
    return this.entries().find(([name]) => name === key)?.[1]
  }

  items(): YNode[] {
    const node = this.resolved()
    if (!isSeq(node)) return []
    return node.items.map((item) => new YNode((item as Node | null) ?? null, this.doc, this.file))
  }

  /** A scalar, or each scalar of a list: `needs: a` and `needs: [a, b]` alike. */
  strings(): string[] {
    if (this.isSeq()) return this.items().flatMap((item) => item.strings())
    const text = this.str()
    return text === undefined ? [] : [text]
  }

  /** Where the value is; for an empty value, where its key is. */
  pos(): Position {
    const node = this.resolved()
    const range = node?.range ?? this.keyNode?.range
    if (!range || (node && isScalar(node) && node.value === null && this.keyNode))
      return this.keyPos()
    return this.span(range[0], range[1])
  }

  /** Where the key is (the value's position when it has no key). */
  keyPos(): Position {
    const range = this.keyNode?.range
    if (!range)
      return this.node?.range ? this.span(this.node.range[0], this.node.range[1]) : this.span(0, 0)
    return this.span(range[0], range[1])
  }

  /** The position of `needle` inside this scalar's source text, or of the scalar. */
  find(needle: string, from = 0): Position {
    const node = this.resolved()
    const range = node?.range
    if (range) {
      const at = this.file.text.slice(range[0], range[1]).indexOf(needle, from)
      if (at >= 0) return this.span(range[0] + at, range[0] + at + needle.length)
    }
    return this.pos()
  }

  /** The line where this node itself is written (an alias: where `*name` is, not its anchor). */
  ownLine(): number {
    const range = this.node?.range
    return range ? this.file.positionAt(range[0]).line : this.pos().line
  }

  private span(start: number, end: number): Position {
    const from = this.file.positionAt(start)
    // A block scalar's range ends after its last line break: end on the content.
    let stop = end
    while (stop > start && /\s/.test(this.file.text[stop - 1] ?? '')) stop--
    const to = this.file.positionAt(stop)
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
  }
}

export interface YamlSource {
  /** The file as read, with positions. */
  source: SourceFile
  /** The document as plain data: aliases and `<<` merge keys resolved. */
  data: unknown
  /** The 1-based line of the deepest part of `path` that exists (a key's line for a mapping entry). */
  lineOf(path: ReadonlyArray<string | number>): number
}

// Anchors may be reused, but not so often that a small file expands into a huge one.
const MAX_ALIAS_COUNT = 1000

/**
 * Reads a file that must hold exactly one valid YAML document, as GitHub reads a workflow: a
 * syntax error, a duplicate key, an empty file or a second document is a WorkflowError.
 */
export function readYaml(text: string, file: string): YamlSource {
  const source = parseYamlSource(file, file, text)
  const error = [...source.errors, ...source.duplicateKeys].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  )[0]
  if (error !== undefined) {
    throw new WorkflowError(
      { file, line: Math.max(error.line, 1), column: error.column },
      `the YAML does not parse: ${error.message}. Fix the syntax here (indentation, an unquoted ':' or '#' in a value, a missing closing quote).`,
    )
  }
  const [root, second] = source.documents
  if (root === undefined) {
    throw new WorkflowError(
      { file, line: 1 },
      'the file is empty. A workflow needs at least `on:` (the events that start it) and `jobs:`.',
    )
  }
  if (second !== undefined) {
    const start = second.doc.range?.[0] ?? second.node?.range?.[0] ?? 0
    throw new WorkflowError(
      { file, line: Math.max(source.positionAt(start).line, 1) },
      'a second YAML document starts here, but a workflow file holds exactly one. Remove the `---` separator, or move the second document into a file of its own.',
    )
  }
  let data: unknown
  try {
    data = root.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    throw new WorkflowError(
      { file, line: 1 },
      `the YAML cannot be read: ${(error as Error).message}. Use fewer aliases (*name), or write the values out.`,
    )
  }
  return { source, data, lineOf: (path) => lineOf(root, path) }
}

function lineOf(root: YNode, path: ReadonlyArray<string | number>): number {
  let node = root
  let line = root.pos().line
  for (const segment of path) {
    let next: YNode | undefined
    if (node.isMap()) next = node.get(String(segment))
    else if (node.isSeq() && typeof segment === 'number') next = node.items()[segment]
    if (next === undefined) break
    line = next.keyNode ? next.keyPos().line : next.ownLine()
    node = next
  }
  return Math.max(line, 1)
}
