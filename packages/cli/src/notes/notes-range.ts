// The notes of one range (from..to) or of the whole history (--all), from ONE streaming git log.
import {
  type ChangelogRelease,
  ChangelogWriter,
  type ReleaseMark,
  type RepositoryLinks,
  renderChangelog,
  renderReleaseNotes,
  UNRELEASED,
} from '@tokenless/changelog'
import { type DecoratedCommitInfo, git, gitFailure, logCommits } from '@tokenless/git'
import { inProcessRange } from './in-process-log.js'
import type { NotesArgs } from './options.js'
import { NotesError } from './options.js'
import {
  type CommitPoint,
  commitPoint,
  linksAndShallow,
  loadVersioning,
  prefixedVersions,
  releaseBefore,
  type ReleaseTag,
  releaseTags,
  type RepositoryFacts,
  VersionOrder,
} from './repository-facts.js'

/** Reads the repository facts once, when a path needs them (the fast paths do not). */
export type FactsLoader = () => Promise<RepositoryFacts>

const short = (sha: string): string => sha.slice(0, 12)

function unknownRevision(option: string, rev: string, facts: RepositoryFacts): NotesError {
  const known = facts.releases.slice(0, 6).map((release) => release.tag)
  const tags =
    known.length === 0
      ? `The repository has no release tags with the prefix ${JSON.stringify(facts.prefix)}.`
      : `Its newest release tags are ${known.join(', ')}${facts.releases.length > known.length ? ', ...' : ''}.`
  return new NotesError(
    `${option} ${rev} names no tag, branch or commit in this repository. ${tags} ` +
      'If the tag exists on the remote, fetch it first: git fetch --tags.',
  )
}

/** The commit of --to (and --from), read while the repository facts are read. */
async function resolvePoint(
  cwd: string,
  option: string,
  rev: string,
  pending: Promise<RepositoryFacts>,
): Promise<CommitPoint> {
  if (rev.trim() === '') throw new NotesError(`${option} is empty: name a tag or a commit.`)
  const point = await commitPoint(cwd, rev)
  if (point === undefined) throw unknownRevision(option, rev, await pending)
  return point
}

/** The commit where `a` and `b` split; undefined when they share no history. */
async function mergeBase(cwd: string, a: string, b: string): Promise<string | undefined> {
  const result = await git(cwd, ['merge-base', a, b], { allowFailure: true })
  if (result.exitCode === 1) return undefined
  if (result.exitCode !== 0) throw gitFailure(cwd, ['merge-base', a, b], result)
  return result.stdout.trim()
}

function checkShallow(
  commits: ReadonlyArray<{ sha: string }>,
  facts: Pick<RepositoryFacts, 'shallow'>,
  what: string,
): void {
  if (facts.shallow.size === 0) return
  const cut = commits.find((commit) => facts.shallow.has(commit.sha))
  if (cut === undefined) return
  throw new NotesError(
    `This clone is shallow: its history stops at commit ${short(cut.sha)}, so the notes for ${what} ` +
      'would miss commits. Fetch the whole history first: git fetch --unshallow --tags ' +
      '(in GitHub Actions: actions/checkout with fetch-depth: 0).',
  )
}

