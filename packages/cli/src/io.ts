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

/**
 * The process's streams, directory and environment. Standard error and input are taken from the
 * process only when a command uses them: making process.stdin loads Node's stream classes, a few
 * milliseconds that a command which never reads it (notes, doctor) need not pay at start-up.
 */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    get stderr() {
      return process.stderr
    },
    cwd: process.cwd(),
    env: process.env,
    get stdin() {
      return process.stdin
    },
  }
}
