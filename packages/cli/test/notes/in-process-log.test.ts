import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type DecoratedCommitInfo, git, logCommits } from '@tokenless/git'
import { removeRepos, shallowClone, tempDir, TestRepo } from '../../../git/test/git-fixture.js'
import { applyDelta, openRepository, plainConfig } from '../../src/notes/git-objects.js'
import {
  inProcessRange,
  MAX_COMMITS,
  strictIsoDate,
  subjectAndBody,
} from '../../src/notes/in-process-log.js'

afterAll(removeRepos)

// Messages git keeps verbatim (--cleanup=verbatim): what %s and %b make of each must match.
const MESSAGES = [
  'feat: plain subject',
  'fix: subject\n\nwith a body\n\n\n',
  '\n\n  feat(api): after blank lines  \nsecond subject line\t\n\n\n   \nbody after blank lines\n',
  'fix: carriage returns\r\n\r\nbody\r\nline two\r\n',
  'feat: ünïcödé 🎉 subject\n\nbody ✓\n\nBREAKING CHANGE: it — changed\n',
  'chore: no newline at the end',
  '   \n',
  'docs: trailing spaces   \n\n  indented body  \n\n',
]
const LONG = Array.from({ length: 80 }, (_, i) => `line ${i} of a long shared body`).join('\n')

async function commitVerbatim(repo: TestRepo, message: string, offset: string): Promise<void> {
  const env = { ...repo.env(), GIT_COMMITTER_DATE: `1700000${offset.length}00 ${offset}` }
  await git(repo.dir, ['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', '-'], {
    env,
    input: message,
  })
}

/** v1.0.0 (annotated), the odd messages with several offsets, v1.1.0 (annotated) and v1.1.1. */
async function oddRepo(): Promise<TestRepo> {
  const repo = await TestRepo.init()
  await repo.commit('chore: start')
  await repo.tag('v1.0.0', { annotated: true })
  const offsets = ['+0000', '-0000', '+0530', '-0700', '+1400', '-1200']
  for (const [i, message] of MESSAGES.entries()) {
    await commitVerbatim(repo, message, offsets[i % offsets.length] ?? '+0000')
  }
  for (let i = 0; i < 6; i++) await repo.commit(`feat: long ${i}\n\n${LONG}\nend ${i}`)
  await repo.tag('v1.1.0', { annotated: true })
  await repo.tag('also-here')
  await repo.commit('fix: after')
  await repo.tag('v1.1.1')
  return repo
}

async function gitRange(dir: string, to: string, from: string): Promise<DecoratedCommitInfo[]> {
  const { commits, result } = await logCommits(dir, [to, `^${from}`], [], {
    decorate: true,
    boundary: true,
  })
  expect(result.exitCode).toBe(0)
  return commits as DecoratedCommitInfo[]
}

