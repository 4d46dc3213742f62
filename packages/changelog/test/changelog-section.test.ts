import { findChangelogSection, listChangelogHeadings } from '../src/changelog-section.js'

const keepAChangelog = `# Changelog

All notable changes to this project will be documented in this file.

## [Unreleased]

## [1.2.3] - 2024-05-01
### Fixed
- The thing.

\`\`\`md
## [9.9.9] - not a heading, inside a fence
\`\`\`

## [1.2.2] - 2024-04-01
### Added
- Another thing.

[1.2.3]: https://example.test/compare/v1.2.2...v1.2.3
`

describe('changelog sections', () => {
  it('finds a Keep a Changelog section and returns it verbatim up to the next heading', () => {
    const section = findChangelogSection(keepAChangelog, '1.2.3')
    expect(section?.heading).toMatchObject({ line: 7, level: 2, version: '1.2.3' })
    expect(section?.body).toBe(
      '### Fixed\n- The thing.\n\n```md\n## [9.9.9] - not a heading, inside a fence\n```',
    )
  })

  it('ignores headings inside fenced code', () => {
    expect(findChangelogSection(keepAChangelog, '9.9.9')).toBeUndefined()
    expect(listChangelogHeadings(keepAChangelog).map((h) => h.version)).toEqual([
      undefined,
      undefined,
      '1.2.3',
      undefined,
      '1.2.2',
      undefined,
    ])
  })

  it.each([
    ['## [1.2.0](https://example.test/compare/v1.1.0...v1.2.0) (2024-05-01)', '1.2.0'],
    ['# [1.2.0](https://example.test/compare/v1.1.0...v1.2.0) (2024-05-01)', '1.2.0'],
    ['### [1.2.1](https://example.test/compare/v1.2.0...v1.2.1) (2024-05-02)', '1.2.1'],
    ['# 1.2.3', '1.2.3'],
    ['## v1.2.3', '1.2.3'],
    ['## 1.2.3 (2024-05-01)', '1.2.3'],
    ['## [1.2.0-rc.1] - 2024-05-01', '1.2.0-rc.1'],
    ['## 1.2.0rc1', '1.2.0rc1'],
    ['## @acme/core@1.4.0', '1.4.0'],
    ['## 2026.7.4', '2026.7.4'],
    ['## 1.2.3 ##', '1.2.3'],
    ['##\t1.2.3', '1.2.3'],
    ['###### 1.2.3', '1.2.3'],
    ['## v1.2.3: the big one', '1.2.3'],
    ['## 1.2.3—2024-05-01', '1.2.3'],
    ['## \u00a0v1.2.3', '1.2.3'],
    ['## 1.2.3-dev.1', '1.2.3-dev.1'],
  ])('reads the version of %s', (heading, version) => {
    const section = findChangelogSection(`${heading}\n\nBody\n`, version)
    expect(section?.heading.version).toBe(version)
    expect(section?.body).toBe('Body')
  })

  it('does not take 1.2.30 for 1.2.3', () => {
    expect(findChangelogSection('## 1.2.30\n\nx\n', '1.2.3')).toBeUndefined()
  })

  it('uses the equivalence it is given', () => {
    const section = findChangelogSection(
      '# Changelog\n\n## 1.2.0rc1\n\nBody\n',
      '1.2.0-rc.1',
      (a, b) => a.replace(/-?rc\.?/, 'rc') === b.replace(/-?rc\.?/, 'rc'),
    )
    expect(section?.body).toBe('Body')
  })

  it('ends a section at a heading of a higher level', () => {
    const section = findChangelogSection('# 2.0.0\n\n## Features\n- a\n\n# 1.0.0\n- b\n', '2.0.0')
    expect(section?.body).toBe('## Features\n- a')
  })

  it('finds a version asked for with a leading v', () => {
    expect(findChangelogSection('## 1.2.3\n\nBody\n', 'v1.2.3')?.body).toBe('Body')
  })

  it.each(['####### 1.2.3', '#1.2.3', '    ## 1.2.3'])('does not take %j for a heading', (line) => {
    expect(listChangelogHeadings(`${line}\n`)).toEqual([])
  })

  it('reads CRLF line endings', () => {
    const section = findChangelogSection('## 1.2.3\r\n\r\n- a\r\n- b\r\n## 1.2.2\r\n', '1.2.3')
    expect(section).toEqual({
      heading: { line: 1, level: 2, text: '1.2.3', version: '1.2.3' },
      body: '- a\n- b',
    })
  })

  it('closes a fence only with a marker of its kind at least as long', () => {
    const markdown = [
      '## 1.2.3',
      '~~~~',
      '`````',
      '## 8.0.0',
      '~~~',
      '## 9.0.0',
      '~~~~~',
      '   ```',
      '## 7.0.0',
      '   ```',
      '## 1.2.2',
      '',
    ].join('\n')
    expect(listChangelogHeadings(markdown).map((heading) => heading.version)).toEqual([
      '1.2.3',
      '1.2.2',
    ])
  })

  it('keeps the first line of a body that follows its heading directly', () => {
    expect(findChangelogSection('## 1.2.3\nFirst line\nsecond\n', '1.2.3')?.body).toBe(
      'First line\nsecond',
    )
  })

  it('gives a heading without a version no version field', () => {
    expect(listChangelogHeadings('## Unreleased\n')).toStrictEqual([
      { line: 1, level: 2, text: 'Unreleased' },
    ])
  })
})
