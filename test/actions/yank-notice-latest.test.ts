import { runAction } from '@tokenless/action-kit'
import { type GitHubSandbox, startGitHubSandbox } from '@tokenless/sandbox'
import { run } from '../../actions/yank-notice/src/main.js'
import { fakeContext } from '../support/fake-context.js'
import { GitFixture } from '../support/git-fixture.js'

// Which release yank-notice makes latest: the highest good STABLE one. GitHub's own prerelease
// flag is not enough: a release published without it whose version is a prerelease (v1.3.0-rc.1)
// must not become latest either.

const TOKEN = 'sandbox-token'
const REASON = 'The 1.2.0 migration deletes user data on upgrade.'

const sandboxes: GitHubSandbox[] = []
afterAll(async () => {
  await Promise.all(sandboxes.map((sandbox) => sandbox.stop()))
})
afterEach(() => {
  process.exitCode = undefined
})

interface Seed {
  tag: string
  prerelease?: boolean
  makeLatest?: 'true' | 'false'
  name?: string
}

async function world(seeds: Seed[]) {
  const repo = GitFixture.create()
  repo.commit('feat: first', { 'package.json': '{ "name": "widget", "version": "1.0.0" }\n' })
  const sandbox = await startGitHubSandbox({
    repositories: [{ owner: 'acme', repo: 'widget', gitDir: repo.dir }],
  })
  sandboxes.push(sandbox)
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}/repos/acme/widget${path}`, {
      method,
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, data: (await response.json()) as Record<string, unknown> }
  }
  for (const seed of seeds) {
    const sha = repo.commit(`chore: release ${seed.tag}`)
    const created = await api('POST', '/releases', {
      tag_name: seed.tag,
      target_commitish: sha,
      name: seed.name ?? seed.tag,
      body: `Notes of ${seed.tag}.`,
      prerelease: seed.prerelease ?? false,
      make_latest: seed.makeLatest ?? 'true',
    })
    expect(created.status).toBe(201)
  }
  const latestTag = async () => {
    const latest = await api('GET', '/releases/latest')
    return latest.status === 200 ? (latest.data.tag_name as string) : undefined
  }
  const yank = async (inputs: Record<string, string>) => {
    const ctx = fakeContext({
      action: 'yank-notice',
      workspace: repo.dir,
      inputs: { token: TOKEN, reason: REASON, issue: 'false', ...inputs },
      env: {
        GITHUB_API_URL: sandbox.url,
        GITHUB_SERVER_URL: sandbox.serverUrl,
        GITHUB_REPOSITORY: 'acme/widget',
      },
    })
    await runAction(run, ctx)
    return ctx
  }
  return { sandbox, latestTag, yank }
}

const errorsOf = (lines: string[]) => lines.filter((line) => line.startsWith('::error'))

describe('yank-notice: the release that becomes latest', () => {
  it('skips a release whose version is a prerelease even when GitHub does not flag it', async () => {
    const { latestTag, yank } = await world([
      { tag: 'v1.1.0' },
      { tag: 'v1.2.0' },
      // Published as a full release by mistake: its version still says rc.
      { tag: 'v1.3.0-rc.1', prerelease: false, makeLatest: 'false' },
    ])
    expect(await latestTag()).toBe('v1.2.0')
    const ctx = await yank({ tag: 'v1.2.0' })
    expect(errorsOf(ctx.lines)).toEqual([])
    expect(process.exitCode).toBeUndefined()
    expect(ctx.outputs['latest-tag']).toBe('v1.1.0')
    expect(await latestTag()).toBe('v1.1.0')
  })

  it('skips a release flagged prerelease on GitHub', async () => {
    const { latestTag, yank } = await world([
      { tag: 'v1.1.0' },
      { tag: 'v1.2.0' },
      { tag: 'v1.3.0-rc.1', prerelease: true },
    ])
    const ctx = await yank({ tag: 'v1.2.0' })
    expect(ctx.outputs['latest-tag']).toBe('v1.1.0')
    expect(await latestTag()).toBe('v1.1.0')
  })

  it('skips a PEP 440 prerelease (1.3.0rc1) under the pep440 scheme', async () => {
    const { latestTag, yank } = await world([
      { tag: 'v1.1.0' },
      { tag: 'v1.2.0' },
      { tag: 'v1.3.0rc1', prerelease: false, makeLatest: 'false' },
    ])
    const ctx = await yank({ tag: 'v1.2.0', scheme: 'pep440' })
    expect(errorsOf(ctx.lines)).toEqual([])
    expect(ctx.outputs['latest-tag']).toBe('v1.1.0')
    expect(await latestTag()).toBe('v1.1.0')
  })

  it('moves latest to the highest good stable release, above the yanked one too', async () => {
    // 1.2.1 fixes 1.2.0 but was published with make_latest false; 1.0.9 is lower than both.
    const { latestTag, yank } = await world([
      { tag: 'v1.0.9' },
      { tag: 'v1.2.1', makeLatest: 'false' },
      { tag: 'v1.2.0' },
    ])
    expect(await latestTag()).toBe('v1.2.0')
    const ctx = await yank({ tag: 'v1.2.0' })
    expect(ctx.outputs['latest-tag']).toBe('v1.2.1')
    expect(await latestTag()).toBe('v1.2.1')
  })

  it('never makes a release already marked yanked latest', async () => {
    const { latestTag, yank } = await world([{ tag: 'v1.1.0' }, { tag: 'v1.2.0' }])
    await yank({ tag: 'v1.1.0' })
    const ctx = await yank({ tag: 'v1.2.0' })
    // 1.1.0 is marked yanked and 1.2.0 is being yanked: nothing good and stable remains.
    expect(ctx.outputs['latest-tag']).toBe('')
    expect(ctx.lines.join('\n')).toContain(
      'No good stable release remains in acme/widget to become latest: a fixed release becomes latest when it is published.',
    )
    expect(await latestTag()).not.toBe('v1.1.0')
  })
})
