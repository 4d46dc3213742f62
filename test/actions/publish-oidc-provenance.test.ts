import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type JobClaims,
  type NpmSandbox,
  type OidcIssuer,
  type SigstoreSandbox,
  startNpmSandbox,
  startOidcIssuer,
  startSigstoreSandbox,
} from '@tokenless/sandbox'
import { type BundleRun, runBundleAsync } from '../support/run-bundle.js'

const RELEASE_JOB: JobClaims = {
  repository: 'acme/widget',
  workflow: 'release.yml',
  ref: 'refs/tags/v1.1.0',
  environment: 'release',
}
const PUBLISHER = { owner: 'acme', repository: 'widget', workflow: 'release.yml' }
const REPOSITORY = { type: 'git', url: 'git+https://github.com/acme/widget.git' }

let issuer: OidcIssuer
let sigstore: SigstoreSandbox
let registry: NpmSandbox

beforeAll(async () => {
  issuer = await startOidcIssuer()
  sigstore = await startSigstoreSandbox({ issuer })
  registry = await startNpmSandbox({ issuer, sigstore })
}, 60_000)
afterAll(async () => {
  await registry.stop()
  await sigstore.stop()
  await issuer.stop()
})
afterEach(() => sigstore.faults.clear())

let counter = 0
async function existingPackage(base: string): Promise<{ name: string; dir: string }> {
  const name = `${base}-${++counter}-${process.pid}`
  const write = (root: string, version: string) => {
    const dir = join(root, name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name, version, repository: REPOSITORY }),
    )
    writeFileSync(join(dir, 'index.js'), 'module.exports = 1\n')
    return dir
  }
  await registry.seedPackage(write(mkdtempSync(join(tmpdir(), 'tokenless-seed-')), '1.0.0'))
  registry.trustPublisher(name, PUBLISHER)
  const workspace = mkdtempSync(join(tmpdir(), 'tokenless-publish-'))
  write(workspace, '1.1.0')
  return { name, dir: workspace }
}

async function publish(
  dir: string,
  inputs: Record<string, string>,
  claims: JobClaims = RELEASE_JOB,
): Promise<BundleRun> {
  const job = issuer.createJob(claims)
  const run = await runBundleAsync('publish-oidc', {
    workspace: dir,
    inputs: { registry: registry.url, 'require-gate': 'false', ...inputs },
    env: {
      ...job.env,
      ...sigstore.clientEnv,
      HOME: mkdtempSync(join(tmpdir(), 'tokenless-home-')),
      GITHUB_REPOSITORY: claims.repository,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKFLOW_REF: `${claims.repository}/.github/workflows/release.yml@${claims.ref ?? ''}`,
      RUNNER_ENVIRONMENT: claims.runner_environment ?? 'github-hosted',
      npm_config_fetch_retries: '0',
    },
  })
  for (const line of `${run.stdout}\n${run.stderr}\n${run.summary}`.split('\n')) {
    if (line.startsWith('::add-mask::')) continue
    expect(line).not.toMatch(/npm_[A-Za-z0-9]{36}/)
    expect(line).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/)
    expect(line).not.toContain(job.requestToken)
  }
  return run
}

function putsOf(name: string): number {
  return registry.requests.filter((r) => r.action === 'publish' && r.packageName === name).length
}

describe('publish-oidc with npm provenance (real npm CLI, Sigstore stand-in)', () => {
  it('publishes with provenance by default, verified by the registry and served', async () => {
    const { name, dir } = await existingPackage('provenance')
    const result = await publish(dir, { packages: name, version: '1.1.0' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.published).toBe(JSON.stringify([`${name}@1.1.0`]))
    const answer = await fetch(new URL(`-/npm/v1/attestations/${name}@1.1.0`, registry.url))
    const { attestations } = (await answer.json()) as { attestations: { bundle: unknown }[] }
    const verified = sigstore.verify(attestations[0]?.bundle)
    expect(verified.extensions.sourceRepositoryUri).toBe('https://github.com/acme/widget')
    expect(verified.extensions.buildConfigUri).toBe(
      'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.1.0',
    )
  })

  it('refuses a private repository before uploading anything', async () => {
    const { name, dir } = await existingPackage('private')
    const result = await publish(
      dir,
      { packages: name },
      { ...RELEASE_JOB, repository_visibility: 'private' },
    )
    expect(result.exitCode).toBe(1)
    expect(result.annotations[0]?.message).toBe(
      'provenance is on, but acme/widget is private (repository_visibility in the job\'s OIDC token): npm accepts provenance only from public repositories and would refuse the publish (E422 "Unsupported GitHub Actions source repository visibility"). Set provenance: false for a private repository.',
    )
    expect(putsOf(name)).toBe(0)
  })

  it('fails clearly and publishes nothing when Sigstore is unreachable', async () => {
    const { name, dir } = await existingPackage('unreachable')
    sigstore.faults.add({ path: /signingCert/, drop: true, times: Infinity })
    const result = await publish(dir, { packages: name })
    expect(result.exitCode).toBe(1)
    expect(result.summary).toContain(
      'npm could not sign the provenance statement with Sigstore, so nothing was published',
    )
    expect(putsOf(name)).toBe(0)
    const answer = await fetch(new URL(name, registry.url))
    const packument = (await answer.json()) as { versions: Record<string, unknown> }
    expect(Object.keys(packument.versions)).toEqual(['1.0.0'])
  })
})
