import fs from 'node:fs'
import path from 'node:path'

import { ConfigurationError } from '@tokenless/errors'
import { detectManifests, readManifestVersion, readManifestVersions } from '@tokenless/manifests'

import { configurationError, lines, writeTree } from './fixture.js'

describe('detectManifests', () => {
  it('lists package.json, pyproject.toml and Cargo.toml at the root, in that order', async () => {
    const cwd = writeTree({
      'Cargo.toml': '[package]\n',
      'pyproject.toml': '[project]\n',
      'package.json': '{}',
      'sub/package.json': '{}',
      'setup.py': '',
    })
    await expect(detectManifests(cwd)).resolves.toEqual([
      'package.json',
      'pyproject.toml',
      'Cargo.toml',
    ])
  })

  it('lists only the files that exist, never a directory', async () => {
    const cwd = writeTree({ 'pyproject.toml': '' })
    fs.mkdirSync(path.join(cwd, 'package.json'))
    await expect(detectManifests(cwd)).resolves.toEqual(['pyproject.toml'])
    await expect(detectManifests(writeTree({}))).resolves.toEqual([])
    await expect(detectManifests(path.join(cwd, 'missing'))).resolves.toEqual([])
  })
})

describe('readManifestVersions', () => {
  const tree = {
    'package.json': lines('{', '  "name": "acme",', '  "version": "1.0.0"', '}'),
    'pyproject.toml': lines('[project]', 'name = "acme"', 'version = "1.0.0"'),
    'Cargo.toml': lines('[package]', 'name = "acme"', 'version = "1.0.0"'),
    VERSION: '1.0.0\n',
    'server.json': '{"version": "1.0.0"}',
  }

  it('reads every entry, keeping their order', async () => {
    const cwd = writeTree(tree)
    const found = await readManifestVersions(
      ['Cargo.toml', 'package.json', 'server.json#/version', 'pyproject.toml', 'VERSION:^(.*)$'],
      { cwd },
    )
    expect(
      found.map((manifest) => [manifest.file, manifest.kind, manifest.line, manifest.version]),
    ).toEqual([
      ['Cargo.toml', 'cargo', 3, '1.0.0'],
      ['package.json', 'npm', 3, '1.0.0'],
      ['server.json', 'json', 1, '1.0.0'],
      ['pyproject.toml', 'python', 3, '1.0.0'],
      ['VERSION', 'regex', 1, '1.0.0'],
    ])
    await expect(readManifestVersions([], { cwd })).resolves.toEqual([])
  })

  it('throws the error of the first failing entry in list order', async () => {
    const cwd = writeTree(tree)
    const error = await configurationError(
      () => readManifestVersions(['package.json', 'missing.py', 'VERSION:^x(.*)$'], { cwd }),
      `missing.py not found in ${cwd}: list only manifests that exist, or set working-directory.`,
    )
    expect(error.code).toBe('TL_MANIFEST_NOT_FOUND')
  })
})

describe('readManifestVersion', () => {
  it('refuses a malformed entry before reading anything', async () => {
    await expect(
      readManifestVersion('VERSION:^.*$', { cwd: writeTree({ VERSION: '1' }) }),
    ).rejects.toThrow(ConfigurationError)
  })

  it('reads the first manifest inside a directory entry, in the order of detection', async () => {
    const cwd = writeTree({
      'py/pyproject.toml': lines('[project]', 'version = "2.0.0"'),
      'py/Cargo.toml': lines('[package]', 'version = "0.0.1"'),
      'rs/Cargo.toml': lines('[package]', 'version = "0.3.0"'),
    })
    await expect(readManifestVersion('py', { cwd })).resolves.toMatchObject({
      spec: 'py',
      file: 'py/pyproject.toml',
      kind: 'python',
      version: '2.0.0',
    })
    await expect(readManifestVersion('rs', { cwd })).resolves.toMatchObject({
      file: 'rs/Cargo.toml',
      kind: 'cargo',
    })
    await expect(readManifestVersion('.', { cwd })).rejects.toThrow(ConfigurationError)
  })

  it('reads each kind of manifest a directory entry holds as its own entry would', async () => {
    const cwd = writeTree({
      'packages/web/package.json': lines(
        '{',
        '  "name": "@acme/web",',
        '  "version": "3.1.0"',
        '}',
      ),
      'python/pyproject.toml': lines('[project]', 'name = "acme"', 'version = "3.1.0"'),
      'crates/acme/Cargo.toml': lines('[package]', 'name = "acme"', 'version = "3.1.0"'),
    })
    for (const [dir, name] of [
      ['packages/web', 'package.json'],
      ['python', 'pyproject.toml'],
      ['crates/acme', 'Cargo.toml'],
    ] as const) {
      const viaDirectory = await readManifestVersion(`${dir}/`, { cwd })
      const direct = await readManifestVersion(`${dir}/${name}`, { cwd })
      expect(viaDirectory).toEqual({ ...direct, spec: `${dir}/` })
    }
    await expect(readManifestVersion('packages/web', { cwd })).resolves.toMatchObject({
      spec: 'packages/web',
      file: 'packages/web/package.json',
      kind: 'npm',
      packageName: '@acme/web',
      line: 3,
      column: 15,
    })
  })

  it('says when an entry whose name tells no kind does not exist', async () => {
    const cwd = writeTree({ 'package.json': '{"version": "1.0.0"}' })
    const error = await configurationError(
      () => readManifestVersion('packages/gone', { cwd }),
      `packages/gone not found in ${cwd}: list only manifests that exist, or set working-directory.`,
    )
    expect(error.code).toBe('TL_MANIFEST_NOT_FOUND')
  })

  it('says when a directory entry holds no manifest', async () => {
    const cwd = writeTree({ 'docs/index.md': '' })
    const error = await configurationError(
      () => readManifestVersion('docs', { cwd }),
      'docs is a directory with no package.json, pyproject.toml or Cargo.toml. List the manifest file itself in manifests, or FILE:REGEX for another file (e.g. docs/VERSION:^(.*)$).',
    )
    expect(error.code).toBe('TL_MANIFEST_IS_DIRECTORY')
  })

  it('says when a file is not a manifest it can read by its name', async () => {
    const cwd = writeTree({ VERSION: '1.0.0', 'setup.cfg': '[metadata]\nversion = 1.0.0\n' })
    const error = await configurationError(
      () => readManifestVersion('VERSION', { cwd }),
      'VERSION is not a manifest tokenless can read by its name (package.json, pyproject.toml, Cargo.toml, *.py, *.json). Write FILE:REGEX with one capturing group around the version (e.g. VERSION:^(.*)$), or FILE#/json/pointer for a JSON file.',
      { file: 'VERSION' },
    )
    expect(error.code).toBe('TL_MANIFEST_UNKNOWN_KIND')
    await configurationError(
      () => readManifestVersion('setup.cfg', { cwd }),
      'setup.cfg is not a manifest tokenless can read by its name (package.json, pyproject.toml, Cargo.toml, *.py, *.json). Write FILE:REGEX with one capturing group around the version (e.g. setup.cfg:^(.*)$), or FILE#/json/pointer for a JSON file.',
    )
  })

  it('says when a path entry does not exist', async () => {
    const cwd = writeTree({})
    await configurationError(
      () => readManifestVersion('packages/gone', { cwd }),
      `packages/gone not found in ${cwd}: list only manifests that exist, or set working-directory.`,
    )
  })

  it('accepts an absolute path and reports it relative to cwd', async () => {
    const cwd = writeTree({ 'a/package.json': '{"version": "1.0.0"}' })
    await expect(
      readManifestVersion(path.join(cwd, 'a', 'package.json'), { cwd: path.join(cwd, 'a') }),
    ).resolves.toMatchObject({ file: 'package.json', version: '1.0.0' })
    await expect(
      readManifestVersion('../a/package.json', { cwd: path.join(cwd, 'a') }),
    ).resolves.toMatchObject({
      file: 'package.json',
    })
  })
})

