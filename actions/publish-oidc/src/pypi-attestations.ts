import { bundleToJSON } from '@sigstore/bundle'
import {
  DEFAULT_FULCIO_URL,
  DEFAULT_REKOR_URL,
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
} from '@sigstore/sign'
import { ConfigurationError } from '@tokenless/action-kit'
import type { PythonDistribution } from '@tokenless/artifacts'

/** PyPI's publish attestation predicate (https://docs.pypi.org/attestations/publish/v1). */
export const PYPI_PUBLISH_PREDICATE = 'https://docs.pypi.org/attestations/publish/v1'

/** Where to sign: Sigstore's public instance, or the one `TOKENLESS_SANDBOX_SIGSTORE_URL` names. */
export interface SigstoreUrls {
  fulcio: string
  rekor: string
}

export function sigstoreUrls(env: Record<string, string | undefined>): SigstoreUrls {
  const sandbox = env.TOKENLESS_SANDBOX_SIGSTORE_URL
  return sandbox
    ? { fulcio: sandbox, rekor: sandbox }
    : { fulcio: DEFAULT_FULCIO_URL, rekor: DEFAULT_REKOR_URL }
}

interface BundleJson {
  verificationMaterial: {
    certificate?: { rawBytes: string }
    x509CertificateChain?: { certificates: { rawBytes: string }[] }
    tlogEntries: unknown[]
  }
  dsseEnvelope: { payload: string; signatures: { sig: string }[] }
}

/** The in-toto statement PyPI attests: the file name and its sha256, PyPI's publish predicate. */
export function publishStatement(dist: Pick<PythonDistribution, 'filename' | 'sha256'>): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: dist.filename, digest: { sha256: dist.sha256 } }],
    predicateType: PYPI_PUBLISH_PREDICATE,
    predicate: null,
  }
}

/**
 * A PEP 740 attestation for each distribution (the `attestations` upload field: a JSON list),
 * signed keylessly with Sigstore from the job's OIDC token of audience `sigstore`. Everything is
 * signed before anything is uploaded: when Sigstore cannot sign, nothing is uploaded.
 * @throws ConfigurationError naming the file and Sigstore's answer.
 */
export async function attestDistributions(
  dists: PythonDistribution[],
  options: { getIdToken(audience: string): Promise<string>; urls: SigstoreUrls },
): Promise<Map<string, string>> {
  let token: Promise<string> | undefined
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      fulcioBaseURL: options.urls.fulcio,
      identityProvider: { getToken: () => (token ??= options.getIdToken('sigstore')) },
    }),
    witnesses: [new RekorWitness({ rekorBaseURL: options.urls.rekor, entryType: 'dsse' })],
  })
  const attestations = new Map<string, string>()
  for (const dist of dists) {
    let bundle: BundleJson
    try {
      bundle = bundleToJSON(
        await builder.create({
          data: Buffer.from(JSON.stringify(publishStatement(dist))),
          type: 'application/vnd.in-toto+json',
        }),
      ) as unknown as BundleJson
    } catch (error) {
      const said = error instanceof Error ? error.message : String(error)
      throw new ConfigurationError(
        `Could not sign the PEP 740 attestation of ${dist.filename} with Sigstore (${options.urls.fulcio}): ${said}. Nothing was uploaded: attestations are never dropped silently. Rerun the job when Sigstore answers again (https://status.sigstore.dev), or set attestations: false with a comment saying why.`,
        { input: 'attestations' },
      )
    }
    const material = bundle.verificationMaterial
    const certificate =
      material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes
    attestations.set(
      dist.filename,
      JSON.stringify([
        {
          version: 1,
          verification_material: {
            certificate,
            transparency_entries: material.tlogEntries,
          },
          envelope: {
            statement: bundle.dsseEnvelope.payload,
            signature: bundle.dsseEnvelope.signatures[0]?.sig,
          },
        },
      ]),
    )
  }
  return attestations
}
