import type { VerifiedBundle } from '../sigstore/verify-bundle.js'
import type { PublisherRecord, TokenRecord } from './state.js'
import { WarehouseError } from './warehouse-errors.js'

/** The predicate type of PyPI's publish attestation. */
export const PYPI_PUBLISH_V1 = 'https://docs.pypi.org/attestations/publish/v1'
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'

/** One PEP 740 attestation object, as an upload's `attestations` field carries a list of them. */
export interface Pep740Attestation {
  version: number
  verification_material: { certificate: string; transparency_entries: unknown[] }
  envelope: { statement: string; signature: string }
}

/** The Sigstore bundle an attestation stands for (what pypi-attestations verifies). */
export function attestationToBundle(attestation: Pep740Attestation): unknown {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      certificate: { rawBytes: attestation.verification_material.certificate },
      tlogEntries: attestation.verification_material.transparency_entries,
    },
    dsseEnvelope: {
      payload: attestation.envelope.statement,
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
    },
  }
}

function isAttestation(value: unknown): value is Pep740Attestation {
  const candidate = value as Partial<Pep740Attestation> | null
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.version === 1 &&
    typeof candidate.verification_material?.certificate === 'string' &&
    Array.isArray(candidate.verification_material.transparency_entries) &&
    typeof candidate.envelope?.statement === 'string' &&
    typeof candidate.envelope.signature === 'string'
  )
}

/** pypi-attestations' check of the statement's one subject against the uploaded file. */
function checkSubject(verified: VerifiedBundle, filename: string, sha256: string): void {
  const subjects = verified.statement.subject ?? []
  if (subjects.length !== 1) {
    throw new Error('too many subjects in statement (must be exactly one)')
  }
  const subject = subjects[0]
  if (!subject?.name) throw new Error('invalid subject: missing name')
  if (subject.name !== filename) {
    throw new Error(`subject does not match distribution name: ${subject.name} != ${filename}`)
  }
  if (subject.digest?.sha256 !== sha256) {
    throw new Error('subject does not match distribution digest')
  }
}

/** The Trusted Publisher identity (Warehouse's `attestation_identity` for GitHub) checked. */
function checkIdentity(verified: VerifiedBundle, publisher: PublisherRecord, issuer: string): void {
  const repository = `${publisher.owner}/${publisher.repositoryName}`
  const buildConfig = verified.extensions.buildConfigUri ?? ''
  const expected = `https://github.com/${repository}/.github/workflows/${publisher.workflow}@`
  if (verified.issuer !== issuer) {
    throw new Error(
      `Verification failed: Certificate's OIDC issuer (${verified.issuer ?? ''}) does not match`,
    )
  }
  if (!buildConfig.startsWith(expected)) {
    throw new Error(
      `Verification failed: Certificate's Build Config URI (${buildConfig}) does not match expected Trusted Publisher (${publisher.workflow} @ ${repository})`,
    )
  }
}

/**
 * Warehouse's handling of an upload's `attestations` field (IntegrityService.parse_attestations):
 * only with a trusted publishing token; a JSON list of one or two PEP 740 attestations, each
 * verified against Sigstore's trust root, the identity of the publisher that minted the token and
 * the file; refusals worded as Warehouse words them. Returns the provenance Warehouse stores.
 * @throws WarehouseError 400 `Invalid attestations supplied during upload: ...`.
 */
export function checkAttestations(
  field: string,
  context: {
    token: TokenRecord
    verify: ((bundle: unknown) => VerifiedBundle) | undefined
    issuer: string
    filename: string
    sha256: string
  },
): Record<string, unknown> {
  const refuse = (reason: string): never => {
    throw new WarehouseError(400, `Invalid attestations supplied during upload: ${reason}`)
  }
  const { token } = context
  if (token.kind !== 'oidc')
    return refuse('Attestations are only supported when using Trusted Publishing')
  let attestations: unknown
  try {
    attestations = JSON.parse(field)
  } catch (error) {
    return refuse(
      `Malformed attestations: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  if (!Array.isArray(attestations) || !attestations.every(isAttestation)) {
    return refuse('Malformed attestations: not a list of attestation objects')
  }
  if (attestations.length === 0) {
    return refuse('Malformed attestations: an empty attestation set is not permitted')
  }
  if (attestations.length > 2) return refuse('A maximum of 2 attestations per file are supported')
  const verify = context.verify
  if (verify === undefined)
    return refuse('this sandbox index was started without a Sigstore stand-in')
  const seen = new Set<string>()
  for (const attestation of attestations) {
    let verified: VerifiedBundle
    try {
      verified = verify(attestationToBundle(attestation))
      checkIdentity(verified, token.publisher, context.issuer)
      checkSubject(verified, context.filename, context.sha256)
    } catch (error) {
      return refuse(
        `Could not verify the uploaded artifact using the included attestation: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    const predicateType = verified.statement.predicateType ?? ''
    if (predicateType !== PYPI_PUBLISH_V1 && predicateType !== SLSA_PROVENANCE_V1) {
      return refuse(`Attestation with unsupported predicate type: ${predicateType}`)
    }
    if (seen.has(predicateType)) {
      return refuse(
        `Multiple attestations for the same file with the same predicate type (${predicateType}) are not supported`,
      )
    }
    seen.add(predicateType)
  }
  const publisher = token.publisher
  return {
    version: 1,
    attestation_bundles: [
      {
        publisher: {
          kind: 'GitHub',
          repository: `${publisher.owner}/${publisher.repositoryName}`,
          workflow: publisher.workflow,
          environment: publisher.environment || null,
        },
        attestations,
      },
    ],
  }
}
