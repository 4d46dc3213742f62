import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigurationError } from '@tokenless/action-kit'
import { type CommitInfo, git } from '@tokenless/git'
import {
  rejection,
  removeRepos,
  shallowClone,
  tempDir,
  TestRepo,
} from '../../git/test/git-fixture.js'
import {
  generateReleaseNotes,
  type ReleaseNotesOptions,
  renderReleaseNotes,
  type RenderReleaseNotesOptions,
  type RepositoryLinks,
} from '../src/index.js'

afterAll(removeRepos)

const github: RepositoryLinks = { host: 'https://github.com', owner: 'acme', repo: 'widgets' }
const ghes: RepositoryLinks = { host: 'https://ghe.example.com/', owner: 'acme', repo: 'widgets' }
const short = (sha: string | undefined): string => sha!.slice(0, 7)
const commitLink = (sha: string | undefined, host = 'https://github.com'): string =>
  `([${short(sha)}](${host}/acme/widgets/commit/${sha}))`
const notFound = (dir: string, rev: string): string =>
  `Commit ${JSON.stringify(rev)} was not found in the git repository at ${dir}. ` +
  'Check the tag or sha; if it exists on the remote, fetch it first ' +
  '(actions/checkout with fetch-depth: 0 fetches all history and tags).'

describe('generateReleaseNotes', () => {
  let repo: TestRepo
  const sha: Record<string, string> = {}
  const release = (overrides: Partial<ReleaseNotesOptions> = {}): ReleaseNotesOptions => ({
    cwd: repo.dir,
    from: 'v1.0.0',
    to: 'v1.1.0',
    version: '1.1.0',
    previousTag: 'v1.0.0',
    currentTag: 'v1.1.0',
    repository: github,
    ...overrides,
  })

  beforeAll(async () => {
    repo = await TestRepo.init()
    sha.root = await repo.commit('chore: initial commit', { path: 'README', content: 'hi\n' })
    sha.old = await repo.commit('feat(cli): add the dry-run flag', {
      path: 'cli.txt',
      content: '1',
    })
    await repo.tag('v1.0.0', { annotated: true })
    // v1.1.0: every kind the preset knows, out of order.
    sha.docs = await repo.commit('docs: explain the widget')
    sha.fix = await repo.commit('fix: crash on an empty tag\n\nCloses #7\nRefs #8')
    sha.perf = await repo.commit('perf(parser): skip the second pass')
    sha.feat = await repo.commit('feat(api): add the widget endpoint (#12)', {
      path: 'api/widget.txt',
      content: 'widget\n',
    })
    sha.bang = await repo.commit('feat(runtime)!: drop Node 18')
    sha.footer = await repo.commit(
      'fix(config): read the new key\n\nThe old key is gone.\n\nBREAKING CHANGE: `release.key` is now `release.name`.',
    )
    sha.chore = await repo.commit('chore(deps): bump semver')
    sha.refactor = await repo.commit(
      'refactor(core): split the runner\n\nBREAKING CHANGE: runner() takes an options object',
    )
    sha.mention = await repo.commit('fix: wrong message for @octocat\n\nFixes acme/other#5')
    await repo.run(['revert', '--no-edit', sha.old])
    sha.revertOld = await repo.text(['rev-parse', 'HEAD'])
    sha.test = await repo.commit('test: cover the revert', { path: 'test.txt', content: 'ok\n' })
    sha.undone = await repo.commit('feat: add a flag nobody wanted', {
      path: 'flag.txt',
      content: '',
    })
    await repo.run(['revert', '--no-edit', 'HEAD'])
    sha.undoer = await repo.text(['rev-parse', 'HEAD'])
    await repo.checkout(['-b', 'topic'])
    sha.topic = await repo.commit('fix(api): topic fix', { path: 'api/topic.txt', content: 't\n' })
    await repo.checkout(['main'])
    await repo.run(['merge', '--no-ff', '-q', '-m', "Merge branch 'topic'", 'topic'])
    sha.merge = await repo.text(['rev-parse', 'HEAD'])
    await repo.tag('v1.1.0', { annotated: true })
    // v1.2.0: a small release for an exact expectation.
    sha.small1 = await repo.commit('feat(cli): print the version (#21)')
    sha.small2 = await repo.commit('fix: quote tag names\n\nFixes #22')
    sha.small3 = await repo.commit('ci: cache node_modules')
    await repo.tag('v1.2.0')
  })

  it('renders one small release exactly as the conventionalcommits preset does', async () => {
    const notes = await generateReleaseNotes(
      release({
        from: 'v1.1.0',
        to: 'v1.2.0',
        version: '1.2.0',
        previousTag: 'v1.1.0',
        currentTag: 'v1.2.0',
      }),
    )
    expect(notes.markdown).toBe(
      [
        '## [1.2.0](https://github.com/acme/widgets/compare/v1.1.0...v1.2.0) (2023-11-14)',
        '',
        '### Features',
        '',
        `* **cli:** print the version ([#21](https://github.com/acme/widgets/issues/21)) ${commitLink(sha.small1)}`,
        '',
        '### Bug Fixes',
        '',
        `* quote tag names ${commitLink(sha.small2)}, closes [#22](https://github.com/acme/widgets/issues/22)`,
        '',
      ].join('\n'),
    )
    expect(notes).toMatchObject({
      commits: 3,
      breaking: 0,
      sections: [
        { title: 'Features', entries: 1 },
        { title: 'Bug Fixes', entries: 1 },
      ],
    })
  })

  it('puts breaking changes first, then the sections in the preset order', async () => {
    const notes = await generateReleaseNotes(release())
    const headings = notes.markdown.split('\n').filter((line) => line.startsWith('#'))
    expect(headings).toEqual([
      '## [1.1.0](https://github.com/acme/widgets/compare/v1.0.0...v1.1.0) (2023-11-14)',
      '### ⚠ BREAKING CHANGES',
      '### Features',
      '### Bug Fixes',
      '### Performance Improvements',
      '### Reverts',
      '### Code Refactoring',
    ])
    expect(notes.sections).toEqual([
      { title: '⚠ BREAKING CHANGES', entries: 3 },
      { title: 'Features', entries: 2 },
      { title: 'Bug Fixes', entries: 4 },
      { title: 'Performance Improvements', entries: 1 },
      { title: 'Reverts', entries: 1 },
      { title: 'Code Refactoring', entries: 1 },
    ])
    expect(notes.breaking).toBe(3)
    // 15 commits in v1.0.0..v1.1.0: the merge is left out as `git log --no-merges` leaves it out.
    expect(notes.commits).toBe(14)
  })

  it('takes breaking changes from "!" and from BREAKING CHANGE footers, scopes in bold', async () => {
    const { markdown } = await generateReleaseNotes(release())
    const breaking = markdown.split('### ⚠ BREAKING CHANGES\n\n')[1]!.split('\n\n')[0]
    expect(breaking).toBe(
      [
        // Sorted by text, as the preset sorts notes.
        '* **config:** `release.key` is now `release.name`.',
        '* **runtime:** drop Node 18',
        '* **core:** runner() takes an options object',
      ].join('\n'),
    )
    expect(markdown).toContain(`* **runtime:** drop Node 18 ${commitLink(sha.bang)}\n`)
    expect(markdown).toContain(`* **config:** read the new key ${commitLink(sha.footer)}\n`)
    expect(markdown).toContain(`* **parser:** skip the second pass ${commitLink(sha.perf)}\n`)
  })

  it('hides the types the preset hides, unless they carry a breaking change', async () => {
    const { markdown } = await generateReleaseNotes(release())
    expect(markdown).not.toContain('explain the widget')
    expect(markdown).not.toContain('bump semver')
    expect(markdown).not.toContain('cover the revert')
    expect(markdown).not.toContain('Documentation')
    expect(markdown).not.toContain('Miscellaneous Chores')
    expect(markdown).toContain(
      `### Code Refactoring\n\n* **core:** split the runner ${commitLink(sha.refactor)}\n`,
    )
  })

  it('links issue references, closing ones and others, in this and other repositories', async () => {
    const { markdown } = await generateReleaseNotes(release())
    expect(markdown).toContain(
      `* crash on an empty tag ${commitLink(sha.fix)}, closes [#7](https://github.com/acme/widgets/issues/7), ` +
        'references [#8](https://github.com/acme/widgets/issues/8)\n',
    )
    // A reference in the subject is linked there and not repeated after the commit.
    expect(markdown).toContain(
      `* **api:** add the widget endpoint ([#12](https://github.com/acme/widgets/issues/12)) ${commitLink(sha.feat)}\n`,
    )
    expect(markdown).toContain(
      `* wrong message for [@octocat](https://github.com/octocat) ${commitLink(sha.mention)}, ` +
        'closes [acme/other#5](https://github.com/acme/other/issues/5)\n',
    )
  })

  it('lists a revert of an earlier release and drops a revert together with what it undoes', async () => {
    const { markdown } = await generateReleaseNotes(release())
    expect(markdown).toContain(
      `### Reverts\n\n* Revert "feat(cli): add the dry-run flag" ${commitLink(sha.revertOld)}\n`,
    )
    expect(markdown).not.toContain('nobody wanted')
    expect(markdown).not.toContain(short(sha.undone))
    expect(markdown).not.toContain(short(sha.undoer))
  })

  it('leaves merge commits out and keeps what was merged', async () => {
    const { markdown } = await generateReleaseNotes(release())
    expect(markdown).not.toContain('Merge branch')
    expect(markdown).toContain(`* **api:** topic fix ${commitLink(sha.topic)}\n`)
  })

  it('links to a GitHub Enterprise Server host', async () => {
    const { markdown } = await generateReleaseNotes(release({ repository: ghes }))
    expect(markdown.split('\n', 1)[0]).toBe(
      '## [1.1.0](https://ghe.example.com/acme/widgets/compare/v1.0.0...v1.1.0) (2023-11-14)',
    )
    expect(markdown).toContain(
      `* crash on an empty tag ${commitLink(sha.fix, 'https://ghe.example.com')}, ` +
        'closes [#7](https://ghe.example.com/acme/widgets/issues/7), ' +
        'references [#8](https://ghe.example.com/acme/widgets/issues/8)\n',
    )
    expect(markdown).toContain('[@octocat](https://ghe.example.com/octocat)')
    expect(markdown).not.toContain('github.com')
  })

  it('has no links at all without a repository', async () => {
    const { markdown } = await generateReleaseNotes(release({ repository: undefined }))
    expect(markdown).not.toContain('](')
    expect(markdown.split('\n', 1)[0]).toBe('## 1.1.0 (2023-11-14)')
    expect(markdown).toContain(`* **api:** add the widget endpoint (#12) ${short(sha.feat)}\n`)
    expect(markdown).toContain(
      `* crash on an empty tag ${short(sha.fix)}, closes #7, references #8\n`,
    )
    expect(markdown).toContain(
      `* wrong message for @octocat ${short(sha.mention)}, closes acme/other#5\n`,
    )
  })

  it('links the comparison only when there is a previous tag', async () => {
    const { markdown } = await generateReleaseNotes(release({ previousTag: undefined }))
    expect(markdown.split('\n', 1)[0]).toBe('## 1.1.0 (2023-11-14)')
    expect(markdown).toContain(commitLink(sha.feat))
  })

  it('renders a first release from the whole history', async () => {
    const notes = await generateReleaseNotes({
      cwd: repo.dir,
      from: undefined,
      to: 'v1.0.0',
      version: '1.0.0',
      currentTag: 'v1.0.0',
      repository: github,
    })
    expect(notes.markdown).toBe(
      `## 1.0.0 (2023-11-14)\n\n### Features\n\n* **cli:** add the dry-run flag ${commitLink(sha.old)}\n`,
    )
    expect(notes.commits).toBe(2)
  })

  it("dates the release by its commit's committer date (UTC), or by the date given", async () => {
    // A commit at 23:30 -05:00 on the 1st is on the 2nd in UTC.
    await repo.run(['checkout', '-q', '-b', 'dated-branch', 'v1.2.0'])
    await git(repo.dir, ['commit', '-q', '--allow-empty', '-m', 'fix: late'], {
      env: repo.env({ GIT_COMMITTER_DATE: '2024-03-01T23:30:00-05:00' }),
    })
    await repo.checkout(['main'])
    const byCommit = await generateReleaseNotes(
      release({ from: 'v1.2.0', to: 'dated-branch', currentTag: 'v1.2.1', version: '1.2.1' }),
    )
    expect(byCommit.markdown.split('\n', 1)[0]).toContain('(2024-03-02)')
    const given = await generateReleaseNotes(
      release({ from: 'v1.2.0', to: 'dated-branch', date: new Date('2030-01-02T03:04:05Z') }),
    )
    expect(given.markdown.split('\n', 1)[0]).toContain('(2030-01-02)')
  })

  it('limits the commits to paths, dated by `to` when its own commit touches none', async () => {
    const notes = await generateReleaseNotes(release({ paths: ['api'] }))
    expect(notes.markdown).toBe(
      [
        '## [1.1.0](https://github.com/acme/widgets/compare/v1.0.0...v1.1.0) (2023-11-14)',
        '',
        '### Features',
        '',
        `* **api:** add the widget endpoint ([#12](https://github.com/acme/widgets/issues/12)) ${commitLink(sha.feat)}`,
        '',
        '### Bug Fixes',
        '',
        `* **api:** topic fix ${commitLink(sha.topic)}`,
        '',
      ].join('\n'),
    )
    expect(notes.commits).toBe(2)
  })

  it('dates a path-limited release by `to`, not by the newest commit that touches the paths', async () => {
    await repo.run(['checkout', '-q', '-b', 'paths-dated', 'v1.2.0'])
    const at = (iso: string) => ({ GIT_AUTHOR_DATE: iso, GIT_COMMITTER_DATE: iso })
    writeFileSync(join(repo.dir, 'api', 'dated.txt'), 'dated\n')
    await git(repo.dir, ['add', 'api/dated.txt'], { env: repo.env() })
    await git(repo.dir, ['commit', '-q', '-m', 'feat(api): dated endpoint'], {
      env: repo.env(at('2024-05-01T12:00:00Z')),
    })
    await git(repo.dir, ['commit', '-q', '--allow-empty', '-m', 'chore: after'], {
      env: repo.env(at('2024-06-01T12:00:00Z')),
    })
    await repo.checkout(['main'])
    const notes = await generateReleaseNotes(
      release({ from: 'v1.2.0', to: 'paths-dated', paths: ['api'], currentTag: 'v1.2.1' }),
    )
    expect(notes.commits).toBe(1)
    expect(notes.markdown.split('\n', 1)[0]).toContain('(2024-06-01)')
    const whole = await generateReleaseNotes(
      release({ from: 'v1.2.0', to: 'paths-dated', currentTag: 'v1.2.1' }),
    )
    expect(whole.markdown.split('\n', 1)[0]).toContain('(2024-06-01)')
  })

  it('renders only the heading for an empty range', async () => {
    const notes = await generateReleaseNotes(release({ from: 'v1.1.0', to: 'v1.1.0' }))
    expect(notes).toEqual({
      markdown:
        '## [1.1.0](https://github.com/acme/widgets/compare/v1.0.0...v1.1.0) (2023-11-14)\n',
      commits: 0,
      sections: [],
      breaking: 0,
    })
  })

  it('names a `to` or `from` that the repository does not have', async () => {
    const to = await rejection(generateReleaseNotes(release({ to: 'v9.9.9' })))
    expect(to).toBeInstanceOf(ConfigurationError)
    expect(to.message).toBe(notFound(repo.dir, 'v9.9.9'))
    const from = await rejection(generateReleaseNotes(release({ from: 'v0.0.1' })))
    expect(from.message).toBe(notFound(repo.dir, 'v0.0.1'))
  })

  it('says when the directory is not a git repository', async () => {
    const dir = await tempDir()
    const error = await rejection(generateReleaseNotes(release({ cwd: dir })))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(
      new RegExp(
        `^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not inside a git repository \\(git rev-parse --verify -q v1\\.0\\.0\\^\\{commit\\}: .*\\)\\. ` +
          'Run actions/checkout before this step, or set working-directory to the checked-out repository\\.$',
      ),
    )
  })

  it('refuses a shallow clone whose history stops inside the range', async () => {
    const clone = await shallowClone(repo, ['--depth', '2', '--branch', 'v1.2.0'])
    const error = await rejection(
      generateReleaseNotes(release({ cwd: clone.dir, from: undefined, to: 'HEAD' })),
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `The clone at ${clone.dir} is shallow and its history stops at commit ${sha.small2!.slice(0, 12)}, ` +
        'so the commits up to HEAD are incomplete. Fetch the full history: actions/checkout with fetch-depth: 0.',
    )
  })
})

