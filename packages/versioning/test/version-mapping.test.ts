import { pep440ToSemver, semverToPep440, versionsEquivalent } from '@tokenless/versioning'
import { thrownMessage } from './thrown.js'

describe('semverToPep440', () => {
  it.each([
    ['1.2.0', '1.2.0'],
    ['1.2.0-rc.1', '1.2.0rc1'],
    ['1.2.0-alpha.2', '1.2.0a2'],
    ['1.2.0-beta.3', '1.2.0b3'],
    ['1.2.0-rc', '1.2.0rc0'],
    ['1.2.0-alpha', '1.2.0a0'],
    ['1.2.0-dev.4', '1.2.0.dev4'],
    ['1.2.0-dev', '1.2.0.dev0'],
    ['1.2.0-rc1', '1.2.0rc1'],
    ['1.2.0-beta2', '1.2.0b2'],
    ['1.2.0-RC.1', '1.2.0rc1'],
    ['1.2.0-a.1', '1.2.0a1'],
    ['1.2.0-b.1', '1.2.0b1'],
    ['1.2.0-c.1', '1.2.0rc1'],
    ['1.2.0-pre.1', '1.2.0rc1'],
    ['1.2.0-preview.1', '1.2.0rc1'],
    ['1.2.0+x', '1.2.0+x'],
    ['1.2.0+build.5', '1.2.0+build.5'],
    ['1.2.0+Build-005', '1.2.0+build.5'],
    ['1.2.0-rc.1+exp.sha.5114f85', '1.2.0rc1+exp.sha.5114f85'],
  ])('%s -> %s', (version, pep440) => {
    expect(semverToPep440(version)).toBe(pep440)
  })

  it('refuses what is not semver with the semver message', () => {
    expect(thrownMessage(() => semverToPep440('1.2'))).toBe(
      '"1.2" is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build).',
    )
  })

  it.each(['1.2.0-post.1', '1.2.0-post', '1.2.0-rev.1', '1.2.0-r.1'])(
    'refuses %s: a post-release sorts the other way',
    (version) => {
      const prerelease = version.slice('1.2.0-'.length)
      expect(thrownMessage(() => semverToPep440(version))).toBe(
        `"${version}" has the prerelease "${prerelease}", which cannot become a PEP 440 post-release: in semver it sorts before 1.2.0, in PEP 440 .post sorts after it. Release the next patch version instead.`,
      )
    },
  )

  it.each([
    ['1.2.0-next.1', 'next.1'],
    ['1.2.0-0', '0'],
    ['1.2.0-rc.1.2', 'rc.1.2'],
    ['1.2.0-rc.x', 'rc.x'],
    ['1.2.0-rc1.2', 'rc1.2'],
    ['1.2.0-canary-5', 'canary-5'],
    ['1.2.0-alpha.1.dev.2', 'alpha.1.dev.2'],
  ])('refuses %s, which has no PEP 440 equivalent', (version, prerelease) => {
    expect(thrownMessage(() => semverToPep440(version))).toBe(
      `"${version}" has the prerelease "${prerelease}", which has no PEP 440 equivalent: PEP 440 knows only alpha/a, beta/b, rc and dev, e.g. 1.2.0-rc.1 -> 1.2.0rc1.`,
    )
  })
})

