import { createHash } from 'node:crypto'
import { bundleToJSON } from '@sigstore/bundle'
import { DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign'
import { blake2b256Hex } from '../src/pypi/blake2b.js'
import {
  type JobClaims,
  type OidcIssuer,
  type PypiSandbox,
  PYPI_PUBLISH_V1,
  type SigstoreSandbox,
  startOidcIssuer,
  startPypiSandbox,
  startSigstoreSandbox,
} from '../src/index.js'
import { buildWheel, type Dist } from './fixtures/pypi/dists.js'
import {
  postUpload,
  RELEASE_JOB,
  RELEASE_PUBLISHER,
  releaseToken,
} from './fixtures/pypi/harness.js'

let issuer: OidcIssuer
let sigstore: SigstoreSandbox
let pypi: PypiSandbox
const s = () => ({ issuer, pypi, dir: '', minted: [] as string[], output: [] as string[] })
beforeAll(async () => {
  issuer = await startOidcIssuer()
  sigstore = await startSigstoreSandbox({ issuer })
  pypi = await startPypiSandbox({ issuer, sigstore })
  pypi.addApiToken('pypi-test-api-token')
})
afterAll(async () => {
  await pypi.stop()
  await sigstore.stop()
  await issuer.stop()
})

let counter = 0
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/** A PEP 740 attestation list for `subject`, signed by the release job. */
async function attest(
  subject: { name: string; sha256: string },
  claims: JobClaims = RELEASE_JOB,
): Promise<string> {
  const token = await issuer.mint(claims, 'sigstore')
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      fulcioBaseURL: sigstore.url,
      identityProvider: { getToken: () => Promise.resolve(token) },
    }),
    witnesses: [new RekorWitness({ rekorBaseURL: sigstore.url })],
  })
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: subject.name, digest: { sha256: subject.sha256 } }],
    predicateType: PYPI_PUBLISH_V1,
    predicate: null,
  }
  const bundle = bundleToJSON(
    await builder.create({
      data: Buffer.from(JSON.stringify(statement)),
      type: 'application/vnd.in-toto+json',
    }),
  ) as unknown as {
    verificationMaterial: { certificate: { rawBytes: string }; tlogEntries: unknown[] }
    dsseEnvelope: { payload: string; signatures: { sig: string }[] }
  }
  return JSON.stringify([
    {
      version: 1,
      verification_material: {
        certificate: bundle.verificationMaterial.certificate.rawBytes,
        transparency_entries: bundle.verificationMaterial.tlogEntries,
      },
      envelope: {
        statement: bundle.dsseEnvelope.payload,
        signature: bundle.dsseEnvelope.signatures[0]?.sig,
      },
    },
  ])
}

async function upload(dist: Dist, name: string, attestations: string, token?: string) {
  return postUpload(s(), {
    token: token ?? (await releaseToken(s())),
    fields: [
      [':action', 'file_upload'],
      ['protocol_version', '1'],
      ['name', name],
      ['version', '1.2.0'],
      ['filetype', 'bdist_wheel'],
      ['pyversion', 'py3'],
      ['metadata_version', '2.1'],
      ['sha256_digest', sha256(dist.data)],
      ['blake2_256_digest', blake2b256Hex(dist.data)],
      ['attestations', attestations],
    ],
    file: { filename: dist.filename, data: dist.data },
  })
}

function project(): { name: string; dist: Dist } {
  const name = `attested-${++counter}`
  pypi.trustPublisher(name, RELEASE_PUBLISHER)
  return { name, dist: buildWheel({ name, version: '1.2.0' }) }
}

const PREFIX = 'Invalid attestations supplied during upload: '

describe("the PyPI stand-in's attestation checks (Warehouse's)", () => {
  it('refuses an attestation for another file, by name and by digest', async () => {
    const { name, dist } = project()
    const other = await attest({ name: 'other-1.0-py3-none-any.whl', sha256: sha256(dist.data) })
    expect((await upload(dist, name, other)).reason).toBe(
      `${PREFIX}Could not verify the uploaded artifact using the included attestation: subject does not match distribution name: other-1.0-py3-none-any.whl != ${dist.filename}`,
    )
    const digest = await attest({ name: dist.filename, sha256: 'ab'.repeat(32) })
    expect((await upload(dist, name, digest)).reason).toBe(
      `${PREFIX}Could not verify the uploaded artifact using the included attestation: subject does not match distribution digest`,
    )
    expect(pypi.project(name)?.releases ?? []).toEqual([])
  })

  it('refuses attestations with an API token, and malformed or empty ones', async () => {
    const { name, dist } = project()
    const good = await attest({ name: dist.filename, sha256: sha256(dist.data) })
    expect((await upload(dist, name, good, 'pypi-test-api-token')).reason).toBe(
      `${PREFIX}Attestations are only supported when using Trusted Publishing`,
    )
    expect((await upload(dist, name, '[{"version": 2}]')).reason).toBe(
      `${PREFIX}Malformed attestations: not a list of attestation objects`,
    )
    expect((await upload(dist, name, '[]')).reason).toBe(
      `${PREFIX}Malformed attestations: an empty attestation set is not permitted`,
    )
    const three = JSON.stringify([...JSON.parse(good), ...JSON.parse(good), ...JSON.parse(good)])
    expect((await upload(dist, name, three)).reason).toBe(
      `${PREFIX}A maximum of 2 attestations per file are supported`,
    )
    const two = JSON.stringify([...JSON.parse(good), ...JSON.parse(good)])
    expect((await upload(dist, name, two)).reason).toBe(
      `${PREFIX}Multiple attestations for the same file with the same predicate type (${PYPI_PUBLISH_V1}) are not supported`,
    )
  })

  it('refuses an attestation made in a reusable workflow: its certificate names the caller', async () => {
    // PyPI mints for the file holding the job (publish-pypi.yml); Fulcio's Build Config URI is
    // the workflow that was run (release.yml). No publisher satisfies both.
    const name = `attested-${++counter}`
    pypi.trustPublisher(name, { ...RELEASE_PUBLISHER, workflow: 'publish-pypi.yml' })
    const dist = buildWheel({ name, version: '1.2.0' })
    const reusable: JobClaims = {
      ...RELEASE_JOB,
      job_workflow_ref: 'acme/widget/.github/workflows/publish-pypi.yml@refs/tags/v1.2.0',
    }
    const signed = await attest({ name: dist.filename, sha256: sha256(dist.data) }, reusable)
    const answer = await upload(dist, name, signed, await releaseToken(s(), reusable))
    expect(answer.reason).toBe(
      `${PREFIX}Could not verify the uploaded artifact using the included attestation: Verification failed: Certificate's Build Config URI (https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.0) does not match expected Trusted Publisher (publish-pypi.yml @ acme/widget)`,
    )
    expect(pypi.project(name)?.releases ?? []).toEqual([])
  })

  it('accepts a verified attestation, and the same file again', async () => {
    const { name, dist } = project()
    const good = await attest({ name: dist.filename, sha256: sha256(dist.data) })
    expect((await upload(dist, name, good)).status).toBe(200)
    expect((await upload(dist, name, good)).status).toBe(200)
    const answer = await fetch(`${pypi.url}/integrity/${name}/1.2.0/${dist.filename}/provenance`)
    expect(answer.status).toBe(200)
  })
})
