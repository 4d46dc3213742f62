import { stat } from 'node:fs/promises'
import path from 'node:path'

import { resolveInWorkspace } from '@tokenless/platform'

import { readCargoVersion } from './cargo-toml.js'
import { readJsonPointerVersion } from './json-pointer.js'
import { displayPath } from './manifest-file.js'
import { parseManifestSpec, parsePathSpec, regexSeparator } from './manifest-spec.js'
import type { ManifestSpec } from './manifest-spec.js'
import type { ManifestVersion } from './manifest-version.js'
import { readPackageJsonVersion } from './package-json.js'
import { readPyprojectVersion } from './pyproject.js'
import { readPythonModuleVersion } from './python-module.js'
import { readRegexVersion } from './regex-file.js'
import { ManifestError } from './manifest-error.js'

export interface ReadManifestOptions {
  /** The directory the entries are relative to (the action's working-directory). */
  cwd: string
  /**
   * The workspace (GITHUB_WORKSPACE): every file read, the entries' and those their settings
   * name, must be inside it, symbolic links resolved. Undefined: no boundary (tests, tools).
   */
  workspace?: string
}

/** The manifests tokenless finds by itself at the root, in this order. */
export const DEFAULT_MANIFESTS = ['package.json', 'pyproject.toml', 'Cargo.toml'] as const

async function kindOf(file: string): Promise<'file' | 'directory' | undefined> {
  try {
    const stats = await stat(file)
    return stats.isDirectory() ? 'directory' : 'file'
  } catch {
    return undefined
  }
}

/**
 * The package.json, pyproject.toml and Cargo.toml that exist at the root of `cwd`, in that
 * order: the manifests to check when none are listed.
 */
export async function detectManifests(cwd: string): Promise<string[]> {
  const kinds = await Promise.all(DEFAULT_MANIFESTS.map((name) => kindOf(path.join(cwd, name))))
  return DEFAULT_MANIFESTS.filter((_, i) => kinds[i] === 'file')
}

/** The kind of each manifest a directory entry may hold (what parsePathSpec finds by name). */
const DIRECTORY_MANIFEST_KINDS = {
  'package.json': 'npm',
  'pyproject.toml': 'python',
  'Cargo.toml': 'cargo',
} as const satisfies Record<(typeof DEFAULT_MANIFESTS)[number], ManifestSpec['kind']>

/**
 * A path whose name tells no kind: a directory holding a manifest, else a mistake. The result
 * has a kind, so the reader needs no case for a path left unresolved.
 */
async function resolvePathSpec(
  cwd: string,
  spec: ManifestSpec & { kind: 'path' },
): Promise<Exclude<ManifestSpec, { kind: 'path' }>> {
  const absolute = path.resolve(cwd, spec.file)
  const display = displayPath(cwd, absolute)
  const kind = await kindOf(absolute)
  if (kind === 'directory') {
    for (const name of DEFAULT_MANIFESTS) {
      const file = path.join(spec.file, name)
      if ((await kindOf(path.resolve(cwd, file))) === 'file') {
        return { kind: DIRECTORY_MANIFEST_KINDS[name], spec: spec.spec, file }
      }
    }
    throw new ManifestError(
      'TL_MANIFEST_IS_DIRECTORY',
      `${display} is a directory with no package.json, pyproject.toml or Cargo.toml. List the manifest file itself in manifests, or FILE:REGEX for another file (e.g. ${display}/VERSION:^(.*)$).`,
      { input: 'manifests' },
    )
  }
  if (kind === undefined) {
    throw new ManifestError(
      'TL_MANIFEST_NOT_FOUND',
      `${display} not found in ${cwd}: list only manifests that exist, or set working-directory.`,
      { input: 'manifests' },
    )
  }
  throw new ManifestError(
    'TL_MANIFEST_UNKNOWN_KIND',
    `${display} is not a manifest tokenless can read by its name (package.json, pyproject.toml, Cargo.toml, *.py, *.json). Write FILE:REGEX with one capturing group around the version (e.g. ${display}:^(.*)$), or FILE#/json/pointer for a JSON file.`,
    { location: { file: display }, input: 'manifests' },
  )
}

/**
 * Reads the version one entry of `manifests` names, and where it is written. Throws a
 * ConfigurationError for a user's mistake (malformed entry, missing file, no version, ...).
 */
export async function readManifestVersion(
  spec: string,
  options: ReadManifestOptions,
): Promise<ManifestVersion> {
  const { cwd, workspace } = options
  const trimmed = spec.trim()
  // a path that holds ":" (a file named so exists) is a path, not FILE:REGEX
  const literal = regexSeparator(trimmed) !== -1 && (await kindOf(path.resolve(cwd, trimmed)))
  let parsed = literal ? parsePathSpec(trimmed) : parseManifestSpec(trimmed)
  // Refused before anything is looked at there: a link out is not even stat'ed further.
  if (workspace !== undefined)
    resolveInWorkspace(workspace, parsed.file, { input: 'manifests', base: cwd })
  if (parsed.kind === 'path') parsed = await resolvePathSpec(cwd, parsed)
  const read = { workspace }
  switch (parsed.kind) {
    case 'npm':
      return readPackageJsonVersion(cwd, parsed, read)
    case 'python':
      return readPyprojectVersion(cwd, parsed, read)
    case 'cargo':
      return readCargoVersion(cwd, parsed, read)
    case 'python-module':
      return readPythonModuleVersion(cwd, parsed, read)
    case 'json':
      return readJsonPointerVersion(cwd, parsed, read)
    case 'regex':
      return readRegexVersion(cwd, parsed, read)
  }
}

/**
 * Reads every entry, in parallel; the results keep the order of `specs`. When several fail,
 * the error of the first failing entry (in list order) is thrown.
 */
export async function readManifestVersions(
  specs: readonly string[],
  options: ReadManifestOptions,
): Promise<ManifestVersion[]> {
  const results = await Promise.allSettled(specs.map((spec) => readManifestVersion(spec, options)))
  return results.map((result) => {
    if (result.status === 'rejected') throw result.reason
    return result.value
  })
}
