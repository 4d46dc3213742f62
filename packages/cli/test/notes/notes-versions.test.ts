// Plain X.Y.Z tags are ordered without @tokenless/versioning; these tags need it, loaded on the
// way (a file of its own: each test file starts with the module not loaded yet).
import { removeRepos, TestRepo } from '../../../git/test/git-fixture.js'
import { recordingIO } from '../recording-io.js'
import { main } from '../../src/main.js'

afterAll(removeRepos)

async function notes(cwd: string, args: string[]): Promise<{ code: number; stdout: string }> {
  const { io, recorded } = recordingIO(cwd)
  const code = await main(['notes', '--no-links', ...args], io)
  const { stdout, stderr } = recorded()
  expect(stderr).toBe('')
  return { code, stdout }
}

const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('## '))

describe('tokenless notes with versions other than X.Y.Z', () => {
  it('orders prereleases in --all, a range and the previous release', async () => {
    const repo = await TestRepo.init()
    await repo.commit('feat: start')
    await repo.tag('v1.0.0')
    await repo.commit('feat: try the widget')
    await repo.tag('v1.1.0-rc.1')
    await repo.commit('fix: mend the widget')
    await repo.tag('v1.1.0')
    await repo.commit('fix: after the release')
    await repo.tag('v1.1.1')
    // Each of these starts at a plain tag, and --all meets the prerelease tag further down.
    for (const args of [
      ['--all'],
      ['--all', '--to', 'v1.1.0'],
      ['--all', '--version', '1.2.0-beta.1'],
    ]) {
      const all = await notes(repo.dir, args)
      expect(all.code).toBe(0)
      expect(headings(all.stdout).slice(-3)).toEqual([
        '## 1.1.0 (2023-11-14)',
        '## 1.1.0-rc.1 (2023-11-14)',
        '## 1.0.0 (2023-11-14)',
      ])
    }
    const range = await notes(repo.dir, ['--from', 'v1.0.0', '--to', 'v1.1.0-rc.1'])
    expect(range).toEqual({
      code: 0,
      stdout: expect.stringMatching(
        /^## 1\.1\.0-rc\.1 \(2023-11-14\)\n\n### Features\n\n\* try the widget [0-9a-f]{7}\n$/,
      ),
    })
    // The release before 1.1.0 skips its prerelease.
    const previous = await notes(repo.dir, ['--to', 'v1.1.0'])
    expect(previous.stdout).toContain('* try the widget')
    expect(previous.stdout).toContain('* mend the widget')
  })

  it('reads PEP 440 tags with --scheme pep440', async () => {
    const repo = await TestRepo.init()
    await repo.commit('feat: start')
    await repo.tag('1.0')
    await repo.commit('feat: try the widget')
    await repo.tag('1.1rc1')
    await repo.commit('fix: mend the widget')
    await repo.tag('1.1')
    const pep440 = ['--scheme', 'pep440', '--tag-prefix', '']
    expect(headings((await notes(repo.dir, [...pep440, '--all'])).stdout)).toEqual([
      '## 1.1 (2023-11-14)',
      '## 1.1rc1 (2023-11-14)',
      '## 1.0 (2023-11-14)',
    ])
    const range = await notes(repo.dir, [...pep440, '--from', '1.0', '--to', '1.1rc1'])
    expect(headings(range.stdout)).toEqual(['## 1.1rc1 (2023-11-14)'])
    const previous = await notes(repo.dir, pep440)
    expect(previous.stdout).toContain('* try the widget')
  })
})
