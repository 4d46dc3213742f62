import { randomUUID } from 'node:crypto'
import { generateKeyPair, SignJWT } from 'jose'
import { completeClaims, runPypiSandbox, startOidcIssuer } from '../src/index.js'
import {
  mintToken,
  RELEASE_JOB,
  RELEASE_PUBLISHER,
  setup,
  stopAll,
  type Setup,
} from './fixtures/pypi/harness.js'

afterEach(stopAll)

/** A clock the test moves: the sandbox reads it for JWT times and token lifetimes. */
function clock(): { now: () => Date; advance: (seconds: number) => void } {
  let time = new Date()
  return {
    now: () => time,
    advance: (seconds) => (time = new Date(time.getTime() + seconds * 1000)),
  }
}

function failure(code: string, description: string): unknown {
  return { message: 'Token request failed', errors: [{ code, description }] }
}

const NOT_FOUND = failure(
  'invalid-publisher',
  'valid token, but no corresponding publisher (Publisher with matching claims was not found)',
)

async function trusted(options: Parameters<typeof setup>[0] = {}): Promise<Setup> {
  const s = await setup(options)
  s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
  return s
}

describe('the audience', () => {
  it('is pypi on PyPI and testpypi on TestPyPI', async () => {
    const pypi = await setup()
    const test = await setup({ name: 'testpypi' })
    for (const [s, audience] of [
      [pypi, 'pypi'],
      [test, 'testpypi'],
    ] as const) {
      const response = await fetch(`${s.pypi.url}/_/oidc/audience`)
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ audience })
      expect(s.pypi.audience).toBe(audience)
    }
  })

  it('is refused, as every exchange, while trusted publishing is turned off', async () => {
    const s = await trusted()
    s.pypi.setTrustedPublishing(false)
    const response = await fetch(`${s.pypi.url}/_/oidc/audience`)
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({
      message: 'Trusted publishing functionality not enabled',
    })
    const minted = await mintToken(s, await s.issuer.mint(RELEASE_JOB, 'pypi'))
    expect(minted).toEqual({
      status: 422,
      body: failure('not-enabled', 'github trusted publishing functionality not enabled'),
    })
    s.pypi.setTrustedPublishing(true)
    expect((await mintToken(s, await s.issuer.mint(RELEASE_JOB, 'pypi'))).status).toBe(200)
  })
})

