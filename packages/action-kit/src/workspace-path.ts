import { realpathSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { ConfigurationError } from './configuration-error.js'

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
