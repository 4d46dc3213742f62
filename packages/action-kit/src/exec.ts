export interface ExecOptions {
  cwd?: string
  env?: Record<string, string | undefined>
  /** Written to the process's standard input. */
  input?: string
  /** Do not echo the process's output to this process's output. */
  silent?: boolean
}

export interface ExecResult {
  exitCode: number
  stdout: string
  stderr: string
}

export type ExecFunction = (
  command: string,
  args: string[],
  options?: ExecOptions,
) => Promise<ExecResult>

/** Runs a program without a shell, collecting its output; never throws on a non-zero exit. */
export const execProcess: ExecFunction = async (command, args, options = {}) => {
  // Loaded on first use: child_process costs start-up time that a failing run never needs.
  const { spawn } = await import('node:child_process')
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk)
      if (!options.silent) process.stdout.write(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk)
      if (!options.silent) process.stderr.write(chunk)
    })
    child.on('error', reject)
    // A program that exits without reading its standard input closes the pipe (EPIPE): that is
    // the program's choice, not a failure to run it (@actions/exec ignores it too).
    child.stdin.on('error', () => undefined)
    child.on('close', (code, signal) =>
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    )
    child.stdin.end(options.input ?? '')
  })
}
