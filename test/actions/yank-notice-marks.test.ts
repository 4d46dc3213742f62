import { renderIssue, stepDetail } from '../../actions/yank-notice/src/tracking-issue.js'
import {
  banner,
  isMarkedYanked,
  notesWithBanner,
  recommendation,
  yankedName,
} from '../../actions/yank-notice/src/yank-marks.js'

// yank-notice's marks, run from the sources: what users are told to do, the banner, the
// release name, the notes cut to GitHub's limit, and the tracking issue's text.

const replacement = { version: '1.2.1', url: 'https://github.test/acme/widget/releases/tag/v1.2.1' }
const facts = {
  version: '1.2.0',
  reason: 'Deletes data.',
  date: '2026-12-04',
  replacement,
  previousGood: '1.1.0',
}

describe('yank-notice: what users are told', () => {
  it('recommends the replacement, the previous good version, or waiting', () => {
    expect(recommendation({ replacement, previousGood: '1.1.0' })).toBe(
      'Upgrade to 1.2.1. If you cannot upgrade yet, pin 1.1.0.',
    )
    expect(recommendation({ replacement, previousGood: undefined })).toBe('Upgrade to 1.2.1.')
    expect(recommendation({ replacement: undefined, previousGood: '1.1.0' })).toBe(
      'Pin 1.1.0 until a fixed release is out.',
    )
    expect(recommendation({ replacement: undefined, previousGood: undefined })).toBe(
      'Do not use this version; a fixed release will follow.',
    )
  })

  it('links the replacement in the banner, and not without one', () => {
    expect(banner({ ...facts, previousGood: undefined })).toBe(
      [
        '<!-- tokenless:yanked -->',
        '> [!CAUTION]',
        '> **1.2.0 was yanked on 2026-12-04.** Deletes data.',
        '>',
        '> Upgrade to [1.2.1](https://github.test/acme/widget/releases/tag/v1.2.1).',
        '<!-- /tokenless:yanked -->',
      ].join('\n'),
    )
    expect(banner({ ...facts, replacement: undefined, reason: '' }).split('\n')).toEqual([
      '<!-- tokenless:yanked -->',
      '> [!CAUTION]',
      '> **1.2.0 was yanked on 2026-12-04.** ',
      '>',
      '> Pin 1.1.0 until a fixed release is out.',
      '<!-- /tokenless:yanked -->',
    ])
  })

  it('escapes every line of the reason inside the quote', () => {
    expect(
      banner({ ...facts, reason: 'One *a*.\n# Two' })
        .split('\n')
        .slice(2, 4),
    ).toEqual(['> **1.2.0 was yanked on 2026-12-04.** One \\*a\\*.', '> \\# Two'])
  })
})

describe('yank-notice: the marks on a release', () => {
  it('recognises a release by its banner or its name prefix', () => {
    expect(isMarkedYanked({ name: '[YANKED] v1.2.0', body: 'Notes.' })).toBe(true)
    expect(isMarkedYanked({ name: 'v1.2.0 [YANKED]', body: 'Notes.' })).toBe(false)
    expect(isMarkedYanked({ name: null, body: null })).toBe(false)
    expect(isMarkedYanked({})).toBe(false)
    expect(isMarkedYanked({ name: 'v1.2.0', body: '  <!-- tokenless:yanked -->' })).toBe(true)
  })

  it('prefixes the name once, falling back to the tag for an empty name', () => {
    expect(yankedName('Widget 1.2.0', 'v1.2.0')).toBe('[YANKED] Widget 1.2.0')
    expect(yankedName('  Widget 1.2.0  ', 'v1.2.0')).toBe('[YANKED] Widget 1.2.0')
    expect(yankedName('[YANKED] Widget 1.2.0', 'v1.2.0')).toBe('[YANKED] Widget 1.2.0')
    expect(yankedName('   ', 'v1.2.0')).toBe('[YANKED] v1.2.0')
    expect(yankedName(null, 'v1.2.0')).toBe('[YANKED] v1.2.0')
    expect(yankedName(undefined, 'v1.2.0')).toBe('[YANKED] v1.2.0')
  })

  it('puts the banner alone on empty notes, and above notes that fit', () => {
    const top = banner(facts)
    for (const empty of [null, undefined, '', ' \n ']) {
      expect(notesWithBanner(empty, facts, 'https://x')).toEqual({ body: `${top}\n`, cut: false })
    }
    expect(notesWithBanner('## Notes', facts, 'https://x')).toEqual({
      body: `${top}\n\n## Notes`,
      cut: false,
    })
  })

  it('keeps notes that fit exactly, and cuts one character more, saying where the rest is', () => {
    const top = banner(facts)
    const room = 125_000 - top.length - 2
    const exact = 'a'.repeat(room)
    expect(notesWithBanner(exact, facts, 'https://x')).toEqual({
      body: `${top}\n\n${exact}`,
      cut: false,
    })
    const long = `${'line of notes\n'.repeat(room / 14)}tail${'b'.repeat(20)}`
    const marked = notesWithBanner(long, facts, 'https://github.test/acme/widget/tree/v1.2.0')
    expect(marked.cut).toBe(true)
    expect(marked.body.length).toBeLessThanOrEqual(125_000)
    expect(marked.body.startsWith(`${top}\n\nline of notes\n`)).toBe(true)
    expect(marked.body).toMatch(
      /line of notes\n\n_The notes were cut here to keep them within GitHub's limit of 125,000 characters once the yank banner was added: the full changelog is in \[the files of 1\.2\.0\]\(https:\/\/github\.test\/acme\/widget\/tree\/v1\.2\.0\)\._$/,
    )
  })
})

