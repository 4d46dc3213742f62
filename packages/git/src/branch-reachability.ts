import { branchGlobPattern } from './branch-globs.js'
import { commitNotFoundError, resolveCommit } from './commits.js'
import { git } from './git-command.js'
import { checkRemoteName, fetchRefs, hasRemote, listRemoteBranches } from './remotes.js'
import { isShallow, shallowBoundaries } from './shallow-clone.js'
import { GitRepositoryError } from './git-repository-error.js'

export interface BranchesContainingOptions {
  /** The remote to read and fetch branches from. Default `origin`. */
  remote?: string
  /**
   * In a shallow clone, how many commits of each missing branch the first fetch takes; each
   * later round deepens by twice the previous amount. Default 100.
   */
  depth?: number
}

export interface BranchContainment {
  /** Short names of the branches found to contain the commit, sorted. */
  matched: string[]
  /** Short names of the branches that matched the globs and were looked at, sorted. */
  checked: string[]
  /** Whether branches were fetched or history deepened to find the answer. */
  deepened: boolean
}

/** Deepening rounds before the last resort, `--unshallow`. */
const DEEPEN_ROUNDS = 4

/**
 * Which branches whose short name matches `globs` (`main`, `release/*`, `hotfix/**`: see
 * `branchGlobPattern`) contain the commit `sha`. Local branches and the remote-tracking branches
 * of `remote` both count; a branch that is in both is one name.
 *
 * Fast path: one `git for-each-ref --contains` over the local refs, no network. When nothing
 * matched and the clone is shallow or a glob has no local branch (actions/checkout's default is
 * a depth-1 clone of one ref), the matching branches are listed with `git ls-remote`, the missing
 * ones fetched (`--depth` in a shallow clone), and while the answer is "no" and their history is
 * cut off, it is deepened (doubling, then `--unshallow`). "Not contained" is only concluded on the
 * branches' complete history. The search stops at the first round that finds a branch: proving
 * that the other branches do NOT contain the commit would need their full history, so `matched`
 * is non-empty exactly when the commit is on an allowed branch, but may not list every such branch.
 *
 * A local branch that the remote does not have is checked only as far as its local history goes.
 *
 * Side effects when fetching: remote-tracking refs `refs/remotes/<remote>/<branch>` are created
 * or updated and the clone gets deeper; tags are not fetched. In a shallow clone, the first fetch of
 * a missing branch uses `--depth`, which (as git does) may cut history that an earlier, deeper
 * fetch brought through that branch's commits; a complete clone is never made shallow.
 */
