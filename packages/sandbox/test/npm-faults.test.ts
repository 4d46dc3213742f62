import { runNpmSandbox, startNpmSandbox, startOidcIssuer } from '../src/index.js'
import {
  exchange,
  exchangedToken,
  makePackage,
  mintFor,
  npm,
  RELEASE_JOB,
  RELEASE_PUBLISHER,
  said,
  startRegistry,
  stopRegistries,
  view,
} from './npm-fixture.js'

afterEach(stopRegistries)

const STATIC = 'npm_StaticTokenForTheFaultInjectionTests'

function staticRegistry() {
  return startRegistry({ staticTokens: [STATIC] })
}

describe('fault injection on the front server', () => {
  it('answers 500 on the nth PUT with npm’s error body; npm retries and succeeds', async () => {
    const { sandbox } = await staticRegistry()
    const fault = sandbox.faults.add({ method: 'PUT', path: '/{name}', status: 500, nth: 2 })
    const registry = sandbox.url
    const first = await npm(['publish'], {
      registry,
      token: STATIC,
      cwd: await makePackage('a', '1.0.0'),
    })
    expect(first.code).toBe(0)
    const second = await npm(['publish', '--loglevel=http'], {
      registry,
      token: STATIC,
      cwd: await makePackage('b', '1.0.0'),
    })
    expect(second.code).toBe(0)
    expect(second.stderr).toContain(`npm http fetch PUT ${registry}b attempt 1 failed with 500`)
    expect(fault).toMatchObject({ matched: 3, applied: 1 })
    expect(
      sandbox.requests.filter((r) => r.method === 'PUT').map((r) => [r.path, r.status, r.fault]),
    ).toEqual([
      ['/a', 201, false],
      ['/b', 500, true],
      ['/b', 201, false],
    ])
    expect(sandbox.requests.find((r) => r.fault)).toMatchObject({
      message: 'Internal Server Error',
      reason: 'injected fault',
    })
  })

  it('fails the publish when every attempt gets the fault, and the rerun completes it', async () => {
    const { sandbox } = await staticRegistry()
    sandbox.faults.add({ method: 'PUT', path: /^\/@acme%2fwidget$/, status: 503, times: 3 })
    const dir = await makePackage('@acme/widget', '1.0.0')
    const failed = await npm(['publish', '--access=public'], {
      registry: sandbox.url,
      token: STATIC,
      cwd: dir,
    })
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('npm error code E503')
    expect(failed.stderr).toContain(
      `npm error 503 Service Unavailable - PUT ${sandbox.url}@acme%2fwidget - Service Unavailable`,
    )
    const rerun = await npm(['publish', '--access=public'], {
      registry: sandbox.url,
      token: STATIC,
      cwd: dir,
    })
    expect(said(rerun)).toContain('+ @acme/widget@1.0.0')
  })

  it('sends a custom body and headers', async () => {
    const { sandbox } = await staticRegistry()
    await sandbox.seedPackage(await makePackage('a', '1.0.0'))
    sandbox.faults.add({
      method: 'GET',
      path: '/{name}',
      status: 429,
      retryAfter: 3,
      headers: { 'x-custom': 'yes' },
      body: { error: 'Too many requests, slow down' },
    })
    const answer = await fetch(`${sandbox.url}a`)
    expect(answer.status).toBe(429)
    expect(answer.headers.get('retry-after')).toBe('3')
    expect(answer.headers.get('x-custom')).toBe('yes')
    expect(await answer.json()).toEqual({ error: 'Too many requests, slow down' })
    expect((await fetch(`${sandbox.url}a`)).status).toBe(200)
  })

  it('delays a call that then runs normally', async () => {
    const { issuer, sandbox } = await startRegistry()
    await sandbox.seedPackage(await makePackage('a', '1.0.0'))
    sandbox.trustPublisher('a', RELEASE_PUBLISHER)
    const fault = sandbox.faults.add({ path: /\/oidc\/token\/exchange\//, delayMs: 200 })
    const answer = await exchange(sandbox, 'a', await mintFor(issuer, sandbox))
    expect(answer.status).toBe(201)
    expect(fault.applied).toBe(1)
    expect(sandbox.requests[0]).toMatchObject({ fault: true, dropped: false, status: 201 })
  })

  it('drops the connection; npm retries a dropped PUT', async () => {
    const { sandbox } = await staticRegistry()
    sandbox.faults.add({ method: 'PUT', path: '/{name}', drop: true })
    const run = await npm(['publish', '--loglevel=http'], {
      registry: sandbox.url,
      token: STATIC,
      cwd: await makePackage('a', '1.0.0'),
    })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      `npm http fetch PUT ${sandbox.url}a attempt 1 failed with ECONNRESET`,
    )
    expect(
      sandbox.requests.filter((r) => r.method === 'PUT').map((r) => [r.status, r.dropped]),
    ).toEqual([
      [undefined, true],
      [201, false],
    ])
  })

  it('drops the exchange: npm does not retry a POST, so the publish needs auth', async () => {
    const { issuer, sandbox } = await startRegistry()
    await sandbox.seedPackage(await makePackage('a', '1.0.0'))
    sandbox.trustPublisher('a', RELEASE_PUBLISHER)
    sandbox.faults.add({ method: 'POST', path: /\/oidc\/token\/exchange\//, drop: true })
    const job = issuer.createJob(RELEASE_JOB)
    const run = await npm(['publish', '--loglevel=verbose'], {
      registry: sandbox.url,
      cwd: await makePackage('a', '1.1.0'),
      env: { GITHUB_ACTIONS: 'true', ...job.env },
    })
    expect(run.stderr).toContain(
      'npm verbose oidc Failed token exchange request with body message: Unknown error',
    )
    expect(run.stderr).toContain('npm error code ENEEDAUTH')
    expect(await view(sandbox, 'a', ['versions'])).toEqual(['1.0.0'])
  })

  it('stops affecting calls once removed, and says what nth and times must be', async () => {
    const { issuer, sandbox } = await startRegistry()
    await sandbox.seedPackage(await makePackage('a', '1.0.0'))
    sandbox.trustPublisher('a', RELEASE_PUBLISHER)
    const token = await exchangedToken(issuer, sandbox, 'a')
    const fault = sandbox.faults.add({ method: 'PUT', path: /.*/, status: 500, times: Infinity })
    expect(sandbox.faults.active).toEqual([fault])
    fault.remove()
    expect(sandbox.faults.active).toEqual([])
    const run = await npm(['publish'], {
      registry: sandbox.url,
      token,
      cwd: await makePackage('a', '1.1.0'),
    })
    expect(run.code).toBe(0)
    expect(() => sandbox.faults.add({ path: '/', nth: 0 })).toThrow(
      "A fault's nth must be a whole number from 1, got 0.",
    )
    expect(() => sandbox.faults.add({ path: '/', times: 0.5 })).toThrow(
      "A fault's times must be a whole number from 1 or Infinity, got 0.5.",
    )
  })
})

describe('runNpmSandbox', () => {
  it('starts a sandbox and prints how to use it, without token text', async () => {
    const lines: string[] = []
    const issuer = await startOidcIssuer()
    const sandbox = await runNpmSandbox(
      {
        issuer,
        trustedPublishers: { '@acme/widget': RELEASE_PUBLISHER },
        staticTokens: [STATIC],
      },
      (line) => lines.push(line),
    )
    try {
      expect(lines).toEqual([
        `npm sandbox listening on ${sandbox.url} (Verdaccio at ${sandbox.backendUrl})`,
        `registry=${sandbox.url}`,
        `OIDC audience: npm:127.0.0.1 (tokens from ${issuer.url})`,
        `token exchange: POST ${sandbox.url}-/npm/v1/oidc/token/exchange/package/<escaped name>`,
        'trusted publisher: @acme/widget <- acme/widget release.yml, environment release',
        'static tokens: 1 registered (not shown)',
      ])
      await sandbox.seedPackage(await makePackage('@acme/widget', '1.0.0'))
      expect((await exchange(sandbox, '@acme/widget', await mintFor(issuer, sandbox))).status).toBe(
        201,
      )
    } finally {
      await sandbox.stop()
      await issuer.stop()
    }
  })

  it('says why Verdaccio did not start', async () => {
    const issuer = await startOidcIssuer()
    try {
      await expect(startNpmSandbox({ issuer, node: '/bin/false' })).rejects.toThrow(
        'Verdaccio exited before listening (code 1). It needs Node >= 22 (started with /bin/false).',
      )
    } finally {
      await issuer.stop()
    }
  })

  it('refuses an empty static token', async () => {
    const { sandbox } = await startRegistry()
    expect(() => sandbox.addStaticToken(' ')).toThrow('A static token cannot be empty.')
  })

  it('stops cleanly: the port closes and Verdaccio is gone', async () => {
    const { sandbox } = await startRegistry()
    await sandbox.stop()
    await expect(fetch(sandbox.url)).rejects.toThrow()
    await expect(fetch(sandbox.backendUrl)).rejects.toThrow()
  })
})
