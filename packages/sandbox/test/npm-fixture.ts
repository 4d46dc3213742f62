import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import {
  type JobClaims,
  type NpmSandbox,
  type NpmSandboxOptions,
  type OidcIssuer,
  startNpmSandbox,
  startOidcIssuer,
} from '../src/index.js'

/** The claims of the release job the tests trust by default. */
export const RELEASE_JOB: JobClaims = {
  repository: 'acme/widget',
  workflow: 'release.yml',
  ref: 'refs/tags/v1.1.0',
  environment: 'release',
}

export const RELEASE_PUBLISHER = {
  owner: 'acme',
  repository: 'widget',
  workflow: 'release.yml',
  environment: 'release',
}

const dirs: string[] = []
const running: Array<{ issuer: OidcIssuer; sandbox: NpmSandbox }> = []
/** Every npm run's output, checked for token text by `stopRegistries`. */
const outputs: string[] = []
/** Token texts the tests handled; none may appear in any npm output. */
export const secrets: string[] = []

export async function tempDir(prefix = 'tokenless-npm-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

/** An OIDC issuer and an npm sandbox trusting it, stopped by `stopRegistries`. */
export async function startRegistry(
  options: Omit<NpmSandboxOptions, 'issuer'> = {},
): Promise<{ issuer: OidcIssuer; sandbox: NpmSandbox }> {
  const issuer = await startOidcIssuer()
  try {
    const sandbox = await startNpmSandbox({ issuer, ...options })
    running.push({ issuer, sandbox })
    return { issuer, sandbox }
  } catch (error) {
    await issuer.stop()
    throw error
  }
}

/**
 * Stops what the test started, removes its directories, and fails the test when an npm output
 * holds token text: a registry token (`npm_...`), a JWT, or any token the test registered.
 */
export async function stopRegistries(): Promise<void> {
  const stopping = running.splice(0)
  await Promise.all(
    stopping.map(async ({ issuer, sandbox }) => {
      await sandbox.stop()
      await issuer.stop()
    }),
  )
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
  const seen = outputs.splice(0)
  const known = secrets.splice(0)
  for (const output of seen) {
    expect(output).not.toMatch(/npm_[A-Za-z0-9]{36}/)
    expect(output).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/)
    for (const secret of known) expect(output.includes(secret)).toBe(false)
  }
}

/** A package directory with a package.json and an index.js. */
export async function makePackage(
  name: string,
  version: string,
  manifest: Record<string, unknown> = {},
): Promise<string> {
  const dir = await tempDir('tokenless-npm-package-')
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name,
        version,
        description: 'A package for the npm sandbox tests',
        main: 'index.js',
        license: 'MIT',
        repository: { type: 'git', url: 'git+https://github.com/acme/widget.git' },
        ...manifest,
      },
      null,
      2,
    ),
  )
  await writeFile(
    join(dir, 'index.js'),
    `module.exports = ${JSON.stringify(`${name}@${version}`)}\n`,
  )
  return dir
}

export interface NpmRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs the real npm CLI against `registry` in a clean environment: a temporary HOME, userconfig
 * (holding `token` when given), globalconfig and cache; no NPM_TOKEN, no CI variables except
 * those in `env`. npm runs on the Node that runs the tests.
 */
export async function npm(
  args: string[],
  options: { registry: string; token?: string; cwd?: string; env?: Record<string, string> },
): Promise<NpmRun> {
  const home = await tempDir('tokenless-npm-home-')
  const host = new URL(options.registry).host
  const lines = [`registry=${options.registry}`]
  if (options.token !== undefined) lines.push(`//${host}/:_authToken=${options.token}`)
  const userconfig = join(home, '.npmrc')
  await writeFile(userconfig, `${lines.join('\n')}\n`)
  await mkdir(join(home, 'cache'))
  const env = {
    PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
    HOME: home,
    ...options.env,
  }
  const all = [
    ...args,
    `--userconfig=${userconfig}`,
    `--globalconfig=${join(home, 'global-npmrc')}`,
    `--cache=${join(home, 'cache')}`,
    '--no-update-notifier',
    '--no-audit',
    '--no-fund',
    // npm retries a failed PUT or GET twice, 10 s apart by default: keep fault tests short.
    '--fetch-retry-mintimeout=20',
    '--fetch-retry-maxtimeout=50',
  ]
  const result = await new Promise<NpmRun>((resolve, reject) => {
    const child = spawn('npm', all, {
      cwd: options.cwd ?? home,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }))
  })
  outputs.push(result.stdout, result.stderr)
  return result
}

/** POSTs a JWT to the exchange endpoint for `packageName`, as npm does. */
export async function exchange(
  sandbox: NpmSandbox,
  packageName: string,
  jwt: string | undefined,
): Promise<{ status: number; body: { token?: string; message?: string } }> {
  const escaped = packageName.replace('/', '%2f')
  const response = await fetch(
    new URL(`/-/npm/v1/oidc/token/exchange/package/${escaped}`, sandbox.url),
    {
      method: 'POST',
      headers: jwt === undefined ? {} : { authorization: `Bearer ${jwt}` },
    },
  )
  const body = (await response.json()) as { token?: string; message?: string }
  if (body.token !== undefined) secrets.push(body.token)
  return { status: response.status, body }
}

/** A JWT from the issuer for the sandbox's audience, remembered as a secret. */
export async function mintFor(
  issuer: OidcIssuer,
  sandbox: NpmSandbox,
  claims: JobClaims = RELEASE_JOB,
  overrides?: Record<string, unknown>,
): Promise<string> {
  const jwt = await issuer.mint(claims, sandbox.audience, overrides)
  secrets.push(jwt)
  return jwt
}

/** Exchanges a fresh JWT for the release job and returns the registry token. */
export async function exchangedToken(
  issuer: OidcIssuer,
  sandbox: NpmSandbox,
  packageName: string,
  claims: JobClaims = RELEASE_JOB,
): Promise<string> {
  const answer = await exchange(sandbox, packageName, await mintFor(issuer, sandbox, claims))
  if (answer.status !== 201 || answer.body.token === undefined) {
    throw new Error(
      `The exchange for ${packageName} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
    )
  }
  return answer.body.token
}

/** A clock a test moves by hand, for the sandbox's `now`. */
export class Clock {
  private offsetMs = 0
  readonly now = (): Date => new Date(Date.now() + this.offsetMs)
  advance(ms: number): void {
    this.offsetMs += ms
  }
}

/** The text a user reads from an npm run. */
export function said(run: NpmRun): string {
  return `${run.stdout}\n${run.stderr}`
}

/** `npm view <spec> --json` read back as JSON; undefined for an absent field. */
export async function view(
  sandbox: NpmSandbox,
  spec: string,
  fields: string[] = [],
): Promise<unknown> {
  const result = await npm(['view', spec, ...fields, '--json'], { registry: sandbox.url })
  if (result.code !== 0) throw new Error(`npm view ${spec} failed:\n${result.stderr}`)
  // npm prints nothing for a field the package does not have.
  return result.stdout.trim() === '' ? undefined : (JSON.parse(result.stdout) as unknown)
}