describe('minting a token', () => {
  it('gives a 15-minute pypi- token for the publisher’s job, as Warehouse answers', async () => {
    const time = clock()
    const s = await trusted({ now: time.now })
    const minted = await mintToken(s, await s.issuer.mint(RELEASE_JOB, 'pypi'))
    expect(minted.status).toBe(200)
    expect(Object.keys(minted.body).sort()).toEqual(['expires', 'success', 'token'])
    expect(minted.body.success).toBe(true)
    expect(minted.body.expires).toBe(Math.floor(time.now().getTime() / 1000) + 900)
    // A macaroon for pypi.org, as real PyPI tokens begin.
    expect(minted.body.token).toMatch(/^pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]+$/)
    expect(s.pypi.requests.at(-1)).toMatchObject({
      route: '/_/oidc/mint-token',
      status: 200,
      project: 'acme-widget',
      errorCode: undefined,
    })
  })

  it('names test.pypi.org in TestPyPI’s tokens and wants the testpypi audience', async () => {
    const s = await setup({ name: 'testpypi' })
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    const minted = await mintToken(s, await s.issuer.mint(RELEASE_JOB, 'testpypi'))
    expect(minted.body.token).toMatch(/^pypi-AgENdGVzdC5weXBpLm9yZw/)
    expect(await mintToken(s, await s.issuer.mint(RELEASE_JOB, 'pypi'))).toEqual({
      status: 422,
      body: failure('invalid-token', 'malformed or invalid token'),
    })
  })

  it('refuses a workflow file the publisher does not name', async () => {
    const s = await trusted()
    const jwt = await s.issuer.mint({ ...RELEASE_JOB, workflow: 'publish.yml' }, 'pypi')
    expect(await mintToken(s, jwt)).toEqual({ status: 422, body: NOT_FOUND })
    expect(s.pypi.requests.at(-1)).toMatchObject({
      status: 422,
      errorCode: 'invalid-publisher',
      message:
        'valid token, but no corresponding publisher (Publisher with matching claims was not found)',
    })
  })

  it('matches the environment case-insensitively, and refuses another or none', async () => {
    const s = await trusted()
    for (const environment of ['Release', 'RELEASE', 'release']) {
      const jwt = await s.issuer.mint({ ...RELEASE_JOB, environment }, 'pypi')
      expect((await mintToken(s, jwt)).status).toBe(200)
    }
    for (const environment of ['staging', undefined]) {
      const jwt = await s.issuer.mint({ ...RELEASE_JOB, environment }, 'pypi')
      expect(await mintToken(s, jwt)).toEqual({ status: 422, body: NOT_FOUND })
    }
    // A publisher registered with capitals matches the job's lowercase name too.
    s.pypi.trustPublisher('other-widget', { ...RELEASE_PUBLISHER, environment: 'PyPI' })
    const jwt = await s.issuer.mint({ ...RELEASE_JOB, environment: 'pypi' }, 'pypi')
    expect(await mintToken(s, jwt)).toMatchObject({ status: 200 })
  })

  it('lets a publisher without environment take a job in any environment or none', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', { ...RELEASE_PUBLISHER, environment: undefined })
    for (const environment of ['release', 'anything', undefined]) {
      const jwt = await s.issuer.mint({ ...RELEASE_JOB, environment }, 'pypi')
      expect((await mintToken(s, jwt)).status).toBe(200)
    }
  })

  it('refuses a reusable workflow from another repository: PyPI names the job’s file', async () => {
    const s = await trusted()
    // The caller is acme/widget's release.yml; the job runs in acme/shared's release.yml.
    const reusable = 'acme/shared/.github/workflows/release.yml@refs/heads/main'
    const jwt = await s.issuer.mint({ ...RELEASE_JOB, job_workflow_ref: reusable }, 'pypi')
    const claims = completeClaims({ ...RELEASE_JOB, job_workflow_ref: reusable })
    expect(claims.workflow_ref).toBe('acme/widget/.github/workflows/release.yml@refs/tags/v1.2.0')
    expect(await mintToken(s, jwt)).toEqual({
      status: 422,
      body: failure(
        'invalid-publisher',
        'valid token, but no corresponding publisher (The job_workflow_ref claim does not match, ' +
          "expecting one of ['acme/widget/.github/workflows/release.yml@0000000000000000000000000000000000000000', " +
          "'acme/widget/.github/workflows/release.yml@refs/tags/v1.2.0'], " +
          "got 'acme/shared/.github/workflows/release.yml@refs/heads/main')",
      ),
    })
    // A reusable workflow with another file name is simply not a publisher.
    const other = await s.issuer.mint(
      {
        ...RELEASE_JOB,
        job_workflow_ref: 'acme/shared/.github/workflows/pypi.yml@refs/heads/main',
      },
      'pypi',
    )
    expect(await mintToken(s, other)).toEqual({ status: 422, body: NOT_FOUND })
  })

  it('accepts a reusable workflow in the same repository when the publisher names its file', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', { ...RELEASE_PUBLISHER, workflow: 'pypi-publish.yml' })
    const jobWorkflowRef = 'acme/widget/.github/workflows/pypi-publish.yml@refs/tags/v1.2.0'
    const jwt = await s.issuer.mint({ ...RELEASE_JOB, job_workflow_ref: jobWorkflowRef }, 'pypi')
    expect((await mintToken(s, jwt)).status).toBe(200)
    // The calling workflow's file alone is not enough.
    const caller = await s.issuer.mint(RELEASE_JOB, 'pypi')
    expect(await mintToken(s, caller)).toEqual({ status: 422, body: NOT_FOUND })
  })

  it('refuses a job_workflow_ref at another ref than the run’s', async () => {
    const s = await trusted()
    const pinned = 'acme/widget/.github/workflows/release.yml@refs/heads/main'
    const jwt = await s.issuer.mint({ ...RELEASE_JOB, job_workflow_ref: pinned }, 'pypi')
    const minted = await mintToken(s, jwt)
    expect(minted.body.errors![0]!.description).toBe(
      'valid token, but no corresponding publisher (The job_workflow_ref claim does not match, ' +
        "expecting one of ['acme/widget/.github/workflows/release.yml@0000000000000000000000000000000000000000', " +
        "'acme/widget/.github/workflows/release.yml@refs/tags/v1.2.0'], got " +
        "'acme/widget/.github/workflows/release.yml@refs/heads/main')",
    )
  })

  it('refuses another owner id (a re-created account of the same name)', async () => {
    const s = await trusted()
    const jwt = await s.issuer.mint({ ...RELEASE_JOB, repository_owner_id: '9999' }, 'pypi')
    expect(await mintToken(s, jwt)).toEqual({ status: 422, body: NOT_FOUND })
    // Without an owner id the sandbox's publisher takes any.
    s.pypi.trustPublisher('other', { ...RELEASE_PUBLISHER, ownerId: undefined, environment: 'x' })
    const any = await s.issuer.mint(
      { ...RELEASE_JOB, repository_owner_id: '9999', environment: 'x' },
      'pypi',
    )
    expect((await mintToken(s, any)).status).toBe(200)
  })

  it('refuses a JWT whose jti was exchanged before: fetch a fresh one per exchange', async () => {
    const s = await trusted()
    const jwt = await s.issuer.mint(RELEASE_JOB, 'pypi')
    expect((await mintToken(s, jwt)).status).toBe(200)
    const reused = failure('invalid-reuse-token', 'invalid token: already used')
    expect(await mintToken(s, jwt)).toEqual({ status: 422, body: reused })
    // Another token carrying the same jti is refused too.
    const jti = (
      JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as {
        jti: string
      }
    ).jti
    const copy = await s.issuer.mint(RELEASE_JOB, 'pypi', { jti })
    expect(await mintToken(s, copy)).toEqual({ status: 422, body: reused })
  })

  it('refuses an expired JWT, with PyJWT’s 30 s leeway', async () => {
    const time = clock()
    const s = await trusted({ now: time.now })
    const late = await s.issuer.mint(RELEASE_JOB, 'pypi')
    const later = await s.issuer.mint(RELEASE_JOB, 'pypi')
    // The issuer's tokens live 300 s.
    time.advance(300 + 20)
    expect((await mintToken(s, late)).status).toBe(200)
    time.advance(15)
    expect(await mintToken(s, later)).toEqual({
      status: 422,
      body: failure('invalid-token', 'malformed or invalid token'),
    })
  })

  it('refuses a JWT for another audience', async () => {
    const s = await trusted()
    const jwt = await s.issuer.mint(RELEASE_JOB, 'npm:registry.npmjs.org')
    expect(await mintToken(s, jwt)).toEqual({
      status: 422,
      body: failure('invalid-token', 'malformed or invalid token'),
    })
  })

  it('refuses a JWT from an issuer it does not know', async () => {
    const s = await trusted()
    const stranger = await startOidcIssuer()
    try {
      const jwt = await stranger.mint(RELEASE_JOB, 'pypi')
      expect(await mintToken(s, jwt)).toEqual({
        status: 422,
        body: failure('invalid-payload', 'unknown trusted publishing issuer'),
      })
    } finally {
      await stranger.stop()
    }
  })

  it('refuses a JWT signed by a key the issuer does not publish', async () => {
    const s = await trusted()
    const { privateKey } = await generateKeyPair('RS256')
    const now = Math.floor(Date.now() / 1000)
    const forge = (kid: string): Promise<string> =>
      new SignJWT({ ...completeClaims(RELEASE_JOB), jti: randomUUID() })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(s.issuer.url)
        .setAudience('pypi')
        .setIssuedAt(now)
        .setExpirationTime(now + 300)
        .sign(privateKey)
    const invalid = { status: 422, body: failure('invalid-token', 'malformed or invalid token') }
    expect(await mintToken(s, await forge('not-a-published-key'))).toEqual(invalid)
    // The issuer's own key id, but another key's signature.
    const published = (await (await fetch(s.issuer.jwksUrl)).json()) as {
      keys: Array<{ kid: string }>
    }
    expect(await mintToken(s, await forge(published.keys[0]!.kid))).toEqual(invalid)
  })

  it('answers a request that is not {"token": "<JWT>"} with pydantic’s explanation', async () => {
    const s = await trusted()
    const post = async (body: string) => {
      const response = await fetch(`${s.pypi.url}/_/oidc/mint-token`, { method: 'POST', body })
      return { status: response.status, body: await response.json() }
    }
    const docs = 'For further information visit https://errors.pydantic.dev/2.13/v'
    expect(await post('{}')).toEqual({
      status: 422,
      body: failure(
        'invalid-payload',
        `1 validation error for TokenPayload\ntoken\n  Field required [type=missing, input_value={}, input_type=dict]\n    ${docs}/missing`,
      ),
    })
    expect(await post('{"token": 123}')).toEqual({
      status: 422,
      body: failure(
        'invalid-payload',
        `1 validation error for TokenPayload\ntoken\n  Input should be a valid string [type=string_type, input_value=123, input_type=int]\n    ${docs}/string_type`,
      ),
    })
    expect(await post('garbage')).toEqual({
      status: 422,
      body: failure(
        'invalid-payload',
        `1 validation error for TokenPayload\n  Invalid JSON: expected value at line 1 column 1 [type=json_invalid, input_value=b'garbage', input_type=bytes]\n    ${docs}/json_invalid`,
      ),
    })
    expect(await post('')).toEqual({
      status: 422,
      body: failure(
        'invalid-payload',
        `1 validation error for TokenPayload\n  Invalid JSON: EOF while parsing a value at line 1 column 0 [type=json_invalid, input_value=b'', input_type=bytes]\n    ${docs}/json_invalid`,
      ),
    })
    expect(await post('{"token": "eyJ')).toEqual({
      status: 422,
      body: failure(
        'invalid-payload',
        `1 validation error for TokenPayload\n  Invalid JSON: EOF while parsing a string at line 1 column 14 [type=json_invalid, input_value=b'{"token": "eyJ', input_type=bytes]\n    ${docs}/json_invalid`,
      ),
    })
    expect(await post('{"token": "x"}}')).toEqual({
      status: 422,
      body: failure(
        'invalid-payload',
        `1 validation error for TokenPayload\n  Invalid JSON: trailing characters at line 1 column 15 [type=json_invalid, input_value=b'{"token": "x"}}', input_type=bytes]\n    ${docs}/json_invalid`,
      ),
    })
    expect(await post('[]')).toEqual({
      status: 422,
      body: failure(
        'invalid-payload',
        `1 validation error for TokenPayload\n  Input should be an object [type=model_type, input_value=[], input_type=list]\n    ${docs}/model_type`,
      ),
    })
    expect(await post(`{"tok": "${'x'.repeat(80)}"}`)).toEqual({
      status: 422,
      body: failure(
        'invalid-payload',
        `1 validation error for TokenPayload\ntoken\n  Field required [type=missing, input_value={'tok': 'xxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxxxxxx'}, input_type=dict]\n    ${docs}/missing`,
      ),
    })
    expect(await post('{"token": "not.a.jwt"}')).toEqual({
      status: 422,
      body: failure('invalid-payload', 'malformed JWT'),
    })
  })

  it('names a missing claim and refuses pull_request_target', async () => {
    const s = await trusted()
    const noJti = await s.issuer.mint(RELEASE_JOB, 'pypi', { jti: undefined })
    expect(await mintToken(s, noJti)).toEqual({
      status: 422,
      body: failure(
        'invalid-publisher',
        "valid token, but no corresponding publisher (Missing claim 'jti')",
      ),
    })
    const prt = await s.issuer.mint({ ...RELEASE_JOB, event_name: 'pull_request_target' }, 'pypi')
    expect(await mintToken(s, prt)).toEqual({
      status: 422,
      body: failure(
        'invalid-publisher',
        "valid token, but no corresponding publisher (Publishing from a workflow invoked via 'pull_request_target' is not supported.)",
      ),
    })
  })

  it('needs a workflow file in job_workflow_ref and a ref or sha to match it against', async () => {
    const s = await trusted()
    const noFile = await s.issuer.mint(
      {
        ...RELEASE_JOB,
        job_workflow_ref: 'acme/widget/.github/workflows/release@refs/tags/v1.2.0',
      },
      'pypi',
    )
    expect(await mintToken(s, noFile)).toEqual({
      status: 422,
      body: failure(
        'invalid-publisher',
        'valid token, but no corresponding publisher (Could not job extract workflow filename from OIDC claims)',
      ),
    })
    const noRef = await s.issuer.mint({ ...RELEASE_JOB, ref: '', sha: '' }, 'pypi')
    expect(await mintToken(s, noRef)).toEqual({
      status: 422,
      body: failure(
        'invalid-publisher',
        'valid token, but no corresponding publisher (The ref and sha claims are empty)',
      ),
    })
  })

  it('names no token text in its request log', async () => {
    const s = await trusted()
    const jwt = await s.issuer.mint(RELEASE_JOB, 'pypi')
    const minted = await mintToken(s, jwt)
    const log = JSON.stringify(s.pypi.requests)
    expect(log).not.toContain(jwt)
    expect(log).not.toContain(minted.body.token as string)
  })
})

