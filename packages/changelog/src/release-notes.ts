import { type CommitInfo, commitDate, commitsInRange } from '@tokenless/git'
import { ChangelogError } from './changelog-error.js'
import { type NotesCommit, parseNotesCommit } from './notes-parser.js'
import { writeNotes } from './notes-writer.js'

/** Where links in the notes point: `{host}/{owner}/{repo}/commit/{sha}` and so on. */
export interface RepositoryLinks {
  /** The server, e.g. `https://github.com` or a GitHub Enterprise Server URL. */
  host: string
  owner: string
  repo: string
}

export interface ReleaseNotesOptions {
  /** The repository's working directory. */
  cwd: string
  /** The previous release's tag or sha; undefined for the whole history of `to`. */
  from: string | undefined
  /** The release's tag or sha. */
  to: string
  /** The version in the heading, e.g. `1.2.0`. */
  version: string
  /** The previous release's tag: with `repository`, the heading links to the comparison. */
  previousTag?: string
  currentTag: string
  /** Without it, the notes have no links. */
  repository?: RepositoryLinks
  /** The date in the heading (as a UTC day). Default: the committer date of `to`. */
  date?: Date
  /** Only commits that touch these paths (relative to `cwd`), e.g. one package of a monorepo. */
  paths?: string[]
}

export interface ReleaseNotes {
  markdown: string
  /** The commits in the range, merges left out as conventional-changelog leaves them out. */
  commits: number
  /** The `###` sections in the order they appear, with their number of list entries. */
  sections: Array<{ title: string; entries: number }>
  /** The number of breaking change notes. */
  breaking: number
}

export type RenderReleaseNotesOptions = Omit<
  ReleaseNotesOptions,
  'cwd' | 'from' | 'to' | 'paths'
> & { date: Date }

/**
 * The release notes for the commits `from..to` (all of `to`'s history when `from` is undefined),
 * rendered as conventional-changelog renders them with its `conventionalcommits` preset. The
 * commits come from ONE `git log` (commitsInRange; it also checks for a shallow clone). The date
 * of `to` comes from that log too, unless `paths` may have left `to` out or the range is empty.
 */
export async function generateReleaseNotes(options: ReleaseNotesOptions): Promise<ReleaseNotes> {
  checkReleaseNotesOptions(options)
  const { cwd, from, to, paths, ...rest } = options
  const commits = await commitsInRange(cwd, from, to, paths === undefined ? {} : { paths })
  // git log lists `to` first, unless paths filter it out or the range is empty.
  const first = paths === undefined ? commits[0]?.date : undefined
  const date =
    options.date ??
    (first === undefined || first === '' ? await commitDate(cwd, to) : new Date(first))
  return renderReleaseNotes(commits, { ...rest, date })
}

/**
 * Renders release notes from commits listed newest first (as `git log` and `commitsInRange` give
 * them) as conventional-changelog's writer renders them with the `conventionalcommits` preset:
 * breaking changes first, then Features, Bug Fixes, Performance Improvements and Reverts; the
 * preset's hidden types (docs, chore, ...) only appear with a breaking change. A revert and the
 * commit it reverts, both in the list, leave both out. Touches no git and no files.
 */
export function renderReleaseNotes(
  commits: readonly CommitInfo[],
  options: RenderReleaseNotesOptions,
): Promise<ReleaseNotes> {
  return Promise.resolve().then(() => {
    checkReleaseNotesOptions(options)
    return writeReleaseNotes(parseConventionalCommits(commits), options)
  })
}

/** Commits parsed for the writer (`hash` set), merges and empty messages left out. */
export type ParsedCommit = NotesCommit

/**
 * Parses commits listed newest first with the preset's parser, leaving out merges (the preset's
 * `commits.merges: false`: conventional-changelog runs `git log --no-merges`) and empty messages.
 */
export function parseConventionalCommits(commits: readonly CommitInfo[]): ParsedCommit[] {
  const parsed: ParsedCommit[] = []
  for (const commit of commits) {
    const entry = parseCommitInfo(commit)
    if (entry !== undefined) parsed.push(entry)
  }
  return parsed
}

/** One commit parsed, or undefined for a merge or an empty message. */
export function parseCommitInfo(commit: CommitInfo): ParsedCommit | undefined {
  if ((commit.parents?.length ?? 0) > 1) return undefined
  const message = commit.body === '' ? commit.subject : `${commit.subject}\n\n${commit.body}`
  if (message.trim() === '') return undefined
  return parseNotesCommit(message, commit.sha)
}

/**
 * Renders already parsed commits (parseConventionalCommits) as one release's notes;
 * `oldestShown` is the oldest commit the notes show, reverted ones included.
 */
export function writeReleaseNotes(
  parsed: readonly ParsedCommit[],
  options: RenderReleaseNotesOptions,
): ReleaseNotes & { oldestShown: string | undefined } {
  const { repository, previousTag } = options
  const written = writeNotes(parsed, {
    version: options.version,
    date: options.date.toISOString().slice(0, 10),
    currentTag: options.currentTag,
    previousTag,
    links:
      repository === undefined
        ? undefined
        : {
            host: repository.host.replace(/\/+$/, ''),
            owner: repository.owner,
            repository: repository.repo,
          },
  })
  return { ...written, commits: parsed.length }
}

export function checkReleaseNotesOptions(
  options: RenderReleaseNotesOptions | ReleaseNotesOptions,
): void {
  if (options.version.trim() === '') {
    throw new ChangelogError(
      'TL_NOTES_VERSION_EMPTY',
      'The release notes need a version for their heading, but the version is empty. ' +
        'Pass the version being released, e.g. the `version` output of validate-tag.',
    )
  }
  if (options.currentTag.trim() === '') {
    throw new ChangelogError(
      'TL_NOTES_TAG_EMPTY',
      `The release notes of version ${options.version} need the release's tag, but the tag is empty. ` +
        'Pass the tag being released, e.g. the `tag` output of validate-tag.',
    )
  }
  if (options.date !== undefined && Number.isNaN(options.date.getTime())) {
    throw new ChangelogError(
      'TL_NOTES_DATE',
      `The release date of version ${options.version} is not a valid date. ` +
        "Pass a valid Date, or leave it out to use the date of the release's commit.",
    )
  }
  const repository = options.repository
  if (repository === undefined) return
  if (!/^https?:\/\/[^/\s]+(?:\/[^\s]*)?$/.test(repository.host)) {
    throw new ChangelogError(
      'TL_NOTES_REPOSITORY',
      `The repository host ${JSON.stringify(repository.host)} is not an http(s) URL. ` +
        'Write the server with its scheme, e.g. https://github.com (on GitHub Enterprise Server, its own URL).',
    )
  }
  // GitLab nests groups (`group/subgroup/repo`); github.com has one owner level.
  const nested = !/^https?:\/\/github\.com\/*$/i.test(repository.host)
  for (const [name, value] of [
    ['owner', repository.owner],
    ['repo', repository.repo],
  ] as const) {
    const pattern = name === 'owner' && nested ? /^[\w.-]+(?:\/[\w.-]+)*$/ : /^[\w.-]+$/
    if (!pattern.test(value)) {
      throw new ChangelogError(
        'TL_NOTES_REPOSITORY',
        `The repository ${name} ${JSON.stringify(value)} is not a GitHub ${name} name ` +
          '(letters, digits, ".", "-" and "_"). Pass the two halves of owner/repo separately.',
      )
    }
  }
}
