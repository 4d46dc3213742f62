import fs from 'node:fs'
import path from 'node:path'

import { findWorkspacePackage, listWorkspacePackages } from '@tokenless/manifests'

import { configurationError, writeTree } from './fixture.js'

const pkg = (name: string): string => JSON.stringify({ name, version: '1.0.0' })

describe('findWorkspacePackage', () => {
  it('finds a package of a workspaces array', async () => {
    const cwd = writeTree({
      'package.json': JSON.stringify({
        name: 'root',
        private: true,
        workspaces: ['packages/*', 'tools/cli'],
      }),
      'packages/core/package.json': pkg('@acme/core'),
      'packages/web/package.json': pkg('@acme/web'),
      'packages/no-manifest/README.md': '',
      'tools/cli/package.json': pkg('acme-cli'),
    })
    await expect(findWorkspacePackage(cwd, '@acme/core')).resolves.toBe('packages/core')
    await expect(findWorkspacePackage(cwd, '@acme/web')).resolves.toBe('packages/web')
    await expect(findWorkspacePackage(cwd, 'acme-cli')).resolves.toBe('tools/cli')
    await expect(findWorkspacePackage(cwd, '@acme/missing')).resolves.toBeUndefined()
    await expect(findWorkspacePackage(cwd, 'root')).resolves.toBeUndefined()
  })

  it('reads { packages: [...] } and ./-prefixed or trailing-slash patterns', async () => {
    const cwd = writeTree({
      'package.json': JSON.stringify({
        workspaces: { packages: ['./libs/*/', 'apps/{admin,site}'] },
      }),
      'libs/a/package.json': pkg('a'),
      'apps/admin/package.json': pkg('admin'),
      'apps/other/package.json': pkg('other'),
    })
    await expect(findWorkspacePackage(cwd, 'a')).resolves.toBe('libs/a')
    await expect(findWorkspacePackage(cwd, 'admin')).resolves.toBe('apps/admin')
    await expect(findWorkspacePackage(cwd, 'other')).resolves.toBeUndefined()
  })

  it('follows ** at any depth, but never into node_modules or dot-directories', async () => {
    const cwd = writeTree({
      'package.json': JSON.stringify({ workspaces: ['packages/**'] }),
      'packages/package.json': pkg('the-dir-itself'),
      'packages/group/deep/x/package.json': pkg('deep-x'),
      'packages/group/node_modules/dep/package.json': pkg('dep'),
      'packages/.hidden/package.json': pkg('hidden'),
    })
    await expect(findWorkspacePackage(cwd, 'deep-x')).resolves.toBe('packages/group/deep/x')
    await expect(findWorkspacePackage(cwd, 'the-dir-itself')).resolves.toBe('packages')
    await expect(findWorkspacePackage(cwd, 'dep')).resolves.toBeUndefined()
    await expect(findWorkspacePackage(cwd, 'hidden')).resolves.toBeUndefined()
  })

  it('finds nothing under ** in a folder that does not exist', async () => {
    // examples/ is listed for the contributors who check it out; this checkout has none.
    const cwd = writeTree({
      'package.json': JSON.stringify({
        private: true,
        workspaces: ['packages/*', 'examples/**'],
      }),
      'packages/core/package.json': pkg('@acme/core'),
    })
    const dirs = (await listWorkspacePackages(cwd)).map(({ dir }) => dir)
    expect(dirs).toEqual(['packages/core'])
  })

  it('supports ?, character classes and ! exclusions', async () => {
    const cwd = writeTree({
      'package.json': JSON.stringify({
        workspaces: ['pkg-?', 'lib[0-9]', 'packages/*', '!packages/legacy*'],
      }),
      'pkg-a/package.json': pkg('pa'),
      'pkg-ab/package.json': pkg('pab'),
      'lib1/package.json': pkg('l1'),
      'libx/package.json': pkg('lx'),
      'packages/legacy-v1/package.json': pkg('legacy'),
      'packages/current/package.json': pkg('current'),
    })
    await expect(findWorkspacePackage(cwd, 'pa')).resolves.toBe('pkg-a')
    await expect(findWorkspacePackage(cwd, 'pab')).resolves.toBeUndefined()
    await expect(findWorkspacePackage(cwd, 'l1')).resolves.toBe('lib1')
    await expect(findWorkspacePackage(cwd, 'lx')).resolves.toBeUndefined()
    await expect(findWorkspacePackage(cwd, 'legacy')).resolves.toBeUndefined()
    await expect(findWorkspacePackage(cwd, 'current')).resolves.toBe('packages/current')
  })

  it('takes the first match in pattern order, then name order', async () => {
    const cwd = writeTree({
      'package.json': JSON.stringify({ workspaces: ['b/*', 'a/*'] }),
      'a/x/package.json': pkg('dup'),
      'b/z/package.json': pkg('dup'),
      'b/y/package.json': pkg('dup'),
    })
    await expect(findWorkspacePackage(cwd, 'dup')).resolves.toBe('b/y')
  })

  it('follows a symlinked workspace directory', async () => {
    const cwd = writeTree({
      'package.json': JSON.stringify({ workspaces: ['packages/*'] }),
      'elsewhere/real/package.json': pkg('linked'),
    })
    fs.mkdirSync(path.join(cwd, 'packages'))
    fs.symlinkSync(path.join(cwd, 'elsewhere/real'), path.join(cwd, 'packages/real'), 'dir')
    await expect(findWorkspacePackage(cwd, 'linked')).resolves.toBe('packages/real')
  })

  it('is undefined without a package.json or without workspaces', async () => {
    await expect(findWorkspacePackage(writeTree({}), 'x')).resolves.toBeUndefined()
    const plain = writeTree({ 'package.json': pkg('x'), 'packages/x/package.json': pkg('x') })
    await expect(findWorkspacePackage(plain, 'x')).resolves.toBeUndefined()
    const odd = writeTree({ 'package.json': JSON.stringify({ workspaces: 'packages/*' }) })
    await expect(findWorkspacePackage(odd, 'x')).resolves.toBeUndefined()
  })

  it('reports invalid JSON in the root or a workspace package.json', async () => {
    const cwd = writeTree({ 'package.json': '{"workspaces": ["packages/*"],}' })
    await configurationError(
      () => findWorkspacePackage(cwd, 'x'),
      'package.json:1:31 is not valid JSON: trailing comma: JSON allows none after the last member. Fix the JSON there: npm cannot read the workspace package.json either.',
      { file: 'package.json', line: 1, column: 31 },
    )
    const member = writeTree({
      'package.json': JSON.stringify({ workspaces: ['packages/*'] }),
      'packages/bad/package.json': '{\n  name: "bad"\n}',
    })
    await configurationError(
      () => findWorkspacePackage(member, 'x'),
      "packages/bad/package.json:2:3 is not valid JSON: expected a property name in double quotes but found 'n'. Fix the JSON there: npm cannot read the workspace packages/bad/package.json either.",
    )
  })
  it('excludes with ** at any depth, skips non-string patterns and missing or broken folders', async () => {
    const cwd = writeTree({
      'package.json': JSON.stringify({
        workspaces: [7, 'missing/*', 'lone[x', 'lone{x', 'packages/**', '!packages/**/old'],
      }),
      'lone[x/package.json': pkg('bracket'),
      'lone{x/package.json': pkg('brace'),
      'packages/old/package.json': pkg('old-top'),
      'packages/a/old/package.json': pkg('old-a'),
      'packages/a/b/old/package.json': pkg('old-ab'),
      'packages/a/keep/package.json': pkg('keep'),
      'packages/old-not/package.json': pkg('old-not'),
    })
    fs.symlinkSync(path.join(cwd, 'nowhere'), path.join(cwd, 'dangling'), 'dir')
    const dirs = (await listWorkspacePackages(cwd)).map(({ dir }) => dir)
    expect(dirs).toEqual(['lone[x', 'lone{x', 'packages/a/keep', 'packages/old-not'])
  })
})
