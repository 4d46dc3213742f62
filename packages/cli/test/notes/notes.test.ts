import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateReleaseNotes, type RepositoryLinks } from '@tokenless/changelog'
import { removeRepos, shallowClone, TestRepo } from '../../../git/test/git-fixture.js'
import { recordingIO } from '../recording-io.js'
import { main } from '../../src/main.js'
import { NOTES_USAGE } from '../../src/notes/options.js'

afterAll(removeRepos)

const root = join(import.meta.dirname, '..', '..', '..', '..')
const github: RepositoryLinks = { host: 'https://github.com', owner: 'acme', repo: 'widgets' }

async function notes(
  cwd: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, recorded } = recordingIO(cwd)
  const code = await main(['notes', ...args], io)
  return { code, ...recorded() }
}

/** A repository with three releases, a breaking change, references and an origin on GitHub. */
async function releasedRepo(): Promise<TestRepo> {
  const repo = await TestRepo.init()
  await repo.run(['remote', 'add', 'origin', 'git@github.com:acme/widgets.git'])
  const manifest = {
    name: 'widgets',
    version: '1.2.0',
    repository: 'https://github.com/acme/widgets',
  }
  await repo.commit('chore: initial commit', {
    path: 'package.json',
    content: `${JSON.stringify(manifest)}\n`,
  })
  await repo.commit('feat(cli): add the dry-run flag')
  await repo.tag('v1.0.0', { annotated: true })
  await repo.commit('fix: crash on an empty tag\n\nCloses #7')
  await repo.commit('feat(api)!: drop the v1 endpoint')
  await repo.commit('docs: explain the widget')
  await repo.commit(
    'perf(parser): skip the second pass\n\nBREAKING CHANGE: a parser of Node 24 is needed',
  )
  await repo.tag('v1.1.0')
  await repo.commit('feat(cli): print the version (#21)')
  await repo.commit('fix: quote tag names\n\nFixes #22')
  await repo.tag('v1.2.0', { annotated: true })
  return repo
}

