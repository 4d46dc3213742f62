// The suite's conventionalcommits renderer against the reference (conventional-changelog's parser
// and writer, test/notes-oracle.ts) on generated histories: every byte must agree.
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type CommitInfo, logCommits } from '@tokenless/git'
import {
  type ChangelogOptions,
  ChangelogWriter,
  type ReleaseMark,
  renderChangelog,
  renderReleaseNotes,
  type RenderReleaseNotesOptions,
  type RepositoryLinks,
  writeChangelog,
  writeReleaseNotes,
  parseConventionalCommits,
} from '../src/index.js'
import { oracleNotes } from './notes-oracle.js'

/** mulberry32: the same histories on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TYPES = [
  'feat',
  'fix',
  'perf',
  'revert',
  'docs',
  'chore',
  'refactor',
  'test',
  'build',
  'ci',
  'style',
  'feature',
  'Feat',
  'FIX',
  'wip',
  '123',
  '',
  'feat ',
]
const SCOPES = [
  '',
  '',
  '',
  '(api)',
  '(cli)',
  '(*)',
  '(a,b)',
  '(with space)',
  '(ünï)',
  '()',
  '(deps)',
]
const SUBJECTS = [
  'add the widget',
  'handle empty tags (#12)',
  'fix #7 and #8',
  'thanks @octocat',
  'ping @org/team',
  'see acme/other#5',
  'keep `#1` as code',
  'read https://example.com/#3',
  'already [#4](https://x.test/4)',
  'Zebra stripes',
  'ärger mit Umlauten',
  'apple',
  'Apple',
  'issue #ABC and #x1',
  'close #9',
  'a #b-2, c',
  '  spaced  ',
  'gh-5 tough-cookie#6',
]
const BODIES = [
  'Some explanation of the change\nover two lines.',
  'BREAKING CHANGE: the old key is gone',
  'BREAKING-CHANGE: renamed `x` to `y` (#30)',
  '* BREAKING CHANGE: bullet note\n  continued here\nand here',
  'BREAKING CHANGE:\n\nnote on the next paragraph',
  'breaking change: lower case keyword',
  'Closes #1, #2',
  'Fixes: #3\nResolves acme/other#4',
  'Refs #5',
  'Release-As: 1.2.3',
  '-field-\nvalue of a field',
  'gpg: Signature made today',
  'Co-authored-by: Grace Hopper <grace@example.test>',
  'Line with CRLF\r\nsecond line',
  'see https://github.com/acme/widgets/issues/6 and #7',
  'fix #11 fixed #12 prefix #13',
  '```\n#99 in a fence\n```',
  'Reviewed-by: @hubot\nBREAKING CHANGE: after a trailer',
]

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T
}

const sha = (seed: string): string => createHash('sha1').update(seed).digest('hex')

/** A random history, newest first, with merges, reverts of earlier commits and empty messages. */
function history(seed: number, size: number): CommitInfo[] {
  const next = random(seed)
  const oldestFirst: CommitInfo[] = []
  for (let i = 0; i < size; i++) {
    const id = sha(`${seed}-${i}`)
    const roll = next()
    const earlier = oldestFirst.length > 0 ? pick(next, oldestFirst) : undefined
    let subject: string
    let body = ''
    let parents = [sha(`${seed}-${i - 1}`)]
    if (roll < 0.08 && earlier !== undefined) {
      subject = `Revert "${earlier.subject}"`
      body = `This reverts commit ${next() < 0.9 ? earlier.sha : earlier.sha.slice(0, 7)}.`
    } else if (roll < 0.1 && earlier !== undefined) {
      subject = `revert: ${earlier.subject}`
      body = `This reverts commit ${earlier.sha}.`
    } else if (roll < 0.14) {
      subject = "Merge branch 'topic'"
      parents = [...parents, sha(`${seed}-side-${i}`)]
    } else if (roll < 0.16) {
      subject = pick(next, ['', '  ', 'WIP', 'Update README.md'])
    } else {
      const bang = next() < 0.1 ? '!' : ''
      subject = `${pick(next, TYPES)}${pick(next, SCOPES)}${bang}: ${pick(next, SUBJECTS)}`
      const parts: string[] = []
      while (next() < 0.45) parts.push(pick(next, BODIES))
      body = parts.join(next() < 0.8 ? '\n\n' : '\n')
    }
    oldestFirst.push({ sha: id, subject, body, parents, date: '2024-05-01T12:00:00Z' })
  }
  return oldestFirst.reverse()
}

const HOSTS: Array<RepositoryLinks | undefined> = [
  { host: 'https://github.com', owner: 'acme', repo: 'widgets' },
  { host: 'https://ghe.example.com/', owner: 'acme', repo: 'widgets' },
  { host: 'https://gitlab.example.com/git', owner: 'group/sub', repo: 'widgets' },
  undefined,
]

