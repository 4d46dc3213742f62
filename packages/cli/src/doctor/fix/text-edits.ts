// Edits to a workflow's text at the places its YAML nodes were read from: whole lines removed or
// added in block style, the inside of a `{ }` rewritten in flow style. Every line an edit does
// not touch stays byte for byte, comments included.
import { isMap, isPair, isScalar, type Node, type Pair, type YAMLMap } from 'yaml'
import type { SourceFile, YNode } from '@tokenless/workflow'

export interface TextEdit {
  start: number
  end: number
  text: string
}

/** Applies edits that do not overlap (in any order) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** The offset just after the line break that ends the line holding `offset`. */
function lineEnd(text: string, offset: number): number {
  const at = text.indexOf('\n', offset)
  return at < 0 ? text.length : at + 1
}

/** Where a node's text ends, trailing blanks and line breaks left out. */
function contentEnd(text: string, node: Node | null, fallback: number): number {
  let end = node?.range?.[1] ?? fallback
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--
  return Math.max(end, fallback)
}

function mapOf(node: YNode | undefined): YAMLMap | undefined {
  const raw = node?.node
  return raw && isMap(raw) ? raw : undefined
}

function pairsOf(map: YAMLMap): Pair<Node, Node | null>[] {
  return map.items.filter((pair): pair is Pair<Node, Node | null> => isPair(pair))
}

function keyOf(pair: Pair<Node, Node | null>): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined
}

/** The lines a block pair takes, from its key's line to its value's last line. */
function pairLines(text: string, pair: Pair<Node, Node | null>): TextEdit | undefined {
  const keyStart = pair.key.range?.[0]
  if (keyStart === undefined) return undefined
  const start = lineStart(text, keyStart)
  // A key after `- ` opens a list item: removing its line would take the item's dash.
  if (text.slice(start, keyStart).trim() !== '') return undefined
  const end = lineEnd(text, contentEnd(text, pair.value, pair.key.range![1]))
  return { start, end, text: '' }
}

/** The source text of a flow pair (`key: value`). */
function pairText(text: string, pair: Pair<Node, Node | null>): string {
  const start = pair.key.range![0]
  return text.slice(start, contentEnd(text, pair.value, pair.key.range![1]))
}

