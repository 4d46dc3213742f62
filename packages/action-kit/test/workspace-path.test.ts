import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError, resolveInWorkspace } from '@tokenless/action-kit'

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
