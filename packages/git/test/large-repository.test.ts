import { branchesContaining, commitsInRange, git } from '../src/index.js'
import { removeRepos, TestRepo } from './git-fixture.js'

afterAll(removeRepos)

const COMMITS = 100_000

/** 100,000 commits on main made with fast-import; release/1.x and a side branch off commit 10. */
async function largeRepository(): Promise<{ repo: TestRepo; early: string; side: string }> {
  const repo = await TestRepo.init()
  const parts: string[] = []
  for (let index = 1; index <= COMMITS; index++) {
    const message = `fix: change ${index}`
    parts.push(
      `commit refs/heads/main\nmark :${index}\ncommitter A <a@x> ${1_600_000_000 + index} +0000\n` +
        `data ${message.length}\n${message}\n`,
    )
  }
  parts.push('reset refs/heads/release/1.x\nfrom :10\n\n')
  parts.push(
    'commit refs/heads/side\ncommitter A <a@x> 1700000000 +0000\ndata 10\nfeat: side\nfrom :10\n',
  )
  await git(repo.dir, ['fast-import', '--quiet'], { input: parts.join(''), env: repo.env() })
  return {
    repo,
    early: await repo.text(['rev-parse', 'main~99990']),
    side: await repo.text(['rev-parse', 'side']),
  }
}

describe('a repository of 100,000 commits', () => {
  let large: Awaited<ReturnType<typeof largeRepository>>

  beforeAll(async () => {
    large = await largeRepository()
  }, 120_000)

  it('answers branch containment with one walk, without fetching', async () => {
    const found = await branchesContaining(large.repo.dir, large.early, [
      'main',
      'release/*',
      'hotfix/*',
    ])
    const missing = await branchesContaining(large.repo.dir, large.side, [
      'main',
      'release/*',
      'hotfix/*',
    ])
    expect(found).toEqual({
      matched: ['main', 'release/1.x'],
      checked: ['main', 'release/1.x'],
      deepened: false,
    })
    expect(missing).toEqual({ matched: [], checked: ['main', 'release/1.x'], deepened: false })
  })

  it('lists the whole history with one git log', async () => {
    const commits = await commitsInRange(large.repo.dir, undefined, 'main')
    expect(commits).toHaveLength(COMMITS)
    expect(commits[0]?.subject).toBe(`fix: change ${COMMITS}`)
  })
})
