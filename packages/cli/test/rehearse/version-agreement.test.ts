import type { ReadBack } from '../../src/rehearse/read-back.js'
import { tagVersion, versionDisagreements } from '../../src/rehearse/version-agreement.js'

function back(
  tags: string[],
  npm: Array<[string, string[]]>,
  pypi: Array<[string, string[]]> = [],
) {
  return {
    tags,
    npm: npm.map(([name, published]) => ({
      name,
      published,
      distTags: {},
      integrity: {},
      provenance: {},
      uploads: 1,
    })),
    pypi: pypi.map(([name, published]) => ({
      registry: 'pypi' as const,
      name,
      published,
      files: [],
      uploads: {},
    })),
    releases: [],
    checkRuns: [],
    issues: [],
  } satisfies ReadBack
}

describe('tags and published versions', () => {
  it.each([
    ['v1.2.3', { name: undefined, version: '1.2.3' }],
    ['@acme/widget@2.0.0', { name: '@acme/widget', version: '2.0.0' }],
    ['widget-v2026.06.03', { name: 'widget', version: '2026.6.3' }],
    ['2026.6.3', { name: undefined, version: '2026.6.3' }],
  ])('%s', (tag, expected) => {
    expect(tagVersion(tag)).toEqual(expected)
  })

  it('names a published version no tag of the run names', () => {
    expect(
      versionDisagreements(
        ['v1.0.0'],
        back(['v1.0.0', 'v2026.6.3'], [['daily', ['2026.6.4']]], [['daily-py', ['2026.6.3']]]),
      ),
    ).toEqual(['npm daily@2026.6.4: the run tagged v2026.6.3'])
  })

  it('compares a monorepo package with its own tags, and says nothing when the run made no tag', () => {
    const tags = ['a@1.1.0', 'b@2.0.0']
    expect(
      versionDisagreements(
        [],
        back(tags, [
          ['a', ['1.1.0']],
          ['b', ['2.0.1']],
        ]),
      ),
    ).toEqual(['npm b@2.0.1: the run tagged b@2.0.0'])
    expect(versionDisagreements(['v1.0.0'], back(['v1.0.0'], [['a', ['9.9.9']]]))).toEqual([])
  })
})
