// What the --fix tests share: doctor's command run on a folder with its output recorded, and
// repositories copied from the fixtures into temporary folders.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { doctorCommand } from '../../../src/doctor/command.js'
import type { CliIO } from '../../../src/io.js'

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures')

export async function runDoctorCommand(
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const out = new PassThrough()
  out.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const err = new PassThrough()
  err.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const io = { stdout: out, stderr: err, cwd, env: {} } as unknown as CliIO
  const code = await doctorCommand(args, io)
  await new Promise((resolve) => setImmediate(resolve))
  return { code, stdout, stderr }
}

/** A copy of a fixture repository in a temporary folder. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tokenless-fix-${name}-`))
  cpSync(join(FIXTURES, name), dir, { recursive: true })
  return dir
}

export function readWorkflow(dir: string, file = 'release.yml'): string {
  return readFileSync(join(dir, '.github', 'workflows', file), 'utf8')
}
