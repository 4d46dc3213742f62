// What `tokenless notes` reads from the repository before its one `git log`: the release tags,
// the links, the shallow cut-offs and the commit of --to, all at once (in parallel).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { RepositoryLinks } from '@tokenless/changelog'
import {
  git,
  listTags,
  parseRemoteUrl,
  remoteUrl,
  shallowBoundaries,
  type TagRef,
} from '@tokenless/git'
import type * as VersioningModule from '@tokenless/versioning'
import type { SemverParts, VersionScheme } from '@tokenless/versioning'
import { readGitFiles } from './git-files.js'
import type { NotesArgs } from './options.js'
import { NotesUsageError } from './options.js'

/** A tag that names a release under the prefix and scheme: `v1.2.0` -> 1.2.0. */
export interface ReleaseTag {
  tag: string
  version: string
  sha: string
}

/** A commit as `git log -1` names it: its sha and committer date. */
export interface CommitPoint {
  sha: string
  date: string
}

export interface RepositoryFacts {
  /** Release tags, highest version first. */
  releases: ReleaseTag[]
  prefix: string
  links: RepositoryLinks | undefined
  /** Where a shallow clone's history stops; empty for a complete clone. */
  shallow: Set<string>
  order: VersionOrder
  /** The paths the commits must touch (--path, relative to the current directory). */
  paths: string[]
}

/** The commit `rev` names, with its date; undefined when the repository has none. */
export async function commitPoint(cwd: string, rev: string): Promise<CommitPoint | undefined> {
  const result = await git(
    cwd,
    ['log', '-1', '--no-walk', '--format=%H %cI', '--end-of-options', rev, '--'],
    { allowFailure: true },
  )
  if (result.exitCode !== 0) {
    if (/unknown revision|bad revision|ambiguous argument/i.test(result.stderr)) return undefined
    // Not a repository, or another failure: let git's own reader explain it.
    await git(cwd, ['rev-parse', '--git-dir'])
    return undefined
  }
  const [sha, date] = result.stdout.trim().split(' ')
  return sha === undefined || sha === '' ? undefined : { sha, date: date ?? '' }
}

/** Links for the notes: --repository, else origin's URL; none with --no-links or no origin. */
async function repositoryLinks(
  cwd: string,
  args: NotesArgs,
  origin: string | null | undefined,
): Promise<RepositoryLinks | undefined> {
  if (!args.links) return undefined
  const url =
    args.repository ?? (origin === undefined ? await remoteUrl(cwd) : (origin ?? undefined))
  if (url === undefined) return undefined
  const parsed = parseRemoteUrl(url)
  if (parsed === undefined && args.repository !== undefined) {
    throw new NotesUsageError(
      `--repository ${JSON.stringify(url)} is not a repository URL: use the form ` +
        'https://github.com/owner/repo (or git@host:owner/repo.git, or a GitLab group path).',
    )
  }
  return parsed
}

/** The tag prefix: --tag-prefix, else `<name>@` of --path's package.json when tags use it, else v. */
function tagPrefix(cwd: string, args: NotesArgs, tags: readonly TagRef[]): string {
  if (args.tagPrefix !== undefined) return args.tagPrefix
  if (args.path !== undefined) {
    let manifest: string | undefined
    try {
      manifest = readFileSync(join(resolve(cwd, args.path), 'package.json'), 'utf8')
    } catch {
      manifest = undefined
    }
    const name = manifest === undefined ? undefined : readName(manifest)
    if (name !== undefined && tags.some((tag) => tag.name.startsWith(`${name}@`))) return `${name}@`
  }
  return 'v'
}

function readName(manifest: string): string | undefined {
  try {
    const { name } = JSON.parse(manifest) as { name?: unknown }
    return typeof name === 'string' && name !== '' ? name : undefined
  } catch {
    return undefined
  }
}

function compareIdentifiers(a: string, b: string): number {
  const numeric = /^\d+$/
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b)
  if (numeric.test(a)) return -1
  if (numeric.test(b)) return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** Semver precedence of parsed versions (build metadata ignored). */
function compareSemverParts(a: SemverParts, b: SemverParts): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch
  if (core !== 0) return core
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length
  }
  for (let index = 0; index < Math.max(a.prerelease.length, b.prerelease.length); index++) {
    const [x, y] = [a.prerelease[index], b.prerelease[index]]
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1
    const order = compareIdentifiers(x, y)
    if (order !== 0) return order
  }
  return 0
}

/** MAJOR.MINOR.PATCH, no prerelease or build, each number safe (at most 15 digits). */
const PLAIN_SEMVER = /^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})$/

type Versioning = typeof VersioningModule
let versioning: Versioning | undefined

/**
 * @tokenless/versioning (and the semver library), loaded on first need: plain X.Y.Z tags under
 * the semver scheme are ordered without it, and loading it costs every run at start-up.
 */
export async function loadVersioning(): Promise<Versioning> {
  versioning ??= await import('@tokenless/versioning')
  return versioning
}

function loadedVersioning(): Versioning {
  if (versioning === undefined) throw new Error('@tokenless/versioning is not loaded yet')
  return versioning
}

/**
 * Version order and prerelease test for one scheme, each version parsed once: a repository's
 * hundreds of tags would otherwise be parsed again at every comparison of a sort. Versions other
 * than plain X.Y.Z under semver need @tokenless/versioning: ready() tells whether it is loaded
 * for them, prepare() loads it.
 */
