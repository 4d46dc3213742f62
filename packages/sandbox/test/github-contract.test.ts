import { loadGitHubDescription } from '../src/index.js'
import { call, sandbox, stopSandboxes } from './github-fixture.js'

afterEach(stopSandboxes)

const RELEASES = '/repos/octo/hello/releases'

describe('request validation against GitHub’s OpenAPI description', () => {
  it('answers 422 Invalid request, naming each problem as GitHub does', async () => {
    const s = await sandbox()
    const missing = await call(s.url, 'POST', RELEASES, { body: { name: 'x' } })
    expect(missing.status).toBe(422)
    expect(missing.body).toEqual({
      message: 'Invalid request.\n\n"tag_name" wasn\'t supplied.',
      documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
      status: '422',
    })
    const makeLatest = await call(s.url, 'POST', RELEASES, {
      body: { tag_name: 'v1', make_latest: 'yes' },
    })
    expect(makeLatest.body.message).toBe(
      'Invalid request.\n\nFor \'properties/make_latest\', yes is not a member of ["true", "false", "legacy"].',
    )
    const several = await call(s.url, 'POST', RELEASES, {
      body: { draft: 'no', body: { text: 1 } },
    })
    expect(several.body.message).toBe(
      'Invalid request.\n\n"tag_name" wasn\'t supplied.\n' +
        'For \'properties/body\', {"text" => 1} is not a string.\n' +
        'For \'properties/draft\', "no" is not a boolean.',
    )
    const both = await call(s.url, 'POST', '/repos/octo/hello/git/refs', { body: {} })
    expect(both.body.message).toBe('Invalid request.\n\n"ref", "sha" weren\'t supplied.')
    const root = await call(s.url, 'POST', RELEASES, { body: ['v1'] })
    expect(root.body.message).toBe(
      'Invalid request.\n\nFor \'links/0/schema\', ["v1"] is not an object.',
    )
    expect(s.state.releases('octo', 'hello')).toEqual([])
  })

  it('describes length, count and format problems', async () => {
    const s = await sandbox()
    const sha = s.state.commit('octo', 'hello', { message: 'x' })
    const annotation = {
      path: 'a',
      start_line: 1,
      end_line: 1,
      annotation_level: 'notice',
      message: 'm',
    }
    const answer = await call(s.url, 'POST', '/repos/octo/hello/check-runs', {
      body: {
        name: 'x',
        head_sha: sha,
        started_at: 'yesterday',
        output: {
          title: 't',
          summary: 's'.repeat(65536),
          annotations: Array.from({ length: 51 }, () => annotation),
        },
      },
    })
    expect(answer.status).toBe(422)
    const lines = (answer.body.message as string).split('\n')
    expect(lines.slice(0, 2)).toEqual(['Invalid request.', ''])
    expect(lines).toContain(`For 'properties/started_at', "yesterday" is not a valid date-time.`)
    expect(lines).toContain(
      `For 'properties/summary', "${'s'.repeat(65536)}" is too long (maximum is 65535 characters).`,
    )
    expect(
      lines.some(
        (line) =>
          line.startsWith("For 'properties/annotations', [") &&
          line.endsWith('] has more than 50 items.'),
      ),
    ).toBe(true)
  })

  it('validates query parameters and answers 400 for a body that is not JSON', async () => {
    const s = await sandbox()
    const query = await call(s.url, 'GET', '/repos/octo/hello/issues?state=merged')
    expect(query.status).toBe(422)
    expect(query.body.message).toBe(
      'Invalid request.\n\nFor \'properties/state\', merged is not a member of ["open", "closed", "all"].',
    )
    const page = await call(s.url, 'GET', `${RELEASES}?per_page=many`)
    expect(page.body.message).toBe(
      'Invalid request.\n\nFor \'properties/per_page\', "many" is not an integer.',
    )
    const broken = await call(s.url, 'POST', RELEASES, {
      raw: '{"tag_name": ',
      headers: { 'content-type': 'application/json' },
    })
    expect(broken.status).toBe(400)
    expect(broken.body).toEqual({
      message: 'Problems parsing JSON',
      documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
      status: '400',
    })
  })

  it('answers 404 for unknown routes, methods and path parameters of the wrong type', async () => {
    const s = await sandbox()
    for (const [method, path] of [
      ['GET', '/repos/octo/hello/no-such-thing'],
      ['PUT', RELEASES],
      ['GET', `${RELEASES}/not-a-number`],
    ] as const) {
      const answer = await call(s.url, method, path)
      expect(answer.status).toBe(404)
      expect(answer.body.message).toBe('Not Found')
    }
    expect((await call(s.url, 'GET', '/nope')).body).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    })
    expect((await call(s.serverUrl, 'GET', '/octo/hello/issues')).text).toBe('Not Found')
  })

  it('answers 501 for an operation GitHub has but the sandbox does not implement', async () => {
    const s = await sandbox()
    const answer = await call(s.url, 'GET', '/repos/octo/hello/branches')
    expect(answer.status).toBe(501)
    expect(answer.body.message).toBe(
      'The GitHub sandbox does not implement GET /repos/{owner}/{repo}/branches (repos/list-branches).',
    )
    expect(s.requests[0]).toMatchObject({
      operationId: 'repos/list-branches',
      route: '/repos/{owner}/{repo}/branches',
      status: 501,
    })
  })
})

