import { describeJsonType, getMember, parseJsonManifest } from './json-document.js'
import type { JsonNode } from './json-document.js'
import { configurationError, formatWhere, readManifestText } from './manifest-file.js'
import type { ManifestReadOptions } from './manifest-file.js'
import { manifestVersion } from './manifest-version.js'
import type { ManifestVersion } from './manifest-version.js'

/**
 * The reference tokens of an RFC 6901 JSON pointer (`/a/b~1c` -> `a`, `b/c`); `''` is the whole
 * document. Undefined when the pointer is not one: it must start with `/`, and `~` must be
 * followed by `0` (for `~`) or `1` (for `/`). The pointer is taken as written, not URI-decoded.
 */
export function parseJsonPointer(pointer: string): string[] | undefined {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) return undefined
  const tokens = pointer.slice(1).split('/')
  if (tokens.some((token) => /~(?![01])/.test(token))) return undefined
  return tokens.map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
}

/** The pointer for these tokens, escaping `~` and `/`. */
export function formatJsonPointer(tokens: readonly string[]): string {
  return tokens.map((token) => `/${token.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')
}

/** What a pointer leads to: the node, and the offset of its key (or of the item itself). */
export interface JsonPointerTarget {
  node: JsonNode
  /** Where the target is named: its key for an object member, the value for an array item. */
  start: number
}

/** Why a pointer leads nowhere: `parent` (at `tokens[0..depth)`) has no `tokens[depth]`. */
export interface JsonPointerMiss {
  parent: JsonNode
  depth: number
}

const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/

export function resolveJsonPointer(
  root: JsonNode,
  tokens: readonly string[],
): JsonPointerTarget | JsonPointerMiss {
  let target: JsonPointerTarget = { node: root, start: root.start }
  for (const [depth, token] of tokens.entries()) {
    const parent = target.node
    if (parent.type === 'object') {
      const member = getMember(parent, token)
      if (member === undefined) return { parent, depth }
      target = { node: member.value, start: member.keyStart }
    } else if (parent.type === 'array') {
      const item = ARRAY_INDEX.test(token) ? parent.items[Number(token)] : undefined
      if (item === undefined) return { parent, depth }
      target = { node: item, start: item.start }
    } else return { parent, depth }
  }
  return target
}

function listKeys(node: JsonNode & { type: 'object' }): string {
  const keys = [...new Set(node.members.map((member) => member.key))]
  if (keys.length === 0) return 'it is empty'
  const shown = keys.slice(0, 10).map((key) => JSON.stringify(key))
  return `its keys: ${shown.join(', ')}${keys.length > 10 ? ', ...' : ''}`
}

/** Reads the string at a JSON pointer in a JSON file: `server.json#/version`. */
export async function readJsonPointerVersion(
  cwd: string,
  spec: { spec: string; file: string; pointer: string; tokens: readonly string[] },
  options: ManifestReadOptions = {},
): Promise<ManifestVersion> {
  const manifest = await readManifestText(cwd, spec.file, undefined, options.workspace)
  const { file } = manifest
  const root = parseJsonManifest(manifest)
  const pointer = formatJsonPointer(spec.tokens)
  const found = resolveJsonPointer(root, spec.tokens)
  if ('parent' in found) {
    const { parent, depth } = found
    const position = manifest.lines.position(parent.start)
    const existing =
      depth === 0 ? 'the document root' : formatJsonPointer(spec.tokens.slice(0, depth))
    const at = `${existing} (line ${position.line})`
    const token = spec.tokens[depth] ?? ''
    const prefix = `${file} has nothing at ${pointer}:`
    let message: string
    if (parent.type === 'object') {
      message = `${prefix} ${at} has no key ${JSON.stringify(token)} (${listKeys(parent)}). Fix the JSON pointer in manifests, or add the key to ${file}.`
    } else if (parent.type === 'array' && ARRAY_INDEX.test(token)) {
      message = `${prefix} ${at} is an array of ${parent.items.length} item${parent.items.length === 1 ? '' : 's'}, so it has no item ${token}. Fix the JSON pointer in manifests (array indexes start at 0).`
    } else if (parent.type === 'array') {
      message = `${prefix} ${at} is an array, and ${JSON.stringify(token)} is not an array index. Fix the JSON pointer in manifests: select an item by its number, from 0.`
    } else {
      message = `${prefix} ${at} is ${describeJsonType(parent)}, not an object or an array. Fix the JSON pointer in manifests.`
    }
    throw configurationError(message, file, position)
  }
  const position = manifest.lines.position(found.start)
  if (found.node.type !== 'string') {
    throw configurationError(
      `${formatWhere(file, position)} has ${describeJsonType(found.node)} at ${pointer || 'the document root'}, not a string. Point the JSON pointer in manifests at the string that holds the version.`,
      file,
      position,
    )
  }
  return manifestVersion({
    spec: spec.spec,
    file,
    ...manifest.lines.position(found.node.start + 1),
    version: found.node.value,
    kind: 'json',
    source: pointer,
  })
}
