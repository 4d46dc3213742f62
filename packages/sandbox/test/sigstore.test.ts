import { DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign'
import { bundleToJSON } from '@sigstore/bundle'
import {
  FULCIO_INVALID_TOKEN,
  type OidcIssuer,
  type SigstoreSandbox,
  startOidcIssuer,
  startSigstoreSandbox,
} from '@tokenless/sandbox'

let issuer: OidcIssuer
let sigstore: SigstoreSandbox
beforeAll(async () => {
  issuer = await startOidcIssuer()
  sigstore = await startSigstoreSandbox({ issuer })
})
afterAll(async () => {
  await sigstore.stop()
  await issuer.stop()
})

const claims = {
  repository: 'acme/widget',
  workflow: 'release.yml',
  ref: 'refs/tags/v1.2.3',
  sha: 'a'.repeat(40),
  event_name: 'release',
}

async function attest(token: string): Promise<unknown> {
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      fulcioBaseURL: sigstore.url,
      identityProvider: { getToken: () => Promise.resolve(token) },
      retry: 0,
    }),
    witnesses: [new RekorWitness({ rekorBaseURL: sigstore.url, entryType: 'dsse', retry: 0 })],
  })
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'widget-1.2.3.tgz', digest: { sha512: 'ab'.repeat(64) } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {},
  }
  const bundle = await builder.create({
    data: Buffer.from(JSON.stringify(statement)),
    type: 'application/vnd.in-toto+json',
  })
  return bundleToJSON(bundle)
}

describe('the Sigstore stand-in', () => {
  it("signs for the sandbox issuer's token of audience sigstore, with GitHub's extensions", async () => {
    const bundle = await attest(await issuer.mint(claims, 'sigstore'))
    const verified = sigstore.verify(bundle)
    expect(verified.identity).toBe(
      'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
    )
    expect(verified.issuer).toBe(issuer.url)
    expect(verified.tlogEntries).toBe(1)
    expect(verified.extensions).toMatchObject({
      sourceRepositoryUri: 'https://github.com/acme/widget',
      sourceRepositoryDigest: 'a'.repeat(40),
      sourceRepositoryRef: 'refs/tags/v1.2.3',
      buildTrigger: 'release',
      buildConfigUri:
        'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
      runnerEnvironment: 'github-hosted',
      sourceRepositoryVisibility: 'public',
    })
    expect(verified.statement.subject?.[0]?.name).toBe('widget-1.2.3.tgz')
    expect(sigstore.requests.map((request) => request.service)).toEqual(
      expect.arrayContaining(['fulcio', 'rekor']),
    )
  })

  it('refuses a token for another audience, as Fulcio does', async () => {
    await expect(attest(await issuer.mint(claims, 'npm:registry.npmjs.org'))).rejects.toThrow(
      FULCIO_INVALID_TOKEN,
    )
    expect(sigstore.requests.at(-1)?.reason).toMatch(/aud/)
  })

  it('refuses a token from another issuer', async () => {
    const other = await startOidcIssuer()
    try {
      await expect(attest(await other.mint(claims, 'sigstore'))).rejects.toThrow(
        FULCIO_INVALID_TOKEN,
      )
    } finally {
      await other.stop()
    }
  })

  it('rejects a bundle whose envelope was changed after signing', async () => {
    const bundle = (await attest(await issuer.mint(claims, 'sigstore'))) as {
      dsseEnvelope: { payload: string }
    }
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as {
      subject: { digest: { sha512: string } }[]
    }
    statement.subject[0]!.digest.sha512 = 'cd'.repeat(64)
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
    expect(() => sigstore.verify(bundle)).toThrow(/payload hash mismatch|signature/i)
  })
})
