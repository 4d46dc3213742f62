import { execFileSync } from 'node:child_process'
import {
  Clock,
  exchangedToken,
  makePackage,
  npm,
  RELEASE_PUBLISHER,
  said,
  secrets,
  startRegistry,
  stopRegistries,
  view,
} from './npm-fixture.js'
import { startVerdaccio } from '../src/index.js'

afterEach(stopRegistries)

const NAME = '@acme/widget'
const STATIC = 'npm_StaticTokenForTheBenchmarkBaseline01'

beforeAll(() => {
  // The CLI tests need npm >= 11.5.1 (trusted publishing); fail loudly on an older one.
  const version = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim()
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number)
  if (major < 11 || (major === 11 && (minor < 5 || (minor === 5 && patch < 1)))) {
    throw new Error(`These tests need npm >= 11.5.1 on PATH, found ${version}.`)
  }
})

/** A registry where @acme/widget 1.0.0 exists and trusts the release job. */
async function trustedRegistry(options: { clock?: Clock } = {}) {
  const started = await startRegistry(options.clock === undefined ? {} : { now: options.clock.now })
  const seeded = await started.sandbox.seedPackage(await makePackage(NAME, '1.0.0'))
  started.sandbox.trustPublisher(NAME, RELEASE_PUBLISHER)
  return { ...started, seeded }
}

function escapedUrl(url: string, name: string): string {
  return `${url}${name.replace('/', '%2f')}`
}

