// A user's repository: rehearsed on a temp copy, the working tree only read.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { npmWorkflow, rehearseJson, runRehearse } from './rehearse-support.js'

function gitRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-user-repo-'))
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
  git('init', '--quiet', '--initial-branch=main')
  git('remote', 'add', 'origin', 'https://github.com/acme/widget.git')
  const manifest = (version: string): void =>
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'acme-widget', version, repository: 'github:acme/widget' }, null, 2),
    )
  manifest('1.0.0')
  writeFileSync(join(dir, 'index.js'), 'export const widget = 1\n')
  writeFileSync(
    join(dir, 'widget.test.js'),
    "import { test } from 'node:test'\ntest('widget', () => {})\n",
  )
  writeFileSync(
    join(dir, 'CHANGELOG.md'),
    '# Changelog\n\n## 2.0.0\n\n- A widget.\n\n## 1.0.0\n\n- First.\n',
  )
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true })
  writeFileSync(
    join(dir, '.github', 'workflows', 'release.yml'),
    readFileSync(npmWorkflow(), 'utf8'),
  )
  const commit = (message: string): void => {
    git('add', '--all')
    git('-c', 'user.name=A', '-c', 'user.email=a@example.com', 'commit', '--quiet', '-m', message)
  }
  commit('feat: a widget')
  git('tag', 'v1.0.0')
  manifest('2.0.0')
  commit('feat!: widgets count from 2')
  return dir
}

describe('tokenless rehearse in a repository', () => {
  it('rehearses the working tree on a copy, uncommitted changes included, and leaves it untouched', async () => {
    const dir = gitRepository()
    writeFileSync(join(dir, 'index.js'), 'export const widget = 2\n')
    const before = execFileSync('git', ['-C', dir, 'status', '--porcelain'], { encoding: 'utf8' })
    const { code, report } = await rehearseJson(['--input', 'version=2.0.0'], { cwd: dir })
    expect(report.repository).toBe('acme/widget')
    expect(report.notes).toEqual([
      '1 uncommitted change(s) in the working tree are rehearsed as one more commit on main (the working tree itself is untouched).',
    ])
    expect(report.trustedPublishers).toEqual([
      expect.objectContaining({
        name: 'acme-widget',
        owner: 'acme',
        repository: 'widget',
        workflow: 'release.yml',
        environment: 'release',
      }),
    ])
    expect(report.seeded).toEqual([
      expect.objectContaining({
        name: 'acme-widget',
        version: '1.0.0',
        from: 'the package at v1.0.0',
      }),
    ])
    expect(report.verdict).toBe('PASSED: published acme-widget@2.0.0 (npm); GitHub release v2.0.0.')
    expect(code).toBe(0)
    expect(execFileSync('git', ['-C', dir, 'status', '--porcelain'], { encoding: 'utf8' })).toBe(
      before,
    )
  })

  it.each([
    [
      (dir: string) => ['--workflow', join(dir, '..', 'x.yml')],
      (dir: string) =>
        `tokenless rehearse: --workflow ${join(dir, '..', 'x.yml')} is outside the repository ${dir}: give a workflow of that repository, e.g. .github/workflows/release.yml.\n`,
    ],
    [
      () => ['--event', 'release', '--workflow', '.github/workflows/ci.yml'],
      () =>
        'tokenless rehearse: .github/workflows/ci.yml does not run on release: its on: lists push. Rehearse one of those with --event.\n',
    ],
  ])('says what is wrong before running anything (%#)', async (args, message) => {
    const dir = gitRepository()
    writeFileSync(
      join(dir, '.github', 'workflows', 'ci.yml'),
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n',
    )
    const run = await runRehearse(args(dir), { cwd: dir })
    expect(run.stderr).toBe(message(dir))
    expect(run.code).toBe(1)
  })

  it('--demo outside the tokenless repository says where demos run', async () => {
    const dir = gitRepository()
    const run = await runRehearse(['--demo', 'monorepo'], { cwd: dir })
    expect(run.stderr).toMatch(
      /^tokenless rehearse: --demo monorepo: the demos are rehearsed in the tokenless repository \(.+\), and .+ is another repository\. Run it there, or leave --demo out to rehearse this one\.\n$/,
    )
    expect(run.code).toBe(1)
  })

  it('refuses a folder that is not a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-not-a-repo-'))
    const run = await runRehearse(['--repo', dir])
    expect(run.stderr).toBe(
      `tokenless rehearse: ${dir} is not a git repository: a rehearsal reads its history (tags, commits) as GitHub would. Run it in the repository, or give --repo DIR.\n`,
    )
    expect(run.code).toBe(1)
  })

  it('says plainly that --repo does not exist, or is a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-repo-paths-'))
    const missing = await runRehearse(['--repo', 'no-such-clone'], { cwd: dir })
    expect(missing.stderr).toBe(
      `tokenless rehearse: --repo no-such-clone does not exist (${join(dir, 'no-such-clone')}). Give the path of a git repository (a clone of yours).\n`,
    )
    expect(missing.code).toBe(1)
    writeFileSync(join(dir, 'package.json'), '{}')
    const file = await runRehearse(['--repo', join(dir, 'package.json')])
    expect(file.stderr).toBe(
      `tokenless rehearse: --repo ${join(dir, 'package.json')} is a file, not a folder. Give the path of a git repository (a clone of yours), e.g. --repo ${dir}.\n`,
    )
    expect(file.code).toBe(1)
  })

  it('reads a relative --workflow in --repo, and --repository names the repository instead of origin', async () => {
    const dir = gitRepository()
    execFileSync('git', ['-C', dir, 'remote', 'remove', 'origin'])
    execFileSync('git', [
      '-C',
      dir,
      'mv',
      '.github/workflows/release.yml',
      '.github/workflows/publish.yml',
    ])
    const elsewhere = mkdtempSync(join(tmpdir(), 'tokenless-elsewhere-'))
    const { code, report } = await rehearseJson(
      [
        '--repo',
        relative(elsewhere, dir),
        '--workflow',
        '.github/workflows/publish.yml',
        '--repository',
        'acme/widget',
        '--input',
        'version=2.0.0',
      ],
      { cwd: elsewhere },
    )
    expect(report.workflow).toBe('.github/workflows/publish.yml')
    expect(report.repository).toBe('acme/widget')
    expect(report.trustedPublishers).toEqual([
      expect.objectContaining({ owner: 'acme', repository: 'widget', workflow: 'publish.yml' }),
    ])
    expect(report.verdict).toBe('PASSED: published acme-widget@2.0.0 (npm); GitHub release v2.0.0.')
    expect(code).toBe(0)
  }, 150_000)

  it('--repository is for a clone of yours, not the demo', async () => {
    const demo = await runRehearse(['--repository', 'acme/widget'])
    expect(demo.stderr).toBe(
      'tokenless rehearse: --repository acme/widget names the GitHub repository of a clone of yours; the demo is rehearsed as its own (tokenless-demo/hello-tokenless). Give it with --repo DIR.\n',
    )
    expect(demo.code).toBe(1)
  })
})
