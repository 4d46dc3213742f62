// The reference renderer: conventional-changelog's own parser and writer with the
// conventionalcommits preset, as @tokenless/changelog called them before it had its own. Kept
// only to hold the suite's renderer to it (devDependencies), never shipped.
import createPreset, {
  formatIssueUrl,
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
import type { CommitInfo } from '@tokenless/git'
import type { RenderReleaseNotesOptions } from '../src/index.js'

type WriterCommit = CommitKnownProps & Record<string, unknown>

interface Preset {
  parser: ParserOptions
  writer: WriterOptions<WriterCommit> & { transform: CommitTransformFunction<WriterCommit> }
}

const presetConfig: PresetConfig = {
  formatIssueUrl: (context, reference) =>
    context.repository === undefined ? '' : formatIssueUrl(context, reference),
  formatUserUrl: (context, user) =>
    context.repository === undefined ? '' : formatUserUrl(context, user),
}
const preset = createPreset(presetConfig) as Preset
const parser = new CommitParser(preset.parser)

const subjectReferences = createReferencesFormatter<WriterCommit>({
  issuePrefixes: ['#'],
  formatIssueUrl: () => '#',
  formatUserUrl: () => '',
})

async function unlinkedTransform(
  commit: WriterCommit,
  context: FinalTemplateContext<WriterCommit>,
  options: Parameters<CommitTransformFunction<WriterCommit>>[2],
): Promise<Partial<WriterCommit> | null> {
  const patch = await preset.writer.transform(commit, context, options)
  const subject = commit['subject']
  if (!patch || typeof subject !== 'string' || !Array.isArray(patch.references)) return patch
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

/** The reference's notes, and the hash of the oldest commit its transform kept. */
export async function oracleNotes(
  commits: readonly CommitInfo[],
  options: RenderReleaseNotesOptions,
): Promise<{ markdown: string; oldestShown: string | undefined }> {
  const parsed: WriterCommit[] = []
  for (const commit of commits) {
    if ((commit.parents?.length ?? 0) > 1) continue
    const message = commit.body === '' ? commit.subject : `${commit.subject}\n\n${commit.body}`
    if (message.trim() === '') continue
    const entry: WriterCommit = parser.parse(message)
    entry.hash = commit.sha
    parsed.push(entry)
  }
  let oldestShown: string | undefined
  const transform: CommitTransformFunction<WriterCommit> =
    options.repository === undefined ? unlinkedTransform : preset.writer.transform
  const markdown = await writeChangelogString(parsed, templateContext(options), {
    ...preset.writer,
    transform: async (commit, context, writerOptions) => {
      const patch = await transform(commit, context, writerOptions)
      if (patch) oldestShown = commit.hash ?? undefined
      return patch
    },
  })
  return { markdown, oldestShown }
}