describe('tokenless notes', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await releasedRepo()
  })

  it('writes the notes since the previous release tag, as create-release writes them', async () => {
    const expected = await generateReleaseNotes({
      cwd: repo.dir,
      from: 'v1.1.0',
      to: 'v1.2.0',
      version: '1.2.0',
      previousTag: 'v1.1.0',
      currentTag: 'v1.2.0',
      repository: github,
    })
    const result = await notes(repo.dir, [])
    expect(result).toEqual({ code: 0, stdout: expected.markdown, stderr: '' })
    expect(result.stdout.split('\n', 1)[0]).toBe(
      '## [1.2.0](https://github.com/acme/widgets/compare/v1.1.0...v1.2.0) (2023-11-14)',
    )
    expect(await notes(repo.dir, ['--to', 'v1.2.0'])).toEqual(result)
    expect(await notes(repo.dir, ['--from', 'v1.1.0', '--to', 'HEAD'])).toEqual(result)
  })

  it('names a range by --from and --to, and an older release by its tag', async () => {
    const { stdout, code } = await notes(repo.dir, ['--to', 'v1.1.0'])
    expect(code).toBe(0)
    expect(stdout).toContain('## [1.1.0](https://github.com/acme/widgets/compare/v1.0.0...v1.1.0)')
    expect(stdout).toContain('### ⚠ BREAKING CHANGES')
    expect(stdout).toContain('* **parser:** a parser of Node 24 is needed')
    expect(stdout).toContain('closes [#7](https://github.com/acme/widgets/issues/7)')
    expect(stdout).not.toContain('print the version')
  })

  it('calls the commits after the newest tag Unreleased, or the --version given', async () => {
    await repo.checkout(['-b', 'next'])
    await repo.commit('fix: after the release')
    try {
      const unreleased = await notes(repo.dir, [])
      expect(unreleased.stdout.split('\n', 1)[0]).toBe(
        '## [Unreleased](https://github.com/acme/widgets/compare/v1.2.0...HEAD) (2023-11-14)',
      )
      expect(unreleased.stdout).toContain('* after the release')
      const named = await notes(repo.dir, ['--version', '1.2.1'])
      expect(named.stdout.split('\n', 1)[0]).toBe(
        '## [1.2.1](https://github.com/acme/widgets/compare/v1.2.0...v1.2.1) (2023-11-14)',
      )
    } finally {
      await repo.checkout(['main'])
    }
  })

  it('writes the whole history with --all, one section per release tag, newest first', async () => {
    const { stdout, code } = await notes(repo.dir, ['--all'])
    expect(code).toBe(0)
    const headings = stdout.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual([
      '## [1.2.0](https://github.com/acme/widgets/compare/v1.1.0...v1.2.0) (2023-11-14)',
      '## [1.1.0](https://github.com/acme/widgets/compare/v1.0.0...v1.1.0) (2023-11-14)',
      expect.stringMatching(
        /^## \[1\.0\.0\]\(https:\/\/github\.com\/acme\/widgets\/compare\/[0-9a-f]{40}\.\.\.v1\.0\.0\) \(2023-11-14\)$/,
      ),
    ])
    const ranges = await Promise.all(
      [
        ['v1.1.0', 'v1.2.0'],
        ['v1.0.0', 'v1.1.0'],
      ].map(([from, to]) => notes(repo.dir, ['--from', from!, '--to', to!])),
    )
    expect(stdout.startsWith(`${ranges[0]!.stdout}\n${ranges[1]!.stdout}\n## [1.0.0]`)).toBe(true)
  })

  // The CLI's preset (8) and the suite's (10) differ in two ways this repository avoids: 10 sorts
  // breaking change notes by text (8 keeps commit order) and links `#12` in a note's text.
  it('writes the same text as the conventional-changelog CLI, for one release and for --all', () => {
    const cli = join(root, 'node_modules', 'conventional-changelog-cli', 'cli.js')
    // The preset the CLI's own conventional-changelog depends on (see bench/release-notes.mjs).
    const preset = join(
      root,
      'node_modules/conventional-changelog/node_modules/conventional-changelog-conventionalcommits/src/index.js',
    )
    const reference = (count: string): string => {
      const result = spawnSync(process.execPath, [cli, '-p', preset, '-r', count], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { ...repo.env(), PATH: process.env['PATH'] },
      })
      if (result.status !== 0)
        throw new Error(`the conventional-changelog CLI failed: ${result.stderr}`)
      return result.stdout
    }
    return (async () => {
      // -r 2: the unreleased part (empty: HEAD is at v1.2.0) and the last release.
      expect(reference('2')).toBe(`\n${(await notes(repo.dir, [])).stdout}`)
      expect(reference('0')).toBe(`\n${(await notes(repo.dir, ['--all'])).stdout}`)
    })()
  })

  it('prints the releases as JSON with --format json', async () => {
    const { stdout } = await notes(repo.dir, ['--format', 'json', '--to', 'v1.1.0'])
    const parsed = JSON.parse(stdout) as { releases: Array<Record<string, unknown>> }
    expect(parsed.releases).toHaveLength(1)
    expect(parsed.releases[0]).toMatchObject({
      version: '1.1.0',
      tag: 'v1.1.0',
      previousTag: 'v1.0.0',
      date: '2023-11-14',
      commits: 4,
      breaking: 2,
      sections: [
        { title: '⚠ BREAKING CHANGES', entries: 2 },
        { title: 'Features', entries: 1 },
        { title: 'Bug Fixes', entries: 1 },
        { title: 'Performance Improvements', entries: 1 },
      ],
    })
    const all = JSON.parse((await notes(repo.dir, ['--all', '-f', 'json'])).stdout) as {
      releases: Array<{ version: string }>
    }
    expect(all.releases.map((release) => release.version)).toEqual(['1.2.0', '1.1.0', '1.0.0'])
  })

  it('links to the repository --repository names, or to none with --no-links', async () => {
    const ghes = await notes(repo.dir, ['--repository', 'https://ghe.example.com/acme/widgets.git'])
    expect(ghes.stdout.split('\n', 1)[0]).toBe(
      '## [1.2.0](https://ghe.example.com/acme/widgets/compare/v1.1.0...v1.2.0) (2023-11-14)',
    )
    const gitlab = await notes(repo.dir, ['--repository', 'git@gitlab.com:acme/tools/widgets.git'])
    expect(gitlab.stdout).toContain('https://gitlab.com/acme/tools/widgets/commit/')
    const bare = await notes(repo.dir, ['--no-links'])
    expect(bare.stdout.split('\n', 1)[0]).toBe('## 1.2.0 (2023-11-14)')
    expect(bare.stdout).not.toContain('https://')
  })
})

