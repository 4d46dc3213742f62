import { parseJsonPointer } from './json-pointer.js'
import { ManifestError } from './manifest-error.js'

/** What a manifest is, which decides where its version is read from. */
export type ManifestKind = 'npm' | 'python' | 'cargo' | 'python-module' | 'json' | 'regex'

/** One entry of the `manifests` input, parsed (no file is read). */
export type ManifestSpec =
  /** `package.json`, `pyproject.toml`, `Cargo.toml`, `*.py`: the kind follows from the name. */
  | { kind: 'npm' | 'python' | 'cargo' | 'python-module'; spec: string; file: string }
  /** `file.json#/json/pointer`; a `.json` file other than package.json alone means `#/version`. */
  | { kind: 'json'; spec: string; file: string; pointer: string; tokens: string[] }
  /** `FILE:REGEX`: the one capturing group of the pattern (multiline) is the version. */
  | { kind: 'regex'; spec: string; file: string; pattern: string; regex: RegExp }
  /**
   * A path whose name tells no kind: a directory holding package.json, pyproject.toml or
   * Cargo.toml (the first of them, in that order), or a mistake. Decided when it is read.
   */
  | { kind: 'path'; spec: string; file: string }

/**
 * Splits the `manifests` input into entries: one per line, trimmed; blank lines and lines
 * starting with `#` are skipped.
 */
export function splitManifestList(input: string): string[] {
  return input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** The file name in a path written with either slash. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file
}

function specError(message: string): ManifestError {
  return new ManifestError('TL_MANIFEST_SPEC', message, { input: 'manifests' })
}

/**
 * Where `FILE:REGEX` splits, or -1. A colon right after a drive letter (`C:\repo\VERSION`,
 * `C:/repo`) belongs to the path.
 */
export function regexSeparator(spec: string): number {
  const from = /^[A-Za-z]:[\\/]/.test(spec) ? 2 : 0
  return spec.indexOf(':', from)
}

/** Where `FILE#/POINTER` splits: the first `#` followed by `/` or by nothing; or -1. */
function pointerSeparator(spec: string): number {
  for (let i = spec.indexOf('#'); i !== -1; i = spec.indexOf('#', i + 1)) {
    if (i + 1 === spec.length || spec[i + 1] === '/') return i
  }
  return -1
}

/** Parses one entry of `manifests`. Throws a ConfigurationError for a malformed one. */
export function parseManifestSpec(spec: string): ManifestSpec {
  const trimmed = spec.trim()
  if (trimmed === '') {
    throw specError(
      'manifests has an empty entry: write one manifest per line, e.g. package.json or VERSION:^(.*)$.',
    )
  }
  const colon = regexSeparator(trimmed)
  const hash = pointerSeparator(trimmed)
  if (colon !== -1 && (hash === -1 || colon < hash)) return parseRegexSpec(trimmed, colon)
  if (hash !== -1) return parsePointerSpec(trimmed, hash)
  const badHash = trimmed.indexOf('#')
  if (badHash !== -1 && trimmed.slice(0, badHash).endsWith('.json')) {
    throw specError(
      `${trimmed} has a JSON pointer that does not start with "/": write ${trimmed.slice(0, badHash)}#/${trimmed.slice(badHash + 1)}.`,
    )
  }
  return parsePathSpec(trimmed)
}

/** Reads an entry as a path only, even if it holds `:` or `#` (a file named so exists). */
export function parsePathSpec(spec: string): ManifestSpec {
  const file = spec.trim()
  const name = baseName(file)
  if (name === 'package.json') return { kind: 'npm', spec, file }
  if (name === 'pyproject.toml') return { kind: 'python', spec, file }
  if (name === 'Cargo.toml') return { kind: 'cargo', spec, file }
  if (name.endsWith('.py')) return { kind: 'python-module', spec, file }
  if (name.endsWith('.json')) {
    return { kind: 'json', spec, file, pointer: '/version', tokens: ['version'] }
  }
  return { kind: 'path', spec, file }
}

function parsePointerSpec(spec: string, hash: number): ManifestSpec {
  const file = spec.slice(0, hash)
  const pointer = spec.slice(hash + 1)
  if (file === '') {
    throw specError(
      `${spec} has no file name before the "#": write FILE#POINTER, e.g. server.json#/version.`,
    )
  }
  const tokens = parseJsonPointer(pointer)
  if (tokens === undefined) {
    throw specError(
      `${spec} has an invalid JSON pointer ${pointer}: "~" must be followed by 0 or 1. Write ~0 for "~" and ~1 for "/" inside a key.`,
    )
  }
  return { kind: 'json', spec, file, pointer, tokens }
}

function parseRegexSpec(spec: string, colon: number): ManifestSpec {
  const file = spec.slice(0, colon)
  const pattern = spec.slice(colon + 1)
  if (file === '') {
    throw specError(
      `${spec} has no file name before the ":": write FILE:REGEX, e.g. VERSION:^(.*)$.`,
    )
  }
  if (pattern === '') {
    throw specError(
      `${spec} has no pattern after the ":": write FILE:REGEX with one capturing group, e.g. ${file}:^(.*)$.`,
    )
  }
  let regex: RegExp
  try {
    regex = new RegExp(pattern, 'md')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw specError(
      `${spec} has an invalid regular expression after the ":" (${reason}). Fix the pattern: it is a JavaScript regular expression.`,
    )
  }
  // an alternative that matches the empty string reveals how many groups the pattern has
  const groups = (new RegExp(`${pattern}|`, 'm').exec('')?.length ?? 1) - 1
  if (groups === 0) {
    throw specError(
      `${spec} has no capturing group in its pattern: put the version in one group, e.g. ${file}:^(.*)$.`,
    )
  }
  if (groups > 1) {
    throw specError(
      `${spec} has ${groups} capturing groups in its pattern: keep one around the version and make the others non-capturing with (?:...).`,
    )
  }
  return { kind: 'regex', spec, file, pattern, regex }
}
