// What a subcommand may touch of the process: its streams, working directory and environment.
// Tests pass their own; the bin passes the process's.
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stderr: NodeJS.WritableStream
  cwd: string
  env: NodeJS.ProcessEnv
  /** Where a command reads a person's answer (tokenless init's overwrite question), if anywhere. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean }
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
  }
}