describe('tokenless notes --prepend', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await releasedRepo()
  })

  it('writes the section under the title, and replaces it on a rerun', async () => {
    const file = join(repo.dir, 'CHANGELOG.md')
    writeFileSync(
      file,
      '# Changelog\n\nAll notable changes.\n\n## [1.1.0] - 2023-11-14\n\nOld text.\n',
    )
    const result = await notes(repo.dir, ['--prepend', 'CHANGELOG.md'])
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: 'tokenless notes: wrote 1.2.0 into CHANGELOG.md\n',
    })
    const section = (await notes(repo.dir, [])).stdout
    const once = readFileSync(file, 'utf8')
    expect(once).toBe(
      `# Changelog\n\nAll notable changes.\n\n${section}\n## [1.1.0] - 2023-11-14\n\nOld text.\n`,
    )
    await notes(repo.dir, ['--prepend', 'CHANGELOG.md'])
    expect(readFileSync(file, 'utf8')).toBe(once)
  })

  it('starts a missing file with a title, and turns an Unreleased section into the release', async () => {
    const file = join(repo.dir, 'NEW.md')
    await repo.checkout(['-b', 'next'])
    await repo.commit('feat: the next thing')
    try {
      expect((await notes(repo.dir, ['--prepend', 'NEW.md'])).code).toBe(0)
      const unreleased = readFileSync(file, 'utf8')
      expect(unreleased).toMatch(
        /^# Changelog\n\n## \[Unreleased\]\(.*\n\n### Features\n\n\* the next thing/,
      )
      await notes(repo.dir, ['--prepend', 'NEW.md'])
      expect(readFileSync(file, 'utf8')).toBe(unreleased)
      await notes(repo.dir, ['--prepend', 'NEW.md', '--version', '1.3.0'])
      const released = readFileSync(file, 'utf8')
      expect(released).not.toContain('Unreleased')
      expect(released).toMatch(/^# Changelog\n\n## \[1\.3\.0\]\(.*v1\.2\.0\.\.\.v1\.3\.0\)/)
    } finally {
      await repo.checkout(['main'])
    }
  })

  it('writes a whole changelog with --all --prepend, the same on a rerun', async () => {
    const file = join(repo.dir, 'ALL.md')
    expect(await notes(repo.dir, ['--all', '--prepend', 'ALL.md'])).toMatchObject({
      code: 0,
      stderr: 'tokenless notes: wrote 3 sections into ALL.md\n',
    })
    const all = (await notes(repo.dir, ['--all'])).stdout
    expect(readFileSync(file, 'utf8')).toBe(`# Changelog\n\n${all}`)
    await notes(repo.dir, ['--all', '--prepend', 'ALL.md'])
    expect(readFileSync(file, 'utf8')).toBe(`# Changelog\n\n${all}`)
  })
})

describe('tokenless notes in a monorepo', () => {
  it('keeps to the commits under --path and reads the <name>@ tags of its package', async () => {
    const repo = await TestRepo.init()
    const pkg = (name: string) => ({
      path: `packages/${name}/package.json`,
      content: `{"name":"${name}"}\n`,
    })
    await repo.commit('feat(a): start a', pkg('a'))
    await repo.commit('feat(b): start b', pkg('b'))
    await repo.tag('a@1.0.0')
    await repo.tag('b@1.0.0')
    await repo.commit('fix(a): mend a', { path: 'packages/a/index.js', content: '1\n' })
    await repo.commit('fix(b): mend b', { path: 'packages/b/index.js', content: '1\n' })
    await repo.tag('a@1.0.1')
    await repo.tag('b@1.0.1')
    const a = await notes(repo.dir, ['--path', 'packages/a'])
    expect(a).toEqual({
      code: 0,
      stdout: expect.stringMatching(
        /^## 1\.0\.1 \(2023-11-14\)\n\n### Bug Fixes\n\n\* \*\*a:\*\* mend a [0-9a-f]{7}\n$/,
      ),
      stderr: '',
    })
    const all = await notes(repo.dir, ['--all', '--path', 'packages/b', '--tag-prefix', 'b@'])
    expect(all.stdout.split('\n').filter((line) => line.startsWith('*'))).toEqual([
      expect.stringMatching(/^\* \*\*b:\*\* mend b /),
      expect.stringMatching(/^\* \*\*b:\*\* start b /),
    ])
    expect(all.stdout.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## 1.0.1 (2023-11-14)',
      '## 1.0.0 (2023-11-14)',
    ])
  })
})