describe('pep440ToSemver', () => {
  it.each([
    ['1.2.0', '1.2.0'],
    ['1.2.0rc1', '1.2.0-rc.1'],
    ['1.2.0a2', '1.2.0-alpha.2'],
    ['1.2.0b3', '1.2.0-beta.3'],
    ['1.2.0.dev4', '1.2.0-dev.4'],
    ['1.2.0c1', '1.2.0-rc.1'],
    ['1.2.0-RC1', '1.2.0-rc.1'],
    ['1.2rc1', '1.2.0-rc.1'],
    ['1.2', '1.2.0'],
    ['1', '1.0.0'],
    ['1.01.0', '1.1.0'],
    ['v1.2.0', '1.2.0'],
    ['1.2.0rc', '1.2.0-rc.0'],
    ['1.2.0+ubuntu-1', '1.2.0+ubuntu.1'],
    ['0!1.2.0', '1.2.0'],
  ])('%s -> %s', (version, semverVersion) => {
    expect(pep440ToSemver(version)).toBe(semverVersion)
  })

  it('round-trips the mapped forms', () => {
    for (const version of ['1.2.0-rc.1', '1.2.0-alpha.2', '1.2.0-beta.3', '1.2.0-dev.4', '2.0.0']) {
      expect(pep440ToSemver(semverToPep440(version))).toBe(version)
    }
  })

  it.each([
    ['1!2.0.0', '1!2.0.0', 'has the epoch 1!'],
    ['1.2.0.post1', '1.2.0.post1', 'is a post-release (.post1)'],
    ['1.2.0-1', '1.2.0.post1', 'is a post-release (.post1)'],
    ['1.2.3.4', '1.2.3.4', 'has 4 release numbers'],
    ['1.2.0rc1.dev2', '1.2.0rc1.dev2', 'combines a pre-release with a dev release'],
  ])('refuses %s', (version, normal, reason) => {
    expect(thrownMessage(() => pep440ToSemver(version))).toBe(
      `"${version}" (${normal}) ${reason}, which semver cannot express. Use MAJOR.MINOR.PATCH with an optional a/b/rc or .dev suffix, e.g. 1.2.0rc1.`,
    )
  })

  it('refuses what is not PEP 440', () => {
    expect(thrownMessage(() => pep440ToSemver('1.2.x'))).toBe(
      '"1.2.x" is not a PEP 440 version: expected [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], e.g. 1.2.0, 1.2.0rc1, 1.2.0.post1, 1.2.0.dev3, 1!2.0.',
    )
  })
})

describe('versionsEquivalent', () => {
  it.each([
    // equal as semver
    ['1.2.0', '1.2.0'],
    ['1.2.0-rc.1+build.5', '1.2.0-rc.1+build.5'],
    // one maps to the other
    ['1.2.0-rc.1', '1.2.0rc1'],
    ['1.2.0rc1', '1.2.0-rc.1'],
    ['1.2.0-beta.3', '1.2.0b3'],
    ['1.2.0-alpha.2', '1.2.0a2'],
    ['1.2.0-dev.4', '1.2.0.dev4'],
    ['1.2.0-rc', '1.2.0rc0'],
    ['1.2.0+build.5', '1.2+build-5'],
    // PEP 440 pads releases: 1.2 is 1.2.0
    ['1.2.0', '1.2'],
    ['1.2.0-rc.1', '1.2rc1'],
    // neither is semver: PEP 440 normalisation of both sides
    ['1.2rc1', '1.2.0-RC1'],
    ['1.2.0RC1', '1.2.0c1'],
    ['v1.2.0', '1.2.0'],
    ['1.0-1', '1.0.post1'],
    ['1!1.0', '1!1.0.0'],
  ])('%s ~ %s', (a, b) => {
    expect(versionsEquivalent(a, b)).toBe(true)
    expect(versionsEquivalent(b, a)).toBe(true)
  })

  it.each([
    // both semver: semver decides, build metadata included
    ['1.2.0-rc.1', '1.2.0-rc1'],
    ['1.2.0', '1.2.0+build'],
    ['1.2.0+a', '1.2.0+b'],
    ['1.2.0+build.5', '1.2.0+build-5'],
    ['1.2.0', '1.2.1'],
    // a semver prerelease is not the PEP 440 post-release it resembles
    ['1.2.0-post.1', '1.2.0.post1'],
    ['1.2.0-1', '1.2.0.post1'],
    ['1.2.0-next.1', '1.2.0rc1'],
    // different versions
    ['1.2.0rc1', '1.2.0rc2'],
    ['1.2.0', '1.2.0+local'],
    ['1.2.0-rc.1', '1.2.0b1'],
    // unparsable
    ['1.2.0', 'one'],
    ['', ''],
  ])('%s !~ %s', (a, b) => {
    expect(versionsEquivalent(a, b)).toBe(false)
    expect(versionsEquivalent(b, a)).toBe(false)
  })
})
