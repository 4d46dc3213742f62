import { configurationError, formatWhere } from './manifest-file.js'
import type { ManifestReference } from './manifest-file.js'
import type { ManifestKind } from './manifest-spec.js'

export type { ManifestReference } from './manifest-file.js'

/** The version a manifest carries, and where it is written. */
export interface ManifestVersion {
  /** The entry of `manifests` this was read for. */
  spec: string
  /** The file the version is written in, relative to cwd with posix slashes. */
  file: string
  /** 1-based line of the version. */
  line: number
  /** 1-based column of the version's first character. */
  column?: number
  version: string
  kind: ManifestKind
  /** The package's name when the manifest has one (package.json, pyproject.toml, Cargo.toml). */
  packageName?: string
  /**
   * Where in the file: `[project].version`, `[tool.poetry].version`, `[package].version`,
   * `[workspace.package].version`, `__version__`, a JSON pointer such as `/version`, or the
   * pattern of a `FILE:REGEX` entry.
   */
  source?: string
  /**
   * When the version is not in the listed manifest itself, the setting that led to it: a
   * pyproject.toml's `[tool.hatch.version].path`, a crate's `version.workspace = true`, ...
   */
  via?: ManifestReference
}

/** Builds a ManifestVersion, refusing an empty version: it can only be a mistake. */
export function manifestVersion(found: ManifestVersion): ManifestVersion {
  if (found.version.trim() === '') {
    throw configurationError(
      `${formatWhere(found.file, found)} has an empty version${found.source === undefined ? '' : ` (${found.source})`}: write the version being released there, e.g. 1.2.3.`,
      found.file,
      found,
    )
  }
  const result: ManifestVersion = { ...found }
  for (const key of ['column', 'packageName', 'source', 'via'] as const) {
    if (result[key] === undefined) delete result[key]
  }
  return result
}
