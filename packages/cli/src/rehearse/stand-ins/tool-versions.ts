// What the machine's tools say about themselves, for the setup-* stand-ins.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

export const execFileAsync = promisify(execFile)

export async function versionOf(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<string | undefined> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { env })
    return `${stdout}${stderr}`.trim()
  } catch {
    return undefined
  }
}

export function versionMatches(present: string, wanted: string): boolean {
  const clean = wanted.replace(/^v/, '').replace(/\.x$/, '')
  if (/^(lts|latest|node|current)/.test(clean)) return true
  return present === clean || present.startsWith(`${clean}.`)
}
