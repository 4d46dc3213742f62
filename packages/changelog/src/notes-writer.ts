// The writer of the conventionalcommits preset, written out for its one configuration:
// conventional-changelog-writer 9's grouping, sorting and reverted-commit filter with the preset's
// transform and templates (@conventional-changelog/template's elements). Synchronous and with no
// debug serialisation: one release's section costs what its commits cost.
// test/notes-oracle.test.ts holds it to the library's output byte for byte.
import type { CommitNote, NoteReference, NotesCommit } from './notes-parser.js'
import { compareRoot } from './root-collation.js'

/** Where the links point; without it the notes have no links. */
export interface NotesLinks {
  host: string
  owner: string
  repository: string
}

export interface NotesContext {
  version: string
  /** The UTC day in the heading, `YYYY-MM-DD`. */
  date: string
  currentTag: string
  previousTag?: string | undefined
  links?: NotesLinks | undefined
}

export interface WrittenNotes {
  markdown: string
  sections: Array<{ title: string; entries: number }>
  breaking: number
  /** The hash of the oldest commit the notes show (before reverted pairs are left out). */
  oldestShown: string | undefined
}

interface Entry {
  raw: NotesCommit
  header: string | null
  hash: string
  type: string
  scope: string | null
  subject: string | null
  shortHash: string
  references: NoteReference[]
  notes: CommitNote[]
  revert: NotesCommit['revert']
  /** What the commits of a group are sorted by: the scope and subject. */
  order: string
}

interface Note extends CommitNote {
  commit: Entry
}

const TYPES: ReadonlyArray<{ type: string; section: string; hidden: boolean }> = [
  { type: 'feat', section: 'Features', hidden: false },
  { type: 'feature', section: 'Features', hidden: false },
  { type: 'fix', section: 'Bug Fixes', hidden: false },
  { type: 'perf', section: 'Performance Improvements', hidden: false },
  { type: 'revert', section: 'Reverts', hidden: false },
  { type: 'docs', section: 'Documentation', hidden: true },
  { type: 'style', section: 'Styles', hidden: true },
  { type: 'chore', section: 'Miscellaneous Chores', hidden: true },
  { type: 'refactor', section: 'Code Refactoring', hidden: true },
  { type: 'test', section: 'Tests', hidden: true },
  { type: 'build', section: 'Build System', hidden: true },
  { type: 'ci', section: 'Continuous Integration', hidden: true },
]
const GROUP_ORDER = TYPES.map((entry) => entry.section)
const BREAKING_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/
const RELEASE_AS = /release-as:\s*\w*@?([0-9]+\.[0-9]+\.[0-9a-z]+(-[0-9a-z.]+)?)\s*/i
const BREAKING_CHANGES = 'BREAKING CHANGES'
// localeCompare without locales, as `new Intl.Collator().compare` (ASCII without loading ICU's).
const collate = compareRoot
const breakingHeader = (header: string): boolean =>
  header.includes('!: ') && BREAKING_HEADER.test(header)

// @conventional-changelog/template's reference formatter with the preset's `#` prefix.
const REFERENCE_TEXT = new RegExp(
  [
    /\[(?:[^[\]]|\[[^[\]]*])*]\((?:[^()\n]|\([^()\n]*\))*\)/.source,
    /\[[^\]]*]\[[^\]]*]/.source,
    /^[ \t]*(?=(?<fence>`{3,}|~{3,}))\k<fence>[\s\S]*?^[ \t]*\k<fence>[ \t]*\r?$/.source,
    /(?=(?<code>`+))\k<code>[^\n]*?\k<code>/.source,
    /https?:\/\/(?:[^\s()]|\([^\s()]*\))+/.source,
    '(?<prefix>#)(?<issue>[a-z0-9]+)',
    /\B@(?<user>[a-z0-9](?:-?[a-z0-9/]){0,38})/.source,
  ].join('|'),
  'gm',
)