describe('yank-notice: notes cut inside a code block', () => {
  it('closes the open fence and still stays within 125,000 characters', () => {
    const notes = `\`\`\`\n${'x'.repeat(200_000)}`
    const marked = notesWithBanner(notes, facts, 'https://x')
    expect(marked.cut).toBe(true)
    expect(marked.body.length).toBeLessThanOrEqual(125_000)
    expect(marked.body).toContain(`${'x'.repeat(100)}\n\`\`\`\n\n_The notes were cut here`)
  })
})

const issueFacts = {
  tag: 'v1.2.0',
  version: '1.2.0',
  releaseUrl: 'https://github.test/acme/widget/releases/tag/v1.2.0',
  reason: 'Deletes data.\nOn upgrade.',
  facts,
  packages: [
    { registry: 'npm' as const, name: '@acme/widget', version: '1.2.0' },
    { registry: 'pypi' as const, name: 'acme-widget', version: '1.2.0' },
  ],
  steps: [
    { label: 'GitHub release marked', state: 'done' as const, detail: '' },
    { label: 'npm deprecated', state: 'done now' as const, detail: 'ok' },
    { label: 'PyPI yank', state: 'pending' as const, detail: 'by hand', command: 'open x' },
    { label: 'npm *x*', state: 'failed' as const, detail: '', command: 'npm deprecate' },
  ],
}

describe('yank-notice: the tracking issue', () => {
  it('lists the packages, the install lines of the target and every step', () => {
    const issue = renderIssue(issueFacts)
    expect(issue.marker).toBe('<!-- tokenless:yank-notice v1.2.0 -->')
    expect(issue.title).toBe('v1.2.0 is yanked: Deletes data.')
    expect(issue.body).toBe(
      [
        '<!-- tokenless:yank-notice v1.2.0 -->',
        '## v1.2.0 is yanked',
        '',
        '### Affected versions',
        '',
        '- GitHub release [v1.2.0](https://github.test/acme/widget/releases/tag/v1.2.0)',
        '- npm `@acme/widget` 1.2.0',
        '- PyPI `acme-widget` 1.2.0',
        '',
        '### Impact',
        '',
        'Deletes data.',
        'On upgrade.',
        '',
        '### What to do',
        '',
        'Upgrade to 1.2.1. If you cannot upgrade yet, pin 1.1.0.',
        '',
        '```sh',
        'npm install @acme/widget@1.2.1',
        'pip install "acme-widget==1.2.1"',
        '```',
        '',
        '### Checklist',
        '',
        '- [x] GitHub release marked',
        '- [x] npm deprecated',
        '- [ ] PyPI yank (pending: by hand `open x`)',
        '- [ ] npm \\*x\\* (failed: `npm deprecate`)',
        '',
        '_Kept up to date by tokenless yank-notice: run it again after a step done by hand._',
        '',
      ].join('\n'),
    )
  })

  it('installs the previous good version without a replacement, and nothing without either', () => {
    const pinned = renderIssue({ ...issueFacts, facts: { ...facts, replacement: undefined } })
    expect(pinned.body).toContain(
      'npm install @acme/widget@1.1.0\npip install "acme-widget==1.1.0"',
    )
    const none = renderIssue({
      ...issueFacts,
      facts: { ...facts, replacement: undefined, previousGood: undefined },
    })
    expect(none.body).not.toContain('```sh')
    const noPackages = renderIssue({ ...issueFacts, packages: [] })
    expect(noPackages.body).not.toContain('```sh')
  })

  it('titles the issue with the first line of the reason, cut at 80 characters', () => {
    const issue = renderIssue({ ...issueFacts, reason: `${'w'.repeat(100)}\nsecond` })
    expect(issue.title).toBe(`v1.2.0 is yanked: ${'w'.repeat(79)}…`)
    expect(renderIssue({ ...issueFacts, reason: 'a\r\nb' }).title).toBe('v1.2.0 is yanked: a')
    expect(renderIssue({ ...issueFacts, reason: 'a\rb' }).title).toBe('v1.2.0 is yanked: a')
  })

  it('shows a step detail escaped, with its command as code', () => {
    expect(stepDetail({ detail: 'run *this*' })).toBe('run \\*this\\*')
    expect(stepDetail({ detail: 'run', command: 'a`b' })).toBe('run ``a`b``')
    expect(stepDetail({ detail: '', command: 'x' })).toBe('`x`')
  })
})