describe('npm publish with a token from the exchange', () => {
  it('publishes the version; npm view shows it with the integrity npm computed', async () => {
    const { issuer, sandbox, seeded } = await trustedRegistry()
    const token = await exchangedToken(issuer, sandbox, NAME)
    const published = await npm(['publish', '--access=public', '--json'], {
      registry: sandbox.url,
      token,
      cwd: await makePackage(NAME, '1.1.0'),
    })
    expect(published.code).toBe(0)
    const report = (JSON.parse(published.stdout) as Record<string, { integrity: string }>)[NAME]!
    expect(report.integrity).toMatch(/^sha512-/)

    const shown = await view(sandbox, NAME, ['versions', 'dist-tags', 'dist.integrity'])
    expect(shown).toEqual({
      versions: ['1.0.0', '1.1.0'],
      'dist-tags': { latest: '1.1.0' },
      'dist.integrity': report.integrity,
    })
    expect(await view(sandbox, `${NAME}@1.0.0`, ['dist.integrity'])).toBe(seeded.integrity)
    const put = sandbox.requests.find((r) => r.method === 'PUT')
    expect(put).toMatchObject({
      path: '/@acme%2fwidget',
      action: 'publish',
      status: 201,
      authorization: true,
      tokenKind: 'oidc',
    })
  })

  it('publishes an unscoped package the same way', async () => {
    const { issuer, sandbox } = await startRegistry()
    await sandbox.seedPackage(await makePackage('widget', '2.0.0'))
    sandbox.trustPublisher('widget', RELEASE_PUBLISHER)
    const token = await exchangedToken(issuer, sandbox, 'widget')
    const published = await npm(['publish'], {
      registry: sandbox.url,
      token,
      cwd: await makePackage('widget', '2.1.0'),
    })
    expect(said(published)).toContain('+ widget@2.1.0')
    expect(await view(sandbox, 'widget', ['version'])).toBe('2.1.0')
  })

  it('refuses the token of package A for package B with npm’s 404', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    await sandbox.seedPackage(await makePackage('@acme/gadget', '1.0.0'))
    const token = await exchangedToken(issuer, sandbox, NAME)
    const refused = await npm(['publish'], {
      registry: sandbox.url,
      token,
      cwd: await makePackage('@acme/gadget', '1.1.0'),
    })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('npm error code E404')
    expect(refused.stderr).toContain(
      `npm error 404 Not Found - PUT ${escapedUrl(sandbox.url, '@acme/gadget')} - Not found`,
    )
    expect(sandbox.requests.find((r) => r.method === 'PUT')).toMatchObject({
      status: 404,
      tokenKind: 'oidc',
      message: 'Not found',
      reason: 'the token was exchanged for @acme/widget, not @acme/gadget',
    })
    expect(await view(sandbox, '@acme/gadget', ['versions'])).toEqual(['1.0.0'])
  })

  it('expires the token after 15 minutes: npm’s notice and a 404, the incident’s disguise', async () => {
    const clock = new Clock()
    const { issuer, sandbox } = await trustedRegistry({ clock })
    const token = await exchangedToken(issuer, sandbox, NAME)
    clock.advance(15 * 60 * 1000 + 1000)
    const refused = await npm(['publish'], {
      registry: sandbox.url,
      token,
      cwd: await makePackage(NAME, '1.1.0'),
    })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(
      'npm notice Access token expired or revoked. Please try logging in again.',
    )
    expect(refused.stderr).toContain(
      `npm error 404 Not Found - PUT ${escapedUrl(sandbox.url, NAME)} - Not found`,
    )
    expect(sandbox.requests.find((r) => r.method === 'PUT')?.tokenKind).toBe('expired')
  })

  it('answers a revoked token as an expired one', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    const token = await exchangedToken(issuer, sandbox, NAME)
    expect(sandbox.revokeToken(token)).toBe(true)
    expect(sandbox.revokeToken('npm_never-issued')).toBe(false)
    const refused = await npm(['publish'], {
      registry: sandbox.url,
      token,
      cwd: await makePackage(NAME, '1.1.0'),
    })
    expect(refused.stderr).toContain(
      'npm notice Access token expired or revoked. Please try logging in again.',
    )
    expect(sandbox.requests.find((r) => r.method === 'PUT')?.tokenKind).toBe('revoked')
  })

  it('refuses npm dist-tag add with the token: 403, OIDC covers publish only', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    const token = await exchangedToken(issuer, sandbox, NAME)
    const refused = await npm(['dist-tag', 'add', `${NAME}@1.0.0`, 'stable'], {
      registry: sandbox.url,
      token,
    })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('npm error code E403')
    expect(refused.stderr).toContain(
      `npm error 403 403 Forbidden - PUT ${sandbox.url}-/package/@acme%2fwidget/dist-tags/stable - ` +
        'Trusted publishing (OIDC) tokens can only publish packages: npm dist-tag needs a granular access token.',
    )
    expect(await view(sandbox, NAME, ['dist-tags'])).toEqual({ latest: '1.0.0' })
  })

  it('refuses npm dist-tag rm with the token', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    await sandbox.seedPackage(await makePackage(NAME, '2.0.0-rc.1'), { tag: 'next' })
    const token = await exchangedToken(issuer, sandbox, NAME)
    const refused = await npm(['dist-tag', 'rm', NAME, 'next'], { registry: sandbox.url, token })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(
      `403 Forbidden - DELETE ${sandbox.url}-/package/@acme%2fwidget/dist-tags/next`,
    )
    expect(await view(sandbox, NAME, ['dist-tags'])).toEqual({
      latest: '1.0.0',
      next: '2.0.0-rc.1',
    })
  })

  it('refuses npm deprecate with the token: 403 on the packument PUT', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    const token = await exchangedToken(issuer, sandbox, NAME)
    const refused = await npm(['deprecate', `${NAME}@1.0.0`, 'use 1.1.0'], {
      registry: sandbox.url,
      token,
    })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(
      `npm error 403 403 Forbidden - PUT ${escapedUrl(sandbox.url, NAME)} - ` +
        'Trusted publishing (OIDC) tokens can only publish packages: ' +
        'npm deprecate (or another change to the packument) needs a granular access token.',
    )
    expect(sandbox.requests.find((r) => r.method === 'PUT')?.action).toBe('packument-change')
    expect(await view(sandbox, `${NAME}@1.0.0`, ['deprecated'])).toBeUndefined()
  })

  it('refuses npm unpublish with the token', async () => {
    const { issuer, sandbox } = await trustedRegistry()
    await sandbox.seedPackage(await makePackage(NAME, '1.0.1'))
    const token = await exchangedToken(issuer, sandbox, NAME)
    const refused = await npm(['unpublish', `${NAME}@1.0.1`], { registry: sandbox.url, token })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(
      'Trusted publishing (OIDC) tokens can only publish packages: npm unpublish needs a granular access token.',
    )
    expect(await view(sandbox, NAME, ['versions'])).toEqual(['1.0.0', '1.0.1'])
  })
})