/** What the release at `to` is called: its release tag, else --version, else Unreleased. */
function releaseAt(
  to: CommitPoint,
  toRev: string,
  facts: Pick<RepositoryFacts, 'releases' | 'prefix'>,
  args: NotesArgs,
) {
  const named = toRev.replace(/^refs\/tags\//, '')
  const tagged =
    facts.releases.find((release) => release.tag === named) ??
    facts.releases.find((release) => release.sha === to.sha)
  if (tagged !== undefined && args.version === undefined) {
    return { mark: { tag: tagged.tag, version: tagged.version }, released: true }
  }
  const version = args.version ?? UNRELEASED
  const tag = args.version === undefined ? toRev : `${facts.prefix}${args.version}`
  return { mark: { tag, version }, released: args.version !== undefined }
}

/** The notes for `--from..--to` (default: the previous release tag..HEAD), as one release. */
export async function rangeNotes(
  cwd: string,
  args: NotesArgs,
  loadFacts: FactsLoader,
): Promise<ChangelogRelease[]> {
  const fast = await fastRangeNotes(cwd, args)
  if (fast !== undefined) return fast
  const pending = loadFacts()
  pending.catch(() => undefined)
  const toRev = args.to ?? 'HEAD'
  const [facts, to, from] = await Promise.all([
    pending,
    resolvePoint(cwd, '--to', toRev, pending),
    args.from === undefined ? undefined : resolvePoint(cwd, '--from', args.from, pending),
  ])
  const { mark, released } = releaseAt(to, toRev, facts, args)
  let previous: { tag: string; sha: string } | undefined
  if (from !== undefined && args.from !== undefined) {
    previous = { tag: args.from.replace(/^refs\/tags\//, ''), sha: from.sha }
  } else {
    const before = releaseBefore(
      facts.releases,
      released ? mark.version : undefined,
      facts.order,
      to.sha,
    )
    if (before !== undefined) previous = { tag: before.tag, sha: before.sha }
  }
  const range = previous === undefined ? [to.sha] : [`${previous.sha}..${to.sha}`]
  const [{ commits, result }, base] = await Promise.all([
    logCommits(cwd, range, facts.paths),
    previous === undefined ? undefined : mergeBase(cwd, previous.sha, to.sha),
  ])
  if (result.exitCode !== 0) throw gitFailure(cwd, ['log', ...range], result)
  if (previous !== undefined && base !== previous.sha) {
    const where =
      base === undefined
        ? 'they share no history at all'
        : `their merge base is commit ${short(base)}`
    throw new NotesError(
      `--from ${previous.tag} (${short(previous.sha)}) is not an ancestor of --to ${toRev} ` +
        `(${short(to.sha)}): ${where}, so ${previous.tag}..${toRev} would also list commits ` +
        `that are not in ${previous.tag}'s release line. Pass a --from that ${toRev} contains` +
        `${base === undefined ? '' : `, such as the merge base ${short(base)}`}.`,
    )
  }
  checkShallow(
    commits,
    facts,
    previous === undefined ? `the history of ${toRev}` : `${previous.tag}..${toRev}`,
  )
  const notes = await renderReleaseNotes(commits, {
    version: mark.version,
    currentTag: mark.tag,
    date: new Date(to.date),
    ...(previous === undefined ? {} : { previousTag: previous.tag }),
    ...(facts.links === undefined ? {} : { repository: facts.links }),
  })
  return [
    {
      ...notes,
      version: mark.version,
      tag: mark.tag,
      previousTag: previous?.tag,
      date: new Date(to.date).toISOString().slice(0, 10),
    },
  ]
}

/** The whole history of --to (default HEAD): one section per release tag, newest first. */
export async function allNotes(
  cwd: string,
  args: NotesArgs,
  loadFacts: FactsLoader,
): Promise<ChangelogRelease[]> {
  const fast = await fastAllNotes(cwd, args)
  if (fast !== undefined) return fast
  const pending = loadFacts()
  pending.catch(() => undefined)
  const toRev = args.to ?? 'HEAD'
  const [facts, to] = await Promise.all([pending, resolvePoint(cwd, '--to', toRev, pending)])
  const releases = new Map<string, ReleaseMark>()
  // Highest version first: of two release tags on one commit, the higher names it.
  for (const release of facts.releases) {
    if (!releases.has(release.sha)) releases.set(release.sha, release)
  }
  const { mark, released } = releaseAt(to, toRev, facts, args)
  if (released) releases.set(to.sha, mark)
  const [{ commits, result }, order] = await Promise.all([
    logCommits(cwd, [to.sha], facts.paths),
    facts.paths.length === 0 ? undefined : historyOrder(cwd, to.sha),
  ])
  if (result.exitCode !== 0) throw gitFailure(cwd, ['log', to.sha], result)
  checkShallow(order ?? commits, facts, `the history of ${toRev}`)
  const changelog = await renderChangelog(commits, {
    releases,
    ...(released ? {} : { unreleased: mark }),
    ...(order === undefined ? {} : { order }),
    ...(facts.links === undefined ? {} : { repository: facts.links }),
  })
  return changelog.releases
}

/** Every commit of `to` newest first (sha and date): where the release tags split a --path log. */
async function historyOrder(
  cwd: string,
  to: string,
): Promise<Array<{ sha: string; date: string }>> {
  const { stdout } = await git(cwd, ['log', '--format=%H %cI', '--end-of-options', to, '--'])
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [sha = '', date = ''] = line.split(' ')
      return { sha, date }
    })
}

/** Loads what the order needs for the release tags on one commit. */
function prepareFor(commit: DecoratedCommitInfo, prefix: string, order: VersionOrder) {
  return order.prepare(prefixedVersions(commit.tags, prefix))
}

/** The release tags among the tags on one commit, highest version first (the order prepared). */
function releasesOn(
  commit: DecoratedCommitInfo,
  prefix: string,
  order: VersionOrder,
): ReleaseTag[] {
  if (commit.tags.length === 0) return []
  return releaseTags(
    commit.tags.map((name) => ({ name, sha: commit.sha, annotated: false })),
    prefix,
    order,
  )
}

/**
 * --from..--to from ONE `git log --boundary` decorated with tags: --from must be one of its
 * boundary commits (so an ancestor of --to), --to's tags name the release. Undefined when that
 * log cannot tell (a --path, an empty range, a --from that is not a tag or sha on the boundary,
 * any git failure): the general path then explains or renders it.
 */
async function fastRangeNotes(
  cwd: string,
  args: NotesArgs,
): Promise<ChangelogRelease[] | undefined> {
  const from = args.from
  const toRev = args.to ?? 'HEAD'
  if (from === undefined || args.path !== undefined || from.trim() === '' || toRev.trim() === '')
    return undefined
  const prefix = args.tagPrefix ?? 'v'
  const order = new VersionOrder(args.scheme, args.calverFormat)
  const [decorated, { links, shallow }] = await Promise.all([
    rangeLog(cwd, args, toRev, from, async (commit) => {
      await prepareFor(commit, prefix, order)
      return releasesOn(commit, prefix, order)
    }),
    linksAndShallow(cwd, args),
  ])
  const included = decorated?.filter((commit) => !commit.boundary) ?? []
  const first = included[0]
  if (decorated === undefined || first === undefined) return undefined
  const fromName = from.replace(/^refs\/tags\//, '')
  const hex = /^[0-9a-f]{7,40}$/i.test(from) ? from.toLowerCase() : undefined
  const base = decorated.find(
    (commit) =>
      commit.boundary &&
      (commit.tags.includes(fromName) || (hex !== undefined && commit.sha.startsWith(hex))),
  )
  if (base === undefined) return undefined
  const to = { sha: first.sha, date: first.date ?? '' }
  await prepareFor(first, prefix, order)
  const { mark } = releaseAt(
    to,
    toRev,
    { releases: releasesOn(first, prefix, order), prefix },
    args,
  )
  checkShallow(included, { shallow }, `${fromName}..${toRev}`)
  const notes = await renderReleaseNotes(included, {
    version: mark.version,
    currentTag: mark.tag,
    date: new Date(to.date),
    previousTag: fromName,
    ...(links === undefined ? {} : { repository: links }),
  })
  const date = new Date(to.date).toISOString().slice(0, 10)
  return [{ ...notes, version: mark.version, tag: mark.tag, previousTag: fromName, date }]
}

/**
 * The decorated `git log --boundary TO ^FROM` of fastRangeNotes: read in this process when the
 * repository is plain and the range a straight line between two tags (in-process-log.ts), else
 * from git; undefined when git fails. The in-process log has the tags of --to and --from only, so
 * it stands only where the others cannot matter: --version names the release, or --to is itself a
 * release tag (releaseAt picks it by name).
 */
async function rangeLog(
  cwd: string,
  args: NotesArgs,
  toRev: string,
  from: string,
  releases: (commit: DecoratedCommitInfo) => Promise<ReleaseTag[]>,
): Promise<DecoratedCommitInfo[] | undefined> {
  const read = inProcessRange(cwd, toRev, from)
  const named = toRev.replace(/^refs\/tags\//, '')
  const first = read?.[0]
  if (
    read !== undefined &&
    first !== undefined &&
    (args.version !== undefined || (await releases(first)).some((release) => release.tag === named))
  )
    return read
  const { commits, result } = await logCommits(cwd, [toRev, `^${from}`], [], {
    decorate: true,
    boundary: true,
  })
  return result.exitCode === 0 ? (commits as DecoratedCommitInfo[]) : undefined
}

/**
 * --all from ONE `git log` of --to decorated with tags: the release tags come from its
 * decorations, not from a tag listing, and each release's section is written while the log
 * streams in (ChangelogWriter), as soon as the next older release tag closes it. Undefined with a
 * --path or when git fails (the general path then explains or renders it).
 */
async function fastAllNotes(cwd: string, args: NotesArgs): Promise<ChangelogRelease[] | undefined> {
  const toRev = args.to ?? 'HEAD'
  if (args.path !== undefined || toRev.trim() === '') return undefined
  const prefix = args.tagPrefix ?? 'v'
  const order = new VersionOrder(args.scheme, args.calverFormat)
  // Commits wait here until the links and the shallow cut-offs are read (the files, in parallel).
  const waiting: DecoratedCommitInfo[] = []
  let reader: AllNotesReader | undefined
  const [{ result }, read] = await Promise.all([
    logCommits(cwd, [toRev], [], {
      decorate: true,
      onCommit: (commit) => {
        if (reader === undefined) waiting.push(commit as DecoratedCommitInfo)
        else reader.add(commit as DecoratedCommitInfo)
      },
    }),
    linksAndShallow(cwd, args).then((facts) => {
      reader = new AllNotesReader(args, toRev, prefix, order, facts)
      for (const commit of waiting.splice(0)) reader.add(commit)
      return reader
    }),
  ])
  if (result.exitCode !== 0) return undefined
  return await read.end()
}

/**
 * The commits of fastAllNotes' log, newest first, into a ChangelogWriter: the newest commit names
 * the release at --to, each commit's highest release tag starts a release. A shallow cut-off or a
 * writer's error is kept until the log ends (the shallow one first, as the whole log is checked
 * before anything is written).
 */
class AllNotesReader {
  private writer: ChangelogWriter | undefined
  private first = true
  private shallowCut: DecoratedCommitInfo | undefined
  private failure: { error: unknown } | undefined
  /** Commits held while @tokenless/versioning loads for a tag that needs it. */
  private held: DecoratedCommitInfo[] = []
  private loading: Promise<void> | undefined

  constructor(
    private readonly args: NotesArgs,
    private readonly toRev: string,
    private readonly prefix: string,
    private readonly order: VersionOrder,
    private readonly facts: { links: RepositoryLinks | undefined; shallow: Set<string> },
  ) {}

  add(commit: DecoratedCommitInfo): void {
    if (this.held.length > 0 || !this.order.ready(prefixedVersions(commit.tags, this.prefix))) {
      this.held.push(commit)
      this.loading ??= loadVersioning().then(
        () => {
          for (const held of this.held.splice(0)) this.read(held)
        },
        (error: unknown) => {
          this.failure ??= { error }
        },
      )
      return
    }
    this.read(commit)
  }

  private read(commit: DecoratedCommitInfo): void {
    if (this.shallowCut === undefined && this.facts.shallow.has(commit.sha))
      this.shallowCut = commit
    if (this.failure !== undefined) return
    try {
      const tags = releasesOn(commit, this.prefix, this.order)
      let mark: ReleaseMark | undefined = tags[0]
      if (this.first) {
        this.first = false
        const to = { sha: commit.sha, date: commit.date ?? '' }
        const at = releaseAt(to, this.toRev, { releases: tags, prefix: this.prefix }, this.args)
        if (at.released) mark = at.mark
        const { links } = this.facts
        this.writer = new ChangelogWriter({
          ...(at.released ? {} : { unreleased: at.mark }),
          ...(links === undefined ? {} : { repository: links }),
        })
      }
      this.writer?.add(commit, mark)
    } catch (error) {
      this.failure = { error }
    }
  }

  /** The sections, newest first; undefined for an empty log. */
  async end(): Promise<ChangelogRelease[] | undefined> {
    await this.loading
    if (this.first) return undefined
    if (this.shallowCut !== undefined)
      checkShallow([this.shallowCut], this.facts, `the history of ${this.toRev}`)
    if (this.failure !== undefined) throw this.failure.error
    return this.writer?.end() ?? []
  }
}
