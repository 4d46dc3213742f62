import { spawn } from 'node:child_process'

export interface CommandResult {
  exitCode: number
  /** The signal that ended the shell, if one did. */
  signal: NodeJS.Signals | undefined
  timedOut: boolean
}

export interface RunCommandsOptions {
  cwd: string
  env: Record<string, string | undefined>
  timeoutMs: number
  /** Between SIGTERM and SIGKILL of the process group. */
  graceMs: number
  onTimeout: () => void
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = {
  SIGTERM: 15,
  SIGKILL: 9,
  SIGINT: 2,
}

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    return false
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Stops a process group: SIGTERM, then SIGKILL for whatever is left after the grace period. */
export async function stopProcessGroup(pid: number, graceMs: number): Promise<void> {
  if (!signalGroup(pid, 'SIGTERM')) return
  const deadline = Date.now() + graceMs
  while (Date.now() < deadline) {
    await pause(50)
    if (!signalGroup(pid, 0)) return
  }
  signalGroup(pid, 'SIGKILL')
}

/**
 * Runs the commands with `bash -e -o pipefail -c`, output going straight to the log, in a
 * process group of their own so that on timeout every process they started is stopped, not
 * only the shell. Processes left running in the background when the shell exits are stopped
 * too: the step is over, and they would hold the log open.
 */
export function runCommands(script: string, options: RunCommandsOptions): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', script], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      options.onTimeout()
      if (child.pid !== undefined) void stopProcessGroup(child.pid, options.graceMs)
    }, options.timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      const pid = child.pid
      const finish = () =>
        resolve({
          exitCode: code ?? 128 + (SIGNAL_NUMBERS[signal ?? 'SIGTERM'] ?? 15),
          signal: signal ?? undefined,
          timedOut,
        })
      if (pid === undefined) return finish()
      void stopProcessGroup(pid, options.graceMs).then(finish, finish)
    })
  })
}