describe('npm publish with a static token (the benchmark baseline)', () => {
  it('publishes a new package, then dist-tags, deprecates and unpublishes with it', async () => {
    const { sandbox } = await startRegistry({ staticTokens: [STATIC] })
    secrets.push(STATIC)
    const registry = sandbox.url
    const first = await npm(['publish', '--access=public'], {
      registry,
      token: STATIC,
      cwd: await makePackage(NAME, '1.0.0'),
    })
    expect(said(first)).toContain('+ @acme/widget@1.0.0')
    await npm(['publish'], { registry, token: STATIC, cwd: await makePackage(NAME, '1.0.1') })

    expect(
      (await npm(['dist-tag', 'add', `${NAME}@1.0.0`, 'stable'], { registry, token: STATIC })).code,
    ).toBe(0)
    expect(
      (await npm(['deprecate', `${NAME}@1.0.0`, 'use 1.0.1'], { registry, token: STATIC })).code,
    ).toBe(0)
    expect(await view(sandbox, `${NAME}@1.0.0`, ['deprecated'])).toBe('use 1.0.1')
    expect(await view(sandbox, NAME, ['dist-tags'])).toEqual({ latest: '1.0.1', stable: '1.0.0' })
    expect((await npm(['unpublish', `${NAME}@1.0.1`], { registry, token: STATIC })).code).toBe(0)
    expect(await view(sandbox, NAME, ['versions'])).toEqual(['1.0.0'])
    expect(
      sandbox.requests
        .filter((r) => r.method !== 'GET')
        .map((r) => [r.action, r.tokenKind, r.status]),
    ).toEqual([
      ['publish', 'static', 201],
      ['publish', 'static', 201],
      ['dist-tag', 'static', 201],
      ['packument-change', 'static', 201],
      ['unpublish', 'static', 201],
      ['unpublish', 'static', 201],
    ])
  })

  it('answers a publish over an existing version with npm’s 403', async () => {
    const { sandbox } = await startRegistry({ staticTokens: [STATIC] })
    secrets.push(STATIC)
    await sandbox.seedPackage(await makePackage(NAME, '1.0.0'))
    const dir = await makePackage(NAME, '1.0.0')
    // npm refuses by itself first, from the packument...
    const refused = await npm(['publish'], { registry: sandbox.url, token: STATIC, cwd: dir })
    expect(refused.stderr).toContain(
      'npm error You cannot publish over the previously published versions: 1.0.0.',
    )
    // ...and with --force the registry does.
    const forced = await npm(['publish', '--force'], {
      registry: sandbox.url,
      token: STATIC,
      cwd: dir,
    })
    expect(forced.stderr).toContain(
      `npm error 403 403 Forbidden - PUT ${escapedUrl(sandbox.url, NAME)} - ` +
        'You cannot publish over the previously published versions: 1.0.0.',
    )
  })
})

describe('npm publish without a usable token', () => {
  it('fails with ENEEDAUTH before any PUT when npm has no token', async () => {
    const { sandbox } = await trustedRegistry()
    const refused = await npm(['publish'], {
      registry: sandbox.url,
      cwd: await makePackage(NAME, '1.1.0'),
    })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('npm error code ENEEDAUTH')
    expect(refused.stderr).toContain(
      `npm error need auth This command requires you to be logged in to ${sandbox.url}`,
    )
    expect(sandbox.requests.filter((r) => r.method === 'PUT')).toEqual([])
  })

  it('answers an unknown token with npm’s 404 (an invalid token looks like a missing package)', async () => {
    const { sandbox } = await trustedRegistry()
    const placeholder = 'XXXXX-XXXXX-XXXXX-XXXXX' // setup-node's NODE_AUTH_TOKEN placeholder
    secrets.push(placeholder)
    const refused = await npm(['publish'], {
      registry: sandbox.url,
      token: placeholder,
      cwd: await makePackage(NAME, '1.1.0'),
    })
    expect(refused.stderr).toContain('npm error code E404')
    expect(refused.stderr).toContain(
      `npm error 404 Not Found - PUT ${escapedUrl(sandbox.url, NAME)} - Not found`,
    )
    expect(refused.stderr).toContain(
      "npm error 404  The requested resource '@acme/widget@1.1.0' could not be found or you do not have permission to access it.",
    )
    expect(sandbox.requests.find((r) => r.method === 'PUT')).toMatchObject({
      tokenKind: 'unknown',
      reason: 'the token is not one the registry issued',
    })
  })

  it('answers a write without any Authorization header with 401 "You must be logged in"', async () => {
    const { sandbox } = await trustedRegistry()
    const response = await fetch(escapedUrl(sandbox.url, NAME), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: NAME, versions: {}, _attachments: { 'x.tgz': {} } }),
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ error: 'You must be logged in to publish packages.' })
  })

  it('never lets a write reach Verdaccio without the front: it refuses anonymous writes', async () => {
    const { sandbox } = await trustedRegistry()
    const direct = await npm(['dist-tag', 'add', `${NAME}@1.0.0`, 'stable'], {
      registry: sandbox.backendUrl,
      token: 'npm_anything',
    })
    expect(direct.code).toBe(1)
    expect(direct.stderr).toContain('npm error code E401')
    const anonymous = await fetch(
      `${sandbox.backendUrl}-/package/@acme%2fwidget/dist-tags/stable`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify('1.0.0'),
      },
    )
    expect(anonymous.status).toBe(401)
    expect(await view(sandbox, NAME, ['dist-tags'])).toEqual({ latest: '1.0.0' })
  })
})

