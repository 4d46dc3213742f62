import { type Bump, recommendBump } from '../src/index.js'

const commit = (message: string, sha?: string): { subject: string; body: string; sha?: string } => {
  const [subject = '', ...rest] = message.split('\n')
  return {
    subject,
    body: rest.join('\n').replace(/^\n+/, ''),
    ...(sha === undefined ? {} : { sha }),
  }
}

describe('recommendBump', () => {
  it.each<[string, string[], Bump | undefined]>([
    ['nothing', [], undefined],
    [
      'only chores, docs and merges',
      ['chore: deps', 'docs: typo', 'Merge pull request #1 from a/b', 'ci: cache'],
      undefined,
    ],
    ['a fix', ['fix: x', 'chore: y'], 'patch'],
    ['a performance fix', ['perf(core): faster tags'], 'patch'],
    ['a feature beats a fix', ['fix: x', 'feat(api): y', 'fix: z'], 'minor'],
    ['an upper-case type', ['FEAT: shout'], 'minor'],
    ['a breaking "!" on any type', ['chore!: drop Node 18', 'feat: y'], 'major'],
    ['a breaking footer', ['fix: x\n\nBREAKING CHANGE: y'], 'major'],
    [
      'a lower-case "breaking change" footer is not breaking',
      ['fix: x\n\nbreaking change: y'],
      'patch',
    ],
    ['non-conventional commits only', ['Update README.md', 'wip'], undefined],
  ])('%s', (_name, messages, expected) => {
    expect(recommendBump(messages.map((message) => commit(message))).bump).toBe(expected)
  })

  it('explains each commit that asks for a bump', () => {
    const result = recommendBump([
      commit('feat(api)!: remove v1 endpoints', 'a1'),
      commit('fix: x\n\nBody.\n\nBREAKING-CHANGE: config moved\nto tokenless.yml', 'b2'),
      commit('feat: y', 'c3'),
      commit('perf: z'),
      commit('docs: w', 'd4'),
    ])
    expect(result).toEqual({
      bump: 'major',
      reasons: [
        {
          commit: 'a1',
          bump: 'major',
          why: '"feat(api)!: remove v1 endpoints" marks a breaking change with "!"',
        },
        { commit: 'b2', bump: 'major', why: '"fix: x" has a BREAKING CHANGE footer: config moved' },
        { commit: 'c3', bump: 'minor', why: '"feat: y" adds a feature' },
        { commit: 'perf: z', bump: 'patch', why: '"perf: z" improves performance' },
      ],
    })
  })

  it('makes a breaking change a minor bump before 1.0.0, and leaves the rest alone', () => {
    const commits = [commit('feat!: new config', 'a1'), commit('fix: x', 'b2')]
    expect(recommendBump(commits, { preMajor: true })).toEqual({
      bump: 'minor',
      reasons: [
        {
          commit: 'a1',
          bump: 'minor',
          why: '"feat!: new config" marks a breaking change with "!" (before 1.0.0 a breaking change is a minor bump)',
        },
        { commit: 'b2', bump: 'patch', why: '"fix: x" fixes a bug' },
      ],
    })
    expect(recommendBump([commit('feat: y')], { preMajor: true }).bump).toBe('minor')
    expect(recommendBump([commit('fix: y')], { preMajor: true }).bump).toBe('patch')
  })

  it('drops a feature that is reverted in the same range', () => {
    const feature = '0123456789abcdef0123456789abcdef01234567'
    const reverted = recommendBump([
      commit(`Revert "feat(api): add widgets"\n\nThis reverts commit ${feature}.`, 'ffff000'),
      commit('fix: unrelated', 'eeee000'),
      commit('feat(api): add widgets', feature),
    ])
    expect(reverted.bump).toBe('patch')
    expect(reverted.reasons.map((reason) => reason.commit)).toEqual(['eeee000'])
  })

  it('matches a revert by subject when there are no shas', () => {
    expect(
      recommendBump([commit('Revert "feat!: drop x"'), commit('feat!: drop x')]).bump,
    ).toBeUndefined()
  })

  it('counts a feature again when its revert is reverted', () => {
    const result = recommendBump([
      commit('Revert "Revert "feat: widgets""\n\nThis reverts commit bbbbbbb.', 'ccccccc'),
      commit('Revert "feat: widgets"\n\nThis reverts commit aaaaaaa.', 'bbbbbbb'),
      commit('feat: widgets', 'aaaaaaa'),
    ])
    expect(result.bump).toBe('minor')
    expect(result.reasons.map((reason) => reason.commit)).toEqual(['aaaaaaa'])
  })

  it('ignores a revert of a commit outside the range', () => {
    expect(
      recommendBump([commit('Revert "feat: old"\n\nThis reverts commit 1234567.', 'x1')]).bump,
    ).toBeUndefined()
  })

  it('names a commit by its trimmed subject', () => {
    expect(recommendBump([commit('  feat: padded  ')]).reasons).toEqual([
      { commit: '  feat: padded  ', bump: 'minor', why: '"feat: padded" adds a feature' },
    ])
  })

  it('matches a revert by an abbreviated sha alone, and only that commit', () => {
    const result = recommendBump([
      commit('revert: take the widgets out\n\nRefs: 9999999, aaaaaaa', 'ccccccc'),
      commit('fix: unrelated', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'),
      commit('fix: without a sha'),
      commit('feat(api): add widgets', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
      commit('feat: ends with the sha', '0000000aaaaaaa'),
    ])
    expect(result.reasons.map((reason) => reason.commit)).toEqual([
      'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
      'fix: without a sha',
      '0000000aaaaaaa',
    ])
  })

  it('matches a revert by the trimmed subject of the reverted commit', () => {
    expect(recommendBump([commit('Revert "feat: x"'), commit('feat: x ')]).bump).toBeUndefined()
  })

  it('counts a breaking revert for nothing when it undoes a commit of the list', () => {
    expect(
      recommendBump([
        commit('revert!: drop the widgets\n\nRefs: aaaaaaa', 'ccccccc'),
        commit('feat: widgets', 'aaaaaaa'),
      ]),
    ).toEqual({ bump: undefined, reasons: [] })
  })
})
