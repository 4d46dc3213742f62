import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type JobClaims,
  type OidcIssuer,
  type PypiSandbox,
  startOidcIssuer,
  startPypiSandbox,
} from '@tokenless/sandbox'
import { writeDists } from '../../packages/sandbox/test/fixtures/pypi/dists.js'
import { type BundleRun, runBundleAsync } from '../support/run-bundle.js'

const RELEASE_JOB: JobClaims = {
  repository: 'acme/widget',
  workflow: 'release.yml',
  ref: 'refs/tags/v1.2.0',
  environment: 'release',
}
const PUBLISHER = {
  owner: 'acme',
  repository: 'widget',
  workflow: 'release.yml',
  environment: 'release',
}

let issuer: OidcIssuer
const stops: Array<() => Promise<void>> = []
beforeAll(async () => {
  issuer = await startOidcIssuer()
  stops.push(() => issuer.stop())
})
afterAll(async () => {
  for (const stop of stops) await stop()
})

async function index(name: 'pypi' | 'testpypi' = 'pypi'): Promise<PypiSandbox> {
  const sandbox = await startPypiSandbox({ issuer, name })
  stops.push(() => sandbox.stop())
  return sandbox
}

async function distDir(
  specs: Array<{ name: string; version: string; code?: string }>,
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-pypi-publish-'))
  for (const spec of specs) await writeDists(join(dir, 'dist'), spec)
  return dir
}

async function publish(
  sandbox: PypiSandbox,
  dir: string,
  inputs: Record<string, string> = {},
  options: { claims?: JobClaims; env?: Record<string, string> } = {},
): Promise<BundleRun> {
  const job = issuer.createJob(options.claims ?? RELEASE_JOB)
  const run = await runBundleAsync('publish-oidc', {
    workspace: dir,
    // Attestations have their own tests against the Sigstore stand-in (publish-oidc-attestations).
    inputs: {
      registry: sandbox.uploadUrl,
      'require-gate': 'false',
      attestations: 'false',
      ...inputs,
    },
    env: { ...job.env, HOME: mkdtempSync(join(tmpdir(), 'tokenless-home-')), ...options.env },
  })
  for (const line of `${run.stdout}\n${run.stderr}\n${run.summary}`.split('\n')) {
    if (line.startsWith('::add-mask::')) continue
    expect(line).not.toMatch(/pypi-Ag[\w-]{20,}/)
    expect(line).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/)
    expect(line).not.toContain(job.requestToken)
  }
  return run
}

async function files(sandbox: PypiSandbox, name: string, version: string): Promise<string[]> {
  const response = await fetch(`${sandbox.url}/pypi/${name}/${version}/json`)
  if (!response.ok) return []
  return ((await response.json()) as { urls: Array<{ filename: string }> }).urls
    .map((file) => file.filename)
    .sort()
}

