import { type CommitInfo, commitDate, commitsInRange } from '@tokenless/git'
import createPreset, {
  formatIssueUrl,
  formatNoteIcon,
  formatUserUrl,
  type PresetConfig,
} from 'conventional-changelog-conventionalcommits'
import {
  type CommitKnownProps,
  type CommitTransformFunction,
  type FinalTemplateContext,
  type Options as WriterOptions,
  type TemplateContext,
  createReferencesFormatter,
  formatDate,
  writeChangelogString,
} from 'conventional-changelog-writer'
import { CommitParser, type ParserOptions } from 'conventional-commits-parser'
import { ChangelogError } from './changelog-error.js'

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

type WriterCommit = CommitKnownProps & Record<string, unknown>

/** The part of the preset's shape that this module uses (its own typings say `{}`). */
interface Preset {
  parser: ParserOptions
  writer: WriterOptions<WriterCommit> & { transform: CommitTransformFunction<WriterCommit> }
}

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
 * them) with conventional-changelog's parser and writer and the `conventionalcommits` preset:
 * breaking changes first, then Features, Bug Fixes, Performance Improvements and Reverts; the
 * preset's hidden types (docs, chore, ...) only appear with a breaking change. A revert and the
 * commit it reverts, both in the list, leave both out. Touches no git and no files.
 */
export async function renderReleaseNotes(
  commits: readonly CommitInfo[],
  options: RenderReleaseNotesOptions,
): Promise<ReleaseNotes> {
  checkReleaseNotesOptions(options)
  return writeReleaseNotes(parseConventionalCommits(commits), options)
}

/** Commits parsed for the writer (`hash` set), merges and empty messages left out. */
export type ParsedCommit = WriterCommit

let shared: { preset: Preset; parser: CommitParser } | undefined

/** The preset and its parser, made once per process: both are pure configuration. */
function presetAndParser(): { preset: Preset; parser: CommitParser } {
  if (shared === undefined) {
    const preset = createPreset(presetConfig) as Preset
    shared = { preset, parser: new CommitParser(preset.parser) }
  }
  return shared
}

/**
 * Parses commits listed newest first with the preset's parser, leaving out merges (the preset's
 * `commits.merges: false`: conventional-changelog runs `git log --no-merges`) and empty messages.
 */
export function parseConventionalCommits(commits: readonly CommitInfo[]): ParsedCommit[] {
  const { parser } = presetAndParser()
  const parsed: WriterCommit[] = []
  for (const commit of commits) {
    if ((commit.parents?.length ?? 0) > 1) continue
    const message = commit.body === '' ? commit.subject : `${commit.subject}\n\n${commit.body}`
    if (message.trim() === '') continue
    const entry: WriterCommit = parser.parse(message)
    entry.hash = commit.sha
    parsed.push(entry)
  }
  return parsed
}

/** Renders already parsed commits (parseConventionalCommits) as one release's notes. */
export async function writeReleaseNotes(
  parsed: ParsedCommit[],
  options: RenderReleaseNotesOptions & { onShown?: (hash: string) => void },
): Promise<ReleaseNotes> {
  const { preset } = presetAndParser()
  let captured: FinalTemplateContext<WriterCommit> | undefined
  const transform = preset.writer.transform
  const linked: CommitTransformFunction<WriterCommit> =
    options.repository === undefined
      ? (commit, context, writerOptions) =>
          unlinkedTransform(transform, commit, context, writerOptions)
      : transform
  const writer: WriterOptions<WriterCommit> = {
    ...preset.writer,
    transform: async (commit, context, writerOptions) => {
      const patch = await linked(commit, context, writerOptions)
      if (patch) options.onShown?.(commit.hash ?? '')
      return patch
    },
    finalizeContext: (context) => {
      captured = context
      // The writer serialises the whole context for its debug log even when nothing reads it:
      // half of its time on a long history. A context that serialises as a label saves that.
      return { ...context, toJSON: contextLabel }
    },
  }
  const markdown = await writeChangelogString(parsed, templateContext(options), writer)

  const noteGroups = captured?.noteGroups ?? []
  const commitGroups = captured?.commitGroups ?? []
  return {
    markdown,
    commits: parsed.length,
    sections: [
      ...noteGroups.map((group) => ({
        // As the preset's template writes the heading: `⚠ BREAKING CHANGES`.
        title: [formatNoteIcon(captured ?? {}, group.title), group.title].filter(Boolean).join(' '),
        entries: group.notes.length,
      })),
      ...commitGroups
        .filter((group) => group.title !== '')
        .map((group) => ({ title: group.title, entries: group.commits.length })),
    ],
    breaking: noteGroups.reduce((count, group) => count + group.notes.length, 0),
  }
}

/** Without a repository there is nothing to link to: the preset would link `#1` to `issues/1`. */
const presetConfig: PresetConfig = {
  formatIssueUrl: (context, reference) =>
    context.repository === undefined ? '' : formatIssueUrl(context, reference),
  formatUserUrl: (context, user) =>
    context.repository === undefined ? '' : formatUserUrl(context, user),
}

/** Finds the issue references in a subject the way the preset does, to leave them out of `references`. */
const subjectReferences = createReferencesFormatter<WriterCommit>({
  issuePrefixes: ['#'],
  formatIssueUrl: () => '#',
  formatUserUrl: () => '',
})

/**
 * The preset's transform for notes without links. The preset leaves out of a commit's
 * "closes #1" the references its subject already links; unlinked, they are left out all the same.
 */
async function unlinkedTransform(
  transform: CommitTransformFunction<WriterCommit>,
  commit: WriterCommit,
  context: FinalTemplateContext<WriterCommit>,
  options: Parameters<CommitTransformFunction<WriterCommit>>[2],
): Promise<Partial<WriterCommit> | null> {
  const patch = await transform(commit, context, options)
  const subject = commit['subject']
  // The preset returns undefined (not null) for a commit it leaves out.
  if (!patch || typeof subject !== 'string' || !Array.isArray(patch.references)) {
    return patch
  }
  const inSubject: string[] = []
  subjectReferences(subject, context, inSubject)
  if (inSubject.length === 0) return patch
  return {
    ...patch,
    references: patch.references.filter(
      (reference) => !inSubject.includes(`${reference.prefix}${reference.issue}`),
    ),
  }
}

function contextLabel(): string {
  return '[release notes context]'
}

function templateContext(options: RenderReleaseNotesOptions): TemplateContext<WriterCommit> {
  const { repository, previousTag } = options
  const links: TemplateContext<WriterCommit> =
    repository === undefined
      ? { linkReferences: false, linkCompare: false }
      : {
          host: repository.host.replace(/\/+$/, ''),
          owner: repository.owner,
          repository: repository.repo,
          linkReferences: true,
          linkCompare: previousTag !== undefined,
        }
  return {
    version: options.version,
    date: formatDate(options.date),
    currentTag: options.currentTag,
    ...(previousTag === undefined ? {} : { previousTag }),
    commit: 'commit',
    issue: 'issues',
    compare: 'compare',
    ...links,
  }
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