describe('the conventionalcommits renderer against conventional-changelog', () => {
  it('renders 400 generated histories byte for byte as the reference does', async () => {
    let compared = 0
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed * 7919)
      const commits = history(seed, 1 + Math.floor(next() * 40))
      const repository = HOSTS[seed % HOSTS.length]
      const options: RenderReleaseNotesOptions = {
        version: pick(next, ['1.2.0', '2.0.0-rc.1', '0.0.1']),
        currentTag: pick(next, ['v1.2.0', 'pkg@1.2.0', '@scope/pkg@2.0.0']),
        date: new Date(Date.UTC(2024, 4, 1 + (seed % 28))),
        ...(next() < 0.7 ? { previousTag: 'v1.1.0' } : {}),
        ...(repository === undefined ? {} : { repository }),
      }
      const ours = writeReleaseNotes(parseConventionalCommits(commits), options)
      const theirs = await oracleNotes(commits, options)
      expect({ seed, markdown: ours.markdown }).toEqual({ seed, markdown: theirs.markdown })
      expect({ seed, oldest: ours.oldestShown }).toEqual({ seed, oldest: theirs.oldestShown })
      compared++
    }
    expect(compared).toBe(400)
  })

  it('renders the notes bench repository, every release, as the reference does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-notes-oracle-'))
    try {
      // The benches' repository (bench/notes.mjs, bench/release-notes.mjs): 10,000 commits, 500 tags.
      const { makeReleaseNotesRepo, REPOSITORY_URL } = (await import(
        // @ts-expect-error: a plain .mjs bench module without types
        '../../../bench/release-notes-repo.mjs'
      )) as {
        makeReleaseNotesRepo: (dir: string, o: { commits: number; tags: number }) => string[]
        REPOSITORY_URL: string
      }
      makeReleaseNotesRepo(dir, { commits: 10_000, tags: 500 })
      const [owner = '', repo = ''] = new URL(REPOSITORY_URL).pathname.slice(1).split('/')
      const repository = { host: 'https://github.com', owner, repo }
      const { commits } = await logCommits(dir, ['HEAD'])
      const { stdout } = await import('node:child_process').then(({ execFileSync }) => ({
        stdout: execFileSync(
          'git',
          ['for-each-ref', '--format=%(refname:short) %(*objectname)', 'refs/tags'],
          {
            cwd: dir,
            encoding: 'utf8',
          },
        ),
      }))
      const releases = new Map<string, ReleaseMark>()
      for (const line of stdout.trim().split('\n')) {
        const [tag = '', target = ''] = line.split(' ')
        releases.set(target, { tag, version: tag.slice(1) })
      }
      const options: ChangelogOptions = { releases, repository }
      const { releases: sections } = await renderChangelog(commits, options)
      expect(sections).toHaveLength(500)
      // The same slices, each through the reference.
      const bySha = new Map(commits.map((commit, index) => [commit.sha, index]))
      const starts = sections.map((section) => {
        const start = commits.findIndex((commit) => releases.get(commit.sha)?.tag === section.tag)
        return start
      })
      let identical = 0
      for (const [index, section] of sections.entries()) {
        const slice = commits.slice(starts[index], starts[index + 1] ?? commits.length)
        const theirs = await oracleNotes(slice, {
          version: section.version,
          currentTag: section.tag,
          previousTag: section.previousTag,
          date: new Date(`${section.date}T00:00:00Z`),
          repository,
        })
        expect({ tag: section.tag, markdown: section.markdown }).toEqual({
          tag: section.tag,
          markdown: theirs.markdown,
        })
        identical++
      }
      expect(identical).toBe(500)
      expect(bySha.size).toBe(10_000)
      // And the last release alone, as `tokenless notes` renders a range.
      const last = commits.slice(starts[0], starts[1])
      const range = {
        version: sections[0]!.version,
        currentTag: sections[0]!.tag,
        previousTag: sections[1]!.tag,
        date: new Date(`${sections[0]!.date}T00:00:00Z`),
        repository,
      }
      expect((await renderReleaseNotes(last, range)).markdown).toBe(
        (await oracleNotes(last, range)).markdown,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('ChangelogWriter', () => {
  it('writes, one commit at a time, what writeChangelog writes from the whole history', () => {
    let compared = 0
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed * 104729)
      const commits = history(seed, Math.floor(next() * 60))
      const releases = new Map<string, ReleaseMark>()
      for (const [index, commit] of commits.entries()) {
        if (next() < 0.15)
          releases.set(commit.sha, { tag: `v0.${index}.0`, version: `0.${index}.0` })
      }
      const repository = HOSTS[seed % HOSTS.length]
      const options: ChangelogOptions = {
        releases,
        ...(next() < 0.5 ? { unreleased: { tag: 'HEAD', version: 'Unreleased' } } : {}),
        ...(repository === undefined ? {} : { repository }),
      }
      const writer = new ChangelogWriter(options)
      for (const commit of commits) writer.add(commit, releases.get(commit.sha))
      // `order` set to the commits themselves: the slicing path, which does not stream.
      const whole = writeChangelog(commits, { ...options, order: commits })
      expect({ seed, releases: writer.end() }).toEqual({ seed, releases: whole.releases })
      compared++
    }
    expect(compared).toBe(200)
  })
})
