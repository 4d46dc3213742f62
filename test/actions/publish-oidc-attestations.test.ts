import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  attestationToBundle,
  type JobClaims,
  type OidcIssuer,
  type Pep740Attestation,
  type PypiSandbox,
  PYPI_PUBLISH_V1,
  type SigstoreSandbox,
  startOidcIssuer,
  startPypiSandbox,
  startSigstoreSandbox,
} from '@tokenless/sandbox'
import { writeDists } from '../../packages/sandbox/test/fixtures/pypi/dists.js'
import { type BundleRun, runBundleAsync } from '../support/run-bundle.js'

const RELEASE_JOB: JobClaims = {
  repository: 'acme/widget',
  workflow: 'release.yml',
  ref: 'refs/tags/v1.2.0',
  environment: 'release',
}
const PUBLISHER = { owner: 'acme', repository: 'widget', workflow: 'release.yml' }

let issuer: OidcIssuer
let sigstore: SigstoreSandbox
let pypi: PypiSandbox
beforeAll(async () => {
  issuer = await startOidcIssuer()
  sigstore = await startSigstoreSandbox({ issuer })
  pypi = await startPypiSandbox({ issuer, sigstore })
})
afterAll(async () => {
  await pypi.stop()
  await sigstore.stop()
  await issuer.stop()
})
afterEach(() => sigstore.faults.clear())

let counter = 0
async function project(publisher = PUBLISHER): Promise<{ name: string; dir: string }> {
  const name = `widget-attest-${++counter}`
  pypi.trustPublisher(name, publisher)
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-attest-'))
  await writeDists(join(dir, 'dist'), { name, version: '1.2.0' })
  return { name, dir }
}

async function publish(
  dir: string,
  inputs: Record<string, string> = {},
  claims: JobClaims = RELEASE_JOB,
): Promise<BundleRun> {
  const job = issuer.createJob(claims)
  const run = await runBundleAsync('publish-oidc', {
    workspace: dir,
    inputs: { registry: pypi.uploadUrl, 'require-gate': 'false', ...inputs },
    env: {
      ...job.env,
      TOKENLESS_SANDBOX_SIGSTORE_URL: sigstore.url,
      HOME: mkdtempSync(join(tmpdir(), 'tokenless-home-')),
    },
  })
  for (const line of `${run.stdout}\n${run.stderr}\n${run.summary}`.split('\n')) {
    if (line.startsWith('::add-mask::')) continue
    expect(line).not.toMatch(/pypi-Ag[\w-]{20,}/)
    expect(line).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/)
    expect(line).not.toContain(job.requestToken)
  }
  return run
}

async function provenance(name: string, file: string): Promise<{ status: number; body: unknown }> {
  const answer = await fetch(`${pypi.url}/integrity/${name}/1.2.0/${file}/provenance`)
  return { status: answer.status, body: await answer.json() }
}

const wheel = (name: string) => `${name.replace(/-/g, '_')}-1.2.0-py3-none-any.whl`

describe('publish-oidc to PyPI with PEP 740 attestations (Sigstore stand-in)', () => {
  it('signs each distribution, PyPI verifies and serves it, and a rerun is accepted', async () => {
    const { name, dir } = await project()
    const first = await publish(dir)
    expect(first.exitCode).toBe(0)
    expect(JSON.parse(first.outputs.published ?? '[]')).toHaveLength(2)
    expect(issuer.issued.map((token) => token.aud)).toContain('sigstore')
    const served = await provenance(name, wheel(name))
    expect(served.status).toBe(200)
    const body = served.body as {
      attestation_bundles: {
        publisher: { repository: string; workflow: string }
        attestations: Pep740Attestation[]
      }[]
    }
    expect(body.attestation_bundles[0]?.publisher).toMatchObject({
      kind: 'GitHub',
      repository: 'acme/widget',
      workflow: 'release.yml',
    })
    const attestation = body.attestation_bundles[0]?.attestations[0]
    const verified = sigstore.verify(attestationToBundle(attestation!))
    expect(verified.statement.predicateType).toBe(PYPI_PUBLISH_V1)
    expect(verified.statement.subject?.[0]?.name).toBe(wheel(name))

    const rerun = await publish(dir)
    expect(rerun.exitCode).toBe(0)
    expect(JSON.parse(rerun.outputs.skipped ?? '[]')).toHaveLength(2)
  })

  it('uploads from a reusable workflow without attestations, saying why PyPI would refuse them', async () => {
    // PyPI mints for the file holding the job (publish-pypi.yml), but the certificate's Build
    // Config URI names the calling workflow (release.yml): Warehouse refuses such an attestation
    // (the PyPI stand-in's test shows it), so none is made and the release goes up.
    const { name, dir } = await project({ ...PUBLISHER, workflow: 'publish-pypi.yml' })
    const claims = {
      ...RELEASE_JOB,
      job_workflow_ref: 'acme/widget/.github/workflows/publish-pypi.yml@refs/tags/v1.2.0',
    }
    const result = await publish(dir, {}, claims)
    expect(result.exitCode).toBe(0)
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining(
          'This job runs in the reusable workflow acme/widget/.github/workflows/publish-pypi.yml, called by acme/widget/.github/workflows/release.yml. PyPI mints the upload token for the file that holds the job, but verifies a PEP 740 attestation against the calling workflow',
        ),
      }),
    )
    expect(pypi.project(name)?.releases.map((release) => release.version)).toEqual(['1.2.0'])
    expect((await provenance(name, wheel(name))).status).toBe(404)
  })

  it('a self-hosted runner and a private repository: attested and uploaded, as Warehouse accepts both', async () => {
    // Warehouse's GitHub publisher leaves runner_environment and repository_visibility among its
    // unchecked claims, and verifies an attestation against the publisher's repository, workflow
    // and environment only: unlike npm, PyPI refuses neither, so publish-oidc refuses neither.
    const { name, dir } = await project()
    const result = await publish(
      dir,
      {},
      { ...RELEASE_JOB, runner_environment: 'self-hosted', repository_visibility: 'private' },
    )
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs.published ?? '[]')).toHaveLength(2)
    expect((await provenance(name, wheel(name))).status).toBe(200)
  })

  it('uploads nothing when Sigstore cannot sign', async () => {
    const { name, dir } = await project()
    sigstore.faults.add({ path: /signingCert/, status: 503, times: Infinity })
    const result = await publish(dir)
    expect(result.exitCode).toBe(1)
    expect(result.annotations[0]?.message).toContain(
      `Nothing was uploaded: attestations are never dropped silently. Rerun the job when Sigstore answers again (https://status.sigstore.dev), or set attestations: false with a comment saying why.`,
    )
    expect(pypi.project(name)?.releases ?? []).toEqual([])
  })

  it('uploads without attestations when they are turned off', async () => {
    const { name, dir } = await project()
    const result = await publish(dir, { attestations: 'false' })
    expect(result.exitCode).toBe(0)
    expect((await provenance(name, wheel(name))).status).toBe(404)
  })
})
