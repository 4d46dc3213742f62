import { startNpmSandbox, startOidcIssuer } from '../src/index.js'
import {
  Clock,
  exchange,
  makePackage,
  mintFor,
  RELEASE_JOB,
  RELEASE_PUBLISHER,
  secrets,
  startRegistry,
  stopRegistries,
} from './npm-fixture.js'

afterEach(stopRegistries)

const NAME = '@acme/widget'

/** A registry where @acme/widget exists (1.0.0) and trusts the release job. */
async function ownRegistry(options: { clock?: Clock } = {}) {
  const started = await startRegistry(options.clock === undefined ? {} : { now: options.clock.now })
  await started.sandbox.seedPackage(await makePackage(NAME, '1.0.0'))
  started.sandbox.trustPublisher(NAME, RELEASE_PUBLISHER)
  return started
}

// One registry for the tests that only read its rules: starting Verdaccio is the slow part.
let shared: Awaited<ReturnType<typeof ownRegistry>> | undefined
beforeAll(async () => {
  const issuer = await startOidcIssuer()
  const sandbox = await startNpmSandbox({ issuer })
  shared = { issuer, sandbox }
  await sandbox.seedPackage(await makePackage(NAME, '1.0.0'))
  sandbox.trustPublisher(NAME, RELEASE_PUBLISHER)
})
afterAll(async () => {
  await shared?.sandbox.stop()
  await shared?.issuer.stop()
})

/** The shared registry, its records emptied for the test. */
function trustedRegistry() {
  if (shared === undefined) throw new Error('The shared registry did not start.')
  shared.sandbox.requests.length = 0
  return Promise.resolve(shared)
}

describe('the OIDC token exchange', () => {
  it('takes the audience npm derives from the registry URL: its hostname, no port', async () => {
    const { sandbox } = await trustedRegistry()
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(sandbox.audience).toBe('npm:127.0.0.1')
  })

  it('answers 201 with a registry token for a job that matches the trusted publisher', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    const answer = await exchange(sandbox, NAME, await mintFor(issuer, sandbox))
    expect(answer.status).toBe(201)
    expect(Object.keys(answer.body)).toEqual(['token'])
    expect(answer.body.token).toMatch(/^npm_[A-Za-z0-9]{36}$/)
    expect(sandbox.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/-/npm/v1/oidc/token/exchange/package/@acme%2fwidget',
        action: 'exchange',
        packageName: NAME,
        status: 201,
        authorization: true,
        tokenKind: 'jwt',
      }),
    ])
  })

  it('answers 404 "package not found" when the package has no trusted publisher', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    await sandbox.seedPackage(await makePackage('plain', '1.0.0'))
    const answer = await exchange(sandbox, 'plain', await mintFor(issuer, sandbox))
    expect(answer).toEqual({
      status: 404,
      body: { message: 'OIDC token exchange error - package not found' },
    })
    expect(sandbox.requests[0]?.reason).toBe('plain has no trusted publisher')
  })

  it('answers 404 for a first publish: a package that does not exist cannot use OIDC', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    sandbox.trustPublisher('@acme/new', RELEASE_PUBLISHER)
    const answer = await exchange(sandbox, '@acme/new', await mintFor(issuer, sandbox))
    expect(answer).toEqual({
      status: 404,
      body: { message: 'OIDC token exchange error - package not found' },
    })
    expect(sandbox.requests[0]?.reason).toBe(
      '@acme/new does not exist yet: a first publish needs another token',
    )
  })

  it.each([
    ['Release.yml (case differs)', { workflow: 'Release.yml' }, 'workflow_ref'],
    ['release.yaml (.yaml, not .yml)', { workflow: 'release.yaml' }, 'workflow_ref'],
    ['another workflow', { workflow: 'publish.yml' }, 'workflow_ref'],
    ['another repository', { repository: 'acme/gadget' }, 'repository'],
    ['another owner', { repository: 'Acme/widget' }, 'repository_owner'],
    ['another environment', { environment: 'staging' }, 'environment'],
    ['no environment', { environment: undefined }, 'environment'],
    ['an environment differing in case', { environment: 'Release' }, 'environment'],
  ])('answers 403 "OIDC permission denied for this action" for %s', async (_, change, claim) => {
    const { issuer, sandbox } = await trustedRegistry()
    const answer = await exchange(
      sandbox,
      NAME,
      await mintFor(issuer, sandbox, { ...RELEASE_JOB, ...change }),
    )
    expect(answer).toEqual({
      status: 403,
      body: { message: 'OIDC permission denied for this action' },
    })
    expect(sandbox.requests[0]?.reason).toContain(`claim ${claim} is`)
  })

  it('names the mismatch in the record: the workflow file, compared exactly', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    await exchange(
      sandbox,
      NAME,
      await mintFor(issuer, sandbox, { ...RELEASE_JOB, workflow: 'Release.yml' }),
    )
    expect(sandbox.requests[0]?.reason).toBe(
      'claim workflow_ref is "acme/widget/.github/workflows/Release.yml@refs/tags/v1.1.0", ' +
        'the trusted publisher needs "acme/widget/.github/workflows/release.yml@<ref>"',
    )
  })

  it('takes the workflow from workflow_ref (the caller), not job_workflow_ref', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    const reusable = {
      ...RELEASE_JOB,
      job_workflow_ref: 'acme/shared/.github/workflows/npm.yml@refs/heads/main',
    }
    expect((await exchange(sandbox, NAME, await mintFor(issuer, sandbox, reusable))).status).toBe(
      201,
    )
  })

  it('accepts any environment when the publisher names none', async () => {
    const { issuer, sandbox } = await ownRegistry()
    sandbox.trustPublisher(NAME, { owner: 'acme', repository: 'widget', workflow: 'release.yml' })
    for (const environment of ['release', undefined]) {
      const jwt = await mintFor(issuer, sandbox, { ...RELEASE_JOB, environment })
      expect((await exchange(sandbox, NAME, jwt)).status).toBe(201)
    }
  })

  it('answers 422 for a token from a self-hosted runner', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    const jwt = await mintFor(issuer, sandbox, {
      ...RELEASE_JOB,
      runner_environment: 'self-hosted',
    })
    expect(await exchange(sandbox, NAME, jwt)).toEqual({
      status: 422,
      body: { message: 'OIDC token exchange error - self-hosted runners are not supported' },
    })
  })

  describe('answers 401 "invalid or expired token"', () => {
    const INVALID = {
      status: 401,
      body: { message: 'OIDC token exchange error - invalid or expired token' },
    }

    it('for an expired token', async () => {
      const clock = new Clock()
      const { issuer, sandbox } = await ownRegistry({ clock })
      const jwt = await mintFor(issuer, sandbox)
      clock.advance(6 * 60 * 1000) // the issuer's tokens live 5 minutes
      expect(await exchange(sandbox, NAME, jwt)).toEqual(INVALID)
      expect(sandbox.requests[0]?.reason).toMatch(/^ERR_JWT_EXPIRED: /)
    })

    it('for the audience of another registry (npm:registry.npmjs.org)', async () => {
      const { issuer, sandbox } = await trustedRegistry()
      const jwt = await issuer.mint(RELEASE_JOB, 'npm:registry.npmjs.org')
      secrets.push(jwt)
      expect(await exchange(sandbox, NAME, jwt)).toEqual(INVALID)
      expect(sandbox.requests[0]?.reason).toContain('"aud"')
    })

    it('for an audience with the port (npm sends the hostname only)', async () => {
      const { issuer, sandbox } = await trustedRegistry()
      const jwt = await issuer.mint(RELEASE_JOB, `npm:${new URL(sandbox.url).host}`)
      secrets.push(jwt)
      expect(await exchange(sandbox, NAME, jwt)).toEqual(INVALID)
    })

    it('for a token signed by another issuer', async () => {
      const { sandbox } = await trustedRegistry()
      const stranger = await startOidcIssuer()
      try {
        const jwt = await stranger.mint(RELEASE_JOB, sandbox.audience)
        secrets.push(jwt)
        expect(await exchange(sandbox, NAME, jwt)).toEqual(INVALID)
      } finally {
        await stranger.stop()
      }
    })

    it('for a token whose claims were altered after signing', async () => {
      const { issuer, sandbox } = await trustedRegistry()
      const [header, payload, signature] = (await mintFor(issuer, sandbox)).split('.')
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<
        string,
        unknown
      >
      claims.repository = 'evil/widget'
      const forged = [
        header,
        Buffer.from(JSON.stringify(claims)).toString('base64url'),
        signature,
      ].join('.')
      secrets.push(forged)
      expect(await exchange(sandbox, NAME, forged)).toEqual(INVALID)
      expect(sandbox.requests[0]?.reason).toMatch(/^ERR_JWS_SIGNATURE_VERIFICATION_FAILED: /)
    })

    it('for no token, or text that is no JWT', async () => {
      const { sandbox } = await trustedRegistry()
      expect(await exchange(sandbox, NAME, undefined)).toEqual(INVALID)
      expect(await exchange(sandbox, NAME, 'not-a-jwt')).toEqual(INVALID)
      expect(sandbox.requests.map((r) => [r.authorization, r.tokenKind])).toEqual([
        [false, undefined],
        [true, 'jwt'],
      ])
    })
  })

  it('records no token text, neither the JWT nor the registry token', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    const jwt = await mintFor(issuer, sandbox)
    const answer = await exchange(sandbox, NAME, jwt)
    const recorded = JSON.stringify(sandbox.requests)
    expect(recorded.includes(jwt)).toBe(false)
    expect(recorded.includes(answer.body.token!)).toBe(false)
  })
})

