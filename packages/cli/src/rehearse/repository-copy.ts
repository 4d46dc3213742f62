// A user's repository, copied for a rehearsal: the working tree is only read. The copy is a bare
// repository (GitHub's copy) holding every branch and tag, plus one commit with the uncommitted
// changes when there are any, so that what is rehearsed is what the maintainer sees.
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { git } from '@tokenless/git'

export interface CopiedRepository {
  owner: string
  repo: string
  branch: string
  defaultBranch: string
  /** What the rehearsal adds about the copy (uncommitted changes, a guessed owner). */
  notes: string[]
}

/** `owner/repo` from a GitHub remote URL (https, ssh, git@), or undefined. */
export function githubRepositoryOf(url: string): { owner: string; repo: string } | undefined {
  const match = /github\.com[:/]+([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url.trim())
  return match?.[1] && match[2] ? { owner: match[1], repo: match[2] } : undefined
}

export async function repositoryTopLevel(dir: string): Promise<string> {
  const result = await git(dir, ['rev-parse', '--show-toplevel'], { allowFailure: true })
  if (result.exitCode !== 0) {
    throw new Error(
      `${dir} is not a git repository: a rehearsal reads its history (tags, commits) as GitHub would. Run it in the repository, or give --repo DIR.`,
    )
  }
  return result.stdout.trim()
}

export async function copyRepository(
  source: string,
  gitDir: string,
  /** The GitHub repository given on the command line, instead of the one read from origin. */
  repository?: { owner: string; repo: string },
): Promise<CopiedRepository> {
  const notes: string[] = []
  const head = await git(source, ['rev-parse', '--verify', '--quiet', 'HEAD'], {
    allowFailure: true,
  })
  if (head.exitCode !== 0) {
    throw new Error(`${source} has no commit yet: commit the workflow and the packages first.`)
  }
  const branchResult = await git(source, ['symbolic-ref', '--quiet', '--short', 'HEAD'], {
    allowFailure: true,
  })
  const branch = branchResult.exitCode === 0 ? branchResult.stdout.trim() : 'main'
  if (branchResult.exitCode !== 0) {
    notes.push(
      `HEAD is detached: rehearsed as the branch ${branch} at ${head.stdout.trim().slice(0, 7)}.`,
    )
  }
  const remote = await git(source, ['remote', 'get-url', 'origin'], { allowFailure: true })
  const named =
    repository ?? (remote.exitCode === 0 ? githubRepositoryOf(remote.stdout) : undefined)
  const owner = named?.owner ?? 'local'
  const repo = named?.repo ?? basename(source)
  if (named === undefined) {
    notes.push(
      `No GitHub remote named origin: the repository is rehearsed as ${owner}/${repo}; trusted publishers are registered for that name. Give the real one with --repository OWNER/NAME.`,
    )
  }
  const remoteHead = await git(
    source,
    ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'],
    {
      allowFailure: true,
    },
  )
  const defaultBranch =
    remoteHead.exitCode === 0 ? remoteHead.stdout.trim().replace(/^origin\//, '') : branch

  await git(dirname(gitDir), ['clone', '--quiet', '--bare', '--no-tags', source, gitDir])
  // Every local branch and tag: a clone --bare takes the branches; tags are fetched explicitly
  // so that an annotated tag stays annotated.
  await git(gitDir, ['fetch', '--quiet', source, '+refs/tags/*:refs/tags/*'])
  if (branchResult.exitCode !== 0) {
    await git(gitDir, ['update-ref', `refs/heads/${branch}`, head.stdout.trim()])
  }
  await git(gitDir, ['symbolic-ref', 'HEAD', `refs/heads/${defaultBranch}`], { allowFailure: true })
  const commitChanges = await commitWorkingTree(source, gitDir, branch)
  if (commitChanges !== undefined) notes.push(commitChanges)
  return { owner, repo, branch, defaultBranch, notes }
}

/**
 * Commits the working tree's changes (tracked and untracked, ignored files left out) on top of
 * `branch` in the copy; the source repository is only read. Returns a note, or undefined when
 * the working tree is clean.
 */
async function commitWorkingTree(
  source: string,
  gitDir: string,
  branch: string,
): Promise<string | undefined> {
  const status = await git(source, ['status', '--porcelain', '--untracked-files=all'])
  const changed = status.stdout.split('\n').filter((line) => line.trim() !== '')
  if (changed.length === 0) return undefined
  const work = await mkdtemp(join(dirname(gitDir), 'working-tree-'))
  await git(work, ['clone', '--quiet', '--branch', branch, gitDir, '.'])
  const diff = await git(source, ['diff', '--binary', 'HEAD'])
  if (diff.stdout.trim() !== '') {
    await git(work, ['apply', '--whitespace=nowarn', '-'], { input: diff.stdout })
  }
  const untracked = await git(source, ['ls-files', '--others', '--exclude-standard', '-z'])
  for (const file of untracked.stdout.split('\0').filter(Boolean)) {
    await mkdir(dirname(join(work, file)), { recursive: true })
    await copyFile(join(source, file), join(work, file))
  }
  await git(work, ['add', '--all'])
  await git(work, [
    '-c',
    'user.name=tokenless rehearse',
    '-c',
    'user.email=rehearse@tokenless.invalid',
    'commit',
    '--quiet',
    '--no-verify',
    '-m',
    'chore: uncommitted changes (tokenless rehearse)',
  ])
  await git(work, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`])
  return `${changed.length} uncommitted change(s) in the working tree are rehearsed as one more commit on ${branch} (the working tree itself is untouched).`
}
