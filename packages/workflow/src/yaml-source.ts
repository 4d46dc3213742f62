// Reading a workflow's YAML: one document, its plain value, and the line of any path in it.

import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
} from 'yaml'
import { WorkflowError } from './workflow-error.js'

export interface YamlSource {
  /** The document as plain data: aliases and `<<` merge keys resolved. */
  data: unknown
  /** The 1-based line of the deepest part of `path` that exists (a key's line for a mapping entry). */
  lineOf(path: ReadonlyArray<string | number>): number
}

// Anchors may be reused, but not so often that a small file expands into a huge one.
const MAX_ALIAS_COUNT = 1000

export function readYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter()
  const documents = parseAllDocuments(text, { lineCounter, merge: true, prettyErrors: false })
  const lineAt = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: Math.max(line, 1), column: col }
  }
  if (!Array.isArray(documents) || documents.length === 0) {
    throw new WorkflowError(
      { file, line: 1 },
      'the file is empty. A workflow needs at least `on:` (the events that start it) and `jobs:`.',
    )
  }
  for (const document of documents) {
    const error = document.errors[0]
    if (error !== undefined) {
      const { line, column } = lineAt(error.pos[0])
      throw new WorkflowError(
        { file, line, column },
        `the YAML does not parse: ${error.message}. Fix the syntax here (indentation, an unquoted ':' or '#' in a value, a missing closing quote).`,
      )
    }
  }
  const second = documents[1]
  if (second !== undefined) {
    const { line } = lineAt(second.range[0])
    throw new WorkflowError(
      { file, line },
      'a second YAML document starts here, but a workflow file holds exactly one. Remove the `---` separator, or move the second document into a file of its own.',
    )
  }
  const document = documents[0]!
  let data: unknown
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    throw new WorkflowError(
      { file, line: 1 },
      `the YAML cannot be read: ${(error as Error).message}. Use fewer aliases (*name), or write the values out.`,
    )
  }
  return {
    data,
    lineOf: (path) => {
      const offset = offsetOf(document, path)
      return offset === undefined ? 1 : lineAt(offset).line
    },
  }
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range
  return range?.[0]
}

function offsetOf(document: Document, path: ReadonlyArray<string | number>): number | undefined {
  let node: unknown = document.contents
  let offset = rangeStart(node)
  for (const segment of path) {
    node = resolve(document, node)
    let found: { offset: number | undefined; value: unknown } | undefined
    if (isMap(node)) found = findEntry(document, node, String(segment), 0)
    else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment]
      if (item !== undefined) found = { offset: rangeStart(item), value: item }
    }
    if (found === undefined) break
    offset = found.offset ?? offset
    node = found.value
  }
  return offset
}

function resolve(document: Document, node: unknown): unknown {
  let current = node
  for (let hops = 0; isAlias(current) && hops < 100; hops++) current = current.resolve(document)
  return current
}

// A key of a mapping, looked for in its own entries first, then in what `<<` merges into it.
function findEntry(
  document: Document,
  map: unknown,
  key: string,
  depth: number,
): { offset: number | undefined; value: unknown } | undefined {
  if (!isMap(map) || depth > 20) return undefined
  const merged: unknown[] = []
  for (const pair of map.items) {
    const name = isScalar(pair.key) ? keyName(pair.key.value) : undefined
    if (name === key) return { offset: rangeStart(pair.key), value: pair.value }
    if (name === '<<') merged.push(pair.value)
  }
  for (const source of merged) {
    const resolved = resolve(document, source)
    const sources = isSeq(resolved) ? resolved.items : [resolved]
    for (const item of sources) {
      const found = findEntry(document, resolve(document, item), key, depth + 1)
      if (found !== undefined) return found
    }
  }
  return undefined
}

// A merge key's scalar holds a symbol described '<<'.
function keyName(value: unknown): string {
  return typeof value === 'symbol' ? (value.description ?? '') : String(value)
}