describe('trustPublisher', () => {
  it('refuses what npmjs.com’s form refuses, saying what to enter', async () => {
    const { sandbox } = await trustedRegistry()
    expect(() =>
      sandbox.trustPublisher(NAME, {
        owner: 'acme',
        repository: 'acme/widget',
        workflow: 'release.yml',
      }),
    ).toThrow(
      'Trusted publisher for @acme/widget: repository must be the repository\'s name without its owner, got "acme/widget".',
    )
    expect(() =>
      sandbox.trustPublisher(NAME, {
        owner: 'acme',
        repository: 'widget',
        workflow: '.github/workflows/release.yml',
      }),
    ).toThrow(
      'Trusted publisher for @acme/widget: workflow must be a workflow file name such as release.yml, got ".github/workflows/release.yml".',
    )
    expect(() =>
      sandbox.trustPublisher(NAME, {
        owner: '',
        repository: 'widget',
        workflow: 'release',
        environment: '',
      }),
    ).toThrow(
      'Trusted publisher for @acme/widget: owner must be a user or organization name, got ""; ' +
        'workflow must be a workflow file name such as release.yml, got "release"; ' +
        'environment must not be empty when given.',
    )
  })

  it('replaces the publisher (npm keeps one per package), and untrustPublisher removes it', async () => {
    const { issuer, sandbox } = await ownRegistry()
    sandbox.trustPublisher(NAME, { ...RELEASE_PUBLISHER, workflow: 'publish.yml' })
    expect((await exchange(sandbox, NAME, await mintFor(issuer, sandbox))).status).toBe(403)
    sandbox.untrustPublisher(NAME)
    expect((await exchange(sandbox, NAME, await mintFor(issuer, sandbox))).status).toBe(404)
  })
})