export async function branchesContaining(
  cwd: string,
  sha: string,
  globs: string[],
  options: BranchesContainingOptions = {},
): Promise<BranchContainment> {
  if (globs.length === 0) throw new TypeError('branchesContaining needs at least one branch glob')
  const remote = options.remote ?? 'origin'
  checkRemoteName(remote)
  const depth = options.depth ?? 100
  if (!Number.isInteger(depth) || depth < 1) {
    throw new TypeError(`depth must be a positive integer, got ${depth}`)
  }
  const commit = await resolveCommit(cwd, sha)
  if (commit === undefined) throw commitNotFoundError(cwd, sha)
  const patterns = globs.map(branchGlobPattern)
  const wanted = (branch: string): boolean => patterns.some((pattern) => pattern.test(branch))

  const candidates = await localBranches(cwd, remote, wanted)
  let deepened = false
  const answer = async (): Promise<BranchContainment> => ({
    matched: await containing(cwd, commit, candidates),
    checked: [...new Set(candidates.values())].sort(),
    deepened,
  })

  const local = await answer()
  if (local.matched.length > 0) return local
  const shallow = await isShallow(cwd)
  const names = [...candidates.values()]
  const globWithoutBranch = patterns.some((pattern) => !names.some((name) => pattern.test(name)))
  if (!shallow && !globWithoutBranch) return local
  if (!(await hasRemote(cwd, remote))) {
    if (!shallow) return local
    throw new GitRepositoryError(
      'TL_GIT_SHALLOW',
      `The clone at ${cwd} is shallow and has no remote "${remote}" to fetch more history from, ` +
        `so whether commit ${sha} is on a branch matching ${globs.join(', ')} cannot be decided. ` +
        `Fetch the full history (actions/checkout with fetch-depth: 0) or add the remote.`,
    )
  }

  const remoteBranches = [...(await listRemoteBranches(cwd, remote)).keys()].filter(wanted)
  const tracking = (branch: string): string => `refs/remotes/${remote}/${branch}`
  const refspec = (branch: string): string => `+refs/heads/${branch}:${tracking(branch)}`
  const missing = remoteBranches.filter((branch) => !candidates.has(tracking(branch)))
  let result = local
  if (missing.length > 0) {
    // Never --depth on a complete clone: it would make it shallow.
    await fetchRefs(cwd, remote, shallow ? [`--depth=${depth}`] : [], missing.map(refspec))
    for (const branch of missing) candidates.set(tracking(branch), branch)
    deepened = true
    result = await answer()
  }
  if (result.matched.length > 0 || !shallow || remoteBranches.length === 0) return result

  const refspecs = remoteBranches.map(refspec)
  for (let round = 0, amount = depth; ; round++, amount *= 2) {
    if (!(await historyIsCut(cwd, [...candidates.keys()]))) return result
    const last = round >= DEEPEN_ROUNDS
    await fetchRefs(cwd, remote, [last ? '--unshallow' : `--deepen=${amount}`], refspecs)
    deepened = true
    result = await answer()
    if (result.matched.length > 0 || last) return result
  }
}

/** Local and remote-tracking branches whose short name is wanted: refname -> short name. */
async function localBranches(
  cwd: string,
  remote: string,
  wanted: (branch: string) => boolean,
): Promise<Map<string, string>> {
  const remotePrefix = `refs/remotes/${remote}/`
  const { stdout } = await git(cwd, [
    'for-each-ref',
    '--format=%(refname)%00%(symref)',
    'refs/heads/',
    remotePrefix,
  ])
  const branches = new Map<string, string>()
  for (const line of stdout.split('\n')) {
    const [refname, symref] = line.split('\0')
    if (refname === undefined || refname === '' || (symref ?? '') !== '') continue // origin/HEAD
    const name = refname.startsWith('refs/heads/')
      ? refname.slice('refs/heads/'.length)
      : refname.slice(remotePrefix.length)
    if (wanted(name)) branches.set(refname, name)
  }
  return branches
}

/** Short names of the candidate refs that contain `commit`: one `for-each-ref --contains`. */
async function containing(
  cwd: string,
  commit: string,
  candidates: Map<string, string>,
): Promise<string[]> {
  if (candidates.size === 0) return []
  const { stdout } = await git(cwd, [
    'for-each-ref',
    '--format=%(refname)',
    '--contains',
    commit,
    ...candidates.keys(),
  ])
  const matched = new Set<string>()
  for (const refname of stdout.split('\n')) {
    // A pattern also matches refs below it (`refs/heads/main/x`): keep the exact candidates.
    const name = candidates.get(refname)
    if (name !== undefined) matched.add(name)
  }
  return [...matched].sort()
}

/** Whether the history of any of `refs` reaches a shallow boundary (is cut off). */
async function historyIsCut(cwd: string, refs: string[]): Promise<boolean> {
  const boundaries = await shallowBoundaries(cwd)
  if (boundaries.size === 0 || refs.length === 0) return false
  const contains = [...boundaries].flatMap((boundary) => ['--contains', boundary])
  const { stdout } = await git(cwd, ['for-each-ref', '--format=%(refname)', ...contains, ...refs])
  const exact = new Set(refs)
  return stdout.split('\n').some((refname) => exact.has(refname))
}
