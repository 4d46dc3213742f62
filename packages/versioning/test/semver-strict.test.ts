import { isStrictSemver, parseSemverStrict } from '@tokenless/versioning'
import { thrownConfigurationError, thrownMessage } from './thrown.js'

describe('parseSemverStrict', () => {
  it('splits a version into its parts', () => {
    expect(parseSemverStrict('1.2.3-rc.1+build.5')).toEqual({
      major: 1,
      minor: 2,
      patch: 3,
      prerelease: ['rc', '1'],
      build: ['build', '5'],
      version: '1.2.3-rc.1+build.5',
    })
    expect(parseSemverStrict('0.0.0')).toMatchObject({ prerelease: [], build: [] })
  })

  it.each([
    '1.2.3',
    '10.20.30',
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-0.3.7',
    '1.0.0-x.7.z.92',
    '1.0.0-x-y-z.--',
    '1.0.0-alpha+001',
    '1.0.0+20130313144700',
    '1.0.0-beta+exp.sha.5114f85',
    '1.0.0+21AF26D3----117B344092BD',
  ])('accepts %s', (version) => {
    expect(parseSemverStrict(version).version).toBe(version)
    expect(isStrictSemver(version)).toBe(true)
  })

  it.each([
    [
      '',
      'The version is empty: it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build).',
    ],
    [
      '  ',
      'The version is empty: it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build).',
    ],
    [
      '1.2',
      '"1.2" is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build).',
    ],
    [
      '1',
      '"1" is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. 1.0.0 (optionally -prerelease and +build).',
    ],
    [
      '1.2-rc.1',
      '"1.2-rc.1" is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build).',
    ],
    [
      '1.2.3.4',
      '"1.2.3.4" has 4 numbers but semver has exactly three (MAJOR.MINOR.PATCH), e.g. 1.2.3. Versions with more numbers are valid only under the pep440 scheme.',
    ],
    [
      '01.2.3',
      '"01.2.3" has a leading zero in "01": semver numbers have none (npm rejects them). Write 1.2.3.',
    ],
    [
      '2024.05.1',
      '"2024.05.1" has a leading zero in "05": semver numbers have none (npm rejects them). Write 2024.5.1.',
    ],
    ['v1.2.3', '"v1.2.3" starts with "v": drop the v; the tag prefix carries it. Write 1.2.3.'],
    ['V1.2.3', '"V1.2.3" starts with "V": drop the v; the tag prefix carries it. Write 1.2.3.'],
    [
      '1.2.3 ',
      '"1.2.3 " contains whitespace, which a semver version cannot hold: remove it (it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build)).',
    ],
    [
      '1.2.3\n',
      '"1.2.3\\n" contains whitespace, which a semver version cannot hold: remove it (it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build)).',
    ],
    [
      '1.2.3;rm',
      '"1.2.3;rm" contains ";", which semver does not allow: only digits, letters, ".", "-" and "+" (e.g. 1.2.0-rc.1+build.5).',
    ],
    [
      '1.2.3_rc1',
      '"1.2.3_rc1" contains "_", which semver does not allow: only digits, letters, ".", "-" and "+" (e.g. 1.2.0-rc.1+build.5).',
    ],
    [
      '1.x.3',
      '"1.x.3" is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build).',
    ],
    [
      '1..3',
      '"1..3" is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build).',
    ],
    [
      '1.2.3-',
      '"1.2.3-" has an empty prerelease identifier: identifiers are non-empty and separated by single dots, e.g. 1.2.0-rc.1+build.5.',
    ],
    [
      '1.2.3-rc..1',
      '"1.2.3-rc..1" has an empty prerelease identifier: identifiers are non-empty and separated by single dots, e.g. 1.2.0-rc.1+build.5.',
    ],
    [
      '1.2.3+',
      '"1.2.3+" has an empty build metadata identifier: identifiers are non-empty and separated by single dots, e.g. 1.2.0-rc.1+build.5.',
    ],
    [
      '1.2.3-rc.01',
      '"1.2.3-rc.01" has the numeric prerelease identifier "01" with a leading zero, which semver forbids: write 1.2.3-rc.1.',
    ],
    [
      '1.2.99999999999999999',
      '"1.2.99999999999999999" is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build).',
    ],
  ])('refuses %j with a specific message', (version, message) => {
    expect(thrownMessage(() => parseSemverStrict(version))).toBe(message)
    expect(isStrictSemver(version)).toBe(false)
  })

  it('allows leading zeros in build metadata, as semver does', () => {
    expect(parseSemverStrict('1.2.3+001').build).toEqual(['001'])
  })

  it('refuses with the stable code TL_SEMVER_INVALID', () => {
    expect(thrownConfigurationError(() => parseSemverStrict('v1.2.3')).code).toBe(
      'TL_SEMVER_INVALID',
    )
  })

  it('refuses a core number with letters as not semver, not as a leading zero', () => {
    const accepted = 'it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build)'
    expect(thrownMessage(() => parseSemverStrict('1.2.3a'))).toBe(
      `"1.2.3a" is not a semver version: ${accepted}.`,
    )
    expect(thrownMessage(() => parseSemverStrict('a1.2.3'))).toBe(
      `"a1.2.3" is not a semver version: ${accepted}.`,
    )
  })

  it('accepts a v or a zero inside alphanumeric prerelease identifiers', () => {
    expect(isStrictSemver('1.2.3-rc.v2')).toBe(true)
    expect(isStrictSemver('1.2.3-rc01')).toBe(true)
    expect(isStrictSemver('1.2.3-01a')).toBe(true)
  })

  it('names a padded prerelease number, and fixes only the numeric identifiers', () => {
    expect(thrownMessage(() => parseSemverStrict('1.2.3-001'))).toBe(
      '"1.2.3-001" has the numeric prerelease identifier "001" with a leading zero, which semver forbids: write 1.2.3-1.',
    )
    expect(thrownMessage(() => parseSemverStrict('1.2.3-rc1.01'))).toBe(
      '"1.2.3-rc1.01" has the numeric prerelease identifier "01" with a leading zero, which semver forbids: write 1.2.3-rc1.1.',
    )
    expect(thrownMessage(() => parseSemverStrict('1.2.3-1a.01'))).toBe(
      '"1.2.3-1a.01" has the numeric prerelease identifier "01" with a leading zero, which semver forbids: write 1.2.3-1a.1.',
    )
  })
})
