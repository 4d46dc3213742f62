import { runAction } from '@tokenless/action-kit'
import { run } from '../../actions/validate-tag/src/main.js'
import { fakeContext } from '../support/fake-context.js'
import { GitFixture } from '../support/git-fixture.js'

const packageJson = (version: string) =>
  `${JSON.stringify({ name: 'servers', version }, null, 2)}\n`

describe('validate-tag with CalVer', () => {
  afterEach(() => {
    process.exitCode = undefined
  })

  it('computes the version once, from the run start in UTC', async () => {
    const repo = GitFixture.create()
    const sha = repo.commit('feat: x', { 'package.json': packageJson('2026.7.4') })
    // 23:30 on July 3rd in UTC-2 is already July 4th in UTC: the version follows UTC.
    const ctx = fakeContext({
      action: 'validate-tag',
      workspace: repo.dir,
      inputs: { scheme: 'calver', 'calver-format': 'YYYY.M.D' },
      env: { GITHUB_SHA: sha },
      now: new Date('2026-07-03T23:30:00-02:00'),
    })
    await runAction(run, ctx)
    expect(process.exitCode).toBeUndefined()
    expect(ctx.outputs).toMatchObject({
      version: '2026.7.4',
      tag: 'v2026.7.4',
      'tag-exists': 'false',
      'npm-dist-tag': 'latest',
    })
  })

  it('counts a micro when the day already has a release', async () => {
    const repo = GitFixture.create()
    repo.commit('feat: x', { 'package.json': packageJson('26.7.0') })
    repo.tag('v26.7.0')
    const sha = repo.commit('fix: y', { 'package.json': packageJson('26.7.1') })
    const ctx = fakeContext({
      action: 'validate-tag',
      workspace: repo.dir,
      inputs: { scheme: 'calver', 'calver-format': 'YY.M.MICRO' },
      env: { GITHUB_SHA: sha },
      now: new Date('2026-07-04T10:00:00Z'),
    })
    await runAction(run, ctx)
    expect(ctx.lines.filter((line) => line.startsWith('::error'))).toEqual([])
    expect(ctx.outputs).toMatchObject({ version: '26.7.1', 'previous-tag': 'v26.7.0' })
  })

  it('checks no manifest with manifests: none (the version is stamped at build time)', async () => {
    const repo = GitFixture.create()
    const sha = repo.commit('feat: x', { 'package.json': packageJson('0.0.0-development') })
    const ctx = fakeContext({
      action: 'validate-tag',
      workspace: repo.dir,
      inputs: { scheme: 'calver', manifests: 'none' },
      env: { GITHUB_SHA: sha },
      now: new Date('2026-11-21T10:00:00Z'),
    })
    await runAction(run, ctx)
    expect(ctx.lines.filter((line) => line.startsWith('::error'))).toEqual([])
    expect(ctx.outputs).toMatchObject({ version: '2026.11.21', tag: 'v2026.11.21' })
    expect(ctx.summary.render()).toContain('manifests: none (the version is stamped at build time)')
  })

  it('refuses a CalVer tag that does not fit the format', async () => {
    const repo = GitFixture.create()
    repo.commit('feat: x', { 'package.json': packageJson('1.2.3') })
    const ctx = fakeContext({
      action: 'validate-tag',
      workspace: repo.dir,
      inputs: { scheme: 'calver', 'calver-format': 'YYYY.M.D', tag: 'v1.2.3' },
    })
    await runAction(run, ctx)
    expect(process.exitCode).toBe(1)
    expect(ctx.outputs).toEqual({})
    expect(ctx.lines.find((line) => line.startsWith('::error'))).toContain('YYYY.M.D')
  })
})
