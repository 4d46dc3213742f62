import type { CommitInfo } from '@tokenless/git'
import {
  checkReleaseNotesOptions,
  parseCommitInfo,
  parseConventionalCommits,
  type ParsedCommit,
  type ReleaseNotes,
  type RepositoryLinks,
  writeReleaseNotes,
} from './release-notes.js'

/** A release tag on a commit: what names a section of the changelog. */
export interface ReleaseMark {
  tag: string
  version: string
}

export interface ChangelogOptions {
  /** The release tags by the sha of their commit (one per commit: the caller picks). */
  releases: ReadonlyMap<string, ReleaseMark>
  /**
   * The whole history newest first (sha and committer date), when `commits` was filtered by
   * paths: commits are assigned to releases by their place in it. Default: the commits.
   */
  order?: ReadonlyArray<{ sha: string; date?: string }>
  /** What to call the commits after the newest release tag. Without it, they are left out. */
  unreleased?: ReleaseMark
  repository?: RepositoryLinks
}

export interface ChangelogRelease extends ReleaseNotes {
  version: string
  tag: string
  previousTag: string | undefined
  /** The UTC day in the heading, `YYYY-MM-DD`. */
  date: string
}

interface Slice {
  mark: ReleaseMark
  date: string
  commits: CommitInfo[]
}

/**
 * Splits commits listed newest first (one `git log` of the newest ref) at the commits that carry
 * a release tag, as the conventional-changelog CLI does with `-r 0`: a tagged commit starts its
 * release, and every older commit down to the next tagged one belongs to it.
 */
function sliceByRelease(commits: readonly CommitInfo[], options: ChangelogOptions): Slice[] {
  const order = options.order ?? commits
  const slices: Slice[] = []
  // The slice each sha of `order` belongs to; none before the newest tag without `unreleased`.
  const sliceOf = new Map<string, Slice>()
  let current: Slice | undefined
  if (options.unreleased !== undefined) {
    current = { mark: options.unreleased, date: order[0]?.date ?? '', commits: [] }
    slices.push(current)
  }
  for (const { sha, date } of order) {
    const mark = options.releases.get(sha)
    if (mark !== undefined) {
      current = { mark, date: date ?? '', commits: [] }
      slices.push(current)
    }
    if (current !== undefined) sliceOf.set(sha, current)
  }
  for (const commit of commits) sliceOf.get(commit.sha)?.commits.push(commit)
  // An unreleased part with no commit at all is no section.
  const first = slices[0]
  if (options.unreleased !== undefined && first !== undefined && first.commits.length === 0) {
    slices.shift()
  }
  return slices
}

/**
 * The whole changelog: one section per release, newest first, each rendered as
 * renderReleaseNotes renders one release (the conventionalcommits preset), its heading linking
 * the comparison with the release before it. The oldest release compares with its oldest listed
 * commit, as the conventional-changelog CLI links it. Sections are separated by one blank line.
 */
export function renderChangelog(
  commits: readonly CommitInfo[],
  options: ChangelogOptions,
): Promise<{ markdown: string; releases: ChangelogRelease[] }> {
  return Promise.resolve().then(() => writeChangelog(commits, options))
}

/** renderChangelog, synchronously. */
export function writeChangelog(
  commits: readonly CommitInfo[],
  options: ChangelogOptions,
): { markdown: string; releases: ChangelogRelease[] } {
  let releases: ChangelogRelease[]
  if (options.order === undefined) {
    const writer = new ChangelogWriter(options)
    for (const commit of commits) writer.add(commit, options.releases.get(commit.sha))
    releases = writer.end()
  } else {
    const slices = sliceByRelease(commits, options)
    releases = slices.map((slice, index) =>
      writeRelease(
        slice.mark,
        slice.date,
        parseConventionalCommits(slice.commits),
        slices[index + 1]?.mark.tag,
        options.repository,
      ),
    )
  }
  return { markdown: releases.map((release) => release.markdown).join('\n'), releases }
}

/**
 * One release's section. `previousTag` is the tag of the release before it; undefined for the
 * oldest release, which then compares with its oldest listed commit, as the CLI's writer links it.
 */
function writeRelease(
  mark: ReleaseMark,
  day: string,
  parsed: readonly ParsedCommit[],
  previousTag: string | undefined,
  repository: RepositoryLinks | undefined,
): ChangelogRelease {
  const date = new Date(day === '' ? 0 : day)
  const base = {
    version: mark.version,
    currentTag: mark.tag,
    date,
    ...(repository === undefined ? {} : { repository }),
  }
  checkReleaseNotesOptions(base)
  const unlinked = previousTag === undefined ? writeReleaseNotes(parsed, base) : undefined
  const previous = previousTag ?? unlinked?.oldestShown
  const notes =
    previous !== undefined
      ? writeReleaseNotes(parsed, { ...base, previousTag: previous })
      : (unlinked ?? writeReleaseNotes(parsed, base))
  return {
    markdown: notes.markdown,
    commits: notes.commits,
    sections: notes.sections,
    breaking: notes.breaking,
    version: mark.version,
    tag: mark.tag,
    previousTag: previous,
    date: date.toISOString().slice(0, 10),
  }
}

interface OpenRelease {
  mark: ReleaseMark
  date: string
  parsed: ParsedCommit[]
  /** The commits in it, merges and empty messages included. */
  commits: number
  unreleased: boolean
}

/**
 * writeChangelog (without `order`) fed one commit at a time, newest first, as `git log` streams
 * them: a release's section is written as soon as the next older release tag closes it, and its
 * commits are parsed as they come, so the history is never held whole. end() gives the sections,
 * newest first.
 */
export class ChangelogWriter {
  private readonly releases: ChangelogRelease[] = []
  private open: OpenRelease | undefined
  private started = false

  constructor(private readonly options: Pick<ChangelogOptions, 'unreleased' | 'repository'>) {}

  /** The next older commit; `mark` is the release tag on it, if any (the caller picks one). */
  add(commit: CommitInfo, mark?: ReleaseMark): void {
    const date = commit.date ?? ''
    if (!this.started) {
      this.started = true
      const { unreleased } = this.options
      if (unreleased !== undefined) {
        this.open = { mark: unreleased, date, parsed: [], commits: 0, unreleased: true }
      }
    }
    if (mark !== undefined) {
      this.close(mark.tag)
      this.open = { mark, date, parsed: [], commits: 0, unreleased: false }
    }
    const open = this.open
    if (open === undefined) return
    open.commits++
    const parsed = parseCommitInfo(commit)
    if (parsed !== undefined) open.parsed.push(parsed)
  }

  /** The sections, newest first. */
  end(): ChangelogRelease[] {
    this.close(undefined)
    return this.releases
  }

  private close(previousTag: string | undefined): void {
    const open = this.open
    this.open = undefined
    // An unreleased part with no commit at all is no section.
    if (open === undefined || (open.unreleased && open.commits === 0)) return
    this.releases.push(
      writeRelease(open.mark, open.date, open.parsed, previousTag, this.options.repository),
    )
  }
}