/** The in-process log matches git's: every field, and the tags it gives are git's. */
async function expectSameAsGit(dir: string, to: string, from: string): Promise<void> {
  const ours = inProcessRange(dir, to, from)
  const theirs = await gitRange(dir, to, from)
  expect(ours).toBeDefined()
  const fields = ({ tags: _tags, ...rest }: DecoratedCommitInfo) => rest
  expect(ours?.map(fields)).toEqual(theirs.map(fields))
  ours?.forEach((commit, i) => {
    for (const tag of commit.tags) expect(theirs[i]?.tags).toContain(tag)
  })
  expect(ours?.[0]?.tags).toEqual([to.replace(/^refs\/tags\//, '')])
}

/** How many commits of the repository's one pack are stored as deltas (verify-pack -v). */
async function deltaCommits(repo: TestRepo): Promise<number> {
  const dir = join(repo.dir, '.git', 'objects', 'pack')
  const idx = readdirSync(dir).filter((name) => name.endsWith('.idx'))
  expect(idx).toHaveLength(1)
  const { stdout } = await repo.run(['verify-pack', '-v', join(dir, idx[0] ?? '')])
  return stdout.split('\n').filter((line) => / commit \d+ \d+ \d+ \d+ [0-9a-f]{40}$/.test(line))
    .length
}

describe('inProcessRange', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await oddRepo()
  })

  it('reads loose objects and loose refs as git log does', async () => {
    expect(await repo.text(['count-objects'])).not.toMatch(/^0 objects/)
    await expectSameAsGit(repo.dir, 'v1.1.0', 'v1.0.0')
    await expectSameAsGit(repo.dir, 'refs/tags/v1.1.1', 'v1.1.0')
    const from = await repo.text(['rev-parse', 'v1.0.0^{commit}'])
    await expectSameAsGit(repo.dir, 'v1.1.0', from)
  })

  it('reads a packed repository and packed-refs after git gc', async () => {
    const packed = await fullCopy(repo)
    await packed.run(['gc', '-q'])
    expect(await packed.text(['count-objects'])).toMatch(/^0 objects/)
    expect(readFileSync(join(packed.dir, '.git', 'packed-refs'), 'utf8')).toMatch(
      /^\^[0-9a-f]{40}$/m,
    )
    await expectSameAsGit(packed.dir, 'v1.1.0', 'v1.0.0')
    await expectSameAsGit(packed.dir, 'v1.1.1', 'v1.1.0')
  })

  it('resolves the deltas of a repack, by offset and by reference', async () => {
    for (const offsets of ['true', 'false']) {
      const packed = await fullCopy(repo)
      await packed.run([
        '-c',
        `repack.useDeltaBaseOffset=${offsets}`,
        'repack',
        '-q',
        '-a',
        '-d',
        '-f',
        '--window=250',
        '--depth=50',
      ])
      expect(await deltaCommits(packed)).toBeGreaterThan(0)
      await expectSameAsGit(packed.dir, 'v1.1.0', 'v1.0.0')
    }
  })

  it('leaves to git a shallow clone, a merge, revision syntax and unknown names', async () => {
    const shallow = await shallowClone(repo, ['--depth', '3', '--no-single-branch'])
    expect(inProcessRange(shallow.dir, 'v1.1.1', 'v1.1.0')).toBeUndefined()
    expect(inProcessRange(repo.dir, 'v1.1.0^0', 'v1.0.0')).toBeUndefined()
    expect(inProcessRange(repo.dir, 'v9.9.9', 'v1.0.0')).toBeUndefined()
    expect(inProcessRange(repo.dir, 'v1.1.0', 'v1.1.0')).toBeUndefined()
    // --from after --to: the line from --to never meets it.
    expect(inProcessRange(repo.dir, 'v1.0.0', 'v1.1.0')).toBeUndefined()
    // A branch, not a tag: git would decorate nothing, so the caller runs git.
    expect(inProcessRange(repo.dir, 'main', 'v1.0.0')).toBeUndefined()

    const merged = await TestRepo.init()
    await merged.commit('chore: start')
    await merged.tag('v1.0.0')
    await merged.run(['checkout', '-q', '-b', 'side'])
    await merged.commit('feat: on the side')
    await merged.run(['checkout', '-q', 'main'])
    await merged.commit('fix: on main')
    await merged.run(['merge', '-q', '--no-ff', '-m', 'merge side', 'side'])
    await merged.tag('v1.1.0')
    expect(inProcessRange(merged.dir, 'v1.1.0', 'v1.0.0')).toBeUndefined()
  })

  it('leaves to git grafts, replace refs, alternates, extensions and git variables', async () => {
    const cases: Array<(copy: TestRepo) => Promise<void> | void> = [
      (copy) => writeFileSync(join(copy.dir, '.git', 'info', 'grafts'), ''),
      async (copy) => {
        const [a, b] = [await copy.text(['rev-parse', 'v1.0.0^{commit}']), 'v1.1.0^{commit}']
        await copy.run(['replace', a, await copy.text(['rev-parse', b])])
      },
      (copy) => {
        mkdirSync(join(copy.dir, '.git', 'objects', 'info'), { recursive: true })
        writeFileSync(join(copy.dir, '.git', 'objects', 'info', 'alternates'), '/nowhere\n')
      },
      async (copy) => {
        await copy.run(['config', 'extensions.worktreeConfig', 'true'])
      },
    ]
    for (const change of cases) {
      const copy = await fullCopy(repo)
      expect(inProcessRange(copy.dir, 'v1.1.0', 'v1.0.0')).toBeDefined()
      await change(copy)
      expect(inProcessRange(copy.dir, 'v1.1.0', 'v1.0.0')).toBeUndefined()
    }
    process.env.GIT_DIR = join(repo.dir, '.git')
    try {
      expect(inProcessRange(repo.dir, 'v1.1.0', 'v1.0.0')).toBeUndefined()
    } finally {
      delete process.env.GIT_DIR
    }
  })

  it('leaves a SHA-256 repository to git', async () => {
    const repo256 = new TestRepo(await tempDir())
    await repo256.run(['init', '-q', '-b', 'main', '--object-format=sha256'])
    await repo256.commit('chore: start')
    await repo256.tag('v1.0.0')
    await repo256.commit('fix: next')
    await repo256.tag('v1.0.1')
    expect(await repo256.text(['rev-parse', '--show-object-format'])).toBe('sha256')
    expect(openRepository(repo256.dir)).toBeUndefined()
    expect(inProcessRange(repo256.dir, 'v1.0.1', 'v1.0.0')).toBeUndefined()
    expect(plainConfig('[core]\n\trepositoryformatversion = 2\n')).toBe(false)
  })

  it(`leaves a range longer than ${MAX_COMMITS} commits to git`, async () => {
    const long = await TestRepo.init()
    await long.commit('chore: start')
    await long.tag('v1.0.0')
    const script = Array.from(
      { length: MAX_COMMITS + 1 },
      (_, i) =>
        `commit refs/heads/main\ncommitter C <c@x.test> ${1700000000 + i} +0000\ndata <<END\nfix: ${i}\nEND\n${i === 0 ? 'from refs/heads/main^0\n' : ''}`,
    ).join('\n')
    await long.run(['fast-import', '--quiet'], script)
    await long.tag('v2.0.0', { target: 'main' })
    expect(inProcessRange(long.dir, 'v2.0.0', 'v1.0.0')).toBeUndefined()
    await expectSameAsGit(long.dir, 'v2.0.0', await long.text(['rev-parse', 'v2.0.0~5']))
  })
})

