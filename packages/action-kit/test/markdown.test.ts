import {
  createLogger,
  escapeMarkdown,
  escapeMarkdownLines,
  fitMarkdown,
  GITHUB_LIMITS,
  markdownCell,
  markdownCode,
  neutraliseCommands,
  plainLine,
  Summary,
} from '@tokenless/action-kit'

describe('escapeMarkdown', () => {
  it('keeps plain text as it is', () => {
    expect(escapeMarkdown('The 1.2.0 migration deletes user data on upgrade.')).toBe(
      'The 1.2.0 migration deletes user data on upgrade.',
    )
  })

  it('cannot open an HTML comment, so no marker can be forged', () => {
    const escaped = escapeMarkdown('x <!-- tokenless:yank-notice v1.1.0 --> y')
    expect(escaped).toBe('x &lt;!-- tokenless:yank-notice v1.1.0 --&gt; y')
    expect(escaped).not.toContain('<!--')
  })

  it('breaks mentions and issue references without changing the text shown', () => {
    expect(escapeMarkdown('ping @octocat and @acme/team about #12')).toBe(
      'ping @&#8203;octocat and @&#8203;acme/team about #&#8203;12',
    )
    expect(escapeMarkdown('mail a@b.c about pkg@1.2.0, or #hash')).toBe(
      'mail a@b.c about pkg@1.2.0, or #hash',
    )
  })

  it("escapes Markdown's punctuation, tables' pipes and math", () => {
    expect(escapeMarkdown('**bold** [x](http://e) `c` a|b ~~s~~ $x$ \\ <b>')).toBe(
      '\\*\\*bold\\*\\* \\[x\\](http://e) \\`c\\` a\\|b \\~\\~s\\~\\~ \\$x\\$ \\\\ &lt;b&gt;',
    )
  })

  it('puts several lines on one', () => {
    expect(escapeMarkdown('one\n\n## two\r\nthree')).toBe('one ## two three')
  })
})

describe('escapeMarkdownLines', () => {
  it('escapes what would start a block at the start of a line', () => {
    expect(
      escapeMarkdownLines('# Title\n- item\n+ item\n1. one\n2) two\n===\n    code\n> quote\n'),
    ).toEqual([
      '\\# Title',
      '\\- item',
      '\\+ item',
      '1\\. one',
      '2\\) two',
      '\\===',
      'code',
      '&gt; quote',
      '',
    ])
  })
})

describe('plainLine', () => {
  it('is one line without control characters, cut with an ellipsis', () => {
    expect(plainLine('v1 is yanked:\n::error::x\u0007\u2028y', 256)).toBe(
      'v1 is yanked: ::error::x y',
    )
    const long = plainLine('a'.repeat(300), GITHUB_LIMITS.issueTitle)
    expect(long).toHaveLength(256)
    expect(long.endsWith('a…')).toBe(true)
    expect(plainLine(`${'a'.repeat(9)}😀`, 10)).toBe(`${'a'.repeat(9)}…`)
  })
})

describe('fitMarkdown', () => {
  const note = '_Cut: see [the rest](https://example.test)._'

  it('returns a body that fits as it is', () => {
    expect(fitMarkdown('short', 10, note)).toBe('short')
  })

  it('cuts at a line end, closes an open fence and ends with the note, within the limit', () => {
    const body = ['intro', '```sh', ...Array.from({ length: 200 }, (_, i) => `line ${i}`)].join(
      '\n',
    )
    const fitted = fitMarkdown(body, 500, note)
    expect(fitted.length).toBeLessThanOrEqual(500)
    expect(fitted.endsWith(`\n\`\`\`\n\n${note}`)).toBe(true)
    expect(fitted).toMatch(/\nline \d+\n```\n\n/)
  })

  it('refuses a note longer than the limit', () => {
    expect(() => fitMarkdown('x'.repeat(100), 10, note)).toThrow(
      `The note alone is longer than the limit of 10.`,
    )
  })
})

describe('neutraliseCommands', () => {
  it('leaves ordinary text and keeps its line breaks', () => {
    expect(neutraliseCommands('Opened #3: https://x/y\nline two: a::b')).toBe(
      'Opened #3: https://x/y\nline two: a::b',
    )
  })

  it('stops every line from starting a command, whatever precedes it', () => {
    const hostile = [
      'reason',
      '::error::forged',
      '  ::add-mask::secret',
      '\t::stop-commands::pause',
      '\u0085::warning::nel',
      '\u200b::notice::zero width',
      '\u0000::debug::nul',
    ].join('\n')
    const lines = neutraliseCommands(`${hostile}\r::set-output name=a::b\r\n::group::g`).split(
      /\r\n|\r|\n/,
    )
    expect(lines[0]).toBe('reason')
    for (const line of lines.slice(1)) {
      expect(line.startsWith('> ')).toBe(true)
      expect(line.trimStart().startsWith('::')).toBe(false)
    }
  })

  it('breaks the deprecated ##[command] form anywhere in a line', () => {
    expect(neutraliseCommands('text ##[error]forged and #\u200b#[add-mask]x')).toBe(
      'text ## [error]forged and ## [add-mask]x',
    )
  })

  it('is what the logger prints for info, while annotations stay escaped commands', () => {
    const lines: string[] = []
    const log = createLogger((line) => lines.push(line))
    log.info('Yanked: oops\n::error::forged\n::stop-commands::t')
    log.warning('Yanked: oops\n::error::forged')
    expect(lines).toEqual([
      'Yanked: oops\n> ::error::forged\n> ::stop-commands::t',
      '::warning::Yanked: oops%0A::error::forged',
    ])
  })
})

describe('markdownCode', () => {
  it('fences text with more backticks than it holds', () => {
    expect(markdownCode("npm deprecate a@1 'x'")).toBe("`npm deprecate a@1 'x'`")
    expect(markdownCode('a `b` ``c``\nd')).toBe('```a `b` ``c`` d```')
    expect(markdownCode('`x`')).toBe('`` `x` ``')
  })
})

describe('Summary.table with Markdown cells', () => {
  it('escapes only the table pipes of a Markdown cell, and plain cells as before', () => {
    const text = new Summary()
      .table(
        ['Release', 'Name'],
        [[markdownCell(`[${escapeMarkdown('a|b *c*')}](https://x.test/a)`), 'C:\\dir | x']],
      )
      .render()
    expect(text).toBe(
      '| Release | Name |\n| --- | --- |\n| [a\\|b \\*c\\*](https://x.test/a) | C:\\\\dir \\| x |\n',
    )
    expect(new Summary().table(['c'], [[markdownCell(markdownCode('a | b'))]]).render()).toContain(
      '| `a \\| b` |',
    )
  })
})
