import { npmDistTag } from '@tokenless/versioning'
import semver from 'semver'
import { thrownConfigurationError, thrownMessage } from './thrown.js'

describe('npmDistTag', () => {
  it.each([
    // semver
    ['1.2.0', 'latest'],
    ['1.2.0+build.5', 'latest'],
    ['1.2.0-rc.1', 'rc'],
    ['2.0.0-beta', 'beta'],
    ['1.0.0-next.3', 'next'],
    ['1.0.0-alpha.1', 'alpha'],
    ['1.0.0-RC.1', 'rc'],
    ['1.0.0-rc1', 'rc'],
    ['1.0.0-alpha1.2', 'alpha'],
    ['1.0.0-beta-2', 'beta'],
    ['1.0.0-canary-abc.1', 'canary-abc'],
    ['1.0.0-dev.4', 'dev'],
    // numeric or unusable first identifier: next
    ['1.0.0-0', 'next'],
    ['1.0.0-0.beta', 'next'],
    ['1.0.0-1a', 'next'],
    ['1.0.0--x', 'next'],
    // guarded: never latest for a prerelease, never a semver range
    ['1.0.0-latest.1', 'next'],
    ['1.0.0-x.1', 'next'],
    ['1.0.0-X', 'next'],
    // PEP 440
    ['1.2.0rc1', 'rc'],
    ['1.0a1', 'alpha'],
    ['1.0b2', 'beta'],
    ['1.0c1', 'rc'],
    ['1.0a1.dev1', 'alpha'],
    ['1.0.dev1', 'dev'],
    ['1.0.post1.dev1', 'dev'],
    ['1.0', 'latest'],
    ['1.0.post1', 'latest'],
    ['1!1.0', 'latest'],
    ['v1.2.0-rc.1', 'rc'],
  ])('%s -> %s', (version, tag) => {
    expect(npmDistTag(version)).toBe(tag)
    expect(semver.validRange(npmDistTag(version))).toBeNull()
  })

  it('refuses what is neither semver nor PEP 440', () => {
    expect(thrownMessage(() => npmDistTag('banana'))).toBe(
      '"banana" is neither a semver nor a PEP 440 version, so it has no npm dist-tag: use e.g. 1.2.0 (latest), 1.2.0-rc.1 (rc) or 1.2.0rc1 (rc).',
    )
    // The stable code docs/RELEASING.md keys on.
    expect(thrownConfigurationError(() => npmDistTag('banana')).code).toBe('TL_VERSION_INVALID')
  })
})
