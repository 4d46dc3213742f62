import { TomlDate } from 'smol-toml'

import { ConfigurationError } from '@tokenless/errors'
import { LineIndex, ManifestError } from '@tokenless/manifests'

import { formatWhere } from '../src/manifest-file.js'
import { manifestVersion } from '../src/manifest-version.js'
import {
  describeTomlType,
  formatTomlKey,
  getTomlString,
  getTomlValue,
  isTable,
  locateTomlKey,
  locateTomlValue,
  parseTomlManifest,
  requireTomlString,
} from '../src/toml-document.js'
import type { TomlManifest } from '../src/toml-document.js'
import { lines } from './fixture.js'

function toml(text: string): TomlManifest {
  return parseTomlManifest({
    absolute: '/x/a.toml',
    file: 'a.toml',
    text,
    lines: new LineIndex(text),
  })
}

describe('TOML helpers', () => {
  it('names each type of value', () => {
    expect(describeTomlType('x')).toBe('a string')
    expect(describeTomlType(true)).toBe('a boolean')
    expect(describeTomlType(1n)).toBe('an integer')
    expect(describeTomlType(1)).toBe('an integer')
    expect(describeTomlType(1.5)).toBe('a float')
    expect(describeTomlType([])).toBe('an array')
    expect(describeTomlType(new TomlDate('1979-05-27'))).toBe('a date')
    expect(describeTomlType({})).toBe('a table')
  })

  it('formats key paths, quoting keys that are not bare', () => {
    expect(formatTomlKey([])).toBe('""')
    expect(formatTomlKey(['version'])).toBe('version')
    expect(formatTomlKey(['a b', 'version'])).toBe('["a b"].version')
  })

  it('locates a missing key at its table, else its parent table, else line 1', () => {
    const manifest = toml(lines('# top', '[a]', 'x = 1', '[a.b]', 'y = 1'))
    expect(locateTomlKey(manifest, ['a', 'x'])).toEqual({ line: 3, column: 1 })
    expect(locateTomlKey(manifest, ['a', 'b'])).toEqual({ line: 4, column: 1 })
    expect(locateTomlKey(manifest, ['a', 'b', 'c'])).toEqual({ line: 4, column: 1 })
    expect(locateTomlKey(manifest, ['a', 'z', 'c'])).toEqual({ line: 1, column: 1 })
    expect(locateTomlKey(manifest, ['q', 'c'])).toEqual({ line: 1, column: 1 })
  })

  it('locates a written key at the key, before anything nested in its value', () => {
    const manifest = toml(lines('[a]', 'x = 1', 'in = { y = 2, z = { w = 3 } }', '[a.t]', 'k = 1'))
    expect(locateTomlKey(manifest, ['a', 'x'])).toEqual({ line: 2, column: 1 })
    expect(locateTomlKey(manifest, ['a', 'in'])).toEqual({ line: 3, column: 1 })
    expect(locateTomlKey(manifest, ['a', 'in', 'z', 'w'])).toEqual({ line: 3, column: 21 })
    expect(locateTomlKey(manifest, ['a', 't', 'k'])).toEqual({ line: 5, column: 1 })
  })

  it('locates a value inside its quotes, and a missing one where its key would be', () => {
    const manifest = toml(lines('[a]', 'x = "1.0"'))
    expect(locateTomlValue(manifest, ['a', 'x'])).toEqual({ line: 2, column: 6 })
    expect(locateTomlValue(manifest, ['a', 'nope'])).toEqual({ line: 1, column: 1 })
    expect(locateTomlValue(manifest, ['b', 'nope'])).toEqual({ line: 1, column: 1 })
  })

  it('reads strings and tables only', () => {
    const manifest = toml(lines('[a]', 'x = "1.0"', 'n = 1', 'd = 1979-05-27', 'l = []'))
    expect(getTomlString(manifest.data, ['a', 'x'])).toBe('1.0')
    expect(getTomlString(manifest.data, ['a', 'n'])).toBeUndefined()
    expect(getTomlString(manifest.data, ['a', 'x', 'deeper'])).toBeUndefined()
    for (const value of [null, undefined, 1, 'x', [], getTomlValue(manifest.data, ['a', 'd'])]) {
      expect(isTable(value)).toBe(false)
    }
    expect(isTable(getTomlValue(manifest.data, ['a']))).toBe(true)
  })

  it('names the key to quote, or version for an empty path', () => {
    const manifest = toml(lines('# top', 'v = true'))
    expect(() => requireTomlString(manifest, ['v'], true)).toThrow(
      'a.toml:2:1 sets v to a boolean, not a string. Quote it: v = "1.2.3".',
    )
    expect(() => requireTomlString(manifest, [], 1)).toThrow(
      / sets "" to an integer, not a string\. Quote it: version = "1\.2\.3"\.$/,
    )
  })
})

describe('formatWhere and manifestVersion', () => {
  it('writes file, file:line or file:line:column', () => {
    expect(formatWhere('f')).toBe('f')
    expect(formatWhere('f', { line: 3 })).toBe('f:3')
    expect(formatWhere('f', { line: 3, column: 2 })).toBe('f:3:2')
  })

  it('refuses a blank version, naming its source when known', () => {
    const found = { spec: 'f', file: 'f', line: 2, column: 5, kind: 'regex' as const }
    expect(() => manifestVersion({ ...found, version: ' \t' })).toThrow(
      'f:2:5 has an empty version: write the version being released there, e.g. 1.2.3.',
    )
    expect(() => manifestVersion({ ...found, version: '', source: '[x].v' })).toThrow(
      'f:2:5 has an empty version ([x].v): write the version being released there, e.g. 1.2.3.',
    )
  })

  it('throws a ManifestError, named and coded, that the actions report as a configuration error', () => {
    const found = { spec: 'f', file: 'f', line: 2, kind: 'regex' as const, version: '' }
    let thrown: unknown
    try {
      manifestVersion(found)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ManifestError)
    expect(thrown).toBeInstanceOf(ConfigurationError)
    expect(thrown).toMatchObject({ name: 'ManifestError', code: 'TL_MANIFEST_CONTENT' })
    expect(String(thrown)).toMatch(/^ManifestError: f:2 has an empty version/)
  })

  it('leaves out the optional fields that are undefined, so results compare and serialise alike', () => {
    const found = { spec: 'f', file: 'f', line: 2, version: '1.2.3', kind: 'regex' as const }
    const result = manifestVersion({
      ...found,
      column: undefined,
      packageName: undefined,
      source: undefined,
      via: undefined,
    })
    expect(Object.keys(result)).toEqual(['spec', 'file', 'line', 'version', 'kind'])
    expect(result).toStrictEqual(found)
    const full = manifestVersion({ ...found, column: 4, packageName: 'p', source: '/version' })
    expect(Object.keys(full)).toEqual([
      'spec',
      'file',
      'line',
      'version',
      'kind',
      'column',
      'packageName',
      'source',
    ])
  })
})
