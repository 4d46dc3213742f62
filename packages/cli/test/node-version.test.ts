import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { nodeVersionProblem } from '../src/node-version.js'

const bin = join(import.meta.dirname, '..', 'bin', 'tokenless.js')

describe('the Node.js version check', () => {
  it('accepts Node.js 24 and later', () => {
    expect(nodeVersionProblem('24.0.0')).toBeUndefined()
    expect(nodeVersionProblem('26.1.2')).toBeUndefined()
  })

  it('says what is needed, what this is, and how to get it', () => {
    expect(nodeVersionProblem('20.20.2')).toBe(
      'tokenless needs Node.js 24 or later, the runtime GitHub runs the actions on; this is Node.js 20.20.2. Install Node.js 24 (for example `nvm install 24`), or let npx put it first on PATH: `npx -p node@24 -p tokenless tokenless ...` (in a clone of tokenless, its npm scripts do the same).',
    )
    expect(nodeVersionProblem('garbage')).toMatch(/^tokenless needs Node\.js 24 or later/)
  })

  it('lets the command run on this Node.js', () => {
    const result = spawnSync(process.execPath, [bin, 'doctor', '--help'], { encoding: 'utf8' })
    expect(existsSync(bin)).toBe(true)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