describe('seedPackage', () => {
  it('publishes a directory or a tarball straight to Verdaccio, unseen by requests', async () => {
    const { sandbox } = await startRegistry()
    const dir = await makePackage('seeded', '0.1.0')
    const packed = await npm(['pack', '--json', `--pack-destination=${dir}`], {
      registry: sandbox.url,
      cwd: dir,
    })
    const { filename } = (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!
    const fromTarball = await sandbox.seedPackage(`${dir}/${filename}`)
    expect(fromTarball).toEqual({
      name: 'seeded',
      version: '0.1.0',
      integrity: expect.stringMatching(/^sha512-/),
      shasum: expect.stringMatching(/^[0-9a-f]{40}$/),
    })
    const fromDir = await sandbox.seedPackage(await makePackage('seeded', '0.2.0-beta.1'), {
      tag: 'beta',
    })
    expect(fromDir.version).toBe('0.2.0-beta.1')
    expect(await view(sandbox, 'seeded', ['dist-tags'])).toEqual({
      latest: '0.1.0',
      beta: '0.2.0-beta.1',
    })
    expect(sandbox.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('says why a seed failed', async () => {
    const { sandbox } = await startRegistry()
    await sandbox.seedPackage(await makePackage('seeded', '0.1.0'))
    await expect(sandbox.seedPackage(await makePackage('seeded', '0.1.0'))).rejects.toThrow(
      /^Seeding \/.+ failed: npm publish exited with 1\.\n[\s\S]*You cannot publish over the previously published versions: 0\.1\.0\./,
    )
  })
})

describe('holdRequests', () => {
  it('answers a read that came during seeding once the seeded version is there', async () => {
    const { sandbox } = await startRegistry()
    let ready: () => void = () => undefined
    sandbox.holdRequests(new Promise<void>((resolve) => (ready = resolve)))
    const early = fetch(`${sandbox.url}held`)
    while (sandbox.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    await sandbox.seedPackage(await makePackage('held', '0.1.0'))
    ready()
    const answer = await early
    expect(answer.status).toBe(200)
    expect(Object.keys(((await answer.json()) as { versions: object }).versions)).toEqual(['0.1.0'])
  })

  it('answers 503 with the reason when the registry could not be made ready', async () => {
    const { sandbox } = await startRegistry()
    sandbox.holdRequests(Promise.reject(new Error('seeding broke')))
    const answer = await fetch(`${sandbox.url}held`)
    expect(answer.status).toBe(503)
    expect(await answer.json()).toEqual({ error: 'sandbox not ready: seeding broke' })
    expect(sandbox.requests[0]).toMatchObject({
      status: 503,
      reason: 'sandbox not ready: seeding broke',
    })
  })
})

describe('a Verdaccio started beforehand', () => {
  it('is the one the front serves, and stops with the sandbox', async () => {
    const verdaccio = startVerdaccio()
    const { sandbox } = await startRegistry({ verdaccio })
    const backend = await verdaccio
    expect(sandbox.backendUrl).toBe(backend.url)
    await sandbox.seedPackage(await makePackage('early', '1.0.0'))
    expect((await fetch(`${sandbox.url}early`)).status).toBe(200)
    await sandbox.stop()
    await expect(fetch(`${backend.url}early`)).rejects.toThrow()
  })
})
