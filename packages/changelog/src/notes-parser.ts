// The commit parser of the conventionalcommits preset, written out for its one configuration:
// conventional-commits-parser 7's algorithm with the preset's options (header and breaking-header
// patterns, BREAKING CHANGE notes, `#` issues, the default closing keywords and field pattern,
// git's revert message), its regexes made once at load. Only what the writer reads is kept
// (no mentions, no merge pattern: the preset sets none). test/notes-oracle.test.ts holds it to
// the library's output on generated histories.

export interface NoteReference {
  raw: string
  action: string | null
  owner: string | null
  repository: string | null
  prefix: string
  issue: string
}

export interface CommitNote {
  title: string
  text: string
}

/** A parsed commit message, as conventional-commits-parser returns it (`hash` set by the caller). */
export interface NotesCommit {
  header: string | null
  type: string | null
  scope: string | null
  subject: string | null
  body: string | null
  footer: string | null
  notes: CommitNote[]
  references: NoteReference[]
  revert: { header: string | null; hash: string | null } | null
  hash: string
}

const HEADER = /^(\w*)(?:\((.*)\))?!?: (.*)$/
const BREAKING_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/
const NOTES = /^(?:\*\s+)?(BREAKING CHANGE|BREAKING-CHANGE):\s*(.*)/i
const REVERT = /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i
const FIELD = /^-(?=.*\w)(.*?)-$/
const GPG = /^\s*gpg:/
const URL = /\b(?:https?):\/\/(?:www\.)?([-a-zA-Z0-9@:%_+.~#?&//=])+\b/
const REPOSITORY_CHAR = '[\\w-\\.\\/]'
// Sticky: a search starts where the last reference ended (the library's regex, prefixes `#`).
const REFERENCE_PARTS = new RegExp(
  `.*?(?<!${REPOSITORY_CHAR})(?:(${REPOSITORY_CHAR}+)(?!${REPOSITORY_CHAR}))?(#)((?=[\\w-]*\\d)[\\w-]+)(?=\\s|$|[,;.)\\]])`,
  'giy',
)
const ACTIONS = 'close|closes|closed|fix|fixes|fixed|resolve|resolves|resolved'
const referencesRegex = (separator: string): RegExp =>
  new RegExp(
    `(?<!\\w)(${ACTIONS})${separator}(?:\\s+(.*?))(?=(?<!\\w)(?:${ACTIONS})(?!\\w)|$)`,
    'gi',
  )
// Every match of REFERENCES and FOOTER_REFERENCES starts so: a line without it has no action.
const MAY_ACTION = new RegExp(`(?<!\\w)(?:${ACTIONS}):?\\s`, 'i')
const REFERENCES = referencesRegex('')
const FOOTER_REFERENCES = referencesRegex(':?')
const FOOTER_TOKEN = /^(?:BREAKING CHANGE|[\w-]+)(?::\s+|\s+(?:#)).+/i

const newLine = (code: number): boolean => code === 0x0a || code === 0x0d

function trimNewLines(input: string): string {
  let first = 0
  while (first < input.length && newLine(input.charCodeAt(first))) first++
  if (first === input.length) return ''
  let last = input.length - 1
  while (newLine(input.charCodeAt(last))) last--
  return first === 0 && last === input.length - 1 ? input : input.substring(first, last + 1)
}

function appendLine(source: string | null, line: string | undefined): string {
  return source ? `${source}\n${line || ''}` : line || ''
}

function parseReference(input: string, action: string | null): NoteReference | null {
  if (URL.test(input)) return null
  const matches = REFERENCE_PARTS.exec(input)
  if (!matches) return null
  const raw = matches[0]
  let repository = matches[1] ?? null
  let owner: string | null = null
  if (repository) {
    const slash = repository.indexOf('/')
    if (slash !== -1) {
      owner = repository.slice(0, slash)
      repository = repository.slice(slash + 1)
    }
  }
  return {
    raw,
    action,
    owner,
    repository,
    prefix: matches[2] as string,
    issue: matches[3] as string,
  }
}

function parseReferences(input: string, footerToken = false): NoteReference[] {
  // Every reference has its `#`: a line without one has none (most lines; the regexes are costly).
  if (!input.includes('#')) return []
  const regex = footerToken ? FOOTER_REFERENCES : REFERENCES
  // Text outside of action sentences (`#1` in `#1 Fixes #2`) has references without an action.
  const sentences: Array<[string | null, string]> = []
  let lastIndex = 0
  const actions = MAY_ACTION.test(input)
  for (let matches = actions ? regex.exec(input) : null; matches; matches = regex.exec(input)) {
    sentences.push(
      [null, input.slice(lastIndex, matches.index)],
      [matches[1] || null, matches[2] || ''],
    )
    lastIndex = regex.lastIndex
  }
  sentences.push([null, input.slice(lastIndex)])
  const references: NoteReference[] = []
  for (const [action, sentence] of sentences) {
    for (let reference = parseReference(sentence, action); reference;) {
      references.push(reference)
      reference = parseReference(sentence, action)
    }
  }
  return references
}

/** One message's parse: the library's line cursor over the message's lines. */
class MessageCursor {
  index = 0
  constructor(
    readonly lines: string[],
    readonly commit: NotesCommit,
  ) {}

  available(): boolean {
    return this.index < this.lines.length
  }

  line(): string {
    return this.lines[this.index] as string
  }

  parseMeta(): boolean {
    if (!this.available()) return false
    const commit = this.commit as unknown as Record<string, string | null>
    let field: string | null = null
    let parsed = false
    while (this.available()) {
      const matches = FIELD.exec(this.line())
      if (matches) {
        field = matches[1] || null
        this.index++
        continue
      }
      if (!field) break
      parsed = true
      commit[field] = appendLine(commit[field] ?? null, this.line())
      this.index++
    }
    return parsed
  }

  parseNotes(): boolean {
    if (!this.available()) return false
    const { commit } = this
    const matches = NOTES.exec(this.line())
    if (!matches) return false
    const note = { title: matches[1] as string, text: matches[2] as string }
    commit.notes.push(note)
    commit.footer = appendLine(commit.footer, this.line())
    this.index++
    while (this.available()) {
      if (this.parseMeta()) return true
      if (this.parseNotes()) return true
      const footerToken = FOOTER_TOKEN.test(this.line())
      commit.references.push(...parseReferences(this.line(), footerToken))
      if (!footerToken) note.text = appendLine(note.text, this.line())
      commit.footer = appendLine(commit.footer, this.line())
      this.index++
      if (footerToken) break
    }
    return true
  }

  parseBodyAndFooter(isBody: boolean): boolean {
    if (!this.available()) return isBody
    const { commit } = this
    const footerToken = FOOTER_TOKEN.test(this.line())
    const stillBody = !footerToken && isBody
    commit.references.push(...parseReferences(this.line(), footerToken))
    if (stillBody) commit.body = appendLine(commit.body, this.line())
    else commit.footer = appendLine(commit.footer, this.line())
    this.index++
    return stillBody
  }
}

function parseHeader(commit: NotesCommit, header: string | undefined): void {
  if (!header) return
  commit.header = header
  // A breaking header has its `!: `: most headers have none and need one regex, not two.
  const matches =
    (header.includes('!: ') ? BREAKING_HEADER.exec(header) : null) ?? HEADER.exec(header)
  if (matches) {
    commit.type = matches[1] || null
    commit.scope = matches[2] || null
    commit.subject = matches[3] || null
  }
}

function cleanup(commit: NotesCommit): void {
  if (commit.body) commit.body = trimNewLines(commit.body)
  if (commit.footer) commit.footer = trimNewLines(commit.footer)
  for (const note of commit.notes) note.text = trimNewLines(note.text)
  if (commit.references.length < 2) return
  const seen = new Set<string>()
  commit.references = commit.references.filter((reference) => {
    const uid = `${reference.action} ${reference.raw}`.toLocaleLowerCase()
    if (seen.has(uid)) return false
    seen.add(uid)
    return true
  })
}

/**
 * Parses one commit message (`subject`, or `subject\n\nbody`) as the conventionalcommits preset's
 * parser does. The message must not be blank.
 */
export function parseNotesCommit(message: string, hash: string): NotesCommit {
  const text = trimNewLines(message)
  // Most messages have no `\r` and no gpg: line: a plain split, no filter.
  let lines = text.includes('\r') ? text.split(/\r?\n/) : text.split('\n')
  if (text.includes('gpg:')) lines = lines.filter((line) => !GPG.test(line))
  const commit: NotesCommit = {
    header: null,
    type: null,
    scope: null,
    subject: null,
    body: null,
    footer: null,
    notes: [],
    references: [],
    revert: null,
    hash: '',
  }
  const cursor = new MessageCursor(lines, commit)
  parseHeader(commit, lines[cursor.index++])
  if (commit.header) commit.references = parseReferences(commit.header)
  let isBody = true
  while (cursor.available()) {
    cursor.parseMeta()
    if (cursor.parseNotes()) isBody = false
    if (!cursor.parseBodyAndFooter(isBody)) isBody = false
  }
  if (commit.notes.length === 0 && commit.header) {
    const breaking = commit.header.includes('!: ') ? BREAKING_HEADER.exec(commit.header) : null
    if (breaking) commit.notes.push({ title: 'BREAKING CHANGE', text: breaking[3] as string })
  }
  const revert = REVERT.exec(message)
  if (revert) commit.revert = { header: revert[1] || null, hash: revert[2] || null }
  cleanup(commit)
  // Set after the parse, as the caller sets it: a `-hash-` field line does not survive it.
  commit.hash = hash
  return commit
}
