// `git log --boundary --decorate-refs=refs/tags/ TO ^FROM` for the plain case, read in this
// process (git-objects.ts): a straight line of commits from --to down to --from, where --to and
// --from are tags (or --from a full sha). Anything else (a merge or a root on the way, a range
// longer than MAX_COMMITS, revision syntax, an odd commit) gives undefined: the caller runs git.
import type { DecoratedCommitInfo } from '@tokenless/git'
import { type GitRepositoryFiles, openRepository, Unusual } from './git-objects.js'

/** Past this many commits one git process is quicker than reading them here. */
export const MAX_COMMITS = 400

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

/** git's `%cI` (strict ISO 8601 in the committer's offset) of `<seconds> <+hhmm>`. */
export function strictIsoDate(seconds: string, offset: string): string {
  const tz = Number(offset)
  const minutes = Math.sign(tz) * (Math.floor(Math.abs(tz) / 100) * 60 + (Math.abs(tz) % 100))
  const time = new Date((Number(seconds) + minutes * 60) * 1000)
  const year = time.getUTCFullYear()
  if (!Number.isFinite(year) || year < 1970 || year > 9999) throw new Unusual(`date ${seconds}`)
  const date = `${pad(year, 4)}-${pad(time.getUTCMonth() + 1)}-${pad(time.getUTCDate())}`
  const clock = `${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())}:${pad(time.getUTCSeconds())}`
  const sign = offset.startsWith('-') && tz !== 0 ? '-' : '+'
  const zone = `${sign}${pad(Math.floor(Math.abs(tz) / 100))}:${pad(Math.abs(tz) % 100)}`
  return `${date}T${clock}${zone}`
}

// git's isspace: space, tab, newline and carriage return (not \v or \f).
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13

/** The lines of `text` from `at`, each [start, end without the newline, next]. */
function lineAt(text: string, at: number): [number, number, number] {
  const newline = text.indexOf('\n', at)
  return newline === -1 ? [at, text.length, text.length] : [at, newline, newline + 1]
}

function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false
  return true
}

/** git's `%s` and `%b` of a commit message (pretty.c: format_subject, skip_blank_lines). */
export function subjectAndBody(message: string): { subject: string; body: string } {
  let at = 0
  while (at < message.length) {
    const [start, end, next] = lineAt(message, at)
    if (!blank(message, start, end)) break
    at = next
  }
  const lines: string[] = []
  while (at < message.length) {
    const [start, end, next] = lineAt(message, at)
    if (blank(message, start, end)) break
    let stop = end
    while (stop > start && isSpace(message.charCodeAt(stop - 1))) stop--
    lines.push(message.slice(start, stop))
    at = next
  }
  while (at < message.length) {
    const [start, end, next] = lineAt(message, at)
    if (!blank(message, start, end)) break
    at = next
  }
  return { subject: lines.join(' '), body: message.slice(at) }
}

const IDENT = /^([^<>\s](?:[^<>\n]*[^<>\s])?) <([^<>\n]*)> (\d{1,12}) ([+-]\d{4})$/

/** One commit object as logCommits' parser gives it (body without trailing newlines). */
export function commitInfo(sha: string, data: Buffer): DecoratedCommitInfo {
  // A NUL ends git's text early, and the log's field separators would split it: git's business.
  if (data.includes(0) || data.includes(0x1e) || data.includes(0x1f))
    throw new Unusual(`control byte in ${sha}`)
  const text = data.toString('utf8')
  const split = text.indexOf('\n\n')
  const headers = (split === -1 ? text : text.slice(0, split)).split('\n')
  const parents: string[] = []
  let author: RegExpExecArray | null = null
  let committer: RegExpExecArray | null = null
  for (const header of headers) {
    if (header.startsWith('parent ')) parents.push(header.slice(7))
    else if (header.startsWith('author ')) author = IDENT.exec(header.slice(7))
    else if (header.startsWith('committer ')) committer = IDENT.exec(header.slice(10))
    else if (header.startsWith('encoding ')) throw new Unusual(`encoding in ${sha}`)
  }
  if (author === null || committer === null || !parents.every((p) => /^[0-9a-f]{40}$/.test(p)))
    throw new Unusual(`commit ${sha}`)
  const { subject, body } = subjectAndBody(split === -1 ? '' : text.slice(split + 2))
  let end = body.length
  while (end > 0 && body.charCodeAt(end - 1) === 10) end--
  return {
    boundary: false,
    tags: [],
    sha,
    subject,
    body: body.slice(0, end),
    author: author[1] ?? '',
    authorEmail: author[2] ?? '',
    date: strictIsoDate(committer[3] ?? '', committer[4] ?? ''),
    parents,
  }
}

/** A revision as a tag name (what git decorates it with) and its commit. */
function revision(
  repo: GitRepositoryFiles,
  rev: string,
  allowSha: boolean,
): { sha: string; tag: string | undefined } {
  if (allowSha && /^[0-9a-f]{40}$/.test(rev)) return { sha: repo.peel(rev), tag: undefined }
  const found = repo.dwim(rev)
  if (found === undefined || !found.ref.startsWith('refs/tags/')) throw new Unusual(rev)
  return { sha: repo.peel(found.sha), tag: found.ref.slice('refs/tags/'.length) }
}

/**
 * The commits of `toRev` not in `fromRev`, newest first, then `fromRev`'s commit as the boundary,
 * as logCommits(cwd, [toRev, `^${fromRev}`], [], { decorate: true, boundary: true }) reads them,
 * with the tags of --to and --from only (the other commits' tags are not read). Undefined when
 * git must be asked.
 */
export function inProcessRange(
  cwd: string,
  toRev: string,
  fromRev: string,
): DecoratedCommitInfo[] | undefined {
  let repo: GitRepositoryFiles | undefined
  try {
    repo = openRepository(cwd)
    if (repo === undefined) return undefined
    const to = revision(repo, toRev, false)
    const from = revision(repo, fromRev, true)
    const commits: DecoratedCommitInfo[] = []
    let sha = to.sha
    while (sha !== from.sha) {
      if (commits.length === MAX_COMMITS) return undefined
      const commit = commitInfo(sha, repo.read(sha).data)
      const parent = commit.parents?.[0]
      if (commit.parents?.length !== 1 || parent === undefined) return undefined
      commits.push(commit)
      sha = parent
    }
    const first = commits[0]
    if (first === undefined) return undefined
    if (to.tag !== undefined) first.tags = [to.tag]
    const boundary = commitInfo(from.sha, repo.read(from.sha).data)
    boundary.boundary = true
    if (from.tag !== undefined) boundary.tags = [from.tag]
    commits.push(boundary)
    return commits
  } catch (error) {
    if (error instanceof Unusual || (error as NodeJS.ErrnoException).code !== undefined)
      return undefined
    throw error
  } finally {
    repo?.close()
  }
}
