import fs from 'node:fs'
import path from 'node:path'

import { ConfigurationError } from '@tokenless/action-kit'
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
    await configurationError(
      () => readManifestVersions(['package.json', 'missing.py', 'VERSION:^x(.*)$'], { cwd }),
      `missing.py not found in ${cwd}: list only manifests that exist, or set working-directory.`,
    )
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

  it('says when a directory entry holds no manifest', async () => {
    const cwd = writeTree({ 'docs/index.md': '' })
    await configurationError(
      () => readManifestVersion('docs', { cwd }),
      'docs is a directory with no package.json, pyproject.toml or Cargo.toml. List the manifest file itself in manifests, or FILE:REGEX for another file (e.g. docs/VERSION:^(.*)$).',
    )
  })

  it('says when a file is not a manifest it can read by its name', async () => {
    const cwd = writeTree({ VERSION: '1.0.0', 'setup.cfg': '[metadata]\nversion = 1.0.0\n' })
    await configurationError(
      () => readManifestVersion('VERSION', { cwd }),
      'VERSION is not a manifest tokenless can read by its name (package.json, pyproject.toml, Cargo.toml, *.py, *.json). Write FILE:REGEX with one capturing group around the version (e.g. VERSION:^(.*)$), or FILE#/json/pointer for a JSON file.',
      { file: 'VERSION' },
    )
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
