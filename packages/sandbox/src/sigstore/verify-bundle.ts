import { bundleFromJSON } from '@sigstore/bundle'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'
import { type GitHubExtensionName, githubExtensions } from './certificate-extensions.js'
import type { TrustedRoot } from './trusted-root.js'

/** An in-toto statement, as the DSSE envelope of a bundle carries it. */
export interface InTotoStatement {
  _type?: string
  subject?: { name?: string; digest?: Record<string, string> }[]
  predicateType?: string
  predicate?: unknown
}

export interface VerifiedBundle {
  /** The certificate's subject alternative name: `https://github.com/<job_workflow_ref>`. */
  identity: string
  /** The OIDC issuer Fulcio saw in the token. */
  issuer: string | undefined
  extensions: Partial<Record<GitHubExtensionName, string>>
  statement: InTotoStatement
  /** Whether the bundle holds a transparency-log entry (Rekor). */
  tlogEntries: number
}

/**
 * Verifies a Sigstore bundle (JSON) against a trust root as a registry does: the certificate
 * chains to Fulcio, the signature over the DSSE envelope, the Rekor entry and its signed entry
 * timestamp. Throws `@sigstore/verify`'s error (or the bundle's) when any of it fails.
 */
export function verifyBundle(root: TrustedRoot, json: unknown): VerifiedBundle {
  const bundle = bundleFromJSON(json)
  const verifier = new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold: 1 })
  const signer = verifier.verify(toSignedEntity(bundle))
  const material = bundle.verificationMaterial.content
  const certificate =
    material.$case === 'certificate'
      ? material.certificate.rawBytes
      : material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates[0]?.rawBytes
        : undefined
  if (certificate === undefined) throw new Error('The bundle has no signing certificate.')
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new Error('The bundle signs no in-toto statement (no DSSE envelope).')
  }
  const statement = JSON.parse(
    Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8'),
  ) as InTotoStatement
  return {
    identity: signer.identity?.subjectAlternativeName ?? '',
    issuer: signer.identity?.extensions?.issuer,
    extensions: githubExtensions(Buffer.from(certificate)),
    statement,
    tlogEntries: bundle.verificationMaterial.tlogEntries.length,
  }
}