describe('readManifestVersion with a workspace: nothing outside it is read', () => {
  const outside = writeTree({
    'package.json': lines('{', '  "version": "ghs_secret"', '}'),
    'about.py': '__version__ = "ghs_secret"\n',
    'Cargo.toml': lines('[workspace.package]', 'version = "9.9.9"', '[workspace]'),
  })

  function refused(promise: Promise<unknown>, message: string): Promise<void> {
    return expect(promise).rejects.toThrow(message)
  }

  it('refuses an entry that is a link out, or a path out, before reading it', async () => {
    const workspace = writeTree({ 'package.json': lines('{', '  "version": "1.0.0"', '}') })
    fs.symlinkSync(path.join(outside, 'package.json'), path.join(workspace, 'leak.json'))
    fs.symlinkSync(outside, path.join(workspace, 'linked'))
    const options = { cwd: workspace, workspace }
    for (const [spec, named] of [
      ['leak.json', 'leak.json'],
      ['leak.json#/version', 'leak.json'],
      ['leak.json:"(.*)"', 'leak.json'],
      ['linked', 'linked'],
      ['linked/package.json', 'linked/package.json'],
      ['/proc/self/environ:(.*)', '/proc/self/environ'],
      [path.relative(workspace, path.join(outside, 'package.json')), undefined],
    ] as const) {
      await refused(
        readManifestVersion(spec, options),
        `Input manifests names ${JSON.stringify(named ?? spec)}, which is outside the workspace`,
      )
    }
    await expect(readManifestVersion('package.json', options)).resolves.toMatchObject({
      version: '1.0.0',
    })
    // without a workspace, no boundary (the readers' own tests)
    await expect(readManifestVersion('leak.json', { cwd: workspace })).resolves.toMatchObject({
      version: 'ghs_secret',
    })
  })

  it('refuses a file a pyproject.toml setting names outside, at that setting', async () => {
    const workspace = writeTree({})
    const about = path.relative(workspace, path.join(outside, 'about.py'))
    fs.writeFileSync(
      path.join(workspace, 'pyproject.toml'),
      lines(
        '[project]',
        'name = "x"',
        'dynamic = ["version"]',
        '[tool.hatch.version]',
        `path = "${about}"`,
      ),
    )
    const error = await readManifestVersion('pyproject.toml', { cwd: workspace, workspace }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).message).toBe(
      `pyproject.toml:5:1 names ${about} in [tool.hatch.version].path, which leads outside the workspace ${workspace}: tokenless reads only files of the checked-out repository. Point [tool.hatch.version].path at a file inside it.`,
    )
    expect((error as ConfigurationError).location).toMatchObject({
      file: 'pyproject.toml',
      line: 5,
    })
  })

  it('looks for a Cargo workspace root no higher than the workspace', async () => {
    const workspace = path.join(outside, 'repo')
    fs.mkdirSync(path.join(workspace, 'crate'), { recursive: true })
    fs.writeFileSync(
      path.join(workspace, 'crate', 'Cargo.toml'),
      lines('[package]', 'name = "c"', 'version.workspace = true'),
    )
    // the Cargo.toml above the workspace would answer 9.9.9: it is not looked at
    await refused(
      readManifestVersion('crate/Cargo.toml', { cwd: workspace, workspace }),
      'has version.workspace = true, but no Cargo.toml with a [workspace] table was found',
    )
    await expect(
      readManifestVersion('crate/Cargo.toml', { cwd: workspace }),
    ).resolves.toMatchObject({ version: '9.9.9' })
  })
})
