import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

/**
 * Appends `name<<delimiter\nvalue\ndelimiter` to a runner file command (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE), the form that is safe for any value, multi-line included.
 */
export function appendKeyValue(file: string, name: string, value: string): void {
  // Unique per call; node:crypto is not loaded for this (start-up time), and a collision with
  // the value is checked below rather than assumed away.
  const delimiter = `ghadelimiter_${process.hrtime.bigint().toString(36)}${Math.random().toString(36).slice(2)}`
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected delimiter collision while writing ${name}`)
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}
