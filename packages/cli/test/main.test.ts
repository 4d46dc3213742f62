import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DOCTOR_USAGE } from '../src/doctor/command.js'
import type { CliIO } from '../src/io.js'
import { main, USAGE } from '../src/main.js'
import { NOTES_USAGE } from '../src/notes/options.js'
import { INIT_USAGE } from '../src/init/options.js'
import { REHEARSE_USAGE } from '../src/rehearse/options.js'
import { cliVersion } from '../src/version.js'

const manifest = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'),
) as { name: string; version: string }

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: { write: (chunk: string) => ((stdout += chunk), true) } as unknown as CliIO['stdout'],
    stderr: { write: (chunk: string) => ((stderr += chunk), true) } as unknown as CliIO['stderr'],
    cwd: tmpdir(),
    env: {},
  }
  const code = await main(args, io)
  return { code, stdout, stderr }
}

describe('tokenless', () => {
  it('is the package tokenless, at the version of the suite', () => {
    const suite = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8'),
    ) as { version: string }
    expect(manifest.name).toBe('tokenless')
    expect(manifest.version).toBe(suite.version)
  })

  it('prints its version with --version, -v and version', async () => {
    for (const flag of ['--version', '-v', 'version']) {
      expect(await run([flag])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' })
    }
  })

  it('prints the help with help, --help and -h, exit codes included', async () => {
    for (const args of [['help'], ['--help'], ['-h'], ['help', 'help']]) {
      expect(await run(args)).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' })
    }
    expect(USAGE).toContain(`Exit status:
  0   done: the rehearsal passed, doctor found no error-level hazard, init wrote a clean
      workflow, the notes were written
  1   the rehearsal failed (or could not run), doctor found an error-level hazard, init could
      not write a workflow doctor finds nothing in, or the repository cannot give the notes
      asked for
  2   a usage error: an unknown command or option, a missing value, Node.js older than 24
  3   not rehearsed: a publish or release step could not run against the sandbox`)
  })

  it("prints a command's help with help COMMAND", async () => {
    expect(await run(['help', 'rehearse'])).toEqual({
      code: 0,
      stdout: `${REHEARSE_USAGE}\n`,
      stderr: '',
    })
    expect(await run(['help', 'doctor'])).toEqual({
      code: 0,
      stdout: `${DOCTOR_USAGE}\n`,
      stderr: '',
    })
    expect(await run(['help', 'notes'])).toEqual({
      code: 0,
      stdout: `${NOTES_USAGE}\n`,
      stderr: '',
    })
    expect(await run(['help', 'init'])).toEqual({ code: 0, stdout: `${INIT_USAGE}\n`, stderr: '' })
  })

  it('refuses an unknown command with exit 2, naming the commands', async () => {
    const unknown = (name: string) =>
      `tokenless: unknown command "${name}"; the commands are init, rehearse, doctor, notes, help.\n\n${USAGE}\n`
    expect(await run(['publish'])).toEqual({ code: 2, stdout: '', stderr: unknown('publish') })
    expect(await run(['help', 'publish'])).toEqual({
      code: 2,
      stdout: '',
      stderr: unknown('publish'),
    })
    expect(await run(['--verbose'])).toEqual({ code: 2, stdout: '', stderr: unknown('--verbose') })
  })

  it('says no command was given, with exit 2', async () => {
    expect(await run([])).toEqual({
      code: 2,
      stdout: '',
      stderr: `tokenless: no command given.\n\n${USAGE}\n`,
    })
  })
})

describe('cliVersion', () => {
  it("reads the tokenless package's version, passing over the bundle's own package.json", () => {
    const root = mkdtempSync(join(tmpdir(), 'tokenless-version-'))
    mkdirSync(join(root, 'dist'))
    writeFileSync(
      join(root, 'package.json'),
      '{"name":"tokenless","version":"9.8.7","bin":{"tokenless":"bin/tokenless.js"}}',
    )
    writeFileSync(join(root, 'dist', 'package.json'), '{"type":"module"}')
    expect(cliVersion(join(root, 'dist'))).toBe('9.8.7')
  })

  it('says so when there is no package.json of the command above it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-noversion-'))
    expect(() => cliVersion(dir)).toThrow(`No package.json of the tokenless command above ${dir}.`)
  })
})

describe('processIO', () => {
  it('takes standard error and input from the process only when they are used', async () => {
    const { processIO } = await import('../src/io.js')
    const io = processIO()
    for (const name of ['stderr', 'stdin'] as const) {
      expect(typeof Object.getOwnPropertyDescriptor(io, name)?.get).toBe('function')
    }
    expect(io.stderr).toBe(process.stderr)
    expect(io.stdin).toBe(process.stdin)
    expect(io.cwd).toBe(process.cwd())
  })
})
