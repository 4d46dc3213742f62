import { prependChangelogSection } from '../src/index.js'

const section = (version: string, text = 'fixed') =>
  `## [${version}](https://github.com/acme/w/compare/v1.0.0...v${version}) (2024-01-02)\n\n### Bug Fixes\n\n* ${text}\n`

describe('prependChangelogSection', () => {
  it('inserts under the title and its text, above the newest section', () => {
    const file = '# Changelog\n\nNotable changes.\n\n## 1.0.0 (2024-01-01)\n\n* first\n'
    expect(prependChangelogSection(file, section('1.1.0'), '1.1.0')).toBe(
      `# Changelog\n\nNotable changes.\n\n${section('1.1.0')}\n## 1.0.0 (2024-01-01)\n\n* first\n`,
    )
  })

  it('replaces the section of the same version, and only it', () => {
    const file = `# Changelog\n\n${section('1.1.0', 'old')}\n## 1.0.0 (2024-01-01)\n\n* first\n`
    const once = prependChangelogSection(file, section('1.1.0', 'new'), '1.1.0')
    expect(once).toBe(
      `# Changelog\n\n${section('1.1.0', 'new')}\n## 1.0.0 (2024-01-01)\n\n* first\n`,
    )
    expect(prependChangelogSection(once, section('1.1.0', 'new'), '1.1.0')).toBe(once)
  })

  it('replaces an Unreleased section with the release, matches equivalent versions', () => {
    const file =
      '# Changelog\n\n## [Unreleased](https://x/compare/v1.0.0...HEAD) (2024-01-01)\n\n* wip\n'
    expect(prependChangelogSection(file, section('1.1.0'), '1.1.0')).toBe(
      `# Changelog\n\n${section('1.1.0')}`,
    )
    const pep = '# Changelog\n\n## 1.1.0rc1\n\n* old\n'
    expect(
      prependChangelogSection(
        pep,
        '## 1.1.0-rc.1\n\n* new\n',
        '1.1.0-rc.1',
        (a, b) => a.replace(/-?rc\.?/, 'rc') === b.replace(/-?rc\.?/, 'rc'),
      ),
    ).toBe('# Changelog\n\n## 1.1.0-rc.1\n\n* new\n')
  })

  it('starts an empty file with a title, keeps a file without one, and keeps CRLF', () => {
    expect(prependChangelogSection('', section('1.0.0'), '1.0.0')).toBe(
      `# Changelog\n\n${section('1.0.0')}`,
    )
    expect(prependChangelogSection('## 0.9.0\n\n* old\n', '## 1.0.0\n\n* new\n', '1.0.0')).toBe(
      '## 1.0.0\n\n* new\n\n## 0.9.0\n\n* old\n',
    )
    expect(
      prependChangelogSection('# Changelog\r\n\r\n## 0.9.0\r\n', '## 1.0.0\n\n* new\n', '1.0.0'),
    ).toBe('# Changelog\r\n\r\n## 1.0.0\r\n\r\n* new\r\n\r\n## 0.9.0\r\n')
  })

  it('does not mistake a heading inside a code block for a section', () => {
    const file = '# Changelog\n\n```md\n## 1.1.0\n```\n\n## 1.0.0\n\n* first\n'
    expect(prependChangelogSection(file, '## 1.1.0\n\n* new\n', '1.1.0')).toBe(
      '# Changelog\n\n```md\n## 1.1.0\n```\n\n## 1.1.0\n\n* new\n\n## 1.0.0\n\n* first\n',
    )
  })
})
