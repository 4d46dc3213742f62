import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commonGitDir, originUrlOf, readGitFiles } from '../../src/notes/git-files.js'

describe('originUrlOf', () => {
  it('reads remote.origin.url as git config --get does: the last one, comments left out', () => {
    const config = [
      '[core]',
      '\trepositoryformatversion = 0',
      '[remote "upstream"]',
      '\turl = https://github.com/other/repo.git',
      '[remote "origin"]',
      '\tURL = https://github.com/first/repo.git',
      '\turl = git@github.com:acme/widgets.git ; a comment',
      '\tfetch = +refs/heads/*:refs/remotes/origin/*',
    ].join('\n')
    expect(originUrlOf(config)).toBe('git@github.com:acme/widgets.git')
  })

  it('says null when the config has no origin', () => {
    expect(originUrlOf('[core]\n\tbare = false\n')).toBeNull()
  })

  it('leaves to git what it does not read: includes, quotes, escapes, old sections, worktree config', () => {
    expect(originUrlOf('[include]\n\tpath = other.config\n')).toBeUndefined()
    expect(originUrlOf('[includeIf "gitdir:~/x/"]\n\tpath = x\n')).toBeUndefined()
    expect(originUrlOf('[remote "origin"]\n\turl = "https://x.test/a b"\n')).toBeUndefined()
    expect(originUrlOf('[remote "origin"]\n\turl = https://x.test/\\\n')).toBeUndefined()
    expect(originUrlOf('[remote.origin]\n\turl = https://x.test/a\n')).toBeUndefined()
    expect(originUrlOf('[extensions]\n\tworktreeConfig = true\n')).toBeUndefined()
    expect(originUrlOf('[remote "or\\"igin"]\n')).toBeUndefined()
  })
})

describe('commonGitDir', () => {
  const dirs: string[] = []
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  it('finds .git from a subdirectory, and a worktree common directory through its .git file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tokenless-git-files-'))
    dirs.push(root)
    mkdirSync(join(root, 'main', '.git', 'worktrees', 'wt'), { recursive: true })
    mkdirSync(join(root, 'main', 'src', 'deep'), { recursive: true })
    writeFileSync(
      join(root, 'main', '.git', 'config'),
      '[remote "origin"]\n\turl = https://github.com/acme/widgets\n',
    )
    writeFileSync(join(root, 'main', '.git', 'shallow'), 'abc\ndef\n')
    writeFileSync(join(root, 'main', '.git', 'worktrees', 'wt', 'commondir'), '../..\n')
    mkdirSync(join(root, 'wt'))
    writeFileSync(
      join(root, 'wt', '.git'),
      `gitdir: ${join(root, 'main', '.git', 'worktrees', 'wt')}\n`,
    )
    expect(await commonGitDir(join(root, 'main', 'src', 'deep'))).toBe(join(root, 'main', '.git'))
    expect(await commonGitDir(join(root, 'wt'))).toBe(join(root, 'main', '.git'))
    const files = await readGitFiles(join(root, 'wt'))
    expect(files.originUrl).toBe('https://github.com/acme/widgets')
    expect([...(files.shallow ?? [])]).toEqual(['abc', 'def'])
  })

  it('leaves to git a repository set by the environment', async () => {
    const saved = process.env.GIT_DIR
    process.env.GIT_DIR = '/nowhere'
    try {
      expect(await readGitFiles(tmpdir())).toEqual({ originUrl: undefined, shallow: undefined })
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR
      else process.env.GIT_DIR = saved
    }
  })
})
