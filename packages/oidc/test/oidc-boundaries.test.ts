import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  checkCanRequestIdToken,
  checkClaims,
  claimsTable,
  decodeClaims,
  diagnosePypiMint,
  escapePackageName,
  exchangeNpmToken,
  idTokenRequestFrom,
  mintPypiToken,
  publisherSettings,
  pypiOidcRoot,
  requestIdToken,
  workflowFileOf,
  workflowRepositoryOf,
} from '@tokenless/oidc'

// The edges of the OIDC steps: answers a real token service or registry can give (scripted by a
// loopback server), and the claims and events a job can present.

interface Answer {
  status: number
  body?: string
  headers?: Record<string, string>
  /** Never answer (the deadline must end the request). */
  hang?: boolean
}

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

const servers: Server[] = []
afterAll(async () => {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections()
          server.close(resolve)
        }),
    ),
  )
})

/** A loopback server answering each request with the next answer (the last one repeats). */
async function scripted(answers: Answer[]): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8')
    })
    request.on('end', () => {
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body,
      })
      const answer = answers[Math.min(seen.length - 1, answers.length - 1)]!
      if (answer.hang) return
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
      response.end(answer.body ?? '')
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, seen }
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a rejection')
}

function thrown(body: () => unknown): Error {
  try {
    body()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a throw')
}

/** An unsigned JWT with these claims (decodeClaims never verifies). */
function jwt(claims: unknown): string {
  return `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`
}

const claims = {
  repository: 'acme/widget',
  repository_owner: 'acme',
  workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
  job_workflow_ref: 'acme/widget/.github/workflows/publish.yml@refs/heads/main',
  environment: 'release',
  runner_environment: 'github-hosted',
}

describe('the id token request', () => {
  it('needs both the URL and the request token', () => {
    expect(idTokenRequestFrom({ ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x/' })).toBeUndefined()
    expect(idTokenRequestFrom({ ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' })).toBeUndefined()
  })

  it('retries 5xx and 429 answers, exactly `retries` times, and sends the audience and bearer', async () => {
    const service = await scripted([
      { status: 503, headers: { 'retry-after': '0' } },
      { status: 429 },
      { status: 500 },
      { status: 200, body: '{"value":"the-token"}' },
    ])
    const masked: string[] = []
    const token = await requestIdToken(
      { requestUrl: `${service.url}token?api-version=2.0`, requestToken: 'runner-secret' },
      'npm:registry.npmjs.org',
      (secret) => masked.push(secret),
      { retries: 3, backoffMs: 1 },
    )
    expect(token).toBe('the-token')
    expect(masked).toEqual(['the-token'])
    expect(service.seen).toHaveLength(4)
    for (const request of service.seen) {
      expect(request.url).toBe('/token?api-version=2.0&audience=npm%3Aregistry.npmjs.org')
      expect(request.headers.authorization).toBe('Bearer runner-secret')
      expect(request.headers.accept).toBe('application/json')
    }
  })

  it('tries 1 + retries times (3 retries by default), then says the service may be down', async () => {
    const service = await scripted([{ status: 502 }])
    const error = await rejection(
      requestIdToken({ requestUrl: service.url, requestToken: 't' }, 'pypi', () => undefined, {
        backoffMs: 1,
      }),
    )
    expect(error.message).toBe(
      "Could not get an OIDC token from GitHub for audience pypi after 4 attempts (HTTP 502). GitHub's token service may be down: rerun the job later.",
    )
    expect(service.seen).toHaveLength(4)
  })

  it('gives up at once when Retry-After asks for more than a minute', async () => {
    const service = await scripted([{ status: 503, headers: { 'retry-after': '61' } }])
    const error = await rejection(
      requestIdToken({ requestUrl: service.url, requestToken: 't' }, 'pypi', () => undefined, {
        retries: 2,
        backoffMs: 1,
      }),
    )
    expect(error.message).toContain('(HTTP 503)')
    expect(service.seen).toHaveLength(1)
  })

  it('does not retry a refusal (4xx other than 429)', async () => {
    const service = await scripted([{ status: 404, body: '{"message":"Not. Found."}' }])
    const error = await rejection(
      requestIdToken({ requestUrl: service.url, requestToken: 't' }, 'pypi', () => undefined, {
        retries: 2,
        backoffMs: 1,
      }),
    )
    expect(error.message).toBe(
      'GitHub refused the OIDC token request for audience pypi: HTTP 404 Not. Found. The job\'s id-token permission or the runner\'s request token is not valid; rerun the job, and check "permissions: id-token: write" on it.',
    )
    expect(service.seen).toHaveLength(1)
  })

  it.each([
    ['no value', 200, '{}', 'HTTP 200.'],
    ['not JSON', 200, 'token please', 'HTTP 200.'],
    ['a value with an error status', 400, '{"value":"x","message":7}', 'HTTP 400.'],
  ])('refuses an answer with %s', async (_, status, body, said) => {
    const service = await scripted([{ status, body }])
    const masked: string[] = []
    const error = await rejection(
      requestIdToken({ requestUrl: service.url, requestToken: 't' }, 'a', (s) => masked.push(s)),
    )
    expect(error.message).toContain(
      `GitHub refused the OIDC token request for audience a: ${said} The job's`,
    )
    expect(masked).toEqual([])
  })

  it('refuses an answer larger than a token service gives, without retrying', async () => {
    const service = await scripted([{ status: 200, body: `{"value":"${'x'.repeat(70_000)}"}` }])
    const error = await rejection(
      requestIdToken({ requestUrl: service.url, requestToken: 't' }, 'pypi', () => undefined, {
        retries: 2,
        backoffMs: 1,
      }),
    )
    expect(error.message).toMatch(
      /^Could not get an OIDC token for audience pypi: GET http:\/\/127\.0\.0\.1:\d+\/ sent an answer larger than 64 KiB, .* ACTIONS_ID_TOKEN_REQUEST_URL must be the runner's own token service\.$/,
    )
    expect(service.seen).toHaveLength(1)
  })

  it('retries an attempt that passed its deadline', async () => {
    const service = await scripted([{ status: 200, hang: true }])
    const error = await rejection(
      requestIdToken({ requestUrl: service.url, requestToken: 't' }, 'pypi', () => undefined, {
        retries: 1,
        backoffMs: 1,
        deadlineMs: 200,
      }),
    )
    expect(error.message).toMatch(
      /^Could not get an OIDC token from GitHub for audience pypi after 2 attempts \(/,
    )
    expect(service.seen).toHaveLength(2)
  })
})

describe('preconditions: pull requests', () => {
  const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }
  const pr = (pullRequest: unknown, name = 'pull_request') => ({
    name,
    payload: { pull_request: pullRequest },
  })

  it('refuse a fork on pull_request_target too, and a head repository not the base', () => {
    const fromFork = pr(
      {
        head: { repo: { full_name: 'mallory/widget' } },
        base: { repo: { full_name: 'acme/widget' } },
      },
      'pull_request_target',
    )
    expect(thrown(() => checkCanRequestIdToken(env, fromFork)).message).toBe(
      'This run is for a pull request from a fork (mallory/widget): GitHub gives fork pull requests no OIDC token, and a publish must never run for them. Publish from workflow_dispatch, a release or a tag push in acme/widget itself.',
    )
  })

  it('refuse a pull request whose head repository was deleted', () => {
    expect(thrown(() => checkCanRequestIdToken(env, pr({ head: { repo: null } }))).message).toBe(
      'This run is for a pull request from a fork (a deleted repository): GitHub gives fork pull requests no OIDC token, and a publish must never run for them. Publish from workflow_dispatch, a release or a tag push in the repository itself.',
    )
    expect(
      thrown(() => checkCanRequestIdToken(env, pr({ head: { repo: { fork: true } } }))).message,
    ).toContain('from a fork (a deleted repository)')
  })

  it('let a pull request of the repository itself through, and other events', () => {
    const same = {
      head: { repo: { fork: false, full_name: 'acme/widget' } },
      base: { repo: { full_name: 'acme/widget' } },
    }
    expect(checkCanRequestIdToken(env, pr(same))).toEqual({ requestUrl: 'u', requestToken: 't' })
    expect(checkCanRequestIdToken(env, pr({}))).toEqual({ requestUrl: 'u', requestToken: 't' })
    expect(checkCanRequestIdToken(env, pr({ head: {}, base: {} }))).toEqual({
      requestUrl: 'u',
      requestToken: 't',
    })
    expect(checkCanRequestIdToken(env, { name: 'pull_request', payload: {} })).toEqual({
      requestUrl: 'u',
      requestToken: 't',
    })
    expect(
      checkCanRequestIdToken(env, pr({ head: { repo: { full_name: 'acme/widget' } } })),
    ).toEqual({ requestUrl: 'u', requestToken: 't' })
    const forkPayload = pr({ head: { repo: null } }, 'push')
    expect(checkCanRequestIdToken(env, forkPayload)).toEqual({ requestUrl: 'u', requestToken: 't' })
  })
})

describe('preconditions: claims', () => {
  it('name every required environment, and point at the environment input', () => {
    const none = thrown(() =>
      checkClaims(
        { ...claims, environment: '' },
        { registry: 'npm', environments: ['release', 'prod'] },
      ),
    ) as Error & { input?: string }
    expect(none.message).toBe(
      'The publishing job runs under no environment (its OIDC token has no environment claim), but publish-oidc requires release or prod. Add "environment: release" to the job, protect that environment with required reviewers, and name it in the registry\'s trusted publisher.',
    )
    expect(none.input).toBe('environment')
    const other = thrown(() =>
      checkClaims(
        { ...claims, environment: 'dev' },
        { registry: 'npm', environments: ['release'] },
      ),
    ) as Error & { input?: string }
    expect(other.input).toBe('environment')
  })

  it('accept any one of the environments, and any when none is required', () => {
    const options = { registry: 'npm' as const, environments: ['release', 'prod'] }
    expect(() => checkClaims({ ...claims, environment: 'prod' }, options)).not.toThrow()
    expect(() =>
      checkClaims({ ...claims, environment: undefined }, { registry: 'npm', environments: [] }),
    ).not.toThrow()
  })

  it('judge the reusable workflow for PyPI only when both repositories are known', () => {
    const pypi = { registry: 'pypi' as const, environments: [] }
    const shared = 'acme/shared/.github/workflows/publish.yml@refs/heads/main'
    expect(() =>
      checkClaims({ ...claims, repository: undefined, job_workflow_ref: shared }, pypi),
    ).not.toThrow()
    expect(() => checkClaims({ ...claims, job_workflow_ref: undefined }, pypi)).not.toThrow()
    expect(() => checkClaims({ ...claims, job_workflow_ref: 'nonsense' }, pypi)).not.toThrow()
  })
})

describe('claims', () => {
  it.each([
    ['no payload', 'header-only'],
    ['an empty payload', 'e30..sig'],
    ['an array', jwt([1])],
    ['null', jwt(null)],
    ['a number', jwt(7)],
  ])('refuse a token with %s', (_, token) => {
    expect(thrown(() => decodeClaims(token)).message).toBe(
      'The OIDC token from GitHub is not a JWT with a JSON payload, so its claims cannot be read. This is not expected from GitHub Actions: rerun the job, and check that nothing replaces ACTIONS_ID_TOKEN_REQUEST_URL.',
    )
  })

  it('read the payload of a token', () => {
    expect(decodeClaims(jwt({ repository: 'acme/widget' }))).toEqual({ repository: 'acme/widget' })
  })

  it('find the workflow file and its repository only at the start of the ref', () => {
    const ref = 'acme/widget/.github/workflows/release.yml@refs/heads/main'
    expect(workflowRepositoryOf(ref)).toBe('acme/widget')
    expect(workflowFileOf(`x/${ref}`)).toBeUndefined()
    expect(workflowRepositoryOf(`x/${ref}`)).toBeUndefined()
    expect(workflowRepositoryOf('nonsense')).toBeUndefined()
    expect(workflowRepositoryOf(undefined)).toBeUndefined()
  })

  it('show every claim of the table, and (none) for an empty or missing one', () => {
    expect(claimsTable({ ...claims, sha: '', ref: 7 as unknown as string })).toEqual([
      ['repository', 'acme/widget'],
      ['repository_owner', 'acme'],
      ['repository_owner_id', '(none)'],
      ['workflow_ref', claims.workflow_ref],
      ['job_workflow_ref', claims.job_workflow_ref],
      ['ref', '(none)'],
      ['sha', '(none)'],
      ['environment', 'release'],
      ['runner_environment', 'github-hosted'],
      ['event_name', '(none)'],
    ])
  })
})

describe('trusted publisher settings', () => {
  it('say what is unknown', () => {
    expect(publisherSettings({}, 'npm')).toEqual({
      owner: '(none)',
      repository: '(none)',
      workflow: '(unknown)',
      environment: '(none: the job has no environment)',
    })
  })

  it('take the owner claim first, else the repository’s owner', () => {
    expect(publisherSettings({ repository: 'acme/widget' }, 'pypi').owner).toBe('acme')
    expect(
      publisherSettings({ repository: 'acme/widget', repository_owner: 'ACME' }, 'pypi').owner,
    ).toBe('ACME')
  })
})

describe('the npm exchange', () => {
  const exchange = (registry: string, mask: (secret: string) => void = () => undefined) =>
    exchangeNpmToken({ registry, packageName: '@acme/widget', idToken: 'id-token', claims, mask })

  it('posts the id token and masks the publish token it gets', async () => {
    const npm = await scripted([{ status: 201, body: '{"token":"publish-token"}' }])
    const masked: string[] = []
    expect(await exchange(npm.url, (secret) => masked.push(secret))).toBe('publish-token')
    expect(masked).toEqual(['publish-token'])
    expect(npm.seen).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: '/-/npm/v1/oidc/token/exchange/package/@acme%2Fwidget',
        headers: expect.objectContaining({
          authorization: 'Bearer id-token',
          accept: 'application/json',
        }),
      }),
    ])
  })

  it('says when the registry answers without a token', async () => {
    const npm = await scripted([{ status: 200, body: '{"token":7}' }])
    expect((await rejection(exchange(npm.url))).message).toBe(
      `${npm.url} answered the OIDC token exchange for @acme/widget without a token. Rerun the job; if it persists, check the registry's status.`,
    )
  })

  it('quotes the registry’s error, or its message first', async () => {
    const npm = await scripted([
      { status: 400, body: '{"error":"bad request"}' },
      { status: 400, body: '{"message":"the message","error":"the error"}' },
      { status: 400, body: '{"error":7}' },
      { status: 401, body: 'not json' },
      { status: 422, body: '{}' },
    ])
    expect((await rejection(exchange(npm.url))).message).toBe(
      `${npm.url} failed the OIDC token exchange for @acme/widget: HTTP 400 ("bad request"). Rerun the job; if it persists, check the registry's status.`,
    )
    expect((await rejection(exchange(npm.url))).message).toContain('HTTP 400 ("the message").')
    expect((await rejection(exchange(npm.url))).message).toContain('HTTP 400. Rerun')
    expect((await rejection(exchange(npm.url))).message).toBe(
      `${npm.url} refused the OIDC token for @acme/widget: HTTP 401. Its trusted publisher does not match this job, which presents owner acme, repository widget, workflow release.yml, environment release. Compare them on the package's settings page: the workflow file name is case-sensitive and .yml is not .yaml, and the environment must match when one is set.`,
    )
    const unknownRunner = await rejection(
      exchangeNpmToken({
        registry: npm.url,
        packageName: 'widget',
        idToken: 'i',
        claims: { ...claims, runner_environment: undefined },
        mask: () => undefined,
      }),
    )
    expect(unknownRunner.message).toBe(
      `${npm.url} refused trusted publishing for widget: HTTP 422. npm accepts OIDC only from GitHub-hosted runners (this job: unknown). Run the publishing job on runs-on: ubuntu-latest.`,
    )
  })

  it('escapes only a scope’s slash', () => {
    expect(escapePackageName('widget')).toBe('widget')
    expect(escapePackageName('a b')).toBe('a%20b')
  })
})

describe('the PyPI mint', () => {
  const idToken = jwt(claims)

  it('roots the OIDC endpoints at the index', () => {
    expect(pypiOidcRoot('http://127.0.0.1:8080/legacy/')).toBe('http://127.0.0.1:8080')
  })

  it('posts the fresh id token as JSON and masks the upload token', async () => {
    const index = await scripted([
      { status: 200, body: '{"audience":"pypi"}' },
      { status: 200, body: '{"token":"upload-token"}' },
    ])
    const audiences: string[] = []
    const masked: string[] = []
    const minted = await mintPypiToken({
      uploadUrl: `${index.url}legacy/`,
      getIdToken: (audience) => {
        audiences.push(audience)
        return Promise.resolve(idToken)
      },
      mask: (secret) => masked.push(secret),
    })
    expect(minted).toEqual({ token: 'upload-token', idToken })
    expect(audiences).toEqual(['pypi'])
    expect(masked).toEqual(['upload-token'])
    expect(index.seen.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET /_/oidc/audience',
      'POST /_/oidc/mint-token',
    ])
    expect(index.seen[1]?.headers['content-type']).toBe('application/json')
    expect(JSON.parse(index.seen[1]!.body)).toEqual({ token: idToken })
  })

  it('refuses an index whose audience is not a string, naming the registry input', async () => {
    const index = await scripted([{ status: 200, body: '{"audience":7}' }])
    const error = (await rejection(
      mintPypiToken({
        uploadUrl: index.url,
        getIdToken: () => Promise.resolve(idToken),
        mask: () => undefined,
      }),
    )) as Error & { input?: string }
    expect(error.message).toBe(
      `${index.url.slice(0, -1)} does not offer trusted publishing (GET /_/oidc/audience answered HTTP 200). Check the registry input: pypi, testpypi, or the upload URL of an index that supports OIDC.`,
    )
    expect(error.input).toBe('registry')
  })

  it('refuses a token given with an error status, and an answer without one', async () => {
    const index = await scripted([
      { status: 200, body: '{"audience":"pypi"}' },
      { status: 400, body: '{"token":"t"}' },
      { status: 200, body: '{"audience":"pypi"}' },
      { status: 200, body: '{}' },
    ])
    const mint = () =>
      mintPypiToken({
        uploadUrl: index.url,
        getIdToken: () => Promise.resolve(idToken),
        mask: () => undefined,
      })
    const root = index.url.slice(0, -1)
    const details =
      'The job presents owner acme, repository widget, workflow publish.yml, environment release.'
    expect((await rejection(mint())).message).toBe(
      `${root} refused to mint an upload token (no details). ${details}`,
    )
    expect((await rejection(mint())).message).toBe(
      `${root} refused to mint an upload token (no details). ${details}`,
    )
  })

  it('diagnoses a pending publisher and lists every error', () => {
    expect(
      diagnosePypiMint(
        [
          { code: 'invalid-pending-publisher', description: 'no pending publisher' },
          { code: 'other', description: 'second' },
        ],
        idToken,
        'P',
      ),
    ).toBe(
      "P has no trusted publisher matching this job (invalid-pending-publisher: no pending publisher; other: second). The job presents owner acme, repository widget, workflow publish.yml, environment release, from job_workflow_ref acme/widget/.github/workflows/publish.yml@refs/heads/main. On the project's Publishing settings, add a GitHub trusted publisher with exactly these values (the environment matches case-insensitively); for a new project, add a pending publisher.",
    )
    expect(
      diagnosePypiMint([{ code: 'invalid-publisher', description: 'x' }], jwt({}), 'P'),
    ).toContain('from job_workflow_ref (none).')
    expect(
      diagnosePypiMint([{ code: 'invalid-token', description: 'replayed jti' }], idToken, 'P'),
    ).toBe(
      'P refused the OIDC token as already used (invalid-token: replayed jti). Every exchange needs a fresh token from GitHub; rerun the job.',
    )
  })
})
