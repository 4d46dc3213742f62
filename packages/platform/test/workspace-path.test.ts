import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError, EXCERPT_LENGTH, excerpt, quoteExcerpt } from '@tokenless/errors'
import {
  globBase,
  globFilesInWorkspace,
  globInWorkspace,
  resolveInWorkspace,
} from '@tokenless/platform'

describe('resolveInWorkspace', () => {
  const outside = mkdtempSync(join(tmpdir(), 'outside-'))
  const workspace = mkdtempSync(join(tmpdir(), 'workspace-'))
  writeFileSync(join(outside, 'secret'), 'x')
  mkdirSync(join(workspace, 'dist'))
  writeFileSync(join(workspace, 'dist', 'a.tgz'), 'x')
  symlinkSync(join(outside, 'secret'), join(workspace, 'link-out'))
  symlinkSync(outside, join(workspace, 'dir-out'))
  symlinkSync(join(workspace, 'dist', 'a.tgz'), join(workspace, 'link-in'))

  it('returns the absolute path of a file inside, directly or through an inner link', () => {
    expect(resolveInWorkspace(workspace, 'dist/a.tgz', { input: 'assets' })).toBe(
      join(workspace, 'dist', 'a.tgz'),
    )
    expect(resolveInWorkspace(workspace, 'link-in', { input: 'assets' })).toBe(
      join(workspace, 'link-in'),
    )
    expect(resolveInWorkspace(workspace, '.', { input: 'working-directory' })).toBe(workspace)
    expect(resolveInWorkspace(workspace, 'not-yet/file', { input: 'notes' })).toBe(
      join(workspace, 'not-yet', 'file'),
    )
  })

  it.each([
    ['/proc/self/environ', ''],
    ['../../etc/passwd', ''],
    ['dist/../../x', ''],
    ['link-out', 'through a symbolic link'],
    ['dir-out/secret', 'through a symbolic link'],
    ['dir-out/missing/deeper', 'through a symbolic link'],
  ])('refuses %s, naming the input', (path, via) => {
    let error: unknown
    try {
      resolveInWorkspace(workspace, path, { input: 'assets' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    const message = (error as Error).message
    expect(message).toContain(
      `Input assets names ${JSON.stringify(path)}, which is outside the workspace`,
    )
    expect(message).toContain('use a path inside it')
    expect(message).toContain(via)
  })

  it('resolves against a base directory inside the workspace', () => {
    expect(
      resolveInWorkspace(workspace, 'a.tgz', { input: 'packages', base: join(workspace, 'dist') }),
    ).toBe(join(workspace, 'dist', 'a.tgz'))
    expect(() =>
      resolveInWorkspace(workspace, '../../x', {
        input: 'packages',
        base: join(workspace, 'dist'),
      }),
    ).toThrow('Input packages names "../../x", which is outside the workspace')
  })
})

describe('globBase', () => {
  it.each([
    ['dist/*.tgz', 'dist'],
    ['dist/**/x/*.whl', 'dist'],
    ['*.tgz', '.'],
    ['/etc/*', '/etc'],
    ['../*', '..'],
    ['{a,../b}/*', '.'],
    ['/proc/self/environ', '/proc/self/environ'],
    ['reports/unit.xml', 'reports/unit.xml'],
  ])('%s -> %s', (pattern, base) => {
    expect(globBase(pattern)).toBe(base)
  })
})

describe('globInWorkspace and globFilesInWorkspace', () => {
  const outside = mkdtempSync(join(tmpdir(), 'outside-'))
  writeFileSync(join(outside, 'secret'), 'x')
  function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'workspace-'))
    mkdirSync(join(dir, 'dist'))
    writeFileSync(join(dir, 'dist', 'b.tgz'), 'x')
    writeFileSync(join(dir, 'dist', 'a.tgz'), 'x')
    mkdirSync(join(dir, 'dist', 'sub'))
    return dir
  }

  it('returns the matches inside, sorted and absolute; files only when asked', async () => {
    const dir = workspace()
    symlinkSync(join(dir, 'dist', 'a.tgz'), join(dir, 'dist', 'c.tgz'))
    const options = { input: 'assets', cwd: dir }
    expect(await globInWorkspace(dir, 'dist/*', options)).toEqual(
      ['a.tgz', 'b.tgz', 'c.tgz', 'sub'].map((name) => join(dir, 'dist', name)),
    )
    expect(await globFilesInWorkspace(dir, 'dist/*', options)).toEqual(
      ['a.tgz', 'b.tgz', 'c.tgz'].map((name) => join(dir, 'dist', name)),
    )
    expect(
      await globFilesInWorkspace(dir, '*.tgz', { input: 'assets', cwd: join(dir, 'dist') }),
    ).toHaveLength(3)
    expect(await globInWorkspace(dir, 'none/*', options)).toEqual([])
  })

  it.each([
    ['/etc/*', '/etc', ''],
    ['../*', '..', ''],
    // no literal base: each match is checked, and one outside is named as found
    ['{dist,..}/*', undefined, ''],
    ['dist/*', 'dist/leak', 'through a symbolic link'],
    ['dist/leak', 'dist/leak', 'through a symbolic link'],
    ['linked/*', 'linked', 'through a symbolic link'],
  ])('refuses %s, naming %s', async (pattern, named, via) => {
    const dir = workspace()
    symlinkSync(join(outside, 'secret'), join(dir, 'dist', 'leak'))
    symlinkSync(outside, join(dir, 'linked'))
    const glob = globInWorkspace(dir, pattern, { input: 'junit', cwd: dir })
    await expect(glob).rejects.toThrow(
      named === undefined
        ? /^Input junit names "\/[^"]+", which is outside the workspace/
        : `Input junit names ${JSON.stringify(named)}, which is outside the workspace`,
    )
    await expect(glob).rejects.toThrow(via)
  })
})

describe('excerpt and quoteExcerpt', () => {
  it('keep short text whole', () => {
    expect(excerpt('1.2.3')).toBe('1.2.3')
    expect(quoteExcerpt('1.2.3')).toBe('"1.2.3"')
    expect(excerpt('x'.repeat(EXCERPT_LENGTH))).toBe('x'.repeat(EXCERPT_LENGTH))
  })

  it('cut long text, saying how long it was', () => {
    const long = `a${'b'.repeat(100_000)}`
    expect(excerpt(long)).toBe(`a${'b'.repeat(99)}… (100001 characters)`)
    expect(quoteExcerpt(long, 3)).toBe('"abb"… (100001 characters)')
    expect(quoteExcerpt('\n'.repeat(5), 2)).toBe('"\\n\\n"… (5 characters)')
  })

  it('never split a character made of two UTF-16 units', () => {
    expect(excerpt('😀😀😀', 2)).toBe('😀😀… (3 characters)')
  })
})
