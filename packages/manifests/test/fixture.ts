import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ConfigurationError } from '@tokenless/errors'
import type { SourceLocation } from '@tokenless/errors'

const made: string[] = []

afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** Writes files (path -> content) into a fresh temp dir and returns it. */
export function writeTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokenless-manifests-'))
  made.push(dir)
  for (const [file, content] of Object.entries(files)) {
    const absolute = path.join(dir, file)
    fs.mkdirSync(path.dirname(absolute), { recursive: true })
    fs.writeFileSync(absolute, content)
  }
  return dir
}

/** Joins lines with "\n" and a final newline: how fixtures are written. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`
}

/** Runs `action`, expects a ConfigurationError with exactly this message, and returns it. */
export async function configurationError(
  action: () => unknown,
  message: string,
  location?: SourceLocation,
): Promise<ConfigurationError> {
  let thrown: unknown
  try {
    await action()
  } catch (error) {
    thrown = error
  }
  if (!(thrown instanceof ConfigurationError)) {
    throw new Error(`expected a ConfigurationError, got ${String(thrown)}`)
  }
  expect(thrown.message).toBe(message)
  expect(thrown.input).toBe('manifests')
  if (location !== undefined) expect(thrown.location).toEqual(location)
  return thrown
}
