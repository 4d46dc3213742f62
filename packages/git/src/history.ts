import { git } from './git-command.js'
import { fetchRefs, hasRemote } from './remotes.js'
import { isShallow, shallowBoundaries } from './shallow-clone.js'
import { GitRepositoryError } from './git-repository-error.js'

const DEEPEN_ROUNDS = 4

async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  const result = await git(cwd, ['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true })
  return result.exitCode === 0
}

/** Whether every commit of `from..to` is here and none of them is a shallow cut. */
async function rangeIsComplete(cwd: string, from: string, to: string): Promise<boolean> {
  if (!(await hasCommit(cwd, from)) || !(await hasCommit(cwd, to))) return false
  const ancestor = await git(cwd, ['merge-base', '--is-ancestor', from, to], { allowFailure: true })
  if (ancestor.exitCode !== 0) return false
  const boundaries = await shallowBoundaries(cwd)
  if (boundaries.size === 0) return true
  const { stdout } = await git(cwd, ['rev-list', to, `^${from}`])
  return !stdout.split('\n').some((sha) => boundaries.has(sha))
}

/**
 * In a shallow clone, fetches history until `from..to` is complete: `refspecs` (the branches
 * holding `to`, and the ref of `from`, e.g. the previous tag) are deepened in doubling rounds,
 * then unshallowed. A complete clone is left alone. Returns whether anything was fetched.
 * When `from` is not an ancestor of `to` at all, the clone ends up complete and the caller's
 * range is simply what git says it is.
 */
export async function ensureHistory(
  cwd: string,
  from: string,
  to: string,
  options: { remote?: string; refspecs: string[]; depth?: number },
): Promise<boolean> {
  if (!(await isShallow(cwd)) || (await rangeIsComplete(cwd, from, to))) return false
  const remote = options.remote ?? 'origin'
  if (!(await hasRemote(cwd, remote))) {
    throw new GitRepositoryError(
      'TL_GIT_SHALLOW',
      `The clone at ${cwd} is shallow and has no remote "${remote}" to fetch the commits between ${from.slice(0, 12)} and ${to.slice(0, 12)} from. Fetch the full history: actions/checkout with fetch-depth: 0.`,
    )
  }
  for (let round = 0, amount = options.depth ?? 50; ; round++, amount *= 2) {
    const last = round >= DEEPEN_ROUNDS
    await fetchRefs(cwd, remote, [last ? '--unshallow' : `--deepen=${amount}`], options.refspecs)
    if (last || !(await isShallow(cwd)) || (await rangeIsComplete(cwd, from, to))) return true
  }
}
