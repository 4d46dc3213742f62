// A long-lived-token npm release workflow, fixed by `tokenless doctor --fix`, then rehearsed:
// the fixed workflow publishes through trusted publishing to the sandbox's npm registry.
import { afterAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rehearseJson } from '../../rehearse/rehearse-support.js'
import { readWorkflow, runDoctorCommand } from './fix-support.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** A repository `acme/widget` with an npm package at 1.1.0 to release and this workflow. */
function repository(workflow: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-fix-rehearse-'))
  made.push(dir)
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
  git('init', '--quiet', '--initial-branch=main')
  git('remote', 'add', 'origin', 'https://github.com/acme/widget.git')
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'acme-widget', version: '1.1.0', repository: 'github:acme/widget' }),
  )
  writeFileSync(join(dir, 'index.js'), 'export const widget = 1\n')
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true })
  writeFileSync(join(dir, '.github', 'workflows', 'release.yml'), workflow)
  return dir
}

function commit(dir: string, message: string): void {
  execFileSync('git', ['-C', dir, 'add', '--all'])
  execFileSync('git', [
    '-C',
    dir,
    '-c',
    'user.name=A',
    '-c',
    'user.email=a@example.com',
    'commit',
    '--quiet',
    '-m',
    message,
  ])
}

const NPM_TOKEN_RELEASE = `name: release
on:
  workflow_dispatch:
permissions:
  contents: read
  id-token: write # provenance
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      # the automation token from npmjs.com
      - run: npm publish --provenance --access public
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`

test('an npm release with NODE_AUTH_TOKEN, fixed, rehearses to a trusted publish', async () => {
  const dir = repository(NPM_TOKEN_RELEASE)
  const fix = await runDoctorCommand(['--fix'], dir)
  expect(fix.stdout).toContain(
    'long-lived-token: removed NODE_AUTH_TOKEN from a step of job "publish"',
  )
  expect(readWorkflow(dir)).toBe(`name: release
on:
  workflow_dispatch:
permissions: {}
concurrency:
  group: release-\${{ github.ref }}
  cancel-in-progress: false
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 24
      # the automation token from npmjs.com
      - run: npm publish --provenance --access public
`)
  commit(dir, 'feat: a widget')
  const { code, report } = await rehearseJson([], { cwd: dir })
  expect(report.readBack.npm).toEqual([
    expect.objectContaining({ name: 'acme-widget', published: ['1.1.0'] }),
  ])
  expect(report.verdict).toMatch(/^PASSED: published acme-widget@1\.1\.0 \(npm\)/)
  expect(code).toBe(0)
})
