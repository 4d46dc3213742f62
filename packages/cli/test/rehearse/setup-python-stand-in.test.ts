// actions/setup-python's stand-in, run directly: which interpreter it asks, and how often.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RehearsalSandbox } from '../../src/rehearse/rehearsal-sandbox.js'
import { actionsSetupPython } from '../../src/rehearse/stand-ins/actions-setup-python.js'
import type { StandInContext } from '../../src/rehearse/stand-ins/stand-in.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-setup-python-'))
  dirs.push(dir)
  return dir
}

/** A `python3.99` on PATH that writes a line to `asked` each time it runs, then runs python3. */
function countingPython(): { bin: string; asked: string } {
  const bin = temp()
  const asked = join(bin, 'asked')
  writeFileSync(asked, '')
  writeFileSync(join(bin, 'python3.99'), `#!/bin/sh\necho asked >> '${asked}'\nexec python3 "$@"\n`)
  chmodSync(join(bin, 'python3.99'), 0o755)
  return { bin, asked }
}

/** One job's step context: its own HOME, temp and outputs, the run's tool cache. */
function jobContext(toolCache: string, path: string): StandInContext {
  const job = temp()
  const output = join(job, 'output')
  writeFileSync(output, '')
  return {
    workspace: job,
    runnerTemp: job,
    env: { PATH: path, HOME: job, RUNNER_TOOL_CACHE: toolCache, GITHUB_OUTPUT: output },
    gitDir: job,
    repository: 'acme/spanner',
    sha: '0'.repeat(40),
    ref: 'refs/heads/main',
    artifactsDir: job,
    sandbox: {} as RehearsalSandbox,
    githubToken: '',
    written: {},
    log: () => undefined,
    warn: () => undefined,
    note: () => undefined,
    mask: () => undefined,
  }
}

describe('actions/setup-python stand-in', () => {
  it('asks the interpreter once per run: a later job of the same run reads the answer', async () => {
    const { bin, asked } = countingPython()
    const path = `${bin}:${process.env.PATH ?? ''}`
    const toolCache = temp()
    const outputs: string[] = []
    for (let job = 0; job < 2; job++) {
      const ctx = jobContext(toolCache, path)
      const result = await actionsSetupPython.standIn(ctx, { 'python-version': '3.99' })
      expect(result).toEqual({ ok: true })
      outputs.push(readFileSync(ctx.env.GITHUB_OUTPUT!, 'utf8'))
    }
    expect(readFileSync(asked, 'utf8')).toBe('asked\n')
    // Both jobs get the same Python, from the same tool-cache folder.
    expect(outputs[1]).toBe(outputs[0])
    expect(outputs[0]).toMatch(
      new RegExp(`python-path=${toolCache}/Python/3\\.\\d+\\.\\d+/x64/bin/python\\n`),
    )

    // Another run (another tool cache) asks again.
    await actionsSetupPython.standIn(jobContext(temp(), path), { 'python-version': '3.99' })
    expect(readFileSync(asked, 'utf8')).toBe('asked\nasked\n')
  })
})
