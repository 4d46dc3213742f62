import { renderIssue, type Step } from '../../actions/yank-notice/src/tracking-issue.js'
import {
  banner,
  isMarkedYanked,
  notesWithBanner,
} from '../../actions/yank-notice/src/yank-marks.js'

const facts = {
  version: '1.2.0',
  reason: 'r'.repeat(2000),
  date: '2026-12-04',
  replacement: { version: '1.2.1', url: 'https://github.test/acme/widget/releases/tag/v1.2.1' },
  previousGood: '1.1.0',
}

describe('renderIssue within GitHub limits', () => {
  it('cuts a body past 65,536 characters visibly, keeping the marker and the footer', () => {
    const packages = Array.from({ length: 60 }, (_, i) => ({
      registry: 'npm' as const,
      name: `@acme/package-with-a-long-name-${i}`,
      version: '1.2.0',
    }))
    const steps: Step[] = packages.map((entry) => ({
      label: `npm: deprecate ${entry.name}@1.2.0`,
      state: 'pending',
      detail: 'run',
      command: `npm deprecate ${entry.name}@1.2.0 '1.2.0 is yanked: ${facts.reason} Upgrade to 1.2.1.'`,
    }))
    const issue = renderIssue({
      tag: 'v1.2.0',
      version: '1.2.0',
      releaseUrl: 'https://github.test/acme/widget/releases/tag/v1.2.0',
      reason: facts.reason,
      facts,
      packages,
      steps,
    })
    expect(issue.body.length).toBeLessThanOrEqual(65_536)
    expect(issue.body.startsWith('<!-- tokenless:yank-notice v1.2.0 -->\n')).toBe(true)
    expect(issue.body).toMatch(
      /\n\n_This issue was cut here to stay within GitHub's limit of 65,536 characters: the job summary of the last yank-notice run lists every step\._\n\n_Kept up to date by tokenless yank-notice: run it again after a step done by hand\._\n$/,
    )
    expect(issue.title).toBe(`v1.2.0 is yanked: ${'r'.repeat(79)}…`)
  })

  it('keeps a title within 256 characters whatever the tag', () => {
    const tag = `v1.2.0-${'a'.repeat(300)}`
    const issue = renderIssue({
      tag,
      version: tag.slice(1),
      releaseUrl: 'https://github.test/x',
      reason: 'Broken.',
      facts: { ...facts, reason: 'Broken.' },
      packages: [],
      steps: [],
    })
    expect(issue.title).toHaveLength(256)
  })
})

describe('the banner', () => {
  it('keeps blank lines of the reason inside the quote', () => {
    expect(banner({ ...facts, reason: 'One.\n\nTwo.' }).split('\n')).toEqual([
      '<!-- tokenless:yanked -->',
      '> [!CAUTION]',
      '> **1.2.0 was yanked on 2026-12-04.** One.',
      '>',
      '> Two.',
      '>',
      '> Upgrade to [1.2.1](https://github.test/acme/widget/releases/tag/v1.2.1). If you cannot upgrade yet, pin 1.1.0.',
      '<!-- /tokenless:yanked -->',
    ])
  })

  it('is recognised only at the start of the notes', () => {
    expect(isMarkedYanked({ body: 'Notes quoting <!-- tokenless:yanked --> here' })).toBe(false)
    expect(isMarkedYanked({ body: '\n<!-- tokenless:yanked -->\n> yanked' })).toBe(true)
    const quoted = 'Notes quoting <!-- tokenless:yanked --> here'
    const marked = notesWithBanner(quoted, facts, 'https://github.test/tree/v1.2.0')
    expect(marked.body.endsWith(`\n\n${quoted}`)).toBe(true)
    expect(notesWithBanner(marked.body, facts, 'x')).toEqual({ body: marked.body, cut: false })
  })
})
