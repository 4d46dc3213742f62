import type { ReleaseType, VersionScheme } from '@tokenless/versioning'
import { RELEASE_TYPES, releaseType } from '@tokenless/versioning'
import { thrownConfigurationError, thrownMessage } from './thrown.js'

describe('releaseType', () => {
  it('lists the release types', () => {
    expect(RELEASE_TYPES).toEqual(['major', 'minor', 'patch', 'prerelease'])
  })

  it.each([
    // first releases
    [undefined, '1.0.0', 'semver', 'major'],
    [undefined, '0.1.0', 'semver', 'major'],
    [undefined, '1.0.0-rc.1', 'semver', 'prerelease'],
    // the first number that changed decides
    ['1.2.3', '2.0.0', 'semver', 'major'],
    ['0.9.9', '1.0.0', 'semver', 'major'],
    ['1.2.3', '1.3.0', 'semver', 'minor'],
    ['1.2.3', '1.2.4', 'semver', 'patch'],
    ['1.2.3', '1.2.4+build.1', 'semver', 'patch'],
    ['1.2.0-rc.1', '1.3.0', 'semver', 'minor'],
    // prereleases
    ['1.2.3', '1.3.0-rc.1', 'semver', 'prerelease'],
    ['1.2.0-rc.1', '1.2.0-rc.2', 'semver', 'prerelease'],
    // a stable release after its own prereleases: by its shape
    ['1.2.0-rc.1', '1.2.0', 'semver', 'minor'],
    ['2.0.0-beta.2', '2.0.0', 'semver', 'major'],
    ['1.2.3-rc.1', '1.2.3', 'semver', 'patch'],
    // PEP 440
    [undefined, '1.0', 'pep440', 'major'],
    ['1.2', '1.3', 'pep440', 'minor'],
    ['1.2', '1.2.1', 'pep440', 'patch'],
    ['1.2.3', '1.2.3.1', 'pep440', 'patch'],
    ['1.2.0', '1.2.0.post1', 'pep440', 'patch'],
    ['1.2.0rc1', '1.2.0', 'pep440', 'minor'],
    ['1.0rc1', '1.0', 'pep440', 'major'],
    ['1.2.0.dev1', '1.2.0', 'pep440', 'minor'],
    ['1.2.0', '1!1.0', 'pep440', 'major'],
    ['1.2.0', '2.0rc1', 'pep440', 'prerelease'],
    ['1.2.0', '1.2.1.dev1', 'pep440', 'prerelease'],
    // CalVer: the same rule on its numbers
    [undefined, '2024.5.0', 'calver', 'major'],
    ['2024.5.0', '2024.5.1', 'calver', 'patch'],
    ['2024.5.3', '2024.6.0', 'calver', 'minor'],
    ['2024.12.3', '2025.1.0', 'calver', 'major'],
    ['2024.05.14', '2024.05.15', 'calver', 'patch'],
  ] as [string | undefined, string, VersionScheme, ReleaseType][])(
    '%s -> %s under %s is %s',
    (previous, current, scheme, type) => {
      expect(releaseType(previous, current, scheme)).toBe(type)
    },
  )

  it.each([
    ['1.2.0', '1.2.0', 'semver'],
    ['1.3.0', '1.2.0', 'semver'],
    ['1.2.0', '1.2.0-rc.1', 'semver'],
    ['1.2', '1.2.0', 'pep440'],
    ['1.2.0', '1.2.0rc1', 'pep440'],
    ['2024.5.1', '2024.5.0', 'calver'],
  ] as [string, string, VersionScheme][])(
    'refuses %s -> %s under %s: not higher',
    (previous, current, scheme) => {
      expect(thrownMessage(() => releaseType(previous, current, scheme))).toBe(
        `"${current}" is not higher than the previous release "${previous}": a release must increase the version. Pick a version above ${previous}.`,
      )
      expect(thrownConfigurationError(() => releaseType(previous, current, scheme)).code).toBe(
        'TL_VERSION_NOT_HIGHER',
      )
    },
  )

  it('refuses invalid versions', () => {
    expect(thrownMessage(() => releaseType('1.2', '1.3.0', 'semver'))).toBe(
      '"1.2" is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build).',
    )
    expect(thrownMessage(() => releaseType(undefined, '1.3', 'semver'))).toBe(
      '"1.3" is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. 1.3.0 (optionally -prerelease and +build).',
    )
  })
})
