import { asList, call, sandbox, stopSandboxes } from './github-fixture.js'

afterEach(stopSandboxes)

const REPO = '/repos/octo/hello'

describe('environments', () => {
  it('creates and updates environments with protection rules', async () => {
    const s = await sandbox()
    expect((await call(s.url, 'GET', `${REPO}/environments`)).body).toEqual({
      total_count: 0,
      environments: [],
    })
    const created = await call(s.url, 'PUT', `${REPO}/environments/npm`, {
      body: {
        wait_timer: 5,
        prevent_self_review: true,
        reviewers: [
          { type: 'User', id: 101 },
          { type: 'Team', id: 202 },
        ],
        deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
      },
    })
    expect(created.status).toBe(200)
    expect(created.body).toMatchObject({
      name: 'npm',
      deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
    })
    expect(asList(created.body.protection_rules).map((r: { type: string }) => r.type)).toEqual([
      'wait_timer',
      'required_reviewers',
      'branch_policy',
    ])
    expect(created.body.protection_rules[0].wait_timer).toBe(5)
    expect(created.body.protection_rules[1]).toMatchObject({
      prevent_self_review: true,
      reviewers: [
        { type: 'User', reviewer: { id: 101, login: 'user-101' } },
        { type: 'Team', reviewer: { id: 202, slug: 'team-202' } },
      ],
    })
    // Names are case-insensitive; a PUT changes only what it names.
    const updated = await call(s.url, 'PUT', `${REPO}/environments/NPM`, {
      body: { wait_timer: 0 },
    })
    expect(asList(updated.body.protection_rules).map((r: { type: string }) => r.type)).toEqual([
      'required_reviewers',
      'branch_policy',
    ])
    expect((await call(s.url, 'GET', `${REPO}/environments/Npm`)).body.id).toBe(created.body.id)
    await call(s.url, 'PUT', `${REPO}/environments/pypi`)
    const listed = await call(s.url, 'GET', `${REPO}/environments`)
    expect(listed.body.total_count).toBe(2)
    expect(asList(listed.body.environments).map((e: { name: string }) => e.name)).toEqual([
      'npm',
      'pypi',
    ])
    expect(s.state.environments('octo', 'hello')).toHaveLength(2)
    expect((await call(s.url, 'GET', `${REPO}/environments/nope`)).status).toBe(404)
  })

  it('keeps custom deployment branch policies', async () => {
    const s = await sandbox()
    await call(s.url, 'PUT', `${REPO}/environments/npm`, {
      body: {
        deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
      },
    })
    const policies = `${REPO}/environments/npm/deployment-branch-policies`
    const created = await call(s.url, 'POST', policies, { body: { name: 'v*', type: 'tag' } })
    expect(created.body).toMatchObject({ name: 'v*', type: 'tag' })
    const again = await call(s.url, 'POST', policies, { body: { name: 'v*', type: 'tag' } })
    expect(again.status).toBe(303)
    expect(again.headers.get('location')).toBe(`${s.url}${policies}/${created.body.id as number}`)
    expect((await call(s.url, 'GET', policies)).body).toMatchObject({
      total_count: 1,
      branch_policies: [{ name: 'v*' }],
    })
    await call(s.url, 'PUT', `${REPO}/environments/pypi`)
    expect(
      (
        await call(s.url, 'POST', `${REPO}/environments/pypi/deployment-branch-policies`, {
          body: { name: 'main' },
        })
      ).status,
    ).toBe(404)
  })

  it('refuses settings GitHub refuses', async () => {
    const s = await sandbox()
    const both = await call(s.url, 'PUT', `${REPO}/environments/npm`, {
      body: {
        deployment_branch_policy: { protected_branches: true, custom_branch_policies: true },
      },
    })
    expect(both.status).toBe(422)
    expect(both.body.message).toBe(
      'Exactly one of protected_branches or custom_branch_policies must be true.',
    )
    const timer = await call(s.url, 'PUT', `${REPO}/environments/npm`, {
      body: { wait_timer: 50000 },
    })
    expect(timer.body.message).toBe('The wait timer must be between 0 and 43200 minutes.')
    const extra = await call(s.url, 'PUT', `${REPO}/environments/npm`, {
      body: { wait_timer: 1, secrets: {} },
    })
    expect(extra.status).toBe(422)
    expect(extra.body.message).toBe('Invalid request.\n\n"secrets" is not a permitted key.')
  })

  it('needs administration to change an environment, which a GITHUB_TOKEN never has', async () => {
    const s = await sandbox()
    s.tokens.register('workflow', { permissions: { actions: 'write', contents: 'write' } })
    const denied = await call(s.url, 'PUT', `${REPO}/environments/npm`, { token: 'workflow' })
    expect(denied.status).toBe(403)
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('administration=write')
    expect((await call(s.url, 'GET', `${REPO}/environments`, { token: 'workflow' })).status).toBe(
      200,
    )
  })
})