/** A full copy of `origin` (a local clone with every tag), to pack or change on its own. */
async function fullCopy(origin: TestRepo): Promise<TestRepo> {
  const copy = await shallowClone(origin, ['--no-local'])
  await copy.run(['fetch', '-q', '--tags', 'origin'])
  return copy
}

describe('the pieces of the in-process log', () => {
  it('writes %cI as git does, in the committer offset', () => {
    expect(strictIsoDate('1700000000', '+0000')).toBe('2023-11-14T22:13:20+00:00')
    expect(strictIsoDate('1700000000', '-0000')).toBe('2023-11-14T22:13:20+00:00')
    expect(strictIsoDate('1700000000', '+0530')).toBe('2023-11-15T03:43:20+05:30')
    expect(strictIsoDate('1700000000', '-0700')).toBe('2023-11-14T15:13:20-07:00')
  })

  it('splits the subject and body as %s and %b do', () => {
    expect(subjectAndBody('\n \nfeat: a  \n b\t\n\n\n body \n')).toEqual({
      subject: 'feat: a  b',
      body: ' body \n',
    })
    expect(subjectAndBody('')).toEqual({ subject: '', body: '' })
  })

  it('applies a delta: copies from the base, inserts new bytes', () => {
    const base = Buffer.from('hello world')
    // base size 11, result size 10; copy offset 0 length 6; insert "there".
    const delta = Buffer.from([11, 11, 0x90, 6, 5, ...Buffer.from('there')])
    expect(applyDelta(base, delta).toString()).toBe('hello there')
  })
})
