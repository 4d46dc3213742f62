import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { setLongTimeout } from '@tokenless/action-kit'
import { endProcessTree, type ProcessTree, startTimeOf } from './process-tree.js'

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
  /** Between SIGTERM and SIGKILL of the processes. */
  graceMs: number
  onTimeout: () => void
}

/** Set in the commands' environment: every process that inherits it is one of theirs. */
export const MARKER_VARIABLE = 'TOKENLESS_TEST_GATE_RUN'

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = {
  SIGTERM: 15,
  SIGKILL: 9,
  SIGINT: 2,
}

/**
 * Runs the commands with `bash -e -o pipefail -c`, output going straight to the log, in a
 * process group of their own and with a marker in their environment, so that on timeout every
 * process they started is stopped (process-tree.ts), not only the shell: those that left the
 * group with setsid too. Processes left running in the background when the shell exits are
 * stopped the same way: the step is over, and they would hold the log open.
 */
export function runCommands(script: string, options: RunCommandsOptions): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const marker = `${MARKER_VARIABLE}=${randomUUID()}`
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', script], {
      cwd: options.cwd,
      env: { ...options.env, [MARKER_VARIABLE]: marker.slice(MARKER_VARIABLE.length + 1) },
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    const pid = child.pid
    const tree: ProcessTree | undefined = pid === undefined ? undefined : { pid, marker }
    const started = pid === undefined ? undefined : startTimeOf(pid)
    let timedOut = false
    let stopping: Promise<void> | undefined
    const timer = setLongTimeout(() => {
      timedOut = true
      options.onTimeout()
      if (tree !== undefined) stopping = endProcessTree(tree, options.graceMs, started)
    }, options.timeoutMs)
    child.on('error', (error) => {
      timer.clear()
      reject(error)
    })
    child.on('exit', (code, signal) => {
      timer.clear()
      const finish = () =>
        resolve({
          exitCode: code ?? 128 + (SIGNAL_NUMBERS[signal ?? 'SIGTERM'] ?? 15),
          signal: signal ?? undefined,
          timedOut,
        })
      if (tree === undefined) return finish()
      // After a timeout, the stop under way is awaited before a last sweep.
      void Promise.resolve(stopping)
        .then(() => endProcessTree(tree, options.graceMs, started))
        .then(finish, finish)
    })
  })
}
