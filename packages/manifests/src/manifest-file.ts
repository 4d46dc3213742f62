import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { resolveInWorkspace } from '@tokenless/platform'
import { ConfigurationError, type SourceLocation } from '@tokenless/errors'

import { LineIndex } from './line-locator.js'
import type { Position } from './line-locator.js'
import { ManifestError } from './manifest-error.js'

/** Which setting led to a file that is not itself in `manifests`: `[tool.hatch.version].path`. */
export interface ManifestReference {
  /** The manifest that names the file (relative to cwd, posix slashes). */
  file: string
  line: number
  column?: number
  /** The setting, e.g. `[tool.hatch.version].path`. */
  source: string
}

/** What every reader takes besides its file. */
export interface ManifestReadOptions {
  /**
   * The workspace (GITHUB_WORKSPACE): a manifest, or a file a manifest names, that is outside it
   * (directly or through a symbolic link) is refused before it is read. Undefined: no boundary.
   */
  workspace?: string
}

/** A manifest file read from disk, with what every reader needs to report on it. */
export interface ManifestText {
  /** Absolute path. */
  absolute: string
  /** Relative to cwd with posix slashes: what messages and annotations show. */
  file: string
  /** The content, without a leading byte order mark. */
  text: string
  lines: LineIndex
}

/** The path of a file relative to `cwd`, with posix slashes (`../Cargo.toml` when above it). */
export function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute)
  return (relative === '' ? '.' : relative).split(path.sep).join('/')
}

/** `file:line` or `file:line:column`: how messages say where. */
export function formatWhere(file: string, position?: Partial<Position>): string {
  if (position?.line === undefined) return file
  return position.column === undefined
    ? `${file}:${position.line}`
    : `${file}:${position.line}:${position.column}`
}

export function configurationError(
  message: string,
  file: string,
  position?: Partial<Position>,
): ManifestError {
  const location: SourceLocation = { file }
  if (position?.line !== undefined) location.line = position.line
  if (position?.column !== undefined) location.column = position.column
  return new ManifestError('TL_MANIFEST_CONTENT', message, { location, input: 'manifests' })
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

/**
 * The workspace boundary for a manifest: one named in `manifests` is refused as that input's
 * path; one that a setting of another manifest names is refused at that setting.
 */
function checkInWorkspace(
  workspace: string,
  cwd: string,
  file: string,
  display: string,
  reference: ManifestReference | undefined,
): void {
  if (reference === undefined) {
    resolveInWorkspace(workspace, file, { input: 'manifests', base: cwd })
    return
  }
  try {
    resolveInWorkspace(workspace, file, { input: reference.source, base: cwd })
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    throw configurationError(
      `${formatWhere(reference.file, reference)} names ${display} in ${reference.source}, which leads outside the workspace ${workspace}: tokenless reads only files of the checked-out repository. Point ${reference.source} at a file inside it.`,
      reference.file,
      reference,
    )
  }
}

/**
 * Reads a manifest. A file that does not exist (or is a directory) is a user's mistake: in the
 * `manifests` list, or in the setting `reference` of another manifest that named it.
 */
export async function readManifestText(
  cwd: string,
  file: string,
  reference?: ManifestReference,
  workspace?: string,
): Promise<ManifestText> {
  const absolute = path.resolve(cwd, file)
  const display = displayPath(cwd, absolute)
  if (workspace !== undefined) checkInWorkspace(workspace, cwd, file, display, reference)
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    const code = errorCode(error)
    if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') throw error
    if (reference !== undefined) {
      const where = formatWhere(reference.file, reference)
      const what = code === 'EISDIR' ? 'is a directory' : 'was not found'
      throw configurationError(
        `${display} ${what}: ${where} names it in ${reference.source}. Fix that path to point at the file that holds the version.`,
        reference.file,
        reference,
      )
    }
    if (code === 'EISDIR') {
      throw new ManifestError(
        'TL_MANIFEST_IS_DIRECTORY',
        `${display} is a directory, not a manifest file: list the manifest file itself in manifests.`,
        { input: 'manifests' },
      )
    }
    throw new ManifestError(
      'TL_MANIFEST_NOT_FOUND',
      `${display} not found in ${cwd}: list only manifests that exist, or set working-directory.`,
      { input: 'manifests' },
    )
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return { absolute, file: display, text, lines: new LineIndex(text) }
}
