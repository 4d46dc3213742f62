/** A commit message as a whole (`subject\n\nbody`) or split the way `git log` gives it. */
export type CommitMessage = string | { subject: string; body: string; sha?: string }

/** What a revert commit undoes. */
export interface RevertedCommit {
  /** The reverted commit's subject, from git's `Revert "<subject>"`. */
  header?: string
  /** The reverted commits' shas, from `This reverts commit <sha>.` and `Refs: <sha>` footers. */
  shas: string[]
}

export interface ConventionalCommit {
  /** Lower case: `Feat:` and `feat:` are the same type. */
  type: string
  scope?: string
  breaking: boolean
  description: string
  /**
   * The `BREAKING CHANGE:` / `BREAKING-CHANGE:` footers' texts; when the breaking change is only
   * marked with `!`, the description (as the spec says it then describes the break).
   */
  breakingNotes: string[]
  /** Issue and pull request references: `#123`, `owner/repo#123`, in order of appearance. */
  references: string[]
  sha?: string
  /** Set for a revert: git's `Revert "..."` subject (type `revert`) or a `revert:` commit. */
  revert?: RevertedCommit
}

// Conventional Commits 1.0.0: `type(scope)!: description`. The type is a noun (letters first);
// the scope a non-empty noun in parentheses; the colon is followed by a space.
const HEADER =
  /^(?<type>[A-Za-z][A-Za-z0-9_-]*)(?:\((?<scope>[^()\r\n]+)\))?(?<bang>!)?: +(?<description>\S.*)$/
// git's own revert subject, also as GitHub squash-merges it: `Revert "feat: x" (#12)`.
const GIT_REVERT = /^Revert "(?<header>.*)"(?<rest>.*)$/
// BREAKING CHANGE must be upper case (rule 15); BREAKING-CHANGE is a synonym (rule 16).
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:(?: (?<value>.*)|$)/
// Any footer: a word token (`-` for spaces) then `: ` or ` #` (rules 8-10). A value runs until the next one.
const FOOTER = /^(?:BREAKING[ -]CHANGE|[A-Za-z][A-Za-z0-9-]*)(?:: | #)/
const REFERENCE = /(?<![\w&#/.:-])((?:[\w.-]+\/[\w.-]+)?#\d+)\b/g
const REVERTS_COMMIT = /This reverts commit ([0-9a-f]{7,40})\b/g

/**
 * Parses a commit message by Conventional Commits 1.0.0, or returns undefined for a merge commit
 * or any message that does not follow it. Types are case-insensitive (returned lower case);
 * `BREAKING CHANGE` is only a breaking change in upper case. git's `Revert "<subject>"` is
 * returned as type `revert` with the reverted subject as description.
 */
export function parseConventionalCommit(message: CommitMessage): ConventionalCommit | undefined {
  const { subject, body, sha } = splitMessage(message)
  const references = findReferences(`${subject}\n${body}`)
  const withSha = sha === undefined ? {} : { sha }

  const gitRevert = GIT_REVERT.exec(subject)?.groups
  if (gitRevert?.header !== undefined) {
    return {
      type: 'revert',
      breaking: false,
      description: gitRevert.header,
      breakingNotes: [],
      references,
      ...withSha,
      revert: { header: gitRevert.header, shas: revertedShas(body) },
    }
  }

  const header = HEADER.exec(subject)?.groups
  if (header?.type === undefined || header.description === undefined) return undefined
  const type = header.type.toLowerCase()
  const scope = header.scope?.trim()
  if (scope === '') return undefined
  // the subject is trimmed, and the header's description starts with a non-space
  const description = header.description
  const footerNotes = breakingFooters(body)
  const breaking = header.bang !== undefined || footerNotes.length > 0
  return {
    type,
    ...(scope === undefined ? {} : { scope }),
    breaking,
    description,
    breakingNotes: footerNotes.length > 0 ? footerNotes : breaking ? [description] : [],
    references,
    ...withSha,
    ...(type === 'revert' ? { revert: { shas: revertedShas(body) } } : {}),
  }
}

function splitMessage(message: CommitMessage): {
  subject: string
  body: string
  sha?: string | undefined
} {
  if (typeof message !== 'string') {
    const body = message.body.replace(/\r\n?/g, '\n')
    return { subject: message.subject.trim(), body, sha: message.sha }
  }
  const [subject = '', ...rest] = message.replace(/\r\n?/g, '\n').split('\n')
  // the body is read line by line: the blank line after the subject needs no removing
  return { subject: subject.trim(), body: rest.join('\n') }
}

/** The texts of the `BREAKING CHANGE:` footers, each running until the next footer token. */
function breakingFooters(body: string): string[] {
  const notes: string[] = []
  let current: string[] | undefined
  const finish = (): void => {
    if (current === undefined) return
    const note = current.join('\n').trim()
    if (note !== '') notes.push(note)
    current = undefined
  }
  for (const line of body.split('\n')) {
    const breaking = BREAKING_FOOTER.exec(line)
    if (breaking !== null) {
      finish()
      current = [breaking.groups?.value ?? '']
    } else if (FOOTER.test(line)) {
      finish()
    } else if (current !== undefined) {
      current.push(line)
    }
  }
  finish()
  return notes
}

function findReferences(text: string): string[] {
  return [...new Set([...text.matchAll(REFERENCE)].map((match) => match[1] as string))]
}

function revertedShas(body: string): string[] {
  const shas = [...body.matchAll(REVERTS_COMMIT)].map((match) => match[1] as string)
  for (const line of body.split('\n')) {
    const refs = /^Refs: (.*)/i.exec(line)?.[1]
    if (refs !== undefined) shas.push(...(refs.match(/\b[0-9a-f]{7,40}\b/g) ?? []))
  }
  return [...new Set(shas)]
}
