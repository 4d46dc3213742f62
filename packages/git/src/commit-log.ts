import type { CommitInfo } from './commits.js'
import { childProcess, git, type GitResult } from './git-command.js'

const FIELDS = ['%H', '%P', '%s', '%b', '%an', '%ae', '%cI'].join('%x1f')
// With decorations: the boundary mark first, the tags on the commit last.
const DECORATED_FIELDS = `%m%x1f${FIELDS}%x1f%D`

/** A commit of a decorated log: the tags on it, and whether it is a `--boundary` commit. */
export interface DecoratedCommitInfo extends CommitInfo {
  tags: string[]
  boundary: boolean
}

/** Turns `git log --format=<FIELDS>%x1e` output into commits as it arrives, chunk by chunk. */
export class CommitLogParser {
  readonly commits: CommitInfo[] = []
  private rest = ''

  /**
   * `decorated`: the output of DECORATED_FIELDS (logCommits' `decorate` option). With `onCommit`,
   * each commit is handed to it as soon as it is read instead of being kept in `commits`.
   */
  constructor(
    private readonly decorated = false,
    private readonly onCommit?: (commit: CommitInfo) => void,
  ) {}

  push(chunk: string): void {
    const text = this.rest === '' ? chunk : this.rest + chunk
    let start = 0
    for (let end = text.indexOf('\x1e'); end !== -1; end = text.indexOf('\x1e', start)) {
      this.record(text, text.charCodeAt(start) === 10 ? start + 1 : start, end)
      start = end + 1
    }
    this.rest = start === 0 ? text : text.slice(start)
  }

  end(): CommitInfo[] {
    const rest = this.rest
    this.rest = ''
    if (rest.trim() !== '') this.record(rest, rest.charCodeAt(0) === 10 ? 1 : 0, rest.length)
    return this.commits
  }

  /** The record text[start, end): its fields split at \x1f, read in place. */
  private record(text: string, start: number, end: number): void {
    let from = start
    const field = (): string | undefined => {
      if (from > end) return undefined
      let to = text.indexOf('\x1f', from)
      if (to === -1 || to > end) to = end
      const value = text.slice(from, to)
      from = to + 1
      return value
    }
    const mark = this.decorated ? field() : undefined
    const sha = field()
    const parents = field()
    const subject = field()
    const body = field()
    const author = field()
    const authorEmail = field()
    const date = field()
    const refs = this.decorated ? field() : undefined
    if (sha === undefined || sha === '' || subject === undefined) return
    const commit: CommitInfo | DecoratedCommitInfo = {
      ...(this.decorated ? { boundary: mark === '-', tags: tagsOf(refs) } : {}),
      sha,
      subject,
      body: body === undefined ? '' : trimTrailingNewlines(body),
      author: author ?? '',
      authorEmail: authorEmail ?? '',
      date: date ?? '',
      parents: parents === undefined || parents === '' ? [] : parents.split(' '),
    }
    if (this.onCommit === undefined) this.commits.push(commit)
    else this.onCommit(commit)
  }
}

function trimTrailingNewlines(text: string): string {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--
  return end === text.length ? text : text.slice(0, end)
}

/** The tag names of `%D` with --decorate-refs=refs/tags/: `tag: v1.0.0, tag: v1.0`. */
function tagsOf(refs: string | undefined): string[] {
  if (refs === undefined || refs === '') return []
  return refs
    .split(', ')
    .filter((ref) => ref.startsWith('tag: '))
    .map((ref) => ref.slice(5))
}

/**
 * The commits of `revs` (`v1.0.0..HEAD`, `HEAD`, ...) newest first, merges included, read from ONE
 * `git log` whose output is parsed while it streams (no whole-output string, no per-commit git).
 * `paths` limits them to commits that touch those paths. The revisions are not checked here:
 * a failure is returned as the git result (exitCode, stderr) for the caller to explain.
 */
export async function logCommits(
  cwd: string,
  revs: readonly string[],
  paths: readonly string[] = [],
  options: {
    decorate?: boolean
    boundary?: boolean
    /** Called with each commit as it is read; the returned `commits` are then empty. */
    onCommit?: (commit: CommitInfo) => void
  } = {},
): Promise<{ commits: CommitInfo[]; result: GitResult }> {
  const decorate = options.decorate === true
  const args = [
    'log',
    `--format=${decorate ? DECORATED_FIELDS : FIELDS}%x1e`,
    ...(decorate ? ['--decorate-refs=refs/tags/'] : []),
    ...(options.boundary === true ? ['--boundary'] : []),
    '--encoding=UTF-8',
    '--no-show-signature',
    '--end-of-options',
    ...revs,
    '--',
    ...paths,
  ]
  const parser = new CommitLogParser(decorate, options.onCommit)
  const result = await new Promise<GitResult>((resolve, reject) => {
    const child = childProcess().spawn('git', args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    })
    let stderr = ''
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => parser.push(chunk))
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ stdout: '', stderr, exitCode: code ?? 128 }))
  }).catch(async (error: unknown) => {
    // git missing or no such directory: the ordinary runner says which, with the fix.
    await git(cwd, ['rev-parse', '--git-dir'])
    throw error
  })
  return { commits: parser.end(), result }
}
