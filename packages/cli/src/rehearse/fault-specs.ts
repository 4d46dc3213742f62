// `--fault` specs: `<target>[:<METHOD> <path>][:key=value]...`, e.g. `registry:npm:status=500:nth=3`
// or `github:POST /repos/{owner}/{repo}/releases:status=502`.
import type { FaultSpec } from '@tokenless/sandbox'
import { UsageError } from './options.js'

export const FAULT_TARGETS = [
  'github',
  'registry:npm',
  'registry:pypi',
  'registry:testpypi',
] as const
export type FaultTarget = (typeof FAULT_TARGETS)[number]

export interface ParsedFault {
  /** The spec as given, for the report. */
  text: string
  target: FaultTarget
  spec: FaultSpec
}

const FAULT_KEYS = ['status', 'nth', 'times', 'delay', 'drop', 'retry-after'] as const

const EXAMPLE =
  'registry:npm:status=500:nth=3, or "github:POST /repos/{owner}/{repo}/releases:status=502"'

function wholeNumber(text: string, key: string, spec: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) {
    throw new UsageError(
      `--fault ${spec}: ${key} must be a whole number from ${min}, got "${text}".`,
    )
  }
  return Number(text)
}

export function parseFaultSpec(text: string): ParsedFault {
  const target = FAULT_TARGETS.find(
    (candidate) => text === candidate || text.startsWith(`${candidate}:`),
  )
  if (target === undefined) {
    throw new UsageError(
      `--fault ${text}: it must start with ${FAULT_TARGETS.join(', ')}. For example: ${EXAMPLE}.`,
    )
  }
  const parts = text
    .slice(target.length + 1)
    .split(':')
    .filter((part) => part !== '')
  const spec: FaultSpec = { path: /^/ }
  for (const part of parts) {
    const equals = part.indexOf('=')
    if (equals < 0) {
      const match = /^(?:([A-Za-z]+)\s+)?(\/\S*)$/.exec(part.trim())
      const method = /^[A-Za-z]+$/.test(part.trim()) ? part.trim() : match?.[1]
      if (match === null && method === undefined) {
        throw new UsageError(
          `--fault ${text}: "${part}" is neither KEY=VALUE nor "METHOD /path". For example: ${EXAMPLE}.`,
        )
      }
      if (method !== undefined) spec.method = method.toUpperCase()
      if (match?.[2] !== undefined) spec.path = match[2]
      continue
    }
    const key = part.slice(0, equals)
    const value = part.slice(equals + 1)
    switch (key) {
      case 'status':
        spec.status = wholeNumber(value, key, text, 100)
        if (spec.status > 599) {
          throw new UsageError(`--fault ${text}: status must be an HTTP status, got ${value}.`)
        }
        break
      case 'nth':
        spec.nth = wholeNumber(value, key, text, 1)
        break
      case 'times':
        spec.times = value === 'all' ? Infinity : wholeNumber(value, key, text, 1)
        break
      case 'delay':
        spec.delayMs = wholeNumber(value.replace(/ms$/, ''), key, text, 0)
        break
      case 'retry-after':
        spec.retryAfter = wholeNumber(value, key, text, 0)
        break
      case 'drop':
        if (value !== 'true' && value !== 'false') {
          throw new UsageError(`--fault ${text}: drop is true or false, got "${value}".`)
        }
        spec.drop = value === 'true'
        break
      default:
        throw new UsageError(
          `--fault ${text}: unknown key "${key}"; the keys are ${FAULT_KEYS.join(', ')}.`,
        )
    }
  }
  if (spec.status === undefined && spec.drop !== true && spec.delayMs === undefined) {
    throw new UsageError(
      `--fault ${text}: say what goes wrong: status=CODE, drop=true or delay=MS. For example: ${EXAMPLE}.`,
    )
  }
  return { text, target, spec }
}

/** The fault in words, for the report: `POST /repos/{owner}/{repo}/releases answers 502 (1st call)`. */
export function describeFault(fault: ParsedFault): string {
  const { spec } = fault
  const what =
    spec.drop === true
      ? 'drops the connection'
      : spec.status !== undefined
        ? `answers ${spec.status}`
        : `waits ${spec.delayMs} ms`
  const where = `${spec.method ?? 'any method'} ${typeof spec.path === 'string' ? spec.path : 'any path'}`
  const nth = spec.nth ?? 1
  const times = spec.times ?? 1
  const which =
    times === Infinity
      ? `from call ${nth} on`
      : times === 1
        ? `call ${nth}`
        : `calls ${nth} to ${nth + times - 1}`
  return `${fault.target}: ${where} ${what} (${which})`
}
