// Long-lived-token release workflows (npm with NODE_AUTH_TOKEN, twine with TWINE_PASSWORD), fixed
// by `tokenless doctor --fix`, then rehearsed: each publishes through trusted publishing to the
// sandbox's registry.
import { afterAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rehearseJson, tokenLines } from '../../rehearse/rehearse-support.js'
import { BUILD_DIST, pythonRepository } from '../../rehearse/stand-ins-support.js'
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
  expect(report.verdict).toBe('PASSED: published acme-widget@1.1.0 (npm); no GitHub release.')
  expect(code).toBe(0)
})

const TWINE_RELEASE = `name: release
on:
  workflow_dispatch:
permissions:
  contents: read
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.x'
      - run: ${BUILD_DIST}
      - name: Publish to PyPI
        run: twine upload --non-interactive dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: \${{ secrets.PYPI_API_TOKEN }}
`

test('a twine upload with TWINE_PASSWORD, fixed, rehearses to a trusted publish', async () => {
  const dir = pythonRepository({ '.github/workflows/release.yml': TWINE_RELEASE })
  made.push(dir)
  // Metadata-Version 2.1, which the machine's twine (Debian's 4.0) reads.
  const backend = join(dir, 'build_backend', 'hello_build.py')
  writeFileSync(
    backend,
    readFileSync(backend, 'utf8')
      .replace('Metadata-Version: 2.4', 'Metadata-Version: 2.1')
      .replace('License-Expression: ', 'License: '),
  )
  const fix = await runDoctorCommand(['--fix'], dir)
  expect(fix.stdout).toContain(
    'long-lived-token: removed TWINE_PASSWORD from step "Publish to PyPI" of job "pypi"',
  )
  const fixedText = readWorkflow(dir)
  expect(fixedText).toContain(
    '    environment: release\n    permissions:\n      contents: read\n      id-token: write\n',
  )
  expect(fixedText).toContain('        env:\n          TWINE_USERNAME: __token__\n')
  expect(fixedText).not.toContain('TWINE_PASSWORD')
  commit(dir, 'fix: trusted publishing')
  const { code, report } = await rehearseJson([], { cwd: dir })
  const log = JSON.stringify(report.attempts)
  expect(log).toContain(
    "[tokenless rehearse] twine: trusted publishing as twine 6.1 and later do it: the job's OIDC token exchanged at the sandbox's index",
  )
  expect(tokenLines(log)).toEqual([])
  expect(report.verdict).toBe('PASSED: published acme-spanner 2.1.0 (PyPI); no GitHub release.')
  expect(code).toBe(0)
})
