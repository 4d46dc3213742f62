import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

import { ConfigurationError } from '@tokenless/errors'

import { getMember, parseJsonManifest } from './json-document.js'
import type { JsonNode } from './json-document.js'
import { readManifestText } from './manifest-file.js'

/** Reads a package.json that may be absent (undefined); invalid JSON is a ConfigurationError. */
async function readPackageJson(
  cwd: string,
  dir: string,
  workspace: string | undefined,
): Promise<JsonNode | undefined> {
  let manifest
  try {
    manifest = await readManifestText(cwd, path.join(dir, 'package.json'), undefined, workspace)
  } catch (error) {
    if (error instanceof ConfigurationError) return undefined
    throw error
  }
  return parseJsonManifest(
    manifest,
    `Fix the JSON there: npm cannot read the workspace ${manifest.file} either.`,
  )
}

/** The `workspaces` patterns of a package.json: an array, or `{ packages: [...] }`. */
function workspacePatterns(root: JsonNode): string[] {
  let node = getMember(root, 'workspaces')?.value
  if (node?.type === 'object') node = getMember(node, 'packages')?.value
  if (node?.type !== 'array') return []
  return node.items.flatMap((item) => (item.type === 'string' ? [item.value] : []))
}

/** One segment of a glob (`*`, `?`, `[abc]`, `{a,b}`) as a regular expression. */
function segmentRegex(segment: string): RegExp {
  let source = ''
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i] ?? ''
    if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else if (char === '[') {
      const end = segment.indexOf(']', i + 1)
      if (end === -1) source += '\\['
      else {
        const body = segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')
        source += `[${body}]`
        i = end
      }
    } else if (char === '{') {
      const end = segment.indexOf('}', i + 1)
      if (end === -1) source += '\\{'
      else {
        const options = segment.slice(i + 1, end).split(',')
        source += `(?:${options.map((option) => option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`
        i = end
      }
    } else source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

const MAGIC = /[*?[{]/

function splitPattern(pattern: string): string[] {
  return pattern
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
}

/** Whether a relative directory (as segments) matches a pattern (as segments); `**` spans any. */
function matchSegments(pattern: readonly string[], dir: readonly string[]): boolean {
  const [head, ...rest] = pattern
  if (head === undefined) return dir.length === 0
  if (head === '**') {
    return matchSegments(rest, dir) || (dir.length > 0 && matchSegments(pattern, dir.slice(1)))
  }
  const [first, ...others] = dir
  return first !== undefined && segmentRegex(head).test(first) && matchSegments(rest, others)
}

/**
 * The directories in a directory, sorted; symlinks to directories too when `followLinks` (not
 * under `**`, where a link could loop).
 */
async function subdirectories(absolute: string, followLinks: boolean): Promise<string[]> {
  let entries
  try {
    entries = await readdir(absolute, { withFileTypes: true })
  } catch {
    return []
  }
  const names = await Promise.all(
    entries.map(async (entry) => {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) return undefined
      if (entry.isDirectory()) return entry.name
      if (!followLinks || !entry.isSymbolicLink()) return undefined
      try {
        return (await stat(path.join(absolute, entry.name))).isDirectory() ? entry.name : undefined
      } catch {
        return undefined
      }
    }),
  )
  return names.filter((name): name is string => name !== undefined).sort()
}

/** The directories (relative, as segments) a pattern matches, in sorted order. */
async function expandPattern(
  cwd: string,
  base: string[],
  pattern: readonly string[],
): Promise<string[][]> {
  const [head, ...rest] = pattern
  if (head === undefined) return [base]
  if (head === '**') {
    const here = await expandPattern(cwd, base, rest)
    const children = await subdirectories(path.join(cwd, ...base), false)
    const below = await Promise.all(
      children.map((child) => expandPattern(cwd, [...base, child], pattern)),
    )
    return [...here, ...below.flat()]
  }
  if (!MAGIC.test(head)) return expandPattern(cwd, [...base, head], rest)
  const regex = segmentRegex(head)
  const children = (await subdirectories(path.join(cwd, ...base), true)).filter((child) =>
    regex.test(child),
  )
  const expanded = await Promise.all(
    children.map((child) => expandPattern(cwd, [...base, child], rest)),
  )
  return expanded.flat()
}

/**
 * The directories (relative to `cwd`, posix slashes) of the npm workspace packages of
 * `cwd/package.json`, in the order of its `workspaces` globs (`*`, `**`, `?`, `[...]`, `{a,b}`,
 * and `!` exclusions; `node_modules` and dot-directories are never searched), each with its
 * package.json. The root package itself is not a workspace; folders with no package.json are left
 * out. Empty when there is no package.json or no workspaces.
 */
export async function listWorkspacePackages(
  cwd: string,
  workspace?: string,
): Promise<{ dir: string; manifest: JsonNode }[]> {
  const root = await readPackageJson(cwd, '.', workspace)
  if (root === undefined) return []
  const patterns = workspacePatterns(root)
  const exclusions = patterns
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => splitPattern(pattern.slice(1)))
  const seen = new Set<string>()
  const found: { dir: string; manifest: JsonNode }[] = []
  for (const pattern of patterns.filter((candidate) => !candidate.startsWith('!'))) {
    const segments = splitPattern(pattern)
    const dirs = (await expandPattern(cwd, [], segments)).filter(
      (dir) => dir.length > 0 && !exclusions.some((exclusion) => matchSegments(exclusion, dir)),
    )
    const fresh = dirs.map((dir) => dir.join('/')).filter((dir) => !seen.has(dir))
    for (const dir of fresh) seen.add(dir)
    const manifests = await Promise.all(fresh.map((dir) => readPackageJson(cwd, dir, workspace)))
    for (const [i, manifest] of manifests.entries())
      if (manifest !== undefined) found.push({ dir: fresh[i]!, manifest })
  }
  return found
}

/**
 * The directory (relative to `cwd`, posix slashes) of the npm workspace package named `name`
 * (see listWorkspacePackages). Undefined when there is no package.json, no workspaces, or no
 * such package.
 */
export async function findWorkspacePackage(
  cwd: string,
  name: string,
  workspace?: string,
): Promise<string | undefined> {
  for (const { dir, manifest } of await listWorkspacePackages(cwd, workspace)) {
    const packageName = getMember(manifest, 'name')?.value
    if (packageName?.type === 'string' && packageName.value === name) return dir
  }
  return undefined
}
