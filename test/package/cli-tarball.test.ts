// The `tokenless` npm package as a user gets it: packed by scripts/pack-cli.mjs, installed into an
// empty prefix (no network: the dependencies come from npm's cache, pinned by this repository's
// lock file), and run from a folder that has nothing to do with this repository: --version,
// help, doctor on a repository, and a whole rehearsal of a small npm package's release.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { COMMANDS, USAGE } from '../../packages/cli/src/main.js'
import { REHEARSE_USAGE } from '../../packages/cli/src/rehearse/options.js'
import { repoRoot } from '../support/action-defaults.js'
import { GitFixture } from '../support/git-fixture.js'
import { installTarballOffline, pathWithThisNode } from '../support/offline-install.js'

const { version, dependencies } = JSON.parse(
  readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8'),
) as { version: string; dependencies: Record<string, string> }
const work = mkdtempSync(join(tmpdir(), 'tokenless-tarball-'))
const prefix = join(work, 'prefix')
const elsewhere = join(work, 'elsewhere')
const env: NodeJS.ProcessEnv = { ...process.env, PATH: pathWithThisNode() }
const bin = join(prefix, 'node_modules', '.bin', 'tokenless')
let tarball = ''
let packOutput = ''

function tokenless(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(bin, args, { cwd: elsewhere, env, encoding: 'utf8', timeout: 240_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  mkdirSync(elsewhere)
  packOutput = execFileSync(
    process.execPath,
    [join(repoRoot, 'scripts', 'pack-cli.mjs'), '--destination', join(work, 'packed')],
    { cwd: work, env, encoding: 'utf8' },
  )
  tarball = packOutput.trim().split('\n').at(-1) ?? ''
  installTarballOffline(tarball, prefix, Object.keys(dependencies), env)
}, 240_000)

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

it('packs one tarball named for the version, with what the command runs', () => {
  expect(packOutput).toMatch(/^packed \d+ files, [\d.]+ MB \([\d.]+ MB unpacked\)$/m)
  expect(tarball).toBe(join(work, 'packed', `tokenless-${version}.tgz`))
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n')
  expect(files).toEqual(
    expect.arrayContaining([
      'package/package.json',
      'package/README.md',
      'package/bin/tokenless.js',
      'package/dist/index.js',
      'package/dist/main.wasm',
      'package/actions/publish-oidc/action.yml',
      'package/actions/publish-oidc/dist/index.js',
      'package/actions/validate-tag/dist/index.js',
      'package/demo/history.json',
      'package/demo/gitignore',
      'package/workflows-examples/release.yml',
      'package/.github/workflows/release.yml',
      'package/openapi/api.github.com.json',
    ]),
  )
  expect(files.filter((file) => /\/src\/.*\.ts$|\.test\.ts$/.test(file))).toEqual([])
})

it('installs into an empty prefix with verdaccio as its one dependency, and no @octokit/openapi', () => {
  const manifest = JSON.parse(
    readFileSync(join(prefix, 'node_modules', 'tokenless', 'package.json'), 'utf8'),
  ) as Record<string, unknown>
  expect(manifest).toMatchObject({
    name: 'tokenless',
    version,
    bin: { tokenless: 'bin/tokenless.js' },
    engines: { node: '>=24' },
    dependencies: { verdaccio: expect.any(String) as string },
  })
  expect(Object.keys(manifest.dependencies as object)).toEqual(['verdaccio'])
  expect(manifest.scripts).toBeUndefined()
  expect(existsSync(join(prefix, 'node_modules', 'verdaccio', 'package.json'))).toBe(true)
  expect(existsSync(join(prefix, 'node_modules', '@octokit', 'openapi'))).toBe(false)
})

it('says its version and its help from any directory', () => {
  expect(tokenless(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  expect(tokenless(['help'])).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' })
  expect(tokenless(['help', 'rehearse'])).toEqual({
    code: 0,
    stdout: `${REHEARSE_USAGE}\n`,
    stderr: '',
  })
  expect(tokenless(['publish'])).toEqual({
    code: 2,
    stdout: '',
    stderr: `tokenless: unknown command "publish"; the commands are ${COMMANDS.join(', ')}.\n\n${USAGE}\n`,
  })
})

it('doctors a repository by its path: a hazard is exit 1 with file:line, a clean one exit 0', () => {
  const repo = GitFixture.create('doctored')
  repo.write({
    '.github/workflows/release.yml': readFileSync(
      join(repoRoot, 'workflows-examples', 'release.yml'),
      'utf8',
    ),
  })
  const clean = tokenless(['doctor', repo.dir])
  expect(clean.stderr).toBe('')
  expect(clean.stdout).toContain('0 errors')
  expect(clean.code).toBe(0)

  repo.write({
    '.github/workflows/publish.yml': `name: publish
on: push
permissions:
  id-token: write
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: npm test && npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`,
  })
  const hazard = tokenless(['doctor', repo.dir])
  expect(hazard.stdout).toMatch(/^\.github\/workflows\/publish\.yml$/m)
  expect(hazard.stdout).toMatch(/^ +12:\d+ +error +long-lived-token$/m)
  expect(hazard.stdout).toMatch(/tokenless doctor: [1-9]\d* errors?, /)
  expect(hazard.code).toBe(1)
})

it("reads run: scripts with the shell parser shipped beside the bundle (sh-syntax's main.wasm)", () => {
  // Line by line, `npm publish` inside the quoted notes would be a publish with no environment;
  // parsed, it is part of the gh release command's argument.
  const repo = GitFixture.create('parsed-scripts')
  repo.write({
    '.github/workflows/notes.yml': `on: { push: { tags: ['v*'] } }
permissions: {}
concurrency: { group: notes, cancel-in-progress: false }
jobs:
  notes:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - run: |
          gh release create "$TAG" --notes "Upgrade notes:
          npm publish now asks for provenance"
        env:
          TAG: \${{ github.ref_name }}
`,
  })
  expect(existsSync(join(prefix, 'node_modules', 'sh-syntax'))).toBe(false)
  const result = tokenless(['doctor', repo.dir])
  expect(result.stdout).not.toContain('publish-without-environment')
  expect(result.stdout).not.toContain('publish-without-id-token')
})

it('rehearses the release of a small npm package with the reference workflow, from another directory', () => {
  const repo = GitFixture.create('tarball-check')
  repo.write({
    'package.json': `${JSON.stringify(
      {
        name: 'tarball-check',
        version: '1.0.0',
        license: 'MIT',
        type: 'module',
        files: ['index.js'],
        repository: { type: 'git', url: 'git+https://github.com/octo-org/tarball-check.git' },
        scripts: { test: 'node --test' },
      },
      null,
      2,
    )}\n`,
    'index.js': 'export const answer = 42\n',
    'test/answer.test.js':
      "import { test } from 'node:test'\nimport assert from 'node:assert'\nimport { answer } from '../index.js'\ntest('answer', () => assert.equal(answer, 42))\n",
    'CHANGELOG.md': '# Changelog\n\n## 1.0.0\n\n- The answer.\n',
    '.github/workflows/release.yml': readFileSync(
      join(repoRoot, 'workflows-examples', 'release.yml'),
      'utf8',
    ),
  })
  repo.git('add', '-A')
  repo.git('commit', '-q', '-m', 'feat: the answer')
  writeFileSync(join(elsewhere, 'unrelated.txt'), 'not a repository\n')

  const run = tokenless(['rehearse', '--repo', repo.dir, '--repository', 'octo-org/tarball-check'])
  expect(run.stderr).toBe('')
  expect(run.stdout).toContain(
    'PASSED: published tarball-check@1.0.0 (npm); GitHub release v1.0.0.',
  )
  expect(run.code).toBe(0)
}, 240_000)