const MAY_REFERENCE = /[[`~#@]|https?:\/\//

// @conventional-changelog/template's elements.
const toText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''

function each<T>(items: readonly T[] | undefined, render: (item: T) => unknown, separator = '\n') {
  if (!items) return ''
  let text = ''
  for (const item of items) {
    const rendered = toText(render(item)).trim()
    text = `${text}${text && rendered ? separator : ''}${rendered}`
  }
  return text
}

function list<T>(items: readonly T[], render: (item: T) => unknown): string {
  return each(items, (item) => {
    const rendered = toText(render(item)).trim()
    // Most items are one line: nothing to indent.
    const text = rendered.includes('\n')
      ? rendered
          .split(/\r?\n/)
          .map((line, index) => (index > 0 && line ? `  ${line}` : line))
          .join('\n')
      : rendered
    return rendered ? `* ${text}` : ''
  })
}

const strings = (...values: unknown[]): string => each(values, (value) => value, '')
const segments = (...values: unknown[]): string => each(values, (value) => value, '\n\n')
const words = (...values: unknown[]): string => each(values, (value) => value, ' ')
const link = (text: string, target: string): string => `[${text}](${target})`
const bold = (text: string): string => `**${text}**`

function url(...parts: Array<string | null | undefined>): string {
  let joined = ''
  for (const part of parts) {
    if (!part) continue
    const segment =
      part.startsWith('/') || part.endsWith('/') ? part.replace(/^\/+|\/+$/g, '') : part
    joined = joined ? `${joined}/${segment}` : segment
  }
  return joined
}

// Each commit line links into the repository: its URL is made once per links object.
const repositoryUrls = new WeakMap<NotesLinks, string>()
function repositoryUrl(links: NotesLinks): string {
  let joined = repositoryUrls.get(links)
  if (joined === undefined) {
    joined = url(links.host, links.owner, links.repository)
    repositoryUrls.set(links, joined)
  }
  return joined
}

function issueUrl(
  links: NotesLinks,
  reference: { owner?: string | null; repository?: string | null; issue: string },
) {
  const base = reference.repository
    ? url(links.host, reference.owner, reference.repository)
    : repositoryUrl(links)
  return url(base, 'issues', reference.issue)
}

/** Links `#1` and `@user` in a text; pushes the issue references it found onto `found`. */
function formatReferences(text: string, links: NotesLinks | undefined, found?: string[]): string {
  // Each of REFERENCE_TEXT's forms has one of these: most subjects have none and stay as they are.
  if (!MAY_REFERENCE.test(text)) return text
  return text.replace(REFERENCE_TEXT, (match: string, ...args: unknown[]) => {
    const { issue, user } = args.at(-1) as { issue?: string; user?: string }
    if (issue) {
      // Without links the preset leaves the text as is, but still leaves out of the references
      // the ones the subject names.
      found?.push(match)
      return links === undefined ? match : link(match, issueUrl(links, { issue }))
    }
    if (user && !user.includes('/') && links !== undefined) {
      return link(match, url(links.host, user))
    }
    return match
  })
}

const noteTitle = (title: string): string => {
  const upper = title.toUpperCase()
  return upper === 'BREAKING CHANGE' || upper === 'BREAKING-CHANGE' ? BREAKING_CHANGES : upper
}

/** The preset's transform: undefined for a commit the notes leave out. */
function transform(commit: NotesCommit, links: NotesLinks | undefined): Entry | undefined {
  const typeKey = (commit.revert ? 'revert' : commit.type || '').toLowerCase()
  const entry = TYPES.find((type) => type.type === typeKey)
  let discard = !(
    (commit.footer && RELEASE_AS.test(commit.footer)) ||
    (commit.body && RELEASE_AS.test(commit.body))
  )
  const raw =
    commit.notes.some((note) => noteTitle(note.title) === BREAKING_CHANGES) ||
    !breakingHeader(commit.header || '')
      ? commit.notes
      : [{ title: 'BREAKING CHANGE', text: commit.subject || '' }, ...commit.notes]
  const notes = raw.map((note) => {
    discard = false
    return { ...note, title: noteTitle(note.title), text: formatReferences(note.text, links) }
  })
  if (discard && (entry === undefined || entry.hidden)) return undefined
  const found: string[] = []
  const subject =
    typeof commit.subject === 'string'
      ? formatReferences(commit.subject, links, found)
      : commit.subject
  const scope = commit.scope === '*' ? '' : commit.scope
  return {
    raw: commit,
    header: commit.header,
    hash: commit.hash,
    type: entry ? entry.section : (commit.type as string),
    scope,
    subject,
    shortHash: commit.hash.substring(0, 7),
    references:
      found.length === 0
        ? commit.references
        : commit.references.filter(
            (reference) => !found.includes(reference.prefix + reference.issue),
          ),
    notes,
    revert: commit.revert,
    // Made once, not at each comparison of the sort.
    order: (scope || '') + (subject || ''),
  }
}

const trimmed = (value: string | null): string | null =>
  typeof value === 'string' ? value.trim() : value

/** conventional-commits-filter: a revert and the commit it reverts, both listed, leave both out. */
function withoutReverted(entries: readonly Entry[]): readonly Entry[] {
  const removed = new Set<Entry>()
  // The reverts not yet matched, oldest first, by the header and hash they name (trimmed): an
  // entry is reverted by the first of them that names its own.
  const pending = new Map<string, Entry[]>()
  const key = (header: string | null, hash: string | null): string =>
    JSON.stringify([trimmed(header), trimmed(hash)])
  for (const entry of entries) {
    // Only a revert seen before can revert this entry: without one, no key to make.
    const own = pending.size === 0 ? undefined : key(entry.raw.header, entry.raw.hash)
    const reverts = own === undefined ? undefined : pending.get(own)
    const revert = reverts?.shift()
    if (revert !== undefined) {
      removed.add(entry).add(revert)
      if (reverts?.length === 0 && own !== undefined) pending.delete(own)
    } else if (entry.revert) {
      const named = key(entry.revert.header, entry.revert.hash)
      const list = pending.get(named)
      if (list === undefined) pending.set(named, [entry])
      else list.push(entry)
    }
  }
  return removed.size === 0 ? entries : entries.filter((entry) => !removed.has(entry))
}

function commitGroups(entries: readonly Entry[]): Array<{ title: string; commits: Entry[] }> {
  const byType: Record<string, Entry[]> = Object.create(null) as Record<string, Entry[]>
  for (const entry of entries) (byType[entry.type || ''] ??= []).push(entry)
  const groups = Object.entries(byType).map(([title, commits]) => {
    commits.sort((a, b) => collate(a.order, b.order))
    return { title, commits }
  })
  return groups.sort((a, b) => GROUP_ORDER.indexOf(a.title) - GROUP_ORDER.indexOf(b.title))
}

function noteGroups(notes: readonly Note[]): Array<{ title: string; notes: Note[] }> {
  const groups: Array<{ title: string; notes: Note[] }> = []
  for (const note of notes) {
    const group = groups.find((candidate) => candidate.title === note.title)
    if (group) group.notes.push(note)
    else groups.push({ title: note.title, notes: [note] })
  }
  groups.sort((a, b) => collate(a.title || '', b.title || ''))
  for (const group of groups) {
    group.notes.sort(
      (a, b) => collate(a.title || '', b.title || '') || collate(a.text || '', b.text || ''),
    )
  }
  return groups
}

function renderReferences(
  references: readonly NoteReference[],
  links: NotesLinks | undefined,
  closing: boolean,
): string {
  if (references.length === 0) return ''
  return each(
    references.filter((reference) => Boolean(reference.action) === closing),
    (reference) => {
      const label = strings(
        reference.owner && `${reference.owner}/`,
        reference.repository,
        reference.issue && `${reference.prefix || '#'}${reference.issue}`,
      )
      return links === undefined ? label : link(label, issueUrl(links, reference))
    },
    ' ',
  )
}

function commitLine(entry: Entry, links: NotesLinks | undefined): string {
  const commitLink = entry.hash
    ? links === undefined
      ? entry.shortHash
      : `(${link(entry.shortHash, url(repositoryUrl(links), 'commit', entry.hash))})`
    : ''
  const closing = renderReferences(entry.references, links, true)
  const other = renderReferences(entry.references, links, false)
  return strings(
    words(entry.scope && bold(`${entry.scope}:`), entry.subject || entry.header || '', commitLink),
    closing && `, closes ${closing}`,
    other && `, references ${other}`,
  )
}

function heading(context: NotesContext): string {
  const { links, previousTag } = context
  const version =
    links !== undefined && previousTag !== undefined
      ? link(
          context.version,
          url(
            repositoryUrl(links),
            'compare',
            `${encodeURIComponent(previousTag || '')}...${encodeURIComponent(context.currentTag || '')}`,
          ),
        )
      : context.version
  return `## ${words(version, context.date && `(${context.date})`)}`
}

/**
 * One release's notes from its parsed commits (newest first, merges left out), as the
 * conventional-changelog writer renders them with the conventionalcommits preset.
 */
export function writeNotes(commits: readonly NotesCommit[], context: NotesContext): WrittenNotes {
  const { links } = context
  const entries: Entry[] = []
  for (const commit of commits) {
    const entry = transform(commit, links)
    if (entry !== undefined) entries.push(entry)
  }
  const notes: Note[] = []
  // The entries are this call's own: each note is attached to its entry in place.
  const shown = withoutReverted(entries)
  for (const entry of shown) {
    if (entry.notes.length === 0) continue
    entry.notes = entry.notes.map((note) => {
      const withCommit = { ...note, commit: entry }
      notes.push(withCommit)
      return withCommit
    })
  }
  const groups = commitGroups(shown)
  const breaking = noteGroups(notes)
  const markdown = segments(
    heading(context),
    each(
      breaking,
      (group) =>
        segments(
          `### ${words(group.title === BREAKING_CHANGES ? '⚠' : '', group.title)}`,
          list(group.notes, (note) =>
            words(note.commit.scope && bold(`${note.commit.scope}:`), note.text),
          ),
        ),
      '\n\n',
    ),
    each(
      groups,
      (group) =>
        segments(
          group.title && `### ${group.title}`,
          list(group.commits, (entry) => commitLine(entry, links)),
        ),
      '\n\n',
    ),
  ).trim()
  return {
    markdown: markdown.length > 0 ? `${markdown}\n` : '',
    sections: [
      ...breaking.map((group) => ({
        title: words(group.title === BREAKING_CHANGES ? '⚠' : '', group.title),
        entries: group.notes.length,
      })),
      ...groups
        .filter((group) => group.title !== '')
        .map((group) => ({ title: group.title, entries: group.commits.length })),
    ],
    breaking: notes.length,
    oldestShown: entries.at(-1)?.hash,
  }
}
