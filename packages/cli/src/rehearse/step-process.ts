// One process of a step, run as the runner runs it: output read line by line for workflow
// commands and masked secrets, a timeout that stops the process group.
import { spawn } from 'node:child_process'
import { setLongTimeout } from '@tokenless/action-kit'
import type { Masker, WorkflowCommandReader } from './runner-files.js'

export interface StepProcess {
  command: string
  args: string[]
  cwd: string
  env: Record<string, string>
  timeoutMs: number | undefined
  commands: WorkflowCommandReader
  masker: Masker
  /** Each line to show, already masked. */
  onLine: (line: string) => void
}

export interface StepProcessResult {
  exitCode: number
  timedOut: boolean
}

export function runStepProcess(step: StepProcess): Promise<StepProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(step.command, step.args, {
      cwd: step.cwd,
      env: step.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let timedOut = false
    const timer =
      step.timeoutMs === undefined
        ? undefined
        : // A timeout-minutes past 2^31 ms would fire a plain setTimeout after 1 ms.
          setLongTimeout(() => {
            timedOut = true
            try {
              if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM')
            } catch {
              // Already gone.
            }
          }, step.timeoutMs)
    const reader = (stream: NodeJS.ReadableStream): void => {
      let pending = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        pending += chunk
        const lines = pending.split('\n')
        pending = lines.pop() ?? ''
        for (const line of lines) emit(line)
      })
      stream.on('end', () => {
        if (pending !== '') emit(pending)
        pending = ''
      })
    }
    // The command is read before masking: an add-mask line must register its secret first.
    const emit = (raw: string): void => {
      const line = step.commands.line(raw.replace(/\r$/, ''))
      if (line !== undefined) step.onLine(step.masker.mask(line))
    }
    reader(child.stdout)
    reader(child.stderr)
    child.on('error', (error) => {
      timer?.clear()
      reject(error)
    })
    child.on('close', (code, signal) => {
      timer?.clear()
      resolve({ exitCode: code ?? (signal === null ? 1 : 128 + 15), timedOut })
    })
  })
}
