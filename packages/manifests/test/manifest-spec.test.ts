import { parseManifestSpec, splitManifestList } from '@tokenless/manifests'

import { parsePathSpec } from '../src/manifest-spec.js'
import { configurationError } from './fixture.js'

describe('parseManifestSpec', () => {
  it.each([
    ['package.json', 'npm', 'package.json'],
    ['sub/dir/package.json', 'npm', 'sub/dir/package.json'],
    ['  pyproject.toml  ', 'python', 'pyproject.toml'],
    ['crates/a/Cargo.toml', 'cargo', 'crates/a/Cargo.toml'],
    ['src/pkg/__init__.py', 'python-module', 'src/pkg/__init__.py'],
    ['sub\\dir\\package.json', 'npm', 'sub\\dir\\package.json'],
    ['C:\\repo\\Cargo.toml', 'cargo', 'C:\\repo\\Cargo.toml'],
    ['VERSION', 'path', 'VERSION'],
    ['packages/core', 'path', 'packages/core'],
    ['cargo.toml', 'path', 'cargo.toml'],
    ['notes#1.txt', 'path', 'notes#1.txt'],
  ])('reads %j as a %s manifest', (spec, kind, file) => {
    expect(parseManifestSpec(spec)).toEqual({ kind, spec: spec.trim(), file })
  })

  it('reads FILE#POINTER', () => {
    expect(parseManifestSpec('server.json#/packages/0/version')).toEqual({
      kind: 'json',
      spec: 'server.json#/packages/0/version',
      file: 'server.json',
      pointer: '/packages/0/version',
      tokens: ['packages', '0', 'version'],
    })
    expect(parseManifestSpec('data/a#b.json#/x~1y')).toMatchObject({
      file: 'data/a#b.json',
      tokens: ['x/y'],
    })
    expect(parseManifestSpec('v.json#')).toMatchObject({ file: 'v.json', pointer: '', tokens: [] })
    expect(parseManifestSpec('manifest.json')).toMatchObject({
      kind: 'json',
      pointer: '/version',
      tokens: ['version'],
    })
  })

  it('reads FILE:REGEX with the multiline flag', () => {
    const spec = parseManifestSpec('VERSION:^(.*)$')
    expect(spec).toMatchObject({ kind: 'regex', file: 'VERSION', pattern: '^(.*)$' })
    if (spec.kind !== 'regex') throw new Error('not a regex')
    expect(spec.regex.multiline).toBe(true)
    expect(parseManifestSpec('src/version.go:Version = "(.+)"')).toMatchObject({
      file: 'src/version.go',
      pattern: 'Version = "(.+)"',
    })
    // the pattern may hold ":" and "#/"; named and non-capturing groups are fine
    expect(parseManifestSpec('a.txt:v: (?<version>[^#/]+)#/')).toMatchObject({
      file: 'a.txt',
      pattern: 'v: (?<version>[^#/]+)#/',
    })
    expect(parseManifestSpec('x.json#/a:b')).toMatchObject({ kind: 'json', tokens: ['a:b'] })
    expect(parseManifestSpec('C:\\repo\\VERSION:(?:v)?(\\d.*)')).toMatchObject({
      file: 'C:\\repo\\VERSION',
      pattern: '(?:v)?(\\d.*)',
    })
    expect(parseManifestSpec('C:/repo/VERSION:(.*)')).toMatchObject({ file: 'C:/repo/VERSION' })
  })

  it('refuses an empty entry', async () => {
    await configurationError(
      () => parseManifestSpec('  '),
      'manifests has an empty entry: write one manifest per line, e.g. package.json or VERSION:^(.*)$.',
    )
  })

  it('refuses a JSON pointer without a leading slash', async () => {
    await configurationError(
      () => parseManifestSpec('server.json#version'),
      'server.json#version has a JSON pointer that does not start with "/": write server.json#/version.',
    )
  })

  it('reads a name that only ends like .json, with no "#", as a path', () => {
    expect(parseManifestSpec('config.json5')).toEqual({
      kind: 'path',
      spec: 'config.json5',
      file: 'config.json5',
    })
    expect(parseManifestSpec('data.jsonl')).toMatchObject({ kind: 'path', file: 'data.jsonl' })
  })

  it('reads a path entry trimmed, keeping the entry as written', () => {
    expect(parsePathSpec(' odd:name.py\t')).toEqual({
      kind: 'python-module',
      spec: ' odd:name.py\t',
      file: 'odd:name.py',
    })
  })

  it('refuses a JSON pointer with a bad escape', async () => {
    await configurationError(
      () => parseManifestSpec('server.json#/a~2b'),
      'server.json#/a~2b has an invalid JSON pointer /a~2b: "~" must be followed by 0 or 1. Write ~0 for "~" and ~1 for "/" inside a key.',
    )
  })

  it('refuses a JSON pointer with no file', async () => {
    await configurationError(
      () => parseManifestSpec('#/version'),
      '#/version has no file name before the "#": write FILE#POINTER, e.g. server.json#/version.',
    )
  })

  it('refuses FILE:REGEX with no file', async () => {
    await configurationError(
      () => parseManifestSpec(':^(.*)$'),
      ':^(.*)$ has no file name before the ":": write FILE:REGEX, e.g. VERSION:^(.*)$.',
    )
  })

  it('refuses FILE:REGEX with no pattern', async () => {
    await configurationError(
      () => parseManifestSpec('VERSION:'),
      'VERSION: has no pattern after the ":": write FILE:REGEX with one capturing group, e.g. VERSION:^(.*)$.',
    )
  })

  it('refuses an invalid regular expression', async () => {
    await configurationError(
      () => parseManifestSpec('VERSION:^(.*$'),
      'VERSION:^(.*$ has an invalid regular expression after the ":" (Invalid regular expression: /^(.*$/dm: Unterminated group). Fix the pattern: it is a JavaScript regular expression.',
    )
  })

  it('refuses a pattern with no capturing group', async () => {
    await configurationError(
      () => parseManifestSpec('VERSION:^(?:v)?\\d+\\.\\d+$'),
      'VERSION:^(?:v)?\\d+\\.\\d+$ has no capturing group in its pattern: put the version in one group, e.g. VERSION:^(.*)$.',
    )
  })

  it('refuses a pattern with more than one capturing group', async () => {
    await configurationError(
      () => parseManifestSpec('src/version.go:(Version|VERSION) = "(.+)"'),
      'src/version.go:(Version|VERSION) = "(.+)" has 2 capturing groups in its pattern: keep one around the version and make the others non-capturing with (?:...).',
    )
    await configurationError(
      () => parseManifestSpec('V:(?<a>x)(?<version>.*)(y)'),
      'V:(?<a>x)(?<version>.*)(y) has 3 capturing groups in its pattern: keep one around the version and make the others non-capturing with (?:...).',
    )
  })
})

describe('splitManifestList', () => {
  it('keeps one trimmed entry per line, without blanks and comments', () => {
    expect(
      splitManifestList('package.json\r\n  pyproject.toml  \n\n# not this one\nVERSION:^(.*)$\n'),
    ).toEqual(['package.json', 'pyproject.toml', 'VERSION:^(.*)$'])
    expect(splitManifestList('')).toEqual([])
  })
})
