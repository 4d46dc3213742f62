import { spawn } from 'node:child_process'
import type { CommitInfo } from './commits.js'
import { git, type GitResult } from './git-command.js'

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

  /** `decorated`: the output of DECORATED_FIELDS (logCommits' `decorate` option). */
  constructor(private readonly decorated = false) {}

  push(chunk: string): void {
    const text = this.rest + chunk
    let start = 0
    for (let end = text.indexOf('\x1e'); end !== -1; end = text.indexOf('\x1e', start)) {
      this.record(text.slice(start, end))
      start = end + 1
    }
    this.rest = text.slice(start)
  }

  end(): CommitInfo[] {
    if (this.rest.trim() !== '') this.record(this.rest)
    this.rest = ''
    return this.commits
  }

  private record(raw: string): void {
    const fields = (raw.startsWith('\n') ? raw.slice(1) : raw).split('\x1f')
    const mark = this.decorated ? fields.shift() : undefined
    const [sha, parents, subject, body, author, authorEmail, date, refs] = fields
    if (sha === undefined || sha === '' || subject === undefined) return
    const decoration = this.decorated
      ? {
          boundary: mark === '-',
          tags: (refs ?? '')
            .split(', ')
            .filter((ref) => ref.startsWith('tag: '))
            .map((ref) => ref.slice(5)),
        }
      : {}
    this.commits.push({
      ...decoration,
      sha,
      subject,
      body: (body ?? '').replace(/\n+$/, ''),
      author: author ?? '',
      authorEmail: authorEmail ?? '',
      date: date ?? '',
      parents: parents === undefined || parents === '' ? [] : parents.split(' '),
    })
  }
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
  options: { decorate?: boolean; boundary?: boolean } = {},
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
  const parser = new CommitLogParser(decorate)
  const result = await new Promise<GitResult>((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
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
