// scripts/pack-cli.mjs refuses what would make a broken `tokenless` package, each with its fix.
// (The package it makes is installed and run in test/package/cli-tarball.test.ts.)
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../support/action-defaults.js'
import { pathWithThisNode } from '../support/offline-install.js'

const env = { ...process.env, PATH: pathWithThisNode() }

/** A scratch root with the pack script, package.json files of these versions, and `files`. */
function scratch(suite: string, cli: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-pack-cli-'))
  mkdirSync(join(dir, 'scripts'))
  for (const name of ['pack-cli.mjs', 'actions.mjs'])
    cpSync(join(repoRoot, 'scripts', name), join(dir, 'scripts', name))
  const write = (path: string, text: string): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  write('package.json', JSON.stringify({ name: 'tokenless', version: suite }))
  write('packages/cli/package.json', JSON.stringify({ name: 'tokenless', version: cli }))
  for (const [path, text] of Object.entries(files)) write(path, text)
  execFileSync('git', ['init', '-q'], { cwd: dir })
  execFileSync('git', ['add', '-A'], { cwd: dir })
  return dir
}

function pack(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(dir, 'scripts', 'pack-cli.mjs'), ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const USAGE = 'Usage: node scripts/pack-cli.mjs [--destination DIR] [--repository OWNER/NAME]'

describe('pack-cli', () => {
  it('refuses `npm pack` in packages/cli, which would leave the actions out', () => {
    const result = spawnSync('npm', ['pack', './packages/cli', '--dry-run'], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
    })
    expect(result.stderr).toContain(
      'pack-cli: packages/cli is packed by `npm run pack:cli` (scripts/pack-cli.mjs), which adds the actions, the demos and the workflows the command runs; `npm pack` here alone would make a package that cannot rehearse.',
    )
    expect(result.status).not.toBe(0)
  })

  it('refuses a version of the command other than the suite’s', () => {
    expect(pack(scratch('0.2.0', '0.1.0'))).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'pack-cli: packages/cli/package.json has version 0.1.0 but package.json has 0.2.0: the command is released with the suite, so both carry the same version. Update packages/cli/package.json.\n',
    })
  })

  it('asks for the build when the bundle is missing', () => {
    expect(pack(scratch('0.2.0', '0.2.0', { 'packages/cli/bin/tokenless.js': '' }))).toEqual({
      code: 1,
      stdout: '',
      stderr: 'pack-cli: packages/cli/dist/index.js is missing: run `npm run build` first.\n',
    })
  })

  it('asks for a checkout when git tracks no demo', () => {
    const dir = scratch('0.2.0', '0.2.0', {
      'packages/cli/bin/tokenless.js': '',
      'packages/cli/dist/index.js': '',
      'packages/cli/README.md': '# tokenless\n',
    })
    expect(pack(dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'pack-cli: git tracks nothing under demo: pack from a checkout.\n',
    })
  })

  it('says what its options take', () => {
    const dir = scratch('0.2.0', '0.2.0')
    expect(pack(dir, '--repository', 'octo-org')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'pack-cli: --repository is "octo-org"; it takes OWNER/NAME, e.g. octo-org/tokenless.\n',
    })
    expect(pack(dir, '--destination')).toEqual({
      code: 1,
      stdout: '',
      stderr: `pack-cli: --destination needs a value.\n${USAGE}\n`,
    })
    expect(pack(dir, '--dry-run')).toEqual({
      code: 1,
      stdout: '',
      stderr: `pack-cli: unknown argument "--dry-run".\n${USAGE}\n`,
    })
  })
})