describe('pending publishers', () => {
  it('create their project on the first exchange and become normal publishers', async () => {
    const s = await setup()
    s.pypi.trustPendingPublisher('New-Widget', RELEASE_PUBLISHER)
    expect(s.pypi.project('new-widget')).toBeUndefined()
    expect((await mintToken(s, await s.issuer.mint(RELEASE_JOB, 'pypi'))).status).toBe(200)
    expect(s.pypi.project('new-widget')).toEqual({
      name: 'New-Widget',
      normalizedName: 'new-widget',
      releases: [],
    })
    // The next run finds the (now normal) publisher.
    expect((await mintToken(s, await s.issuer.mint(RELEASE_JOB, 'pypi'))).status).toBe(200)
  })

  it('are dropped when their project was created meanwhile', async () => {
    const s = await setup()
    s.pypi.trustPendingPublisher('new-widget', RELEASE_PUBLISHER)
    // The project appears meanwhile (here: a maintainer adds another publisher to it).
    s.pypi.trustPublisher('new-widget', { ...RELEASE_PUBLISHER, workflow: 'other.yml' })
    expect(await mintToken(s, await s.issuer.mint(RELEASE_JOB, 'pypi'))).toEqual({
      status: 422,
      body: failure('invalid-pending-publisher', 'valid token, but project already exists'),
    })
    expect(await mintToken(s, await s.issuer.mint(RELEASE_JOB, 'pypi'))).toEqual({
      status: 422,
      body: NOT_FOUND,
    })
  })
})