describe('publish-oidc to PyPI (bundle, sandbox Warehouse and issuer)', () => {
  it('mints a token and uploads a wheel and an sdist, then verifies them', async () => {
    const sandbox = await index()
    sandbox.trustPublisher('demo-widget', PUBLISHER)
    const dir = await distDir([{ name: 'demo-widget', version: '1.2.0' }])
    const result = await publish(sandbox, dir, { version: '1.2.0' })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(await files(sandbox, 'demo-widget', '1.2.0')).toEqual([
      'demo_widget-1.2.0-py3-none-any.whl',
      'demo_widget-1.2.0.tar.gz',
    ])
    expect(JSON.parse(result.outputs.published ?? '[]')).toHaveLength(2)
    expect(result.summary).toContain(
      'Trusted publisher this job matches on PyPI: owner acme, repository widget, workflow release.yml, environment release.',
    )
    const again = await publish(sandbox, dir, { version: '1.2.0' })
    expect(again.exitCode).toBe(0)
    expect(JSON.parse(again.outputs.skipped ?? '[]')).toHaveLength(2)
  })

  it('accepts v1.2.0-rc.1 for the PEP 440 files 1.2.0rc1, on a TestPyPI-like index', async () => {
    const sandbox = await index('testpypi')
    sandbox.trustPublisher('demo-widget', PUBLISHER)
    const dir = await distDir([{ name: 'demo-widget', version: '1.2.0rc1' }])
    const result = await publish(sandbox, dir, { version: '1.2.0-rc.1' })
    expect(result.exitCode).toBe(0)
    expect(await files(sandbox, 'demo-widget', '1.2.0rc1')).toHaveLength(2)
  })

  it('completes only what is missing after a partial failure', async () => {
    const sandbox = await index()
    sandbox.trustPublisher('alpha-pkg', PUBLISHER)
    sandbox.trustPublisher('beta-pkg', PUBLISHER)
    const dir = await distDir([
      { name: 'alpha-pkg', version: '1.2.0' },
      { name: 'beta-pkg', version: '1.2.0' },
    ])
    sandbox.faults.add({ method: 'POST', path: '/legacy/', status: 500, nth: 3 })
    const first = await publish(sandbox, dir)
    expect(first.exitCode).toBe(1)
    expect(JSON.parse(first.outputs.published ?? '[]')).toHaveLength(3)
    expect(JSON.parse(first.outputs.failed ?? '[]')).toHaveLength(1)
    const rerun = await publish(sandbox, dir)
    expect(rerun.exitCode).toBe(0)
    expect(JSON.parse(rerun.outputs.published ?? '[]')).toHaveLength(1)
    expect(JSON.parse(rerun.outputs.skipped ?? '[]')).toHaveLength(3)
  })

  it('says what the index answered when it cannot list the files', async () => {
    const sandbox = await index()
    sandbox.trustPublisher('down-pkg', PUBLISHER)
    const dir = await distDir([{ name: 'down-pkg', version: '1.2.0' }])
    const fault = sandbox.faults.add({
      method: 'GET',
      path: /\/pypi\/down-pkg\//,
      status: 503,
      times: Infinity,
    })
    const result = await publish(sandbox, dir)
    // Each read is retried (twice) before the index is called down.
    expect(fault.applied).toBeGreaterThanOrEqual(3)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      'answered HTTP 503 when asked which files down-pkg 1.2.0 has. Check that the registry input names PyPI, TestPyPI or an index with the PyPI JSON API and that it is up, then rerun the job: what is already published is skipped.',
    )
    expect(result.outputs.failed).toContain('down-pkg@1.2.0')
  })

  it('retries a file list the index answered once with 503, then publishes', async () => {
    const sandbox = await index()
    sandbox.trustPublisher('blip-pkg', PUBLISHER)
    const dir = await distDir([{ name: 'blip-pkg', version: '1.2.0' }])
    const fault = sandbox.faults.add({ method: 'GET', path: /\/pypi\/blip-pkg\//, status: 503 })
    const result = await publish(sandbox, dir)
    expect(fault.applied).toBe(1)
    expect(result.exitCode).toBe(0)
    expect(result.outputs.published).toContain('blip-pkg@1.2.0')
  })

  it('fails a file that is already there with other bytes', async () => {
    const sandbox = await index()
    sandbox.trustPublisher('demo-widget', PUBLISHER)
    expect(
      (await publish(sandbox, await distDir([{ name: 'demo-widget', version: '1.2.0' }]))).exitCode,
    ).toBe(0)
    const rebuilt = await distDir([
      { name: 'demo-widget', version: '1.2.0', code: 'changed = True\n' },
    ])
    const result = await publish(sandbox, rebuilt)
    expect(result.exitCode).toBe(1)
    expect(result.summary).toMatch(
      /version 1\.2\.0 of demo-widget is already published with different content \(demo_widget-1\.2\.0-py3-none-any\.whl: sha256 [0-9a-f]{64} there, [0-9a-f]{64} here\); PyPI never accepts a file name twice: publish a new version\./,
    )
  })

  it('prints what this job presents when PyPI has no matching publisher', async () => {
    const sandbox = await index()
    sandbox.trustPublisher('demo-widget', { ...PUBLISHER, workflow: 'publish.yml' })
    const result = await publish(
      sandbox,
      await distDir([{ name: 'demo-widget', version: '1.2.0' }]),
    )
    expect(result.exitCode).toBe(1)
    expect(result.annotations[0]?.message).toBe(
      `${sandbox.url} has no trusted publisher matching this job (invalid-publisher: valid token, but no corresponding publisher (Publisher with matching claims was not found)). The job presents owner acme, repository widget, workflow release.yml, environment release, from job_workflow_ref acme/widget/.github/workflows/release.yml@refs/tags/v1.2.0. On the project's Publishing settings, add a GitHub trusted publisher with exactly these values (the environment matches case-insensitively); for a new project, add a pending publisher.`,
    )
    expect(await files(sandbox, 'demo-widget', '1.2.0')).toEqual([])
  })

  it('refuses a reusable workflow from another repository before minting', async () => {
    const sandbox = await index()
    sandbox.trustPublisher('demo-widget', PUBLISHER)
    const result = await publish(
      sandbox,
      await distDir([{ name: 'demo-widget', version: '1.2.0' }]),
      {},
      {
        claims: {
          ...RELEASE_JOB,
          job_workflow_ref: 'acme/shared/.github/workflows/publish.yml@refs/heads/main',
        },
      },
    )
    expect(result.annotations[0]?.message).toMatch(
      /^PyPI's trusted publisher names the workflow file that holds the publishing job/,
    )
    expect(sandbox.requests.filter((request) => request.path.includes('mint-token'))).toEqual([])
  })

  it('refuses TWINE_PASSWORD in the job', async () => {
    const sandbox = await index()
    const result = await publish(
      sandbox,
      await distDir([{ name: 'demo-widget', version: '1.2.0' }]),
      {},
      {
        env: { TWINE_USERNAME: '__token__', TWINE_PASSWORD: 'pypi-static' },
      },
    )
    expect(result.annotations[0]?.message).toContain(
      'the environment variable TWINE_USERNAME is set; the environment variable TWINE_PASSWORD is set',
    )
  })

  it('names a file PyPI would not take', async () => {
    const sandbox = await index()
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-pypi-publish-'))
    const result = await publish(sandbox, dir, { packages: 'dist/*' })
    expect(result.annotations[0]?.message).toBe(
      'The packages entry dist/* matches no file. Build the distributions first (python -m build), or fix the entry.',
    )
  })
})
