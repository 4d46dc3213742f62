import { type ConventionalCommit, parseConventionalCommit } from '../src/index.js'

const plain = { breaking: false, breakingNotes: [], references: [] }

describe('parseConventionalCommit', () => {
  it.each<[string, string, ConventionalCommit | undefined]>([
    [
      'a plain type',
      'fix: handle empty tags',
      { type: 'fix', description: 'handle empty tags', ...plain },
    ],
    [
      'a scope',
      'feat(api): add the widget endpoint',
      { type: 'feat', scope: 'api', description: 'add the widget endpoint', ...plain },
    ],
    [
      'a scope with slashes and @',
      'fix(@acme/core): guard against null',
      { type: 'fix', scope: '@acme/core', description: 'guard against null', ...plain },
    ],
    [
      'an upper-case type (types are case-insensitive)',
      'FEAT(Parser): support CalVer',
      { type: 'feat', scope: 'Parser', description: 'support CalVer', ...plain },
    ],
    [
      '"!" before the colon',
      'refactor(runtime)!: drop Node 18',
      {
        type: 'refactor',
        scope: 'runtime',
        breaking: true,
        description: 'drop Node 18',
        breakingNotes: ['drop Node 18'],
        references: [],
      },
    ],
    [
      '"!" without a scope',
      'feat!: new config',
      {
        ...plain,
        type: 'feat',
        breaking: true,
        description: 'new config',
        breakingNotes: ['new config'],
      },
    ],
    [
      'a squash-merge reference',
      'fix(cli): exit 1 on a bad flag (#481)',
      {
        type: 'fix',
        scope: 'cli',
        description: 'exit 1 on a bad flag (#481)',
        ...plain,
        references: ['#481'],
      },
    ],
    [
      'extra spaces after the colon',
      'docs:   typo',
      { type: 'docs', description: 'typo', ...plain },
    ],
    [
      'a custom type',
      'deps-dev: bump jest',
      { type: 'deps-dev', description: 'bump jest', ...plain },
    ],
    ['no space after the colon', 'feat:add x', undefined],
    ['no description', 'feat: ', undefined],
    ['an empty scope', 'feat(): add x', undefined],
    ['a blank scope', 'feat( ): add x', undefined],
    [
      'spaces around the scope and the subject',
      '  feat( api ): add x  ',
      { type: 'feat', scope: 'api', description: 'add x', ...plain },
    ],
    ['a space before the colon', 'feat : add x', undefined],
    ['a type that is not a word', '1.2.3: release', undefined],
    ['a merge of a pull request', 'Merge pull request #12 from acme/feat/x', undefined],
    ['a merge of a branch', "Merge branch 'main' into release/1.x", undefined],
    ['a remote-tracking merge', "Merge remote-tracking branch 'origin/main'", undefined],
    ['a fixup', 'fixup! feat: add x', undefined],
    ['free text', 'Update README.md', undefined],
    ['an empty message', '', undefined],
  ])('%s: %j', (_name, subject, expected) => {
    expect(parseConventionalCommit(subject)).toStrictEqual(expected)
    expect(parseConventionalCommit({ subject, body: '' })).toStrictEqual(expected)
  })

  it('reads BREAKING CHANGE and BREAKING-CHANGE footers after a multi-paragraph body', () => {
    const message = [
      'feat(config): read tokenless.yml',
      '',
      'The action now reads its settings from tokenless.yml',
      'when the file exists.',
      '',
      'Inputs still win over the file.',
      '',
      'BREAKING CHANGE: the `registry-url` input is gone;',
      'set `registry` instead.',
      'Reviewed-by: Z',
      'BREAKING-CHANGE: tags must now start with v',
      'Closes #12, #13',
      'Refs: acme/other#7',
    ].join('\n')
    expect(parseConventionalCommit(message)).toEqual({
      type: 'feat',
      scope: 'config',
      breaking: true,
      description: 'read tokenless.yml',
      breakingNotes: [
        'the `registry-url` input is gone;\nset `registry` instead.',
        'tags must now start with v',
      ],
      references: ['#12', '#13', 'acme/other#7'],
    })
  })

  it('keeps paragraphs of a breaking note until the next footer', () => {
    const commit = parseConventionalCommit({
      subject: 'fix!: stop publishing from forks',
      body: 'BREAKING CHANGE:\nForks cannot publish any more.\n\nUse a branch of the main repository.\n\nSigned-off-by: A <a@x>\n',
      sha: 'abc1234',
    })
    expect(commit).toMatchObject({
      breaking: true,
      breakingNotes: ['Forks cannot publish any more.\n\nUse a branch of the main repository.'],
      sha: 'abc1234',
    })
  })

  it('only treats upper-case BREAKING CHANGE at the start of a line as breaking', () => {
    for (const body of [
      'breaking change: lower case is a plain footer',
      'Breaking-Change: mixed case too',
      'This is not a BREAKING CHANGE: it is prose.',
      'BREAKING CHANGES: plural is another token',
    ]) {
      expect(parseConventionalCommit({ subject: 'fix: x', body })).toMatchObject({
        breaking: false,
        breakingNotes: [],
      })
    }
  })

  it('handles CRLF line endings', () => {
    expect(parseConventionalCommit('feat: x\r\n\r\nBREAKING CHANGE: y\r\n')).toMatchObject({
      breaking: true,
      breakingNotes: ['y'],
    })
  })

  it('does not take HTML entities, URL fragments or words for references', () => {
    expect(
      parseConventionalCommit({
        subject: 'docs: link the FAQ',
        body: 'See https://example.test/faq#42 and &#39;quotes&#39; and issue#5, but GH #7 and (#8).',
      })?.references,
    ).toEqual(['#7', '#8'])
  })

  it("reads git's revert subject, with the reverted sha", () => {
    expect(
      parseConventionalCommit({
        subject: 'Revert "feat(api): add the widget endpoint" (#90)',
        body: 'This reverts commit 0123456789abcdef0123456789abcdef01234567.',
      }),
    ).toEqual({
      type: 'revert',
      breaking: false,
      description: 'feat(api): add the widget endpoint',
      breakingNotes: [],
      references: ['#90'],
      revert: {
        header: 'feat(api): add the widget endpoint',
        shas: ['0123456789abcdef0123456789abcdef01234567'],
      },
    })
    expect(parseConventionalCommit('Revert "Revert "fix: x""')).toMatchObject({
      type: 'revert',
      description: 'Revert "fix: x"',
    })
  })

  it('reads a revert: commit with Refs footers, as the spec suggests', () => {
    expect(
      parseConventionalCommit(
        'revert: let us never again speak of the noodle incident\n\nRefs: 676104e, a215868',
      ),
    ).toMatchObject({
      type: 'revert',
      description: 'let us never again speak of the noodle incident',
      revert: { shas: ['676104e', 'a215868'] },
    })
  })

  it('reads CR and CRLF line endings in a body given apart', () => {
    expect(
      parseConventionalCommit({
        subject: 'fix: x',
        body: 'BREAKING CHANGE: a\r\nb\rc\r\nDone-by: X',
      }),
    ).toMatchObject({ breaking: true, breakingNotes: ['a\nb\nc'] })
    expect(parseConventionalCommit('fix: x\r\rBREAKING CHANGE: y')).toMatchObject({
      breaking: true,
      breakingNotes: ['y'],
    })
  })

  it('reads a footer only at the start of a line of the body', () => {
    expect(
      parseConventionalCommit('fix: x\nThe body starts here.\n\nBREAKING CHANGE: y'),
    ).toMatchObject({ breaking: true, breakingNotes: ['y'] })
  })

  it('ends a breaking note at any footer, and does not take an empty one for a break', () => {
    expect(
      parseConventionalCommit({
        subject: 'fix: x',
        body: 'BREAKING CHANGE: a\nBREAKING-CHANGE: b\nSigned-off-by: X\nnot part of b',
      }),
    ).toMatchObject({ breaking: true, breakingNotes: ['a', 'b'] })
    expect(parseConventionalCommit({ subject: 'fix: x', body: 'BREAKING CHANGE:' })).toMatchObject({
      breaking: false,
      breakingNotes: [],
    })
  })

  it('keeps the sha out of a commit given without one', () => {
    expect(parseConventionalCommit({ subject: 'fix: x', body: '' })).not.toHaveProperty('sha')
    expect(parseConventionalCommit({ subject: 'Revert "fix: x"', body: '' })).not.toHaveProperty(
      'sha',
    )
    expect(parseConventionalCommit({ subject: 'fix: x', body: '', sha: 'abc1234' })).toHaveProperty(
      'sha',
      'abc1234',
    )
  })

  it('reads reverted shas only from Refs footers that hold shas', () => {
    expect(
      parseConventionalCommit('revert: undo the widget\n\nRefs: #12\nSee Refs: 1234567'),
    ).toMatchObject({ revert: { shas: [] } })
  })
})
