import { realpathSync } from 'node:fs'
import { glob, stat } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { ConfigurationError } from '@tokenless/errors'

/**
 * The one boundary for every path an action reads or writes from an input: the path, with
 * every symbolic link resolved, must stay inside the workspace (GITHUB_WORKSPACE). A path that
 * does not exist yet is checked through its nearest existing parent, so a link in the middle
 * of it cannot lead out either.
 */

/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realPathOf(path: string): string {
  const missing: string[] = []
  let current = path
  for (;;) {
    try {
      const real = realpathSync.native(current)
      return missing.length === 0 ? real : resolve(real, ...missing.reverse())
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error
      const parent = dirname(current)
      if (parent === current) return path
      missing.push(current.slice(parent.length).replace(/^[\\/]+/, ''))
      current = parent
    }
  }
}

/** True when `child` is `parent` or lies below it (both absolute, already real). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
}

export interface WorkspacePathOptions {
  /** The input the path came from, named in the error, e.g. `assets`. */
  input: string
  /** The directory a relative path is resolved against; default the workspace. */
  base?: string
}

/**
 * Resolves `path` (relative to `options.base`, default the workspace) and returns its absolute
 * form when it, and whatever its links point at, stays inside `workspace`. Otherwise throws a
 * ConfigurationError naming the input, the path as given, and where it leads.
 */
export function resolveInWorkspace(
  workspace: string,
  path: string,
  options: WorkspacePathOptions,
): string {
  const root = realPathOf(resolve(workspace))
  const absolute = resolve(options.base ?? workspace, path)
  const real = realPathOf(absolute)
  if (isInside(root, real)) return absolute
  const leads = real === absolute ? '' : ` (through a symbolic link, to ${real})`
  throw new ConfigurationError(
    `Input ${options.input} names ${JSON.stringify(path)}, which is outside the workspace ${root}${leads}. ` +
      `An action reads and writes only files of the checked-out repository: use a path inside it.`,
    { input: options.input, title: `${options.input} leaves the workspace` },
  )
}

/** The same check for a path that a glob matched: refused the same way, naming the pattern. */
export function assertInWorkspace(workspace: string, absolute: string, input: string): void {
  resolveInWorkspace(workspace, absolute, { input })
}

/** The part of a glob before its first segment with a glob character: `dist/*.tgz` -> `dist`. */
export function globBase(pattern: string): string {
  const segments = pattern.split(/[\\/]/)
  const literal: string[] = []
  for (const segment of segments) {
    if (/[*?[\]{}!]/.test(segment)) break
    literal.push(segment)
  }
  if (literal.length === segments.length) return pattern
  const base = literal.join('/')
  return base === '' && pattern.startsWith('/') ? '/' : base === '' ? '.' : base
}

export interface WorkspaceGlobOptions {
  /** The input the pattern came from, named in errors. */
  input: string
  /** The directory the pattern is relative to (the action's working-directory). */
  cwd: string
}

/**
 * Every path a glob matches (absolute, sorted), each inside the workspace: the pattern's literal
 * base is checked first (`/etc/*`, `../*` are refused before anything is listed), then each match
 * with its links resolved (a match that is a link out, or lies in a linked directory that leads
 * out, is refused, not skipped). A pattern with no glob character is the path itself, if it exists.
 */
export async function globInWorkspace(
  workspace: string,
  pattern: string,
  options: WorkspaceGlobOptions,
): Promise<string[]> {
  const { input, cwd } = options
  resolveInWorkspace(workspace, globBase(pattern), { input, base: cwd })
  const found: string[] = []
  for await (const entry of glob(pattern, { cwd })) found.push(resolve(cwd, entry))
  for (const match of found) {
    resolveInWorkspace(workspace, relativeToWorkspace(workspace, match), { input })
  }
  return found.sort()
}

/** A path as the user would write it: relative to the workspace when it lies lexically inside. */
function relativeToWorkspace(workspace: string, absolute: string): string {
  const rel = relative(resolve(workspace), absolute)
  return rel.startsWith('..') || isAbsolute(rel) ? absolute : rel
}

/**
 * The same, keeping regular files only (links to files inside the workspace included): what
 * asset, report and distribution globs want.
 */
export async function globFilesInWorkspace(
  workspace: string,
  pattern: string,
  options: WorkspaceGlobOptions,
): Promise<string[]> {
  const files: string[] = []
  for (const match of await globInWorkspace(workspace, pattern, options)) {
    if ((await stat(match).catch(() => undefined))?.isFile()) files.push(match)
  }
  return files
}
