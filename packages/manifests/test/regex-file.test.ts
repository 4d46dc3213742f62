import { readManifestVersion } from '@tokenless/manifests'

import { readRegexVersion } from '../src/regex-file.js'
import { configurationError, lines, writeTree } from './fixture.js'

describe('FILE:REGEX', () => {
  it('reads a VERSION file', async () => {
    const cwd = writeTree({ VERSION: '1.2.3\n' })
    await expect(readManifestVersion('VERSION:^(.*)$', { cwd })).resolves.toEqual({
      spec: 'VERSION:^(.*)$',
      file: 'VERSION',
      line: 1,
      column: 1,
      version: '1.2.3',
      kind: 'regex',
      source: '^(.*)$',
    })
  })

  it('finds the line and column of the group, trimmed', async () => {
    const cwd = writeTree({
      'src/version.go': lines(
        'package version',
        '',
        '// Version is set by releases',
        'const Version = "0.9.0-beta.2"',
      ),
      VERSION: '  2.0.0  \r\n',
    })
    await expect(
      readManifestVersion('src/version.go:Version = "(.+)"', { cwd }),
    ).resolves.toMatchObject({
      file: 'src/version.go',
      line: 4,
      column: 18,
      version: '0.9.0-beta.2',
    })
    await expect(readManifestVersion('VERSION:^(.*)$', { cwd })).resolves.toMatchObject({
      line: 1,
      column: 3,
      version: '2.0.0',
    })
  })

  it('uses ^ and $ per line', async () => {
    const cwd = writeTree({ 'CHANGES.txt': lines('# Changes', 'release: 3.1.4', 'release: 3.1.3') })
    await expect(
      readManifestVersion('CHANGES.txt:^release: (\\S+)$', { cwd }),
    ).resolves.toMatchObject({
      line: 2,
      column: 10,
      version: '3.1.4',
    })
  })

  it('takes a named group', async () => {
    const cwd = writeTree({ 'chart.yaml': lines('name: x', 'version: 0.4.0') })
    await expect(
      readManifestVersion('chart.yaml:^version: (?<version>.+)$', { cwd }),
    ).resolves.toMatchObject({
      line: 2,
      version: '0.4.0',
    })
  })

  it('takes the group named version even when another group comes first (as hatch patterns do)', async () => {
    const cwd = writeTree({ 'chart.yaml': lines('name: x', 'appVersion: 9.9.9 version: 0.4.0') })
    const regex = /^(appVersion): \S+ version: (?<version>.+)$/m
    await expect(
      readRegexVersion(cwd, { spec: 's', file: 'chart.yaml', regex }),
    ).resolves.toMatchObject({ line: 2, column: 28, version: '0.4.0' })
  })

  it('places the column after leading blanks only, whatever trails the capture', async () => {
    const cwd = writeTree({ VERSION: '2.0.0   \n', V2: ' 3.0.0\n' })
    await expect(readManifestVersion('VERSION:^(.*)$', { cwd })).resolves.toMatchObject({
      column: 1,
      version: '2.0.0',
    })
    await expect(readManifestVersion('V2:^(.*)$', { cwd })).resolves.toMatchObject({
      column: 2,
      version: '3.0.0',
    })
  })

  it('searches the whole file once, whatever global or sticky flags the pattern has', async () => {
    const cwd = writeTree({ 'CHANGES.txt': lines('# Changes', 'release: 3.1.4') })
    for (const flags of ['gm', 'ym', 'gym']) {
      const regex = new RegExp('^release: (\\S+)$', flags)
      regex.lastIndex = 5
      await expect(
        readRegexVersion(cwd, { spec: 's', file: 'CHANGES.txt', regex }),
      ).resolves.toMatchObject({ line: 2, column: 10, version: '3.1.4' })
    }
  })

  it('reads a file whose own name holds ":" as a path', async () => {
    const cwd = writeTree({ 'odd:name.py': '__version__ = "7.0.0"\n' })
    await expect(readManifestVersion('  odd:name.py\t', { cwd })).resolves.toMatchObject({
      file: 'odd:name.py',
      version: '7.0.0',
    })
    await expect(readManifestVersion('odd:name.py', { cwd })).resolves.toMatchObject({
      file: 'odd:name.py',
      kind: 'python-module',
      version: '7.0.0',
    })
  })

  it('says when the pattern does not match', async () => {
    const cwd = writeTree({ VERSION: 'v1.2.3\n' })
    await configurationError(
      () => readManifestVersion('VERSION:^(\\d.*)$', { cwd }),
      'VERSION has no match for the pattern ^(\\d.*)$ (manifests entry VERSION:^(\\d.*)$). Fix the pattern, or write the version in VERSION.',
      { file: 'VERSION' },
    )
  })

  it('shows the pattern as written', async () => {
    const cwd = writeTree({ 'lib/v.txt': 'v=1\n' })
    await configurationError(
      () => readManifestVersion('lib/v.txt:^v/(.*)$', { cwd }),
      'lib/v.txt has no match for the pattern ^v/(.*)$ (manifests entry lib/v.txt:^v/(.*)$). Fix the pattern, or write the version in lib/v.txt.',
    )
    await expect(readManifestVersion('lib/v.txt:^v=(.*)$', { cwd })).resolves.toMatchObject({
      source: '^v=(.*)$',
      version: '1',
    })
  })

  it('says when the group captures nothing', async () => {
    const cwd = writeTree({ VERSION: '\n1.2.3\n' })
    await configurationError(
      () => readManifestVersion('VERSION:^(.*)$', { cwd }),
      'VERSION:1:1 has an empty version (^(.*)$): write the version being released there, e.g. 1.2.3.',
      { file: 'VERSION', line: 1, column: 1 },
    )
    await configurationError(
      () => readManifestVersion('VERSION:^(x)?\\d', { cwd }),
      'VERSION:2:1 has an empty version (^(x)?\\d): write the version being released there, e.g. 1.2.3.',
    )
  })

  it('says when the file is missing', async () => {
    const cwd = writeTree({})
    await configurationError(
      () => readManifestVersion('VERSION:^(.*)$', { cwd }),
      `VERSION not found in ${cwd}: list only manifests that exist, or set working-directory.`,
    )
  })
})
