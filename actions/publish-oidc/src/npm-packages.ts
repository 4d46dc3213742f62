import { readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import {
  type ActionContext,
  ConfigurationError,
  globInWorkspace,
  resolveInWorkspace,
} from '@tokenless/action-kit'
import { type NpmTarball, readNpmTarball } from '@tokenless/artifacts'

/** A package to publish, packed: the tarball is what is compared, uploaded and verified. */
export interface NpmPackage {
  /** Where it came from, for messages: a directory or a .tgz, relative to the workspace. */
  source: string
  /** The directory or the .tgz, absolute: what `npm publish` is given. */
  path: string
  name: string
  version: string
  manifest: Record<string, unknown>
  /** Known at once for a .tgz; for a directory only when packed (see packIntegrity). */
  packed?: Pick<NpmTarball, 'integrity' | 'shasum'>
}

interface PackageJson {
  name?: string
  version?: string
  private?: boolean
  workspaces?: string[] | { packages?: string[] }
}

async function readPackageJson(dir: string): Promise<PackageJson | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as PackageJson
  } catch {
    return undefined
  }
}

/** The paths an entry names, each inside the workspace (links resolved). */
async function expand(workspace: string, pattern: string, cwd: string): Promise<string[]> {
  if (!/[*?[{]/.test(pattern)) {
    return [resolveInWorkspace(workspace, pattern, { input: 'packages', base: cwd })]
  }
  return globInWorkspace(workspace, pattern, { input: 'packages', cwd })
}

/** A private root with workspaces stands for its public workspace packages. */
async function workspaceDirs(
  workspace: string,
  dir: string,
  manifest: PackageJson,
): Promise<string[]> {
  const patterns = Array.isArray(manifest.workspaces)
    ? manifest.workspaces
    : (manifest.workspaces?.packages ?? [])
  const dirs: string[] = []
  for (const pattern of patterns) {
    for (const candidate of await expand(workspace, pattern, dir)) {
      const child = await readPackageJson(candidate)
      if (child?.name && !child.private) dirs.push(candidate)
    }
  }
  return dirs
}

/** The directories and tarballs the packages input names, workspaces expanded. */
export async function resolvePackageSources(
  ctx: ActionContext,
  entries: string[],
  cwd: string,
): Promise<string[]> {
  const sources: string[] = []
  for (const entry of entries.length > 0 ? entries : ['.']) {
    const matches = await expand(ctx.workspace, entry, cwd)
    if (matches.length === 0) {
      throw new ConfigurationError(
        `The packages entry ${entry} matches nothing in ${relative(ctx.workspace, cwd) || '.'}. Build or pack the packages before this step, or fix the entry.`,
        { input: 'packages' },
      )
    }
    for (const match of matches) {
      const info = await stat(match).catch(() => undefined)
      if (info === undefined) {
        throw new ConfigurationError(
          `The packages entry ${entry} names ${relative(ctx.workspace, match)}, which does not exist. Build or pack the packages before this step, or fix the entry.`,
          { input: 'packages' },
        )
      }
      if (info.isFile()) {
        sources.push(match)
        continue
      }
      const manifest = await readPackageJson(match)
      if (manifest === undefined) {
        throw new ConfigurationError(
          `${relative(ctx.workspace, match) || '.'} has no package.json, so it is not an npm package. Point packages at package directories or .tgz files.`,
          { input: 'packages' },
        )
      }
      if (manifest.private && manifest.workspaces)
        sources.push(...(await workspaceDirs(ctx.workspace, match, manifest)))
      else if (manifest.private) {
        throw new ConfigurationError(
          `${relative(ctx.workspace, join(match, 'package.json'))} is "private": true, so npm will not publish it. Remove private, or list the packages to publish.`,
          { input: 'packages' },
        )
      } else sources.push(match)
    }
  }
  return [...new Set(sources)]
}

/** A package as it will be published: a .tgz read as is, a directory from its package.json. */
export async function readPackage(ctx: ActionContext, source: string): Promise<NpmPackage> {
  const display = relative(ctx.workspace, source) || '.'
  if (source.endsWith('.tgz')) {
    const tarball = await readNpmTarball(source)
    const { name, version, manifest, integrity, shasum } = tarball
    return { source: display, path: source, name, version, manifest, packed: { integrity, shasum } }
  }
  const manifest = JSON.parse(await readFile(join(source, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >
  return {
    source: display,
    path: source,
    name: typeof manifest.name === 'string' ? manifest.name : '',
    version: typeof manifest.version === 'string' ? manifest.version : '',
    manifest,
  }
}

/**
 * The integrity npm will record for a package: `npm pack --dry-run --json` for a directory (only
 * needed when the version is already on the registry, to tell the same content from other).
 */
export async function packIntegrity(
  ctx: ActionContext,
  npm: string,
  pkg: NpmPackage,
): Promise<Pick<NpmTarball, 'integrity' | 'shasum'>> {
  if (pkg.packed) return pkg.packed
  const packed = await ctx.exec(npm, ['pack', '--dry-run', '--json'], {
    cwd: pkg.path,
    silent: true,
  })
  if (packed.exitCode !== 0) {
    throw new ConfigurationError(
      `npm pack failed in ${pkg.source} (exit ${packed.exitCode}): ${packed.stderr.trim().split('\n').slice(-3).join(' ')}. Fix the package so that npm pack works.`,
      { input: 'packages' },
    )
  }
  const [result] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{
    integrity: string
    shasum: string
  }>
  pkg.packed = { integrity: result?.integrity ?? '', shasum: result?.shasum ?? '' }
  return pkg.packed
}