describe('tokenless notes on bad input', () => {
  let repo: TestRepo
  const sha: Record<string, string> = {}
  beforeAll(async () => {
    repo = await TestRepo.init()
    sha.root = await repo.commit('feat: start')
    await repo.tag('v1.0.0')
    sha.main = await repo.commit('fix: on main')
    await repo.tag('v1.1.0')
    await repo.checkout(['-b', 'side', 'v1.0.0'])
    sha.side = await repo.commit('fix: on the side')
    await repo.tag('side-point')
    await repo.checkout(['main'])
  })

  it('says when --from is not an ancestor of --to, naming the merge base', async () => {
    const short = (text: string) => text.slice(0, 12)
    expect(await notes(repo.dir, ['--from', 'side-point', '--to', 'v1.1.0'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `tokenless notes: --from side-point (${short(sha.side!)}) is not an ancestor of --to v1.1.0 ` +
        `(${short(sha.main!)}): their merge base is commit ${short(sha.root!)}, so side-point..v1.1.0 ` +
        "would also list commits that are not in side-point's release line. Pass a --from that " +
        `v1.1.0 contains, such as the merge base ${short(sha.root!)}.\n`,
    })
  })

  it('names an unknown tag and the release tags there are', async () => {
    const message = (option: string) =>
      `tokenless notes: ${option} v9.9.9 names no tag, branch or commit in this repository. ` +
      'Its newest release tags are v1.1.0, v1.0.0. If the tag exists on the remote, fetch it first: git fetch --tags.\n'
    expect(await notes(repo.dir, ['--from', 'v9.9.9'])).toEqual({
      code: 1,
      stdout: '',
      stderr: message('--from'),
    })
    expect(await notes(repo.dir, ['--to', 'v9.9.9'])).toEqual({
      code: 1,
      stdout: '',
      stderr: message('--to'),
    })
    expect((await notes(repo.dir, ['--to', ''])).stderr).toBe(
      'tokenless notes: --to is empty: name a tag or a commit.\n',
    )
  })

  it('writes the whole history as one Unreleased section when there is no tag', async () => {
    const bare = await TestRepo.init()
    await bare.commit('feat: first')
    await bare.commit('fix: second')
    const result = await notes(bare.dir, [])
    expect(result).toEqual({
      code: 0,
      stdout: expect.stringMatching(
        /^## Unreleased \(2023-11-14\)\n\n### Features\n\n\* first [0-9a-f]{7}\n\n### Bug Fixes\n\n\* second [0-9a-f]{7}\n$/,
      ),
      stderr: '',
    })
    expect(await notes(bare.dir, ['--all'])).toEqual(result)
    expect((await notes(bare.dir, ['--from', 'v1.0.0'])).stderr).toBe(
      'tokenless notes: --from v1.0.0 names no tag, branch or commit in this repository. ' +
        'The repository has no release tags with the prefix "v". If the tag exists on the remote, fetch it first: git fetch --tags.\n',
    )
  })

  it('says how to deepen a shallow clone whose history stops inside the range', async () => {
    const clone = await shallowClone(repo, ['--depth', '1', '--no-tags', '--branch', 'main'])
    const cut = await clone.text(['rev-parse', 'HEAD'])
    const message =
      `tokenless notes: This clone is shallow: its history stops at commit ${cut.slice(0, 12)}, ` +
      'so the notes for the history of HEAD would miss commits. Fetch the whole history first: ' +
      'git fetch --unshallow --tags (in GitHub Actions: actions/checkout with fetch-depth: 0).\n'
    expect(await notes(clone.dir, [])).toEqual({ code: 1, stdout: '', stderr: message })
    expect(await notes(clone.dir, ['--all'])).toEqual({ code: 1, stdout: '', stderr: message })
  })

  it('says when the directory is not a git repository', async () => {
    const dir = join(repo.dir, '..')
    const result = await notes(dir, [])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^tokenless notes: .* is not inside a git repository/)
  })

  it('refuses usage mistakes with exit 2 and the usage', async () => {
    const usage = (message: string) => ({
      code: 2,
      stdout: '',
      stderr: `tokenless notes: ${message}\n\n${NOTES_USAGE}\n`,
    })
    expect(await notes(repo.dir, ['--format', 'html'])).toEqual(
      usage('unknown format "html": use markdown or json.'),
    )
    expect(await notes(repo.dir, ['--scheme', 'romver'])).toEqual(
      usage('unknown scheme "romver": use semver, pep440 or calver.'),
    )
    expect(await notes(repo.dir, ['--all', '--from', 'v1.0.0'])).toEqual(
      usage('--all writes the whole history and takes no --from; leave out --all for one range.'),
    )
    expect(await notes(repo.dir, ['--no-links', '--repository', 'https://github.com/a/b'])).toEqual(
      usage('give --repository or --no-links, not both.'),
    )
    expect(await notes(repo.dir, ['--prepend', 'CHANGELOG.md', '-f', 'json'])).toEqual(
      usage('--prepend writes markdown into the file; leave out --format json.'),
    )
    expect(await notes(repo.dir, ['--verbose'])).toEqual(usage('unknown option --verbose.'))
    expect(await notes(repo.dir, ['--from'])).toEqual(usage('--from needs a value.'))
    expect(await notes(repo.dir, ['--all=yes'])).toEqual(usage('--all takes no value.'))
    expect(await notes(repo.dir, ['v1.0.0'])).toEqual(
      usage('unexpected argument "v1.0.0": name the range with --from and --to.'),
    )
    expect(await notes(repo.dir, ['--repository', 'not a url'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'tokenless notes: --repository "not a url" is not a repository URL: use the form ' +
        'https://github.com/owner/repo (or git@host:owner/repo.git, or a GitLab group path).\n',
    })
  })

  it('prints its help with --help', async () => {
    expect(await notes(repo.dir, ['--help'])).toEqual({
      code: 0,
      stdout: `${NOTES_USAGE}\n`,
      stderr: '',
    })
  })
})
