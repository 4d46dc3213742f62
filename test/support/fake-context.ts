import {
  type ActionContext,
  type ActionEvent,
  createLogger,
  execProcess,
  maskingWriter,
  Summary,
} from '@tokenless/action-kit'
import { actionDefaults } from './action-defaults.js'

export interface FakeContext extends ActionContext {
  outputs: Record<string, string>
  lines: string[]
  secrets: Set<string>
}

/** A context as the runner would make it, with the action's input defaults, recording everything. */
export function fakeContext(options: {
  action?: string
  inputs?: Record<string, string>
  env?: Record<string, string | undefined>
  event?: ActionEvent
  now?: Date
  workspace: string
}): FakeContext {
  const inputs = { ...(options.action ? actionDefaults(options.action) : {}), ...options.inputs }
  const lines: string[] = []
  const outputs: Record<string, string> = {}
  const secrets = new Set<string>()
  const write = maskingWriter((line) => lines.push(line), secrets)
  return {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => {
      outputs[name] = String(value)
    },
    setSecret: (value) => {
      secrets.add(value)
    },
    summary: new Summary(),
    log: createLogger(write),
    exec: execProcess,
    env: options.env ?? {},
    event: options.event ?? { name: undefined, payload: {} },
    now: options.now ?? new Date('2026-07-04T12:00:00Z'),
    workspace: options.workspace,
    outputs,
    lines,
    secrets,
  }
}
