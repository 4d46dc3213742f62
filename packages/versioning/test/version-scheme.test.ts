import { isVersionScheme, parseVersionScheme, VERSION_SCHEMES } from '@tokenless/versioning'
import { thrownConfigurationError } from './thrown.js'

describe('version schemes', () => {
  it('lists the three schemes', () => {
    expect(VERSION_SCHEMES).toEqual(['semver', 'pep440', 'calver'])
  })

  it.each(['semver', 'pep440', 'calver'])('accepts %s', (scheme) => {
    expect(isVersionScheme(scheme)).toBe(true)
    expect(parseVersionScheme(scheme)).toBe(scheme)
  })

  it('refuses other names, listing the accepted ones', () => {
    expect(isVersionScheme('SemVer')).toBe(false)
    const error = thrownConfigurationError(() => parseVersionScheme('semvar'))
    expect(error.message).toBe(
      'scheme "semvar" is not a version scheme: use one of semver, pep440, calver.',
    )
    expect(error.input).toBe('scheme')
    expect(error.code).toBe('TL_VERSION_SCHEME')
  })
})
