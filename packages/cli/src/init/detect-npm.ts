// The npm packages a repository releases: the root package.json, or its workspaces' packages.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { InitError } from './init-error.js'
import {
  listWorkspacePackages,
  readManifestVersion,
  type ManifestVersion,
} from '@tokenless/manifests'

export interface NpmPackage {
  /** The folder, relative to the root with posix slashes ('.' for the root). */
  dir: string
  /** The manifest, relative to the root. */
  file: string
  name: string | undefined
  /** The version and its line; undefined when package.json has no "version". */
  version: ManifestVersion | undefined
  scripts: Record<string, string>
}

interface PackageJson {
  name?: unknown
  version?: unknown
  private?: unknown
  scripts?: unknown
  workspaces?: unknown
}

/** npm's placeholder test script (`npm init`), which only fails. */
const NPM_INIT_TEST = /no test specified/

function readJson(root: string, file: string): PackageJson {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8')) as PackageJson
  } catch (error) {
    throw new InitError(
      `${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}): npm cannot read it either. Fix it, then run tokenless init again.`,
    )
  }
}

function scriptsOf(manifest: PackageJson): Record<string, string> {
  const scripts = manifest.scripts
  if (typeof scripts !== 'object' || scripts === null) return {}
  return Object.fromEntries(
    Object.entries(scripts).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  )
}

async function npmPackage(root: string, dir: string, manifest: PackageJson): Promise<NpmPackage> {
  const file = dir === '.' ? 'package.json' : `${dir}/package.json`
  const version =
    typeof manifest.version === 'string'
      ? await readManifestVersion(file, { cwd: root })
      : undefined
  return {
    dir,
    file,
    name: typeof manifest.name === 'string' ? manifest.name : undefined,
    version,
    scripts: scriptsOf(manifest),
  }
}

/**
 * The publishable npm packages of `root`: the root package.json unless it is private, and every
 * workspace package that is not private. `hasRoot` tells whether a root package.json exists.
 */
export async function detectNpmPackages(
  root: string,
): Promise<{ packages: NpmPackage[]; rootScripts: Record<string, string>; hasRoot: boolean }> {
  const rootFile = join(root, 'package.json')
  if (!existsSync(rootFile)) return { packages: [], rootScripts: {}, hasRoot: false }
  const rootManifest = readJson(root, 'package.json')
  const packages: NpmPackage[] = []
  if (rootManifest.private !== true) packages.push(await npmPackage(root, '.', rootManifest))
  for (const { dir } of await listWorkspacePackages(root)) {
    const manifest = readJson(root, `${dir}/package.json`)
    if (manifest.private !== true) packages.push(await npmPackage(root, dir, manifest))
  }
  return { packages, rootScripts: scriptsOf(rootManifest), hasRoot: true }
}

/** Whether `scripts.test` runs tests (npm init's placeholder does not). */
export function hasTestScript(scripts: Record<string, string>): boolean {
  const test = scripts.test
  return test !== undefined && test.trim() !== '' && !NPM_INIT_TEST.test(test)
}