export class VersionOrder {
  private readonly semver = new Map<string, SemverParts | undefined>()

  constructor(
    readonly scheme: VersionScheme,
    private readonly calverFormat: string | undefined,
  ) {}

  /** Whether the methods can take these versions now (without loading @tokenless/versioning). */
  ready(versions: Iterable<string | undefined>): boolean {
    if (versioning !== undefined) return true
    if (this.scheme !== 'semver') return false
    for (const version of versions) {
      if (version !== undefined && !PLAIN_SEMVER.test(version)) return false
    }
    return true
  }

  /** Loads @tokenless/versioning when these versions need it. */
  async prepare(versions: Iterable<string | undefined>): Promise<void> {
    if (!this.ready(versions)) await loadVersioning()
  }

  /** Whether `version` is valid under the scheme (and the CalVer format). */
  valid(version: string): boolean {
    if (this.scheme === 'semver') return this.parts(version) !== undefined
    try {
      loadedVersioning().validateVersion(
        version,
        this.scheme,
        this.calverFormat === undefined ? {} : { calverFormat: this.calverFormat },
      )
      return true
    } catch {
      return false
    }
  }

  compare(a: string, b: string): number {
    const [x, y] = [this.parts(a), this.parts(b)]
    if (this.scheme === 'semver' && x !== undefined && y !== undefined)
      return compareSemverParts(x, y)
    return loadedVersioning().compareVersions(a, b, this.scheme)
  }

  prerelease(version: string): boolean {
    if (this.scheme === 'semver') return (this.parts(version)?.prerelease.length ?? 0) > 0
    return loadedVersioning().isPrerelease(version, this.scheme)
  }

  private parts(version: string): SemverParts | undefined {
    if (this.scheme !== 'semver') return undefined
    if (!this.semver.has(version)) {
      let parts: SemverParts | undefined
      const plain = PLAIN_SEMVER.exec(version)
      if (plain !== null) {
        // What parseSemverStrict gives for it, without the semver library's parse (--all reads
        // every release tag of the history).
        const [major, minor, patch] = [Number(plain[1]), Number(plain[2]), Number(plain[3])]
        parts = { major, minor, patch, prerelease: [], build: [], version }
      } else {
        try {
          parts = loadedVersioning().parseSemverStrict(version)
        } catch {
          parts = undefined
        }
      }
      this.semver.set(version, parts)
    }
    return this.semver.get(version)
  }
}

/** The versions of the tags under the prefix (what prepare() must be given before releaseTags). */
export function prefixedVersions(names: readonly string[], prefix: string): string[] {
  const versions: string[] = []
  for (const name of names) if (name.startsWith(prefix)) versions.push(name.slice(prefix.length))
  return versions
}

/**
 * The tags that are releases under the prefix and scheme, highest version first (the order
 * prepared for their versions).
 */
export function releaseTags(
  tags: readonly TagRef[],
  prefix: string,
  order: VersionOrder,
): ReleaseTag[] {
  const releases: ReleaseTag[] = []
  for (const tag of tags) {
    if (!tag.name.startsWith(prefix)) continue
    const version = tag.name.slice(prefix.length)
    // A `v` prefix must not read other prefixes' tags (`pkg@1.0.0`) or non-versions as releases.
    if (order.valid(version)) releases.push({ tag: tag.name, version, sha: tag.sha })
  }
  return releases.sort((a, b) => order.compare(b.version, a.version))
}

/**
 * The links and the shallow cut-offs, read from the repository's files (config, shallow) without
 * running git when the files are plain; else from git.
 */
export async function linksAndShallow(
  cwd: string,
  args: NotesArgs,
): Promise<{ links: RepositoryLinks | undefined; shallow: Set<string> }> {
  const files = await readGitFiles(cwd)
  const [links, shallow] = await Promise.all([
    repositoryLinks(cwd, args, files.originUrl),
    files.shallow ?? shallowBoundaries(cwd),
  ])
  return { links, shallow }
}

/** Reads the tags, links, shallow boundaries and paths in parallel. */
export async function readRepositoryFacts(cwd: string, args: NotesArgs): Promise<RepositoryFacts> {
  const [tags, { links, shallow }] = await Promise.all([listTags(cwd), linksAndShallow(cwd, args)])
  const prefix = tagPrefix(cwd, args, tags)
  const order = new VersionOrder(args.scheme, args.calverFormat)
  await order.prepare([
    ...prefixedVersions(
      tags.map((tag) => tag.name),
      prefix,
    ),
    args.version,
  ])
  const releases = releaseTags(tags, prefix, order)
  // git reads pathspecs relative to the directory it runs in: the current one.
  const paths = args.path === undefined ? [] : [args.path]
  return { releases, prefix, links, shallow, paths, order }
}

/**
 * The release before `version`: the highest lower version, prereleases skipped unless `version`
 * is one, as validate-tag and create-release choose it.
 */
export function releaseBefore(
  releases: readonly ReleaseTag[],
  version: string | undefined,
  order: VersionOrder,
  exclude: string | undefined,
): ReleaseTag | undefined {
  if (version === undefined) return releases.find((release) => release.sha !== exclude)
  const prerelease = order.prerelease(version)
  return releases.find(
    (release) =>
      order.compare(release.version, version) < 0 &&
      (prerelease || !order.prerelease(release.version)),
  )
}