describe('registering publishers', () => {
  it('says what is wrong with a publisher', async () => {
    const s = await setup()
    expect(() =>
      s.pypi.trustPublisher('w', { ...RELEASE_PUBLISHER, repository: 'acme/widget' }),
    ).toThrow(
      "A trusted publisher's repository is the repository name without its owner, got 'acme/widget'.",
    )
    expect(() =>
      s.pypi.trustPublisher('w', {
        ...RELEASE_PUBLISHER,
        workflow: '.github/workflows/release.yml',
      }),
    ).toThrow(
      "A trusted publisher's workflow is a file name ending in .yml or .yaml (release.yml), got '.github/workflows/release.yml'.",
    )
    expect(() => s.pypi.trustPublisher('w', { ...RELEASE_PUBLISHER, owner: '' })).toThrow(
      "A trusted publisher's owner is a GitHub user or organisation, got ''.",
    )
  })

  it('refuses a pending publisher for an existing project, or one registered twice', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    expect(() => s.pypi.trustPendingPublisher('Acme_Widget', RELEASE_PUBLISHER)).toThrow(
      "The project 'Acme_Widget' already exists on the PyPI sandbox: add a trusted publisher to it with trustPublisher.",
    )
    s.pypi.trustPendingPublisher('first', RELEASE_PUBLISHER)
    expect(() => s.pypi.trustPendingPublisher('second', RELEASE_PUBLISHER)).toThrow(
      "A pending publisher for acme/widget release.yml is already registered for 'first'.",
    )
  })
})

describe('runPypiSandbox', () => {
  it('starts a sandbox and prints how to use it', async () => {
    const issuer = await startOidcIssuer()
    const lines: string[] = []
    const pypi = await runPypiSandbox({ issuer, name: 'testpypi' }, (line) => lines.push(line))
    try {
      expect(lines).toEqual([
        `PyPI sandbox (testpypi) listening on ${pypi.url}`,
        `upload: twine upload --repository-url ${pypi.url}/legacy/ -u __token__ -p <token> dist/*`,
        `trusted publishing: ${pypi.url}/_/oidc/audience, ${pypi.url}/_/oidc/mint-token`,
        `OIDC issuer trusted: ${issuer.url}`,
        `JSON API: ${pypi.url}/pypi/<name>/json, simple index: ${pypi.url}/simple/`,
      ])
      expect(await (await fetch(`${pypi.url}/_/oidc/audience`)).json()).toEqual({
        audience: 'testpypi',
      })
    } finally {
      await pypi.stop()
      await issuer.stop()
    }
  })
})
