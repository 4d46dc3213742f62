import type { VersionScheme } from '@tokenless/versioning'
import {
  compareVersions,
  isPrerelease,
  releaseNumbers,
  validateVersion,
} from '@tokenless/versioning'
import { thrownConfigurationError, thrownMessage } from './thrown.js'

const PEP440_HINT =
  'expected [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], e.g. 1.2.0, 1.2.0rc1, 1.2.0.post1, 1.2.0.dev3, 1!2.0.'

describe('validateVersion', () => {
  it.each([
    ['1.2.3', 'semver'],
    ['1.2.3-rc.1+build', 'semver'],
    ['1.2.3.4', 'pep440'],
    ['1.2rc1', 'pep440'],
    ['1!1.0.post1.dev2+local', 'pep440'],
  ] as [string, VersionScheme][])('accepts %s under %s', (version, scheme) => {
    expect(() => validateVersion(version, scheme)).not.toThrow()
  })

  it('accepts a CalVer version in its format', () => {
    expect(() =>
      validateVersion('2024.5.0', 'calver', { calverFormat: 'YYYY.M.MICRO' }),
    ).not.toThrow()
  })

  it('gives the semver reason under semver', () => {
    expect(thrownMessage(() => validateVersion('1.2.3.4', 'semver'))).toBe(
      '"1.2.3.4" has 4 numbers but semver has exactly three (MAJOR.MINOR.PATCH), e.g. 1.2.3. Versions with more numbers are valid only under the pep440 scheme.',
    )
  })

  it('gives the PEP 440 forms under pep440', () => {
    expect(thrownMessage(() => validateVersion('1.2.0-next.1', 'pep440'))).toBe(
      `"1.2.0-next.1" is not a PEP 440 version: ${PEP440_HINT}`,
    )
  })

  it('checks CalVer against the format', () => {
    expect(
      thrownMessage(() => validateVersion('2024.05.0', 'calver', { calverFormat: 'YYYY.M.MICRO' })),
    ).toBe(
      '"2024.05.0" does not match calver-format "YYYY.M.MICRO" (YYYY: full year, e.g. 2024; M: month 1-12; MICRO: release counter 0, 1, 2...), e.g. 2024.5.0.',
    )
  })

  it.each([undefined, ''])('needs a calver-format for calver (%j)', (calverFormat) => {
    const error = thrownConfigurationError(() =>
      validateVersion('2024.5.0', 'calver', calverFormat === undefined ? {} : { calverFormat }),
    )
    expect(error.message).toBe(
      'The calver scheme needs a calver-format to check "2024.5.0" against: set calver-format, e.g. YYYY.M.MICRO.',
    )
    expect(error.input).toBe('calver-format')
  })

  it('refuses an unknown scheme', () => {
    expect(thrownMessage(() => validateVersion('1.0.0', 'npm' as VersionScheme))).toBe(
      'scheme "npm" is not a version scheme: use one of semver, pep440, calver.',
    )
  })
})

describe('compareVersions', () => {
  it.each([
    ['1.2.0-rc.1', '1.2.0', 'semver', -1],
    ['1.2.0-rc.2', '1.2.0-rc.10', 'semver', -1],
    ['1.2.0-alpha', '1.2.0-beta', 'semver', -1],
    ['2.0.0', '1.99.99', 'semver', 1],
    ['1.2.0+a', '1.2.0+b', 'semver', 0],
    ['1.0', '1.0.0', 'pep440', 0],
    ['1.0.dev1', '1.0a1', 'pep440', -1],
    ['1.0.post1', '1.0', 'pep440', 1],
    ['2024.5.10', '2024.5.9', 'calver', 1],
    ['2024.05.01', '2024.5.1', 'calver', 0],
  ] as [string, string, VersionScheme, number][])(
    '%s vs %s under %s -> %d',
    (a, b, scheme, order) => {
      expect(compareVersions(a, b, scheme)).toBe(order)
    },
  )

  it('refuses invalid versions', () => {
    expect(thrownMessage(() => compareVersions('1.2.0', 'v1.3.0', 'semver'))).toBe(
      '"v1.3.0" starts with "v": drop the v; the tag prefix carries it. Write 1.3.0.',
    )
    expect(thrownMessage(() => compareVersions('1.0', '1.0-', 'pep440'))).toBe(
      `"1.0-" is not a PEP 440 version: ${PEP440_HINT}`,
    )
  })

  it('refuses an unknown scheme', () => {
    expect(thrownMessage(() => compareVersions('1', '2', 'cal' as VersionScheme))).toBe(
      'scheme "cal" is not a version scheme: use one of semver, pep440, calver.',
    )
  })
})

describe('isPrerelease', () => {
  it.each([
    ['1.2.0-rc.1', 'semver', true],
    ['1.0.0-0', 'semver', true],
    ['1.2.0', 'semver', false],
    ['1.2.0+build', 'semver', false],
    ['1.2.0rc1', 'pep440', true],
    ['1.2.0.dev1', 'pep440', true],
    ['1.2.0.post1', 'pep440', false],
    ['1.2', 'pep440', false],
    ['2024.5.0', 'calver', false],
    ['2024-05-14', 'calver', false],
  ] as [string, VersionScheme, boolean][])('%s under %s -> %s', (version, scheme, expected) => {
    expect(isPrerelease(version, scheme)).toBe(expected)
  })

  it('refuses invalid versions', () => {
    expect(thrownMessage(() => isPrerelease('2024.5.0-rc.1', 'calver'))).toBe(
      '"2024.5.0-rc.1" is not a CalVer version: expected numbers separated by "." or "-", e.g. 2024.5.0.',
    )
    expect(thrownMessage(() => isPrerelease('1.2', 'semver'))).toBe(
      '"1.2" is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build).',
    )
  })
})

describe('releaseNumbers', () => {
  it.each([
    ['1.2.3-rc.1', 'semver', [1, 2, 3]],
    ['1.2rc1', 'pep440', [0, 1, 2, 0]],
    ['1!2.0.0.1', 'pep440', [1, 2, 0, 0, 1]],
    ['2024.5', 'calver', [2024, 5, 0]],
    ['2024.5.14.2', 'calver', [2024, 5, 14, 2]],
  ] as [string, VersionScheme, number[]][])('%s under %s -> %j', (version, scheme, numbers) => {
    expect(releaseNumbers(version, scheme)).toEqual(numbers)
  })
})
