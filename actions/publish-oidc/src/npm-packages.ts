import { readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import {
  type ActionContext,
  ConfigurationError,
  globInWorkspace,
  resolveInWorkspace,
} from '@tokenless/action-kit'
import { type NpmTarball, readNpmTarball } from '@tokenless/artifacts'
import { findTokensInPublishConfig, refuseStaticTokens, type StaticToken } from '@tokenless/oidc'
import { createNpmCleanRoom, npmChildEnvironment } from './npm-clean-room.js'

/** A package to publish, packed: the tarball is what is compared, uploaded and verified. */
export interface NpmPackage {
  /** Where it came from, for messages: a directory or a .tgz, relative to the workspace. */
  source: string
  /** The .tgz, absolute (a directory is packed first): what `npm publish` is given. */
  path: string
  name: string
  version: string
  manifest: Record<string, unknown>
  packed: Pick<NpmTarball, 'integrity' | 'shasum'>
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

/** Credentials in the publishConfig of each package directory's package.json. */
export async function publishConfigTokens(
  ctx: ActionContext,
  sources: string[],
): Promise<StaticToken[]> {
  const found: StaticToken[] = []
  for (const source of sources) {
    if (source.endsWith('.tgz')) continue
    const file = join(source, 'package.json')
    const text = await readFile(file, 'utf8').catch(() => '')
    found.push(...findTokensInPublishConfig(text, relative(ctx.workspace, file)))
  }
  return found
}

/**
 * Packs a package directory into `destination` with `npm pack`, run in the directory (its scripts
 * and project .npmrc apply, as for `npm publish <dir>`) but with empty user and global configs, no
 * credentials in its environment and no way to request an OIDC token.
 */
async function packDirectory(
  ctx: ActionContext,
  npm: string,
  dir: string,
  display: string,
  destination: string,
): Promise<string> {
  const room = await createNpmCleanRoom()
  try {
    const packed = await ctx.exec(
      npm,
      [
        'pack',
        '--json',
        '--pack-destination',
        destination,
        '--userconfig',
        room.userconfig,
        '--globalconfig',
        room.globalconfig,
      ],
      { cwd: dir, env: npmChildEnvironment(ctx.env, { idToken: false }), silent: true },
    )
    if (packed.exitCode !== 0) {
      throw new ConfigurationError(
        `npm pack failed in ${display} (exit ${packed.exitCode}): ${packed.stderr.trim().split('\n').slice(-3).join(' ')}. Fix the package so that npm pack works.`,
        { input: 'packages' },
      )
    }
    const [result] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{
      filename: string
    }>
    return join(destination, result?.filename ?? '')
  } finally {
    await room.dispose()
  }
}

/**
 * A package as it will be published: a .tgz read as is, a directory packed first, so that what is
 * checked (name, version, publishConfig, entries) is the very file npm uploads.
 */
export async function readPackage(
  ctx: ActionContext,
  npm: string,
  source: string,
  destination: string,
): Promise<NpmPackage> {
  const display = relative(ctx.workspace, source) || '.'
  const tarball = source.endsWith('.tgz')
    ? source
    : await packDirectory(ctx, npm, source, display, destination)
  const { name, version, manifest, integrity, shasum, manifestText, manifestPath } =
    await readNpmTarball(tarball)
  refuseStaticTokens(
    findTokensInPublishConfig(
      manifestText,
      `${display}${source.endsWith('.tgz') ? '' : ' (packed)'}: ${manifestPath}`,
    ),
  )
  return {
    source: display,
    path: tarball,
    name,
    version,
    manifest,
    packed: { integrity, shasum },
  }
}
