import { ConfigurationError } from '@tokenless/action-kit'
import { commitDate, commitsInRange, resolveCommit } from '../src/index.js'
import { rejection, removeRepos, shallowClone, tempDir, TestRepo } from './git-fixture.js'

afterAll(removeRepos)

const notFound = (dir: string, rev: string): string =>
  `Commit ${JSON.stringify(rev)} was not found in the git repository at ${dir}. ` +
  'Check the tag or sha; if it exists on the remote, fetch it first ' +
  '(actions/checkout with fetch-depth: 0 fetches all history and tags).'

describe('commits', () => {
  let repo: TestRepo
  const sha: Record<string, string> = {}

  beforeAll(async () => {
    repo = await TestRepo.init()
    sha.root = await repo.commit('chore: initial commit', { path: 'README', content: 'hi\n' })
    await repo.tag('v1.0.0', { annotated: true })
    sha.feat = await repo.commit(
      'feat(api): add the widget endpoint\n\nFirst paragraph of the body.\n\nSecond paragraph.\n\nRefs: #12',
      { path: 'api.txt', content: 'widget\n' },
    )
    await repo.checkout(['-b', 'topic'])
    sha.topic = await repo.commit('fix: topic fix', { path: 'docs/guide.md', content: 'guide\n' })
    await repo.checkout(['main'])
    sha.docs = await repo.commit('docs: explain\nwrapped subject line', {
      path: 'docs/index.md',
      content: 'x\n',
    })
    await repo.run(['merge', '--no-ff', '-q', '-m', "Merge branch 'topic'", 'topic'])
    sha.merge = await repo.text(['rev-parse', 'HEAD'])
    await repo.tag('v1.1.0')
  })

  it('resolves shas, tags and revision expressions to commits', async () => {
    expect(await resolveCommit(repo.dir, 'v1.0.0')).toBe(sha.root)
    expect(await resolveCommit(repo.dir, sha.feat!.slice(0, 10))).toBe(sha.feat)
    expect(await resolveCommit(repo.dir, 'HEAD^1')).toBe(sha.docs)
    expect(await resolveCommit(repo.dir, 'HEAD^{tree}')).toBeUndefined()
    expect(await resolveCommit(repo.dir, 'v9.9.9')).toBeUndefined()
    expect(await resolveCommit(repo.dir, '0'.repeat(40))).toBeUndefined()
    expect(await resolveCommit(repo.dir, '--all')).toBeUndefined()
    expect(await resolveCommit(repo.dir, '')).toBeUndefined()
  })

  it('lists a range with subject, body, author, committer date and parents, newest first', async () => {
    const commits = await commitsInRange(repo.dir, 'v1.0.0', 'v1.1.0')
    expect(commits.map((commit) => commit.sha)).toEqual([sha.merge, sha.docs, sha.topic, sha.feat])
    const [merge, docs, , feat] = commits
    expect(merge).toMatchObject({
      subject: "Merge branch 'topic'",
      body: '',
      parents: [sha.docs, sha.topic],
    })
    expect(docs!.subject).toBe('docs: explain wrapped subject line')
    expect(feat).toEqual({
      sha: sha.feat,
      subject: 'feat(api): add the widget endpoint',
      body: 'First paragraph of the body.\n\nSecond paragraph.\n\nRefs: #12',
      author: 'Ada Author',
      authorEmail: 'ada@example.test',
      date: '2023-11-14T22:15:20+00:00',
      parents: [sha.root],
    })
  })

  it('lists the whole history when from is undefined', async () => {
    const commits = await commitsInRange(repo.dir, undefined, 'main')
    expect(commits).toHaveLength(5)
    expect(commits.at(-1)?.sha).toBe(sha.root)
  })

  it('limits the range to paths (a merge that changes them counts)', async () => {
    const commits = await commitsInRange(repo.dir, 'v1.0.0', 'main', { paths: ['docs'] })
    expect(commits.map((commit) => commit.sha)).toEqual([sha.merge, sha.docs, sha.topic])
    const api = await commitsInRange(repo.dir, undefined, 'main', { paths: ['api.txt', 'README'] })
    expect(api.map((commit) => commit.sha)).toEqual([sha.feat, sha.root])
  })

  it('returns nothing for an empty range', async () => {
    expect(await commitsInRange(repo.dir, 'v1.1.0', 'v1.1.0')).toEqual([])
  })

  it('names the revision that does not exist', async () => {
    expect((await rejection(commitsInRange(repo.dir, 'v0.9.0', 'main'))).message).toBe(
      notFound(repo.dir, 'v0.9.0'),
    )
    const error = await rejection(commitsInRange(repo.dir, undefined, 'deadbeef'))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(notFound(repo.dir, 'deadbeef'))
    expect((await rejection(commitsInRange(repo.dir, '--all', 'main'))).message).toBe(
      notFound(repo.dir, '--all'),
    )
  })

  it('gives the committer date of a commit or tag', async () => {
    expect(await commitDate(repo.dir, 'v1.0.0')).toEqual(new Date('2023-11-14T22:14:20Z'))
    expect(await commitDate(repo.dir, sha.feat!)).toEqual(new Date(1_700_000_120_000))
    expect((await rejection(commitDate(repo.dir, 'v9.9.9'))).message).toBe(
      notFound(repo.dir, 'v9.9.9'),
    )
  })

  it('refuses a range that runs into the cut-off history of a shallow clone', async () => {
    // Depth 3 of main: the merge, its parents docs and topic, then feat with its parent cut off.
    const clone = await shallowClone(repo, ['--depth', '3', '--branch', 'main'])
    const inside = await commitsInRange(clone.dir, 'HEAD~1', 'HEAD')
    expect(inside.map((commit) => commit.sha)).toEqual([sha.merge, sha.topic])
    const boundary = sha.feat!
    const error = await rejection(commitsInRange(clone.dir, undefined, 'HEAD'))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `The clone at ${clone.dir} is shallow and its history stops at commit ${boundary.slice(0, 12)}, ` +
        'so the commits up to HEAD are incomplete. Fetch the full history: actions/checkout with fetch-depth: 0.',
    )
    const root = await rejection(commitsInRange(clone.dir, sha.root, 'HEAD'))
    expect(root.message).toBe(notFound(clone.dir, sha.root!))
  })

  it('reports a directory outside any repository as a ConfigurationError', async () => {
    const dir = await tempDir()
    const error = await rejection(resolveCommit(dir, 'HEAD'))
    // tmpdir() is not inside a repository on CI runners nor here.
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain('is not inside a git repository')
  })
})
