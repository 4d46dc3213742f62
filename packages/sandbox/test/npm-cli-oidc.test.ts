import type { JobClaims, NpmSandbox, OidcIssuer } from '../src/index.js'
import {
  makePackage,
  npm,
  type NpmRun,
  RELEASE_JOB,
  RELEASE_PUBLISHER,
  said,
  secrets,
  startRegistry,
  stopRegistries,
  view,
} from './npm-fixture.js'

afterEach(stopRegistries)

const NAME = '@acme/widget'

/**
 * `npm publish` as a GitHub Actions job with `id-token: write` runs it: npm (>= 11.5.1) sees
 * GITHUB_ACTIONS and the runner's token request variables, asks the issuer for a token with its
 * audience, exchanges it, and publishes with the registry token. No token in any npmrc.
 */
async function publishFromJob(
  issuer: OidcIssuer,
  sandbox: NpmSandbox,
  version: string,
  claims: JobClaims = RELEASE_JOB,
  extra: { token?: string; name?: string } = {},
): Promise<NpmRun> {
  const job = issuer.createJob(claims)
  secrets.push(job.requestToken)
  return npm(['publish', '--access=public', '--loglevel=verbose'], {
    registry: sandbox.url,
    cwd: await makePackage(extra.name ?? NAME, version),
    env: { GITHUB_ACTIONS: 'true', ...job.env },
    ...(extra.token === undefined ? {} : { token: extra.token }),
  })
}

async function trustedRegistry() {
  const started = await startRegistry()
  await started.sandbox.seedPackage(await makePackage(NAME, '1.0.0'))
  started.sandbox.trustPublisher(NAME, RELEASE_PUBLISHER)
  return started
}

const EXCHANGE_PATH = '/-/npm/v1/oidc/token/exchange/package/@acme%2fwidget'

describe('npm publish doing trusted publishing itself', () => {
  it('asks for the audience npm:127.0.0.1, exchanges, and publishes', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    const run = await publishFromJob(issuer, sandbox, '1.1.0')
    expect(run.code).toBe(0)
    expect(said(run)).toContain('+ @acme/widget@1.1.0')
    expect(run.stderr).toContain('npm verbose oidc Successfully retrieved and set token')
    expect(issuer.issued.map((t) => t.aud)).toEqual(['npm:127.0.0.1'])
    expect(sandbox.requests.map((r) => [r.method, r.path, r.status, r.tokenKind])).toEqual([
      ['POST', EXCHANGE_PATH, 201, 'jwt'],
      // The registry says nothing of visibility, so npm leaves provenance off.
      ['GET', '/-/package/@acme%2fwidget/visibility', 404, 'oidc'],
      ['GET', '/@acme%2fwidget', 200, 'oidc'],
      ['PUT', '/@acme%2fwidget', 201, 'oidc'],
    ])
    const shown = (await view(sandbox, NAME, ['versions', 'dist.integrity'])) as Record<
      string,
      unknown
    >
    expect(shown.versions).toEqual(['1.0.0', '1.1.0'])
    expect(shown['dist.integrity']).toMatch(/^sha512-/)
  })

  it('overrides a static token in the npmrc with the exchanged one', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    sandbox.addStaticToken('npm_StaticTokenThatOidcReplaces000000001')
    const run = await publishFromJob(issuer, sandbox, '1.1.0', RELEASE_JOB, {
      token: 'npm_StaticTokenThatOidcReplaces000000001',
    })
    expect(run.code).toBe(0)
    expect(sandbox.requests.find((r) => r.method === 'PUT')?.tokenKind).toBe('oidc')
  })

  it('takes the JWT from NPM_ID_TOKEN when set, without asking the runner', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    const jwt = await issuer.mint(RELEASE_JOB, sandbox.audience)
    secrets.push(jwt)
    const run = await npm(['publish', '--loglevel=verbose'], {
      registry: sandbox.url,
      cwd: await makePackage(NAME, '1.1.0'),
      env: { GITHUB_ACTIONS: 'true', NPM_ID_TOKEN: jwt },
    })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('npm verbose oidc Successfully retrieved and set token')
    expect(sandbox.requests.map((r) => [r.method, r.status])).toContainEqual(['PUT', 201])
  })

  it('does nothing without GITHUB_ACTIONS: ENEEDAUTH, no token requested', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    const job = issuer.createJob(RELEASE_JOB)
    const run = await npm(['publish'], {
      registry: sandbox.url,
      cwd: await makePackage(NAME, '1.1.0'),
      env: job.env,
    })
    expect(run.stderr).toContain('npm error code ENEEDAUTH')
    expect(issuer.issued).toEqual([])
    expect(sandbox.requests.filter((r) => r.action === 'exchange')).toEqual([])
  })

  /** What npm says, whatever the exchange's failure: only the verbose log tells them apart. */
  function expectSilentFailure(run: NpmRun, sandbox: NpmSandbox, bodyMessage: string): void {
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `npm verbose oidc Failed token exchange request with body message: ${bodyMessage}`,
    )
    expect(run.stderr).toContain('npm error code ENEEDAUTH')
    expect(run.stderr).toContain(
      `npm error need auth This command requires you to be logged in to ${sandbox.url}`,
    )
    expect(run.stderr).toContain(
      'npm error need auth You need to authorize this machine using `npm adduser`',
    )
    expect(sandbox.requests.filter((r) => r.method === 'PUT')).toEqual([])
  }

  it('fails a first publish: 404 package not found, then ENEEDAUTH', async () => {
    const { issuer, sandbox } = await startRegistry()
    const run = await publishFromJob(issuer, sandbox, '1.0.0', RELEASE_JOB, {
      name: '@acme/brand-new',
    })
    expectSilentFailure(run, sandbox, 'OIDC token exchange error - package not found')
    expect(run.stderr).toMatch(
      /npm http fetch POST 404 http:\/\/127\.0\.0\.1:\d+\/-\/npm\/v1\/oidc\/token\/exchange\/package\/@acme%2fbrand-new/,
    )
  })

  it.each([
    ['Release.yml', { ...RELEASE_JOB, workflow: 'Release.yml' }],
    ['release.yaml', { ...RELEASE_JOB, workflow: 'release.yaml' }],
    ['the staging environment', { ...RELEASE_JOB, environment: 'staging' }],
  ])('fails a job from %s: 403 permission denied, then ENEEDAUTH', async (_, claims) => {
    const { issuer, sandbox } = await trustedRegistry()
    const run = await publishFromJob(issuer, sandbox, '1.1.0', claims)
    expectSilentFailure(run, sandbox, 'OIDC permission denied for this action')
  })

  it('fails a self-hosted runner: 422, then ENEEDAUTH', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    const run = await publishFromJob(issuer, sandbox, '1.1.0', {
      ...RELEASE_JOB,
      runner_environment: 'self-hosted',
    })
    expectSilentFailure(
      run,
      sandbox,
      'OIDC token exchange error - self-hosted runners are not supported',
    )
  })

  it('turns a failed exchange with a leftover token into E404: the disguised failure', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    const run = await publishFromJob(
      issuer,
      sandbox,
      '1.1.0',
      { ...RELEASE_JOB, workflow: 'Release.yml' },
      {
        token: 'XXXXX-XXXXX-XXXXX-XXXXX',
      },
    )
    expect(run.stderr).toContain(
      'npm verbose oidc Failed token exchange request with body message: OIDC permission denied for this action',
    )
    expect(run.stderr).toContain('npm error code E404')
    expect(sandbox.requests.find((r) => r.method === 'PUT')?.tokenKind).toBe('unknown')
  })
})
