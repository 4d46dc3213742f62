// `tokenless notes`: release notes and CHANGELOG.md sections from conventional commits.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { type ChangelogRelease, prependChangelogSection } from '@tokenless/changelog'
import { ConfigurationError } from '@tokenless/errors'
import type { CliIO } from '../io.js'
import { allNotes, rangeNotes } from './notes-range.js'
import {
  NOTES_USAGE,
  type NotesArgs,
  NotesError,
  NotesUsageError,
  parseNotesArgs,
} from './options.js'
import { loadVersioning, readRepositoryFacts } from './repository-facts.js'

export { NOTES_USAGE } from './options.js'

// node:fs's synchronous calls, not node:fs/promises: loading that module (and the readline
// modules it needs) would cost every run at start-up, and --prepend writes one small file.
function readExisting(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ''
    throw error
  }
}

/** Writes the sections into the file, oldest first, so that each lands above the one before. */
async function prepend(path: string, releases: readonly ChangelogRelease[]): Promise<string> {
  const { versionsEquivalent } = await loadVersioning()
  const equivalent = (a: string, b: string): boolean => {
    try {
      return versionsEquivalent(a, b)
    } catch {
      return a === b
    }
  }
  let text = readExisting(path)
  for (const release of [...releases].reverse()) {
    text = prependChangelogSection(text, release.markdown, release.version, equivalent)
  }
  writeFileSync(path, text)
  const names = releases.map((release) => release.version)
  return names.length === 1 ? `${names[0]}` : `${names.length} sections`
}

function render(releases: readonly ChangelogRelease[], args: NotesArgs): string {
  if (args.format === 'json') {
    const shown = releases.map(
      ({ version, tag, previousTag, date, commits, breaking, sections, markdown }) => ({
        version,
        tag,
        previousTag: previousTag ?? null,
        date,
        commits,
        breaking,
        sections,
        markdown,
      }),
    )
    return `${JSON.stringify({ releases: shown }, null, 2)}\n`
  }
  return releases.map((release) => release.markdown).join('\n')
}

async function runNotes(args: NotesArgs, io: CliIO): Promise<void> {
  // Read only when a path needs them: the fast paths read what they need from one git log.
  let facts: ReturnType<typeof readRepositoryFacts> | undefined
  const loadFacts = () => (facts ??= readRepositoryFacts(io.cwd, args))
  const releases = args.all
    ? await allNotes(io.cwd, args, loadFacts)
    : await rangeNotes(io.cwd, args, loadFacts)
  if (args.prepend === undefined) {
    io.stdout.write(render(releases, args))
    return
  }
  const written = await prepend(resolve(io.cwd, args.prepend), releases)
  io.stderr.write(`tokenless notes: wrote ${written} into ${args.prepend}\n`)
}

export async function notesCommand(argv: string[], io: CliIO): Promise<number> {
  let args: NotesArgs
  try {
    args = parseNotesArgs(argv)
  } catch (error) {
    if (!(error instanceof NotesUsageError)) throw error
    io.stderr.write(`tokenless notes: ${error.message}\n\n${NOTES_USAGE}\n`)
    return 2
  }
  if (args.help) {
    io.stdout.write(`${NOTES_USAGE}\n`)
    return 0
  }
  try {
    await runNotes(args, io)
    return 0
  } catch (error) {
    if (error instanceof NotesUsageError) {
      io.stderr.write(`tokenless notes: ${error.message}\n`)
      return 2
    }
    if (error instanceof NotesError || error instanceof ConfigurationError) {
      io.stderr.write(`tokenless notes: ${error.message}\n`)
      return 1
    }
    throw error
  }
}
