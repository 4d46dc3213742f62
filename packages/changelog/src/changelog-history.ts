import type { CommitInfo } from '@tokenless/git'
import {
  checkReleaseNotesOptions,
  parseConventionalCommits,
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
  const slices = sliceByRelease(commits, options)
  const releases: ChangelogRelease[] = []
  for (const [index, slice] of slices.entries()) {
    const date = new Date(slice.date === '' ? 0 : slice.date)
    const base = {
      version: slice.mark.version,
      currentTag: slice.mark.tag,
      date,
      ...(options.repository === undefined ? {} : { repository: options.repository }),
    }
    checkReleaseNotesOptions(base)
    const parsed = parseConventionalCommits(slice.commits)
    // The oldest release compares with its oldest listed commit, as the CLI's writer links it.
    const unlinked = index === slices.length - 1 ? writeReleaseNotes(parsed, base) : undefined
    const previousTag = slices[index + 1]?.mark.tag ?? unlinked?.oldestShown
    const notes =
      previousTag !== undefined
        ? writeReleaseNotes(parsed, { ...base, previousTag })
        : (unlinked ?? writeReleaseNotes(parsed, base))
    releases.push({
      markdown: notes.markdown,
      commits: notes.commits,
      sections: notes.sections,
      breaking: notes.breaking,
      version: slice.mark.version,
      tag: slice.mark.tag,
      previousTag,
      date: date.toISOString().slice(0, 10),
    })
  }
  return { markdown: releases.map((release) => release.markdown).join('\n'), releases }
}
