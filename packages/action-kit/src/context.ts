import { appendFileSync, readFileSync } from 'node:fs'
import { EOL } from 'node:os'
import { type ExecFunction, execProcess } from './exec.js'
import { appendKeyValue } from './runner-files.js'
import { Summary } from './summary.js'
import type { ActionEvent, Environment, Logger } from '@tokenless/platform'
import { formatCommand, neutraliseCommands } from './workflow-commands.js'

// The shapes a library may take as parameters live in @tokenless/platform; re-exported here.
export type { ActionEvent, Environment, Logger } from '@tokenless/platform'

/** Everything an action's `run` may touch; tests pass a fake one. */
export interface ActionContext {
  /** The raw input, `''` when not given. Read inputs only in the action's inputs.ts. */
  getInput(name: string): string
  setOutput(name: string, value: string | number | boolean): void
  /** Masks the value in every later log line. */
  setSecret(value: string): void
  readonly summary: Summary
  readonly log: Logger
  readonly exec: ExecFunction
  readonly env: Environment
  readonly event: ActionEvent
  /** The run's start time: anything time-based is computed from this, once. */
  readonly now: Date
  /** GITHUB_WORKSPACE, or the current directory. */
  readonly workspace: string
}

/** Where runner output goes: stdout in production, a buffer in tests. */
export type LineWriter = (line: string) => void

export function inputEnvironmentName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

export function readEvent(env: Environment): ActionEvent {
  const path = env.GITHUB_EVENT_PATH
  let payload: Record<string, unknown> = {}
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
    } catch {
      payload = {}
    }
  }
  return { name: env.GITHUB_EVENT_NAME || undefined, payload }
}

/**
 * The one place an action's messages become log lines. Commands are written by formatCommand,
 * which escapes their text; an info message is printed as it is, except that none of its lines
 * can be a workflow command (see neutraliseCommands).
 */
export function createLogger(write: LineWriter): Logger {
  return {
    info: (message) => write(neutraliseCommands(message)),
    debug: (message) => write(formatCommand('debug', {}, message)),
    notice: (message, annotation = {}) =>
      write(formatCommand('notice', { ...annotation }, message)),
    warning: (message, annotation = {}) =>
      write(formatCommand('warning', { ...annotation }, message)),
    error: (message, annotation = {}) => write(formatCommand('error', { ...annotation }, message)),
    async group(name, body) {
      write(formatCommand('group', {}, name))
      try {
        return await body()
      } finally {
        write(formatCommand('endgroup', {}, ''))
      }
    },
  }
}

/** A writer that replaces every registered secret with `***` before the line leaves. */
export function maskingWriter(write: LineWriter, secrets: Set<string>): LineWriter {
  return (line) => {
    let masked = line
    for (const secret of secrets) masked = masked.split(secret).join('***')
    write(masked)
  }
}

/** The context of a real run: inputs from INPUT_*, outputs to GITHUB_OUTPUT, and so on. */
export function createRunnerContext(
  env: Environment = process.env,
  write: LineWriter = (line) => process.stdout.write(`${line}${EOL}`),
): ActionContext {
  const secrets = new Set<string>()
  const safeWrite = maskingWriter(write, secrets)
  return {
    getInput: (name) => env[inputEnvironmentName(name)] ?? '',
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT
      if (file) appendKeyValue(file, name, String(value))
      else safeWrite(formatCommand('set-output', { name }, String(value)))
    },
    setSecret(value) {
      if (value === '') return
      write(formatCommand('add-mask', {}, value))
      secrets.add(value)
    },
    summary: new Summary(),
    log: createLogger(safeWrite),
    exec: execProcess,
    env,
    event: readEvent(env),
    now: new Date(),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  }
}

/** Appends the summary to GITHUB_STEP_SUMMARY; without one (a local run) it is printed. */
export function writeSummary(context: ActionContext, write: LineWriter): void {
  const markdown = context.summary.render()
  if (markdown === '') return
  const file = context.env.GITHUB_STEP_SUMMARY
  if (file) appendFileSync(file, markdown, 'utf8')
  else write(neutraliseCommands(markdown))
}
