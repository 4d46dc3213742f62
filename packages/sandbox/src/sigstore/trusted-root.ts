import { createHash } from 'node:crypto'
import type { toTrustMaterial } from '@sigstore/verify'

/** Sigstore's trusted root as `@sigstore/verify` takes it (protobuf form, bytes as Buffers). */
export type TrustedRoot = Parameters<typeof toTrustMaterial>[0]

/** `PublicKeyDetails.PKIX_ECDSA_P256_SHA_256` and `HashAlgorithm.SHA2_256` of the protobuf specs. */
const PKIX_ECDSA_P256_SHA_256 = 5
const SHA2_256 = 1

export interface TrustedRootParts {
  url: string
  fulcioRoot: Buffer
  rekorKey: Buffer
  ctlogKey: Buffer
  ctlogId: Buffer
  tsaChain: Buffer[]
  since: Date
}

function logInstance(baseUrl: string, key: Buffer, keyId: Buffer, since: Date) {
  return {
    baseUrl,
    hashAlgorithm: SHA2_256,
    publicKey: { rawBytes: key, keyDetails: PKIX_ECDSA_P256_SHA_256, validFor: { start: since } },
    logId: { keyId },
    checkpointKeyId: undefined,
    operator: 'tokenless sandbox',
  }
}

/** The trust root of the sandbox's Fulcio, Rekor, CT log and TSA, as verifiers read it. */
export function buildTrustedRoot(parts: TrustedRootParts): TrustedRoot {
  const ca = (uri: string, certificates: Buffer[]) => ({
    subject: { organization: 'tokenless sandbox', commonName: 'sigstore' },
    uri,
    certChain: { certificates: certificates.map((rawBytes) => ({ rawBytes })) },
    validFor: { start: parts.since },
    operator: 'tokenless sandbox',
  })
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      logInstance(
        parts.url,
        parts.rekorKey,
        createHash('sha256').update(parts.rekorKey).digest(),
        parts.since,
      ),
    ],
    certificateAuthorities: [ca(parts.url, [parts.fulcioRoot])],
    ctlogs: [logInstance(parts.url, parts.ctlogKey, parts.ctlogId, parts.since)],
    timestampAuthorities: [ca(parts.url, parts.tsaChain)],
  }
}

/** The same root as `trusted_root.json` (the TUF target clients download): base64 and ISO dates. */
export function trustedRootJson(root: TrustedRoot): Record<string, unknown> {
  const log = (instance: TrustedRoot['tlogs'][number]) => ({
    baseUrl: instance.baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: {
      rawBytes: Buffer.from(instance.publicKey?.rawBytes ?? []).toString('base64'),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor: { start: instance.publicKey?.validFor?.start?.toISOString() },
    },
    logId: { keyId: Buffer.from(instance.logId?.keyId ?? []).toString('base64') },
  })
  const ca = (authority: TrustedRoot['certificateAuthorities'][number]) => ({
    subject: authority.subject,
    uri: authority.uri,
    certChain: {
      certificates: (authority.certChain?.certificates ?? []).map((certificate) => ({
        rawBytes: Buffer.from(certificate.rawBytes).toString('base64'),
      })),
    },
    validFor: { start: authority.validFor?.start?.toISOString() },
  })
  return {
    mediaType: root.mediaType,
    tlogs: root.tlogs.map(log),
    certificateAuthorities: root.certificateAuthorities.map(ca),
    ctlogs: root.ctlogs.map(log),
    timestampAuthorities: root.timestampAuthorities.map(ca),
  }
}
