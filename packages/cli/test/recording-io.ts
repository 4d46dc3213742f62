import type { CliIO } from '../src/io.js'

/** A CliIO for tests that keeps what the command writes; `recorded()` reads it back. */
export function recordingIO(
  cwd: string,
  more: Partial<CliIO> = {},
): { io: CliIO; recorded: () => { stdout: string; stderr: string } } {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: { write: (chunk: string) => ((stdout += chunk), true) } as unknown as CliIO['stdout'],
    stderr: { write: (chunk: string) => ((stderr += chunk), true) } as unknown as CliIO['stderr'],
    cwd,
    env: {},
    ...more,
  }
  return { io, recorded: () => ({ stdout, stderr }) }
}
