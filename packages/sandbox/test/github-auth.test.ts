import { call, sandbox, stopSandboxes } from './github-fixture.js'

afterEach(stopSandboxes)

const RELEASES = '/repos/octo/hello/releases'

describe('authentication and permissions', () => {
  it('answers 401 Bad credentials for an unknown or malformed token', async () => {
    const s = await sandbox()
    for (const headers of [
      { authorization: 'Bearer nope' },
      { authorization: 'token' },
      { authorization: 'Bearer ' },
    ]) {
      const answer = await call(s.url, 'GET', RELEASES, { token: null, headers })
      expect(answer.status).toBe(401)
      expect(answer.body).toEqual({
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      })
    }
    s.tokens.register('temporary', { permissions: { contents: 'read' } })
    expect((await call(s.url, 'GET', RELEASES, { token: 'temporary' })).status).toBe(200)
    s.tokens.revoke('temporary')
    expect((await call(s.url, 'GET', RELEASES, { token: 'temporary' })).status).toBe(401)
  })

  it('accepts token, Bearer and Basic (token as password) schemes', async () => {
    const s = await sandbox()
    for (const authorization of [
      'token sandbox-token',
      'Bearer sandbox-token',
      `Basic ${Buffer.from('x-access-token:sandbox-token').toString('base64')}`,
    ]) {
      expect(
        (
          await call(s.url, 'POST', RELEASES, {
            token: null,
            headers: { authorization },
            body: { tag_name: authorization.slice(0, 5), draft: true },
          })
        ).status,
      ).toBe(201)
    }
  })

  it('lets anonymous callers read a public repository but not write', async () => {
    const s = await sandbox()
    expect((await call(s.url, 'GET', RELEASES, { token: null })).status).toBe(200)
    const write = await call(s.url, 'POST', RELEASES, { token: null, body: { tag_name: 'v1' } })
    expect(write.status).toBe(401)
    expect(write.body).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
      status: '401',
    })
    expect(s.requests.map((r) => [r.authorization, r.tokenKind])).toEqual([
      [false, undefined],
      [false, undefined],
    ])
  })

  it('hides private repositories from anonymous callers and scoped tokens', async () => {
    const s = await sandbox({
      repositories: [
        { owner: 'octo', repo: 'hello', private: true },
        { owner: 'octo', repo: 'other' },
      ],
    })
    s.tokens.register('scoped', {
      kind: 'app',
      permissions: { contents: 'write' },
      repositories: ['octo/other'],
    })
    expect((await call(s.url, 'GET', RELEASES, { token: null })).status).toBe(404)
    expect((await call(s.url, 'GET', RELEASES, { token: 'scoped' })).status).toBe(404)
    expect(
      (await call(s.url, 'GET', '/repos/octo/other/releases', { token: 'scoped' })).status,
    ).toBe(200)
    expect((await call(s.url, 'GET', RELEASES)).status).toBe(200)
  })

  it('answers 403 like GitHub for a GITHUB_TOKEN or an app without the permission', async () => {
    const s = await sandbox()
    s.tokens.register('read-only', { permissions: { contents: 'read' } })
    s.tokens.register('app', { kind: 'app', permissions: { issues: 'write' } })
    for (const token of ['read-only', 'app']) {
      const answer = await call(s.url, 'POST', RELEASES, { token, body: { tag_name: 'v1.0.0' } })
      expect(answer.status).toBe(403)
      expect(answer.body).toEqual({
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
        status: '403',
      })
      expect(answer.headers.get('x-accepted-github-permissions')).toBe('contents=write')
    }
    expect((await call(s.url, 'GET', RELEASES, { token: 'read-only' })).status).toBe(200)
    expect((await call(s.url, 'GET', RELEASES, { token: 'app' })).status).toBe(403)
    expect(s.state.releases('octo', 'hello')).toEqual([])
  })

  it('answers 403 with the personal access token wording for a PAT', async () => {
    const s = await sandbox()
    s.tokens.register('pat', { kind: 'pat', login: 'ada', permissions: { contents: 'read' } })
    const answer = await call(s.url, 'POST', RELEASES, {
      token: 'pat',
      body: { tag_name: 'v1.0.0' },
    })
    expect(answer.status).toBe(403)
    expect(answer.body.message).toBe('Resource not accessible by personal access token')
  })

  it('checks permissions before the body, as GitHub does', async () => {
    const s = await sandbox()
    s.tokens.register('read-only', { permissions: { contents: 'read' } })
    const answer = await call(s.url, 'POST', RELEASES, {
      token: 'read-only',
      body: { make_latest: 'yes' },
    })
    expect(answer.status).toBe(403)
  })

  it('attributes writes to the acting account of each token kind', async () => {
    const s = await sandbox()
    s.tokens.register('pat', { kind: 'pat', login: 'ada', permissions: { contents: 'write' } })
    s.tokens.register('app', {
      kind: 'app',
      permissions: { contents: 'write' },
      app: { id: 42, slug: 'release-bot', name: 'Release Bot' },
    })
    const authors = []
    for (const token of ['sandbox-token', 'pat', 'app']) {
      const answer = await call(s.url, 'POST', RELEASES, {
        token,
        body: { tag_name: `v-${token}`, draft: true },
      })
      authors.push([answer.body.author.login, answer.body.author.type])
    }
    expect(authors).toEqual([
      ['github-actions[bot]', 'Bot'],
      ['ada', 'User'],
      ['release-bot[bot]', 'Bot'],
    ])
    expect(s.requests.map((r) => r.tokenKind)).toEqual(['github-token', 'pat', 'app'])
  })

  it('never records token text', async () => {
    const s = await sandbox()
    const secret = 'ghs_secretTokenValue123'
    s.tokens.register(secret, { permissions: { contents: 'read' } })
    await call(s.url, 'GET', RELEASES, { token: secret })
    await call(s.url, 'GET', RELEASES, { token: 'ghs_unknownSecret456' })
    await call(s.url, 'GET', `${RELEASES}?access_token=ghs_querySecret789`, { token: null })
    const recorded = JSON.stringify({
      requests: s.requests,
      violations: s.contractViolations,
      tokens: s.tokens,
    })
    expect(recorded).not.toContain('secretTokenValue')
    expect(recorded).not.toContain('unknownSecret')
    expect(recorded).not.toContain('querySecret')
    expect(s.requests.map((r) => [r.path, r.authorization, r.status])).toEqual([
      [RELEASES, true, 200],
      [RELEASES, true, 401],
      [`${RELEASES}?access_token=REDACTED`, false, 200],
    ])
    expect(() => s.tokens.register('')).toThrow('A sandbox token must not be empty.')
  })
})