describe('response checking', () => {
  it('catches a wrong response shape, answers 500 with the violation, and records it', async () => {
    const s = await sandbox({}, true)
    s.corruptResponse('repos/create-release', (body) => {
      const corrupted: Record<string, unknown> = { ...(body as object), draft: 'no', id: 'x' }
      delete corrupted.url
      return corrupted
    })
    const answer = await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0' } })
    expect(answer.status).toBe(500)
    const message =
      'GitHub sandbox contract violation: POST /repos/{owner}/{repo}/releases (repos/create-release) answered 201 ' +
      "with a body that does not match GitHub's schema:"
    expect(answer.body.message).toContain(message)
    expect(s.contractViolations).toHaveLength(1)
    expect(s.contractViolations[0]).toMatchObject({
      kind: 'response',
      method: 'POST',
      path: RELEASES,
      operationId: 'repos/create-release',
      status: 201,
      message: answer.body.message,
    })
    expect(s.contractViolations[0]!.errors).toEqual([
      "(root) must have required property 'url'",
      '/id must be integer',
      '/draft must be boolean',
    ])
    // The corruption applied once: the next answer is the real one again.
    expect((await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.1' } })).status).toBe(201)
  })

  it('accepts an error status the operation does not document as a basic error', async () => {
    const s = await sandbox({}, true)
    const operation = (await loadGitHubDescription()).description.resolve('repos/create-release')
    // GitHub documents few error statuses per operation; 400 is not one of create-release's.
    expect(operation.responses.has('400')).toBe(false)
    const answer = await call(s.url, 'POST', RELEASES, {
      raw: '{"tag_name":',
      headers: { 'content-type': 'application/json' },
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ message: 'Problems parsing JSON', status: '400' })
    const missing = await call(s.url, 'GET', `${RELEASES}/tags/v9.9.9`)
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ message: 'Not Found', status: '404' })
    expect(s.contractViolations).toEqual([])
  })

  it('records but sends the answer with validateResponses: false', async () => {
    const s = await sandbox({ validateResponses: false }, true)
    s.corruptResponse('repos/get-latest-release', () => ({ id: 'latest' }), { times: 2 })
    await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0' } })
    const answer = await call(s.url, 'GET', `${RELEASES}/latest`)
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ id: 'latest' })
    await call(s.url, 'GET', `${RELEASES}/latest`)
    expect((await call(s.url, 'GET', `${RELEASES}/latest`)).body.tag_name).toBe('v1.0.0')
    expect(s.contractViolations.map((v) => v.operationId)).toEqual([
      'repos/get-latest-release',
      'repos/get-latest-release',
    ])
  })

  it('reports a failing handler as a sandbox error', async () => {
    const s = await sandbox({}, true)
    s.corruptResponse('repos/list-releases', () => {
      throw new Error('boom')
    })
    const answer = await call(s.url, 'GET', RELEASES)
    expect(answer.status).toBe(500)
    expect(answer.body.message).toMatch(
      /^The GitHub sandbox failed in repos\/list-releases: Error: boom/,
    )
    expect(s.contractViolations[0]).toMatchObject({
      kind: 'sandbox-error',
      operationId: 'repos/list-releases',
    })
  })

  it('refuses to corrupt an operation GitHub does not have', async () => {
    const s = await sandbox()
    expect(() => s.corruptResponse('repos/no-such-operation', (b) => b)).toThrow(
      "GitHub's OpenAPI description has no operation repos/no-such-operation.",
    )
  })

  it('loads the description once per process however many sandboxes start', async () => {
    const first = await loadGitHubDescription()
    await sandbox()
    await sandbox()
    expect(await loadGitHubDescription()).toBe(first)
    expect(first.description.operationCount).toBeGreaterThan(1000)
  })
})