/** The `{ ... }` of a flow map, rewritten with these pairs' texts. */
function flowMapEdit(text: string, map: YAMLMap, pairs: readonly string[]): TextEdit | undefined {
  const range = map.range
  if (!range) return undefined
  const end = contentEnd(text, map, range[0])
  if (text[range[0]] !== '{' || text[end - 1] !== '}') return undefined
  return {
    start: range[0],
    end,
    text: pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`,
  }
}

/**
 * Removes the entries `keys` of `map`; when none would be left and `parent` is given, the
 * parent's entry that holds the map goes instead (`env:` with its last variable).
 */
export function removeEntries(
  file: SourceFile,
  map: YNode,
  keys: readonly string[],
  parent?: { map: YNode; key: string },
): TextEdit[] | undefined {
  const raw = mapOf(map)
  if (!raw) return undefined
  const pairs = pairsOf(raw)
  const removed = pairs.filter((pair) => keys.includes(keyOf(pair) ?? ''))
  if (removed.length === 0) return []
  if (removed.length === pairs.length && parent)
    return removeEntries(file, parent.map, [parent.key])
  if (raw.flow) {
    const kept = pairs.filter((pair) => !removed.includes(pair))
    const edit = flowMapEdit(
      file.text,
      raw,
      kept.map((pair) => pairText(file.text, pair)),
    )
    return edit && [edit]
  }
  const edits = removed.map((pair) => pairLines(file.text, pair))
  return edits.every((edit) => edit !== undefined) ? edits : undefined
}

/** An entry to add: its block lines (the first is `key: ...`) and its one-line flow form. */
export interface NewEntry {
  block: string[]
  flow: string
}

/**
 * Adds an entry to `map`: in block style on lines of their own after the first of `after` the
 * map has (else before its first entry), in flow style before the closing brace.
 */
export function insertEntry(
  file: SourceFile,
  map: YNode,
  entry: NewEntry,
  after: readonly string[] = [],
): TextEdit | undefined {
  const raw = mapOf(map)
  if (!raw) return undefined
  const text = file.text
  const pairs = pairsOf(raw)
  if (raw.flow)
    return flowMapEdit(text, raw, [...pairs.map((pair) => pairText(text, pair)), entry.flow])
  const first = pairs[0]
  if (!first?.key.range) return undefined
  const indent = first.key.range[0] - lineStart(text, first.key.range[0])
  const lines = entry.block.map((line) => `${' '.repeat(indent)}${line}\n`).join('')
  const anchor = after
    .map((key) => pairs.find((pair) => keyOf(pair) === key))
    .find((pair) => pair !== undefined)
  if (anchor) {
    const at = lineEnd(text, contentEnd(text, anchor.value, anchor.key.range![1]))
    return {
      start: at,
      end: at,
      text: at === text.length && !text.endsWith('\n') ? `\n${lines}` : lines,
    }
  }
  const start = lineStart(text, first.key.range[0])
  if (text.slice(start, first.key.range[0]).trim() !== '') return undefined
  return { start, end: start, text: lines }
}

/** Replaces the whole entry `key` of a block map (its lines) by `lines`, at the entry's indent. */
export function replaceEntry(
  file: SourceFile,
  map: YNode,
  key: string,
  lines: readonly string[],
): TextEdit | undefined {
  const raw = mapOf(map)
  const pair = raw && pairsOf(raw).find((each) => keyOf(each) === key)
  if (!raw || raw.flow || !pair) return undefined
  const span = pairLines(file.text, pair)
  if (!span) return undefined
  const indent = pair.key.range![0] - span.start
  return { ...span, text: lines.map((line) => `${' '.repeat(indent)}${line}\n`).join('') }
}

/** Replaces a scalar's source text (quotes included). */
export function replaceScalar(node: YNode, text: string): TextEdit | undefined {
  const raw = node.node
  if (!raw || !isScalar(raw) || !raw.range) return undefined
  return { start: raw.range[0], end: raw.range[1], text }
}

/** Lines added after the line of the key of `node` (an empty `release:`), one indent deeper. */
export function insertUnderKey(
  file: SourceFile,
  node: YNode,
  lines: readonly string[],
): TextEdit | undefined {
  const key = node.keyNode?.range
  if (!key || (node.node && !(isScalar(node.node) && node.node.value === null))) return undefined
  const text = file.text
  const start = lineStart(text, key[0])
  const rest = text
    .slice(key[1], lineEnd(text, key[1]))
    .trim()
    .replace(/\s*#.*$/, '')
  if (rest !== ':' && rest !== '') return undefined
  const indent = ' '.repeat(key[0] - start + 2)
  const at = lineEnd(text, key[1])
  const added = lines.map((line) => `${indent}${line}\n`).join('')
  return {
    start: at,
    end: at,
    text: at === text.length && !text.endsWith('\n') ? `\n${added}` : added,
  }
}

/** Lines added before a list item (a step), at its dash's indent. */
export function insertBeforeItem(
  file: SourceFile,
  item: YNode,
  lines: readonly string[],
): TextEdit | undefined {
  const start = item.node?.range?.[0]
  if (start === undefined) return undefined
  const text = file.text
  const line = lineStart(text, start)
  const before = text.slice(line, start)
  const dash = /^(\s*)-\s+$/.exec(before)
  if (!dash) return undefined
  const indent = dash[1]!
  const added = lines
    .map((each, index) => `${indent}${index === 0 ? '- ' : '  '}${each}\n`)
    .join('')
  return { start: line, end: line, text: added }
}
