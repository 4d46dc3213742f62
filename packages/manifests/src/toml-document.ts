import { parse, TomlDate, TomlError } from 'smol-toml'

import { scanTomlLayout } from './line-locator.js'
import type { Position, TomlLayout } from './line-locator.js'
import { configurationError, formatWhere } from './manifest-file.js'
import type { ManifestText } from './manifest-file.js'

export type TomlTable = Record<string, unknown>

/** A parsed TOML manifest: smol-toml's values, and the positions smol-toml does not give. */
export interface TomlManifest extends ManifestText {
  data: TomlTable
  layout: TomlLayout
}

/**
 * Parses a manifest's TOML; a syntax error becomes a ConfigurationError on its line and column
 * whose message ends with `fix` (by default: fix it or remove the file from manifests).
 */
export function parseTomlManifest(manifest: ManifestText, fix?: string): TomlManifest {
  let data: TomlTable
  try {
    data = parse(manifest.text)
  } catch (error) {
    if (!(error instanceof TomlError)) throw error
    const position = { line: error.line, column: error.column }
    const reason = (error.message.split('\n')[0] ?? '').replace(/^Invalid TOML document: /, '')
    throw configurationError(
      `${formatWhere(manifest.file, position)} is not valid TOML: ${reason}. ${fix ?? `Fix the TOML there, or remove ${manifest.file} from manifests.`}`,
      manifest.file,
      position,
    )
  }
  return { ...manifest, data, layout: scanTomlLayout(manifest.text) }
}

export function isTable(value: unknown): value is TomlTable {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof TomlDate)
  )
}

/** The value at a path of keys, or undefined when some table on the way is missing. */
export function getTomlValue(table: TomlTable, path: readonly string[]): unknown {
  let value: unknown = table
  for (const key of path) {
    if (!isTable(value) || !Object.hasOwn(value, key)) return undefined
    value = value[key]
  }
  return value
}

/** The string at a path, or undefined when it is absent or not a string. */
export function getTomlString(table: TomlTable, path: readonly string[]): string | undefined {
  const value = getTomlValue(table, path)
  return typeof value === 'string' ? value : undefined
}

/** `a string`, `an integer`, `a table`, ...: for messages. */
export function describeTomlType(value: unknown): string {
  if (typeof value === 'string') return 'a string'
  if (typeof value === 'boolean') return 'a boolean'
  if (typeof value === 'bigint') return 'an integer'
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a float'
  if (Array.isArray(value)) return 'an array'
  if (value instanceof TomlDate) return 'a date'
  return 'a table'
}

/** `[a.b].c` for the key path `a.b.c`; a top-level key stays bare. */
export function formatTomlKey(path: readonly string[]): string {
  const quote = (key: string): string => (/^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key))
  const key = quote(path[path.length - 1] ?? '')
  if (path.length < 2) return key
  return `[${path.slice(0, -1).map(quote).join('.')}].${key}`
}

/**
 * Where a key is written: the key itself, else the `[a.key]` header or first key below it
 * (`version.workspace = true`), else its table, else line 1.
 */
export function locateTomlKey(manifest: TomlManifest, path: readonly string[]): Position {
  // findTable(path) gives the key itself when it is written: nothing nested in its value can
  // come before it.
  const { layout } = manifest
  return layout.findTable(path) ?? layout.findTable(path.slice(0, -1)) ?? { line: 1, column: 1 }
}

/** Where the value of a key starts (inside the quotes of a string). */
export function locateTomlValue(manifest: TomlManifest, path: readonly string[]): Position {
  return manifest.layout.findKey(path)?.value ?? locateTomlKey(manifest, path)
}

/** Throws unless the value at `path` is a string: a version written as a number, a table... */
export function requireTomlString(
  manifest: TomlManifest,
  path: readonly string[],
  value: unknown,
): string {
  if (typeof value === 'string') return value
  const position = locateTomlKey(manifest, path)
  throw configurationError(
    `${formatWhere(manifest.file, position)} sets ${formatTomlKey(path)} to ${describeTomlType(value)}, not a string. Quote it: ${path[path.length - 1] ?? 'version'} = "1.2.3".`,
    manifest.file,
    position,
  )
}
