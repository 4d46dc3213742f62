// What tokenless init says when the repository does not tell it enough, each message as written.
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { doctorAt } from '../doctor/doctor-helpers.js'
import { gitRepository, packageJson, removeRepositories, runInit } from './init-support.js'

afterAll(removeRepositories)

const releaseYml = (dir: string): string => join(dir, '.github', 'workflows', 'release.yml')

describe('tokenless init refuses, saying what it looked for and the fix', () => {
  it('no manifest', async () => {
    const repo = gitRepository({ 'README.md': '# widget\n' })
    expect(await runInit([], repo.dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: `tokenless init: No package to release in ${repo.dir}: tokenless init looked for package.json (with its npm workspaces) and pyproject.toml (at the root and up to two folders down, e.g. python/pyproject.toml) and found none that names a package. Run it at the root of the repository that holds the package.\n`,
    })
    expect(existsSync(releaseYml(repo.dir))).toBe(false)
  })

  it('a private root package.json whose workspaces are all private', async () => {
    const repo = gitRepository({ 'package.json': packageJson({ name: 'root', private: true }) })
    const run = await runInit([], repo.dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'found none that names a package. The root package.json is private and none of its workspaces is a public package. Run it at the root',
    )
  })

  it('no version in the manifest and no tag: asks for --version, then takes it', async () => {
    const repo = gitRepository({ 'package.json': packageJson({ name: 'acme-new' }) })
    expect(await runInit([], repo.dir)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'tokenless init: No version found: package.json has no "version", and the repository has no release tag. Give the version of the first release: tokenless init --version 1.0.0.\n',
    })
    const run = await runInit(['--version', '1.0.0'], repo.dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('  version 1.0.0 (--version)\n')
    expect(run.stdout).toContain('npx tokenless rehearse --input version=1.0.0\n')
  })

  it('a --version that is not a version of the scheme', async () => {
    const repo = gitRepository({ 'package.json': packageJson({ name: 'acme-new' }) })
    const run = await runInit(['--version', 'one'], repo.dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^tokenless init: --version one is not a semver version: /)
  })

  it('manifests that disagree on the version, each with file:line', async () => {
    const repo = gitRepository({
      'package.json': packageJson({ name: 'acme-widget', version: '1.2.0' }),
      'python/pyproject.toml': '[project]\nname = "acme-widget"\nversion = "1.3.0"\n',
    })
    expect(await runInit([], repo.dir)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'tokenless init: The manifests disagree on the version: package.json:3 has 1.2.0, python/pyproject.toml:3 has 1.3.0. The release workflow checks that every manifest carries the version being released: make them equal, then run tokenless init again (packages versioned apart are a monorepo: see workflows-examples/monorepo.yml).\n',
    })
  })

  it('an unknown build backend: the workflow is written with the build step to fill in, and says so', async () => {
    const repo = gitRepository({
      'pyproject.toml':
        '[build-system]\nrequires = ["mesonpy"]\nbuild-backend = "mesonpy"\n\n[project]\nname = "acme-meson"\nversion = "0.1.0"\n',
    })
    const run = await runInit([], repo.dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      '  The build backend "mesonpy" of pyproject.toml is not one tokenless init knows: the workflow\'s step "Build acme-meson" is to fill in (it fails until then).\n',
    )
    const text = readFileSync(releaseYml(repo.dir), 'utf8')
    expect(text).toContain(
      '# TO FILL IN: the build backend "mesonpy" of pyproject.toml is not one tokenless init knows. Replace this step with the commands that build it into dist/python.',
    )
    expect(text).toContain(
      'echo "::error::Fill in the build of pyproject.toml: tokenless init does not know the build backend in it."',
    )
    expect(doctorAt(repo.dir).findings).toEqual([])
  })

  it('a folder that is not in a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-init-nogit-'))
    expect(await runInit([], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: `tokenless init: ${dir} is not in a git repository: tokenless init reads the tags and the default branch from git history. Run it in a clone of the repository (or git init first).\n`,
    })
  })

  it('a package.json that is not JSON', async () => {
    const repo = gitRepository({ 'package.json': '{ "name": ' })
    const run = await runInit([], repo.dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^tokenless init: package\.json is not valid JSON \(.+\): npm cannot read it either\. Fix it, then run tokenless init again\.\n$/,
    )
  })
})

describe('a repository that publishes with a registry token today', () => {
  it('lists the secrets with file:line and what to delete once the tokenless release has published', async () => {
    const repo = gitRepository({
      'package.json': packageJson({ name: 'acme-widget', version: '1.0.0' }),
      '.github/workflows/publish.yml': `on: { release: { types: [published] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - run: twine upload dist/*
        env:
          TWINE_PASSWORD: \${{ secrets.PYPI_API_TOKEN }}
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
`,
    })
    const run = await runInit([], repo.dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      '  tokens  NPM_TOKEN, PYPI_API_TOKEN in .github/workflows/publish.yml\n',
    )
    expect(run.stdout)
      .toContain(`Once a release through release.yml has published, delete what the token-based release used:
  .github/workflows/publish.yml:9 uses the secret NPM_TOKEN
  .github/workflows/publish.yml:12 uses the secret PYPI_API_TOKEN
  Delete the secrets NPM_TOKEN, PYPI_API_TOKEN: https://github.com/acme/widget/settings/secrets/actions (and the environments' secrets)
  Revoke the tokens on the registry (npmjs.com -> Access Tokens, pypi.org -> Account settings -> API tokens).
  Delete .github/workflows/publish.yml, or remove its publish steps: release.yml publishes now.
`)
    expect(run.stdout).toContain('tokenless doctor: no finding in .github/workflows/release.yml.')
  })
})
