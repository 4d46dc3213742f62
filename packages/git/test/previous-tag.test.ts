import semver from 'semver'
import { previousTag } from '../src/index.js'

const tags = [
  'v1.0.0',
  'v1.1.0',
  'v2.0.0-rc.1',
  'v2.0.0',
  'v1.1.1', // a 1.x hotfix, tagged after 2.0.0
  'v2.1.0-beta.1',
  'not-a-version',
  '@acme/core@3.0.0',
].map((name) => ({ name }))

const versionOf = (tag: { name: string }): string | undefined =>
  /^v(\d.*)$/.exec(tag.name)?.[1] ?? undefined
const isPrerelease = (version: string): boolean => semver.prerelease(version) !== null

describe('previousTag', () => {
  it('takes the highest lower version, not the latest tag', () => {
    expect(previousTag(tags, '2.1.0', versionOf, semver.compare)?.name).toBe('v2.1.0-beta.1')
    expect(previousTag(tags, '2.0.1', versionOf, semver.compare)?.name).toBe('v2.0.0')
    expect(previousTag(tags, '1.2.0', versionOf, semver.compare)?.name).toBe('v1.1.1')
    expect(previousTag(tags, '1.1.1', versionOf, semver.compare)?.name).toBe('v1.1.0')
  })

  it('is strictly lower: the current version is never its own previous tag', () => {
    expect(previousTag(tags, '2.0.0', versionOf, semver.compare)?.name).toBe('v2.0.0-rc.1')
    expect(previousTag(tags, '1.0.0', versionOf, semver.compare)).toBeUndefined()
    expect(previousTag([], '1.0.0', versionOf, semver.compare)).toBeUndefined()
  })

  it('can skip prereleases', () => {
    const options = { skipPrereleases: true, isPrerelease }
    expect(previousTag(tags, '2.1.0', versionOf, semver.compare, options)?.name).toBe('v2.0.0')
    expect(previousTag(tags, '2.0.0', versionOf, semver.compare, options)?.name).toBe('v1.1.1')
    expect(() =>
      previousTag(tags, '2.0.0', versionOf, semver.compare, { skipPrereleases: true }),
    ).toThrow('previousTag: skipPrereleases needs isPrerelease to tell prereleases apart')
  })

  it("keeps the first of two tags with equal versions and returns the caller's objects", () => {
    const twins = [
      { name: 'v1.0.0', sha: 'a' },
      { name: '1.0.0', sha: 'b' },
    ]
    const any = (tag: { name: string }): string => tag.name.replace(/^v/, '')
    expect(previousTag(twins, '1.0.1', any, semver.compare)).toBe(twins[0])
  })
})
