// Everything `tokenless init` needs to know about a repository, read from its files and its
// git history: what it releases, at which version, how it tests and builds, and how it
// publishes today.
import type { ManifestVersion } from '@tokenless/manifests'
import { validateVersion, versionsEquivalent } from '@tokenless/versioning'
import { detectNpmPackages, hasTestScript, type NpmPackage } from './detect-npm.js'
import { detectPythonPackages, type PythonPackage } from './detect-python.js'
import {
  detectChangelog,
  detectDefaultBranch,
  detectGitHubRepository,
  detectTokenUses,
  type Changelog,
  type TokenUse,
} from './detect-repository.js'
import { detectTagConvention, type TagConvention } from './detect-tags.js'
import { InitError } from './init-error.js'
import { shellQuote } from './shell-quote.js'

export interface ProjectFacts {
  root: string
  repository: { owner: string; repo: string } | undefined
  npm: NpmPackage[]
  python: PythonPackage[]
  /** The manifests that carry the version (validate-tag's `manifests`). */
  manifests: ManifestVersion[]
  /** The version of the next release: the manifests', `--version`, or the newest tag's. */
  version: string
  /** Where the version was read. */
  versionSource: string
  tags: TagConvention
  /** The test command; undefined when none was found. */
  testCommand: string | undefined
  defaultBranch: string
  changelog: Changelog | undefined
  tokenUses: TokenUse[]
}

export interface DetectOptions {
  /** `--version`: the version of the next release. */
  version?: string
}

function noPackageError(root: string, privateRoot: boolean): InitError {
  const rootNote = privateRoot
    ? ' The root package.json is private and none of its workspaces is a public package.'
    : ''
  return new InitError(
    `No package to release in ${root}: tokenless init looked for package.json (with its npm workspaces) and pyproject.toml (at the root and up to two folders down, e.g. python/pyproject.toml) and found none that names a package.${rootNote} Run it at the root of the repository that holds the package.`,
  )
}

/** Refuses manifests that disagree: the release workflow would refuse every release. */
function checkVersionsAgree(manifests: readonly ManifestVersion[]): void {
  const first = manifests[0]
  if (first === undefined) return
  if (manifests.every((found) => versionsEquivalent(found.version, first.version))) return
  const list = manifests.map((found) => `${found.file}:${found.line} has ${found.version}`)
  throw new InitError(
    `The manifests disagree on the version: ${list.join(', ')}. The release workflow checks that every manifest carries the version being released: make them equal, then run tokenless init again (packages versioned apart are a monorepo: see workflows-examples/monorepo.yml).`,
  )
}

function chooseVersion(
  manifests: readonly ManifestVersion[],
  tags: TagConvention,
  options: DetectOptions,
  looked: string,
): { version: string; versionSource: string } {
  if (options.version !== undefined) {
    try {
      validateVersion(options.version, tags.scheme, { calverFormat: tags.calverFormat })
    } catch (error) {
      throw new InitError(
        `--version ${options.version} is not a ${tags.scheme} version: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    return { version: options.version, versionSource: '--version' }
  }
  const first = manifests[0]
  if (first !== undefined)
    return { version: first.version, versionSource: `${first.file}:${first.line}` }
  if (tags.latest !== undefined)
    return { version: tags.latest.version, versionSource: `the tag ${tags.latest.tag}` }
  throw new InitError(
    `No version found: ${looked}, and the repository has no release tag. Give the version of the first release: tokenless init --version 1.0.0.`,
  )
}

/** What the manifests say about their versions, for the "no version" message. */
function describeMissingVersions(
  npm: readonly NpmPackage[],
  python: readonly PythonPackage[],
): string {
  const parts = [
    ...npm.map((pkg) => `${pkg.file} has no "version"`),
    ...python.map((pkg) =>
      pkg.versionFromTag !== undefined
        ? `${pkg.file} takes its version from the git tag (${pkg.versionFromTag})`
        : `${pkg.file} has no version`,
    ),
  ]
  return parts.join(', ')
}

function testCommandOf(
  npm: { packages: NpmPackage[]; rootScripts: Record<string, string>; hasRoot: boolean },
  python: readonly PythonPackage[],
): string | undefined {
  const commands: string[] = []
  if (hasTestScript(npm.rootScripts)) commands.push('npm test')
  else
    for (const pkg of npm.packages)
      if (hasTestScript(pkg.scripts))
        commands.push(pkg.dir === '.' ? 'npm test' : `npm test --prefix ${shellQuote(pkg.dir)}`)
  for (const pkg of python) if (pkg.test !== undefined) commands.push(pkg.test)
  return commands.length === 0 ? undefined : commands.join(' && ')
}

export async function detectProject(
  root: string,
  options: DetectOptions = {},
): Promise<ProjectFacts> {
  const npm = await detectNpmPackages(root)
  const python = await detectPythonPackages(root)
  if (npm.packages.length === 0 && python.length === 0) throw noPackageError(root, npm.hasRoot)
  const manifests = [
    ...npm.packages.flatMap((pkg) => (pkg.version === undefined ? [] : [pkg.version])),
    ...python.flatMap((pkg) => (pkg.version === undefined ? [] : [pkg.version])),
  ]
  checkVersionsAgree(manifests)
  const pythonOnly = npm.packages.length === 0
  const tags = await detectTagConvention(
    root,
    manifests.map((found) => found.version),
    pythonOnly,
  )
  const looked = describeMissingVersions(npm.packages, python)
  return {
    root,
    repository: await detectGitHubRepository(root),
    npm: npm.packages,
    python,
    manifests,
    ...chooseVersion(manifests, tags, options, looked),
    tags,
    testCommand: testCommandOf(npm, python),
    defaultBranch: await detectDefaultBranch(root),
    changelog: detectChangelog(root),
    tokenUses: detectTokenUses(root),
  }
}
