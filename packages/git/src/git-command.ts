import type * as ChildProcessModule from 'node:child_process'
import { type Stats, stat } from 'node:fs'
import { GitRepositoryError } from './git-repository-error.js'

/**
 * Node's child_process, loaded on the first git run rather than at import: loading it (with the
 * net, dgram and stream modules it needs) is a few milliseconds of start-up that a caller which
 * reads the repository's files itself (tokenless notes) does not need to pay.
 */
export const childProcess = (): typeof ChildProcessModule =>
  process.getBuiltinModule('node:child_process')

export interface GitOptions {
  /** Written to git's standard input. */
  input?: string
  /** Return a non-zero exit as a result instead of throwing. */
  allowFailure?: boolean
  /** The whole environment for git. Default: inherit this process's environment. */
  env?: NodeJS.ProcessEnv
}

export interface GitResult {
  stdout: string
  stderr: string
  exitCode: number
}

/** git ran and failed in a way that is not a known user mistake. */
export class GitError extends Error {
  override readonly name = 'GitError'
  /** The command line, e.g. `git fetch --no-tags origin main`. */
  readonly command: string
  readonly args: readonly string[]
  readonly cwd: string
  readonly exitCode: number
  readonly stderr: string

  constructor(cwd: string, args: readonly string[], result: GitResult) {
    const command = formatCommand(args)
    const stderr = result.stderr.trim()
    super(
      `${command} failed with exit code ${result.exitCode} in ${cwd}: ${stderr === '' ? '(no error output)' : stderr}`,
    )
    this.command = command
    this.args = [...args]
    this.cwd = cwd
    this.exitCode = result.exitCode
    this.stderr = result.stderr
  }
}

/**
 * Runs `git <args>` in `cwd` without a shell and collects its output as UTF-8.
 *
 * Throws a `ConfigurationError` when git cannot work there at all (no such directory, git not
 * on PATH, not a repository, a repository owned by another user) and a `GitError` for any other
 * non-zero exit. With `allowFailure`, a non-zero exit is returned instead; the caller then uses
 * `gitFailure` for the exit codes it does not expect.
 */
export async function git(
  cwd: string,
  args: string[],
  options: GitOptions = {},
): Promise<GitResult> {
  const result = await spawnGit(cwd, args, options)
  if (result.exitCode !== 0 && options.allowFailure !== true) throw gitFailure(cwd, args, result)
  return result
}

/** The error for a failed git command: a `ConfigurationError` when the user can fix it, else a `GitError`. */
export function gitFailure(cwd: string, args: readonly string[], result: GitResult): Error {
  const stderr = result.stderr.trim()
  if (/detected dubious ownership/i.test(stderr)) {
    return new GitRepositoryError(
      'TL_GIT_DUBIOUS_OWNERSHIP',
      `git refuses to use the repository at ${cwd} because another user owns it ("detected dubious ownership"). ` +
        `This happens in container jobs. Run \`git config --global --add safe.directory ${cwd}\` before this step, ` +
        `or run the container as the user that owns the workspace.`,
    )
  }
  if (/not a git repository/i.test(stderr)) {
    return new GitRepositoryError(
      'TL_GIT_NOT_A_REPOSITORY',
      `${cwd} is not inside a git repository (${formatCommand(args)}: ${firstLine(stderr)}). ` +
        `Run actions/checkout before this step, or set working-directory to the checked-out repository.`,
    )
  }
  return new GitError(cwd, args, result)
}

async function spawnGit(cwd: string, args: string[], options: GitOptions): Promise<GitResult> {
  const spawned = await new Promise<GitResult | { error: NodeJS.ErrnoException }>((resolve) => {
    const child = childProcess().spawn('git', args, {
      cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', (error) => resolve({ error }))
    child.on('close', (code, signal) =>
      resolve({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr:
          Buffer.concat(stderr).toString('utf8') +
          (signal === null ? '' : `\n(killed by ${signal})`),
        exitCode: code ?? 128,
      }),
    )
    // git may exit before reading all of its input (EPIPE): its exit code tells what happened.
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
  // Not `instanceof Error`: errors from node's own modules come from another realm under jest.
  if (!('error' in spawned)) return spawned
  if (spawned.error.code === 'ENOENT') throw await spawnNotFound(cwd, spawned.error)
  throw spawned.error
}

async function spawnNotFound(
  cwd: string,
  error: NodeJS.ErrnoException,
): Promise<GitRepositoryError> {
  // Node reports a missing working directory and a missing executable with the same ENOENT.
  const directory = await new Promise<Stats | undefined>((resolve) =>
    stat(cwd, (failure, stats) => resolve(failure === null ? stats : undefined)),
  )
  if (directory === undefined || !directory.isDirectory()) {
    return new GitRepositoryError(
      'TL_GIT_NO_DIRECTORY',
      `The directory ${cwd} does not exist, so git cannot run there. ` +
        `Check working-directory, and run actions/checkout before this step.`,
      { cause: error },
    )
  }
  return new GitRepositoryError(
    'TL_GIT_NOT_INSTALLED',
    `git was not found on PATH (running it in ${cwd} failed with ENOENT). ` +
      `Install git on the runner or use an image that has it; without git, actions/checkout ` +
      `downloads an archive that is not a repository.`,
    { cause: error },
  )
}

function formatCommand(args: readonly string[]): string {
  const shown = args
    .slice(0, 12)
    .map((arg) => (/^[\w@%+=:,./^{}~-]+$/.test(arg) ? arg : JSON.stringify(arg)))
  const more = args.length > 12 ? ` ... (${args.length - 12} more)` : ''
  return `git ${shown.join(' ')}${more}`
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? ''
}
