import { git, gitFailure } from './git-command.js'
import { GitRepositoryError } from './git-repository-error.js'

/** Rejects a remote name that git would read as an option (`--upload-pack=...`) or that cannot exist. */
export function checkRemoteName(remote: string): void {
  if (remote === '' || remote.startsWith('-') || /[\s\0]/.test(remote)) {
    throw new GitRepositoryError(
      'TL_GIT_REMOTE_NAME',
      `${JSON.stringify(remote)} is not a usable git remote name: it is empty, starts with "-" or ` +
        `contains whitespace. Use the name of a configured remote, such as origin.`,
      { input: 'remote' },
    )
  }
}

/** Whether a remote of that name is configured (`git remote get-url`). */
export async function hasRemote(cwd: string, remote: string): Promise<boolean> {
  const args = ['remote', 'get-url', remote]
  const result = await git(cwd, args, { allowFailure: true })
  if (result.exitCode === 0) return true
  if (result.exitCode === 2) return false // "No such remote"
  throw gitFailure(cwd, args, result)
}

/** The remote's branches (short names) and their tips, from one `git ls-remote --heads`. */
export async function listRemoteBranches(
  cwd: string,
  remote: string,
): Promise<Map<string, string>> {
  const { stdout } = await git(cwd, ['ls-remote', '--heads', remote])
  const branches = new Map<string, string>()
  for (const line of stdout.split('\n')) {
    const [sha, refname] = line.split('\t')
    if (sha === undefined || refname?.startsWith('refs/heads/') !== true) continue
    branches.set(refname.slice('refs/heads/'.length), sha)
  }
  return branches
}

/** `git fetch` of exactly these refspecs: no tags, no submodules, quiet. */
export async function fetchRefs(
  cwd: string,
  remote: string,
  depthArgs: string[],
  refspecs: string[],
): Promise<void> {
  await git(cwd, [
    'fetch',
    '--no-tags',
    '--no-recurse-submodules',
    '--no-write-fetch-head',
    '--no-auto-gc',
    '--quiet',
    ...depthArgs,
    remote,
    ...refspecs,
  ])
}

/**
 * The default branch as the clone knows it (`refs/remotes/<remote>/HEAD`), else `main` or
 * `master` when such a branch exists; undefined when none of these tells.
 */
export async function defaultBranch(cwd: string, remote = 'origin'): Promise<string | undefined> {
  checkRemoteName(remote)
  const head = await git(cwd, ['symbolic-ref', '-q', '--short', `refs/remotes/${remote}/HEAD`], {
    allowFailure: true,
  })
  const fromRemote = head.stdout.trim()
  if (head.exitCode === 0 && fromRemote.startsWith(`${remote}/`)) {
    return fromRemote.slice(remote.length + 1)
  }
  for (const candidate of ['main', 'master']) {
    const { stdout } = await git(cwd, [
      'for-each-ref',
      '--format=%(refname)',
      `refs/heads/${candidate}`,
      `refs/remotes/${remote}/${candidate}`,
    ])
    if (stdout.trim() !== '') return candidate
  }
  return undefined
}
