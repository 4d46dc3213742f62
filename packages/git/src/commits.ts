import { git, gitFailure } from './git-command.js'
import { isShallow, shallowBoundaries } from './shallow-clone.js'
import { GitRepositoryError } from './git-repository-error.js'

export interface CommitInfo {
  sha: string
  /** The first paragraph of the message, lines joined with spaces (git's `%s`). */
  subject: string
  /** The rest of the message, without trailing newlines (git's `%b`). */
  body: string
  /** The author's name. */
  author?: string
  authorEmail?: string
  /** The committer date (when the commit landed), ISO 8601 with the committer's offset. */
  date?: string
  /** Parent shas: more than one for a merge commit. */
  parents?: string[]
}

/** The commit `rev` names (a sha, tag, branch, `HEAD~2`...), or undefined when there is none here. */
export async function resolveCommit(cwd: string, rev: string): Promise<string | undefined> {
  // rev-parse of git 2.39 has no --end-of-options: a leading "-" would be read as an option.
  if (rev === '' || rev.startsWith('-')) return undefined
  const args = ['rev-parse', '--verify', '-q', `${rev}^{commit}`]
  const result = await git(cwd, args, { allowFailure: true })
  if (result.exitCode === 0) return result.stdout.trim()
  if (result.exitCode === 1) return undefined
  throw gitFailure(cwd, args, result)
}

/** The error for a commit, tag or branch that the repository does not have. */
export function commitNotFoundError(cwd: string, rev: string): GitRepositoryError {
  return new GitRepositoryError(
    'TL_GIT_COMMIT_NOT_FOUND',
    `Commit ${JSON.stringify(rev)} was not found in the git repository at ${cwd}. ` +
      `Check the tag or sha; if it exists on the remote, fetch it first ` +
      `(actions/checkout with fetch-depth: 0 fetches all history and tags).`,
  )
}

const FIELDS = ['%H', '%P', '%s', '%b', '%an', '%ae', '%cI'].join('%x1f')

/**
 * The commits reachable from `to` and not from `from` (`from..to`; the whole history of `to` when
 * `from` is undefined), newest first as `git log` orders them, merges included, with ONE
 * `git log` call. `paths` limits them to commits that touch those paths (relative to `cwd`).
 *
 * In a shallow clone, a range that runs into the cut-off history is an error rather than a
 * silently short list.
 */
export async function commitsInRange(
  cwd: string,
  from: string | undefined,
  to: string,
  options: { paths?: string[] } = {},
): Promise<CommitInfo[]> {
  for (const rev of from === undefined ? [to] : [from, to]) {
    if (rev === '' || rev.startsWith('-')) throw commitNotFoundError(cwd, rev)
  }
  const range = from === undefined ? to : `${from}..${to}`
  const args = [
    'log',
    `--format=${FIELDS}%x1e`,
    '--encoding=UTF-8',
    '--no-show-signature',
    '--end-of-options',
    range,
    '--',
    ...(options.paths ?? []),
  ]
  const result = await git(cwd, args, { allowFailure: true })
  if (result.exitCode !== 0) {
    for (const rev of from === undefined ? [to] : [from, to]) {
      if ((await resolveCommit(cwd, rev)) === undefined) throw commitNotFoundError(cwd, rev)
    }
    throw gitFailure(cwd, args, result)
  }
  const commits = parseLog(result.stdout)
  if (commits.length > 0 && (await isShallow(cwd))) {
    const boundaries = await shallowBoundaries(cwd)
    const cut = commits.find((commit) => boundaries.has(commit.sha))
    if (cut !== undefined) {
      throw new GitRepositoryError(
        'TL_GIT_SHALLOW',
        `The clone at ${cwd} is shallow and its history stops at commit ${cut.sha.slice(0, 12)}, ` +
          `so the commits ${from === undefined ? `up to ${to}` : `between ${from} and ${to}`} are incomplete. ` +
          `Fetch the full history: actions/checkout with fetch-depth: 0.`,
      )
    }
  }
  return commits
}

/** The committer date of `rev` (when it landed, not when it was first written). */
export async function commitDate(cwd: string, rev: string): Promise<Date> {
  if (rev === '' || rev.startsWith('-')) throw commitNotFoundError(cwd, rev)
  const args = [
    'show',
    '-s',
    '--format=%cI',
    '--no-show-signature',
    '--end-of-options',
    `${rev}^{commit}`,
  ]
  const result = await git(cwd, args, { allowFailure: true })
  if (result.exitCode === 0) return new Date(result.stdout.trim())
  if ((await resolveCommit(cwd, rev)) === undefined) throw commitNotFoundError(cwd, rev)
  throw gitFailure(cwd, args, result)
}

function parseLog(stdout: string): CommitInfo[] {
  const commits: CommitInfo[] = []
  for (const record of stdout.split('\x1e')) {
    const [sha, parents, subject, body, author, authorEmail, date] = record
      .replace(/^\n/, '')
      .split('\x1f')
    if (sha === undefined || sha === '' || subject === undefined) continue
    commits.push({
      sha,
      subject,
      body: (body ?? '').replace(/\n+$/, ''),
      author: author ?? '',
      authorEmail: authorEmail ?? '',
      date: date ?? '',
      parents: parents === undefined || parents === '' ? [] : parents.split(' '),
    })
  }
  return commits
}