describe('repository and rate limit', () => {
  it('describes the repository as GitHub does', async () => {
    const s = await sandbox({
      repositories: [{ owner: 'octo', repo: 'hello', defaultBranch: 'trunk', private: true }],
    })
    const repo = await call(s.url, 'GET', REPO)
    expect(repo.body).toMatchObject({
      name: 'hello',
      full_name: 'octo/hello',
      owner: { login: 'octo' },
      private: true,
      visibility: 'private',
      default_branch: 'trunk',
      permissions: { admin: true, push: true, pull: true },
      html_url: `${s.serverUrl}/octo/hello`,
    })
    // Owner and name are case-insensitive.
    expect((await call(s.url, 'GET', '/repos/OCTO/Hello')).body.id).toBe(repo.body.id)
    expect((await call(s.url, 'GET', '/repos/octo/other')).status).toBe(404)
  })

  it('adds repositories after start and explains a missing one', async () => {
    const s = await sandbox()
    await s.state.addRepository({ owner: 'octo', repo: 'second' })
    expect((await call(s.url, 'GET', '/repos/octo/second')).status).toBe(200)
    await expect(s.state.addRepository({ owner: 'Octo', repo: 'Second' })).rejects.toThrow(
      'The sandbox already has the repository Octo/Second.',
    )
    expect(() => s.state.releases('octo', 'third')).toThrow(
      'The sandbox has no repository octo/third (it has: octo/hello, octo/second).',
    )
  })

  it('reports the rate limit and counts calls against it', async () => {
    const s = await sandbox()
    const first = await call(s.url, 'GET', REPO)
    expect(first.headers.get('x-ratelimit-limit')).toBe('1000')
    expect(first.headers.get('x-ratelimit-remaining')).toBe('999')
    expect(first.headers.get('x-ratelimit-used')).toBe('1')
    const limit = await call(s.url, 'GET', '/rate_limit')
    expect(limit.body.rate).toMatchObject({ limit: 1000, used: 1, remaining: 999 })
    expect(limit.body.resources.core).toEqual(limit.body.rate)
    const anonymous = await call(s.url, 'GET', '/rate_limit', { token: null })
    expect(anonymous.body.rate).toMatchObject({ limit: 60, used: 0 })
  })

  it('answers 403 once the primary rate limit is spent', async () => {
    const s = await sandbox()
    s.tokens.register('tiny', {
      kind: 'app',
      permissions: { contents: 'read' },
      rateLimit: 2,
      app: { id: 5, slug: 'tiny', name: 'Tiny' },
    })
    s.tokens.register('tiny-pat', {
      kind: 'pat',
      login: 'ada',
      permissions: { contents: 'read' },
      rateLimit: 1,
    })
    await call(s.url, 'GET', REPO, { token: 'tiny' })
    await call(s.url, 'GET', REPO, { token: 'tiny' })
    const spent = await call(s.url, 'GET', REPO, { token: 'tiny' })
    expect(spent.status).toBe(403)
    expect(spent.body.message).toBe('API rate limit exceeded for installation ID 5.')
    expect(spent.headers.get('x-ratelimit-remaining')).toBe('0')
    await call(s.url, 'GET', REPO, { token: 'tiny-pat' })
    expect((await call(s.url, 'GET', REPO, { token: 'tiny-pat' })).body.message).toMatch(
      /^API rate limit exceeded for user ID \d+\.$/,
    )
    for (let i = 0; i < 60; i++) await call(s.url, 'GET', REPO, { token: null })
    expect((await call(s.url, 'GET', REPO, { token: null })).body.message).toBe(
      "API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
    )
  })
})