describe('renderReleaseNotes', () => {
  const commit = (
    sha: string,
    subject: string,
    body = '',
    parents = ['0'.repeat(40)],
  ): CommitInfo => ({
    sha: sha.repeat(40),
    subject,
    body,
    parents,
  })
  const options = {
    version: '2.0.0',
    currentTag: 'v2.0.0',
    previousTag: 'v1.9.0',
    repository: github,
    date: new Date('2024-05-01T12:00:00Z'),
  }

  it('renders commits given newest first, without git', async () => {
    const notes = await renderReleaseNotes(
      [
        commit('c', 'feat!: remove the v1 API', 'Closes #30'),
        commit('b', 'not a conventional commit'),
        commit('a', 'fix(api): b before a? no: sorted by scope, then subject'),
        commit('9', 'fix(api): another fix'),
      ],
      options,
    )
    const link = (char: string): string =>
      `([${char.repeat(7)}](https://github.com/acme/widgets/commit/${char.repeat(40)}))`
    expect(notes.markdown).toBe(
      [
        '## [2.0.0](https://github.com/acme/widgets/compare/v1.9.0...v2.0.0) (2024-05-01)',
        '',
        '### ⚠ BREAKING CHANGES',
        '',
        '* remove the v1 API',
        '',
        '### Features',
        '',
        `* remove the v1 API ${link('c')}, closes [#30](https://github.com/acme/widgets/issues/30)`,
        '',
        '### Bug Fixes',
        '',
        `* **api:** another fix ${link('9')}`,
        `* **api:** b before a? no: sorted by scope, then subject ${link('a')}`,
        '',
      ].join('\n'),
    )
    expect(notes.commits).toBe(4)
  })

  it('links to an http server under a path, without its trailing slashes', async () => {
    const notes = await renderReleaseNotes([commit('a', 'fix: x')], {
      ...options,
      previousTag: undefined,
      repository: { ...github, host: 'http://ghe.example.com/git//' },
    })
    expect(notes.markdown).toBe(
      [
        '## 2.0.0 (2024-05-01)',
        '',
        '### Bug Fixes',
        '',
        `* x ([aaaaaaa](http://ghe.example.com/git/acme/widgets/commit/${'a'.repeat(40)}))`,
        '',
      ].join('\n'),
    )
  })

  it('without a repository, lists a reference once: not again after a subject that names it', async () => {
    const notes = await renderReleaseNotes([commit('a', 'fix: crash (#12)', 'Closes #12, #13')], {
      ...options,
      repository: undefined,
    })
    expect(notes.markdown.split('\n').filter((line) => line.startsWith('* '))).toEqual([
      '* crash (#12) aaaaaaa, closes #13',
    ])
  })

  it('skips merges and empty messages', async () => {
    const notes = await renderReleaseNotes(
      [
        commit('d', 'feat: merged feature', '', ['1'.repeat(40), '2'.repeat(40)]),
        commit('e', ''),
        commit('b', '  '),
        commit('f', 'fix: kept'),
        { sha: 'c'.repeat(40), subject: 'fix: no parents listed', body: '' },
      ],
      options,
    )
    expect(notes.commits).toBe(2)
    expect(notes.sections).toEqual([{ title: 'Bug Fixes', entries: 2 }])
  })

  it.each<[string, Partial<RenderReleaseNotesOptions>, string]>([
    [
      'an empty version',
      { version: ' ' },
      'The release notes need a version for their heading, but the version is empty. ' +
        'Pass the version being released, e.g. the `version` output of validate-tag.',
    ],
    [
      'an empty tag',
      { currentTag: '' },
      "The release notes of version 2.0.0 need the release's tag, but the tag is empty. " +
        'Pass the tag being released, e.g. the `tag` output of validate-tag.',
    ],
    [
      'a blank tag',
      { currentTag: '  ' },
      "The release notes of version 2.0.0 need the release's tag, but the tag is empty. " +
        'Pass the tag being released, e.g. the `tag` output of validate-tag.',
    ],
    [
      'a host after a space',
      { repository: { ...github, host: ' https://github.com' } },
      'The repository host " https://github.com" is not an http(s) URL. ' +
        'Write the server with its scheme, e.g. https://github.com (on GitHub Enterprise Server, its own URL).',
    ],
    [
      'a host with a space in its path',
      { repository: { ...github, host: 'https://ghe.example.com/a b' } },
      'The repository host "https://ghe.example.com/a b" is not an http(s) URL. ' +
        'Write the server with its scheme, e.g. https://github.com (on GitHub Enterprise Server, its own URL).',
    ],
    [
      'an invalid date',
      { date: new Date('not a date') },
      'The release date of version 2.0.0 is not a valid date. ' +
        "Pass a valid Date, or leave it out to use the date of the release's commit.",
    ],
    [
      'a host without a scheme',
      { repository: { ...github, host: 'github.com' } },
      'The repository host "github.com" is not an http(s) URL. ' +
        'Write the server with its scheme, e.g. https://github.com (on GitHub Enterprise Server, its own URL).',
    ],
    [
      'an owner/repo in the owner',
      { repository: { ...github, owner: 'acme/widgets' } },
      'The repository owner "acme/widgets" is not a GitHub owner name (letters, digits, ".", "-" and "_"). ' +
        'Pass the two halves of owner/repo separately.',
    ],
    [
      'an empty repo',
      { repository: { ...github, repo: '' } },
      'The repository repo "" is not a GitHub repo name (letters, digits, ".", "-" and "_"). ' +
        'Pass the two halves of owner/repo separately.',
    ],
  ])('refuses %s', async (_, overrides, message) => {
    const error = await rejection(renderReleaseNotes([], { ...options, ...overrides }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(message)
  })
})
