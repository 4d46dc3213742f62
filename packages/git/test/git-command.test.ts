import { join } from 'node:path'
import { ConfigurationError } from '@tokenless/action-kit'
import { git, GitError } from '../src/index.js'
import { rejection, removeRepos, tempDir, TestRepo } from './git-fixture.js'

afterAll(removeRepos)

describe('git', () => {
  it('returns stdout, stderr and the exit code', async () => {
    const repo = await TestRepo.init()
    const result = await git(repo.dir, ['rev-parse', '--is-inside-work-tree'])
    expect(result).toEqual({ stdout: 'true\n', stderr: '', exitCode: 0 })
  })

  it('writes input to standard input', async () => {
    const repo = await TestRepo.init()
    const { stdout } = await git(repo.dir, ['hash-object', '--stdin'], { input: 'hello\n' })
    expect(stdout.trim()).toBe('ce013625030ba8dba906f756967f9e9ca394464a')
  })

  it('returns a failure with allowFailure, and throws a GitError without it', async () => {
    const repo = await TestRepo.init()
    const args = ['rev-parse', '--verify', 'no-such-branch']
    const failed = await git(repo.dir, args, { allowFailure: true })
    expect(failed.exitCode).toBe(128)
    expect(failed.stderr).toContain('Needed a single revision')

    const error = await rejection(git(repo.dir, args))
    expect(error).toBeInstanceOf(GitError)
    const gitError = error as GitError
    expect(gitError.command).toBe('git rev-parse --verify no-such-branch')
    expect(gitError.exitCode).toBe(128)
    expect(gitError.cwd).toBe(repo.dir)
    expect(gitError.stderr).toContain('Needed a single revision')
    expect(gitError.message).toBe(
      `git rev-parse --verify no-such-branch failed with exit code 128 in ${repo.dir}: fatal: Needed a single revision`,
    )
  })

  it('reports a directory that is not a repository as a ConfigurationError', async () => {
    const dir = await tempDir()
    const error = await rejection(
      git(dir, ['status'], { env: { ...process.env, GIT_CEILING_DIRECTORIES: dir } }),
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `${dir} is not inside a git repository (git status: fatal: not a git repository ` +
        `(or any of the parent directories): .git). Run actions/checkout before this step, ` +
        `or set working-directory to the checked-out repository.`,
    )
  })

  it('reports a missing directory as a ConfigurationError', async () => {
    const dir = join(await tempDir(), 'missing')
    const error = await rejection(git(dir, ['status']))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `The directory ${dir} does not exist, so git cannot run there. ` +
        `Check working-directory, and run actions/checkout before this step.`,
    )
  })

  it('reports git missing from PATH as a ConfigurationError', async () => {
    const dir = await tempDir()
    const error = await rejection(git(dir, ['status'], { env: { PATH: dir } }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `git was not found on PATH (running it in ${dir} failed with ENOENT). ` +
        `Install git on the runner or use an image that has it; without git, actions/checkout ` +
        `downloads an archive that is not a repository.`,
    )
  })

  it('reports a repository owned by another user (container jobs) as a ConfigurationError', async () => {
    const repo = await TestRepo.init()
    const env = repo.env({ GIT_TEST_ASSUME_DIFFERENT_OWNER: '1' })
    const error = await rejection(git(repo.dir, ['status'], { env }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `git refuses to use the repository at ${repo.dir} because another user owns it ("detected dubious ownership"). ` +
        `This happens in container jobs. Run \`git config --global --add safe.directory ${repo.dir}\` before this step, ` +
        `or run the container as the user that owns the workspace.`,
    )
  })
})
