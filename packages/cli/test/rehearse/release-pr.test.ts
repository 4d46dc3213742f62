// The pieces the release-PR stand-ins share: changelog entries, bumps, changesets, commands.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commandWords, readChangesets } from '../../src/rehearse/stand-ins/changesets-action.js'
import { bumpVersion, changelogEntry, higher } from '../../src/rehearse/stand-ins/release-pr.js'

describe('release-PR stand-in pieces', () => {
  it('finds the entry of a version in a changelog, changesets and release-please shapes alike', () => {
    const changesets = '# w\n\n## 1.1.0\n\n### Minor Changes\n\n- More.\n\n## 1.0.0\n\n- First.\n'
    expect(changelogEntry(changesets, '1.1.0')).toBe('### Minor Changes\n\n- More.')
    expect(changelogEntry(changesets, '1.0.0')).toBe('- First.')
    expect(changelogEntry(changesets, '1.0')).toBeUndefined()
    const releasePlease =
      '# Changelog\n\n## [2.0.0](https://x/compare/v1.9.0...v2.0.0) (2026-12-01)\n\n### ⚠ BREAKING CHANGES\n\n* gone\n\n## [1.9.0](https://x) (2026-11-01)\n\n* old\n'
    expect(changelogEntry(releasePlease, '2.0.0')).toBe('### ⚠ BREAKING CHANGES\n\n* gone')
    expect(changelogEntry('# Changelog\n', '2.0.0')).toBeUndefined()
  })

  it('bumps versions, a prerelease suffix dropped, and keeps the higher bump', () => {
    expect(bumpVersion('1.2.3', 'patch')).toBe('1.2.4')
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0')
    expect(bumpVersion('1.2.3-rc.1', 'major')).toBe('2.0.0')
    expect(higher(undefined, 'patch')).toBe('patch')
    expect(higher('minor', 'patch')).toBe('minor')
    expect(higher('minor', 'major')).toBe('major')
  })

  it('reads the pending changesets, not the README', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-changesets-'))
    expect(readChangesets(dir)).toEqual([])
    mkdirSync(join(dir, '.changeset'))
    writeFileSync(join(dir, '.changeset', 'README.md'), '# Changesets\n')
    writeFileSync(
      join(dir, '.changeset', 'a.md'),
      '---\n"@acme/widget": major\n\'acme-gear\': none\n---\n\nA change.\nOn two lines.\n',
    )
    writeFileSync(join(dir, '.changeset', 'b.md'), '---\n---\n')
    expect(readChangesets(dir)).toEqual([
      {
        file: join(dir, '.changeset', 'a.md'),
        releases: [
          { name: '@acme/widget', type: 'major' },
          { name: 'acme-gear', type: 'none' },
        ],
        summary: 'A change.\nOn two lines.',
      },
      { file: join(dir, '.changeset', 'b.md'), releases: [], summary: '' },
    ])
  })

  it('splits a publish command as @actions/exec does: words, quotes kept together, no shell', () => {
    expect(commandWords('npm publish --access public')).toEqual([
      'npm',
      'publish',
      '--access',
      'public',
    ])
    expect(commandWords(`node -e "process.exit(4)" 'a b'`)).toEqual([
      'node',
      '-e',
      'process.exit(4)',
      'a b',
    ])
  })
})
