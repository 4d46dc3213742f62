import { createHash } from 'node:crypto'

interface ProposedDsse {
  kind?: string
  apiVersion?: string
  spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } }
}

/**
 * What Rekor stores for a proposed `dsse` 0.0.1 entry: the envelope and payload hashes and each
 * signature with its verifier, in place of the proposed envelope (`@sigstore/mock` logs the
 * proposal as sent, which verifiers then refuse). Other kinds are logged as they come.
 */
export function canonicalRekorEntry(body: string): string {
  let proposed: ProposedDsse
  try {
    proposed = JSON.parse(body) as ProposedDsse
  } catch {
    return body
  }
  const content = proposed.spec?.proposedContent
  if (proposed.kind !== 'dsse' || content?.envelope === undefined) return body
  const envelope = JSON.parse(content.envelope) as {
    payload: string
    signatures: { sig: string }[]
  }
  const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')
  const verifier = content.verifiers?.[0] ?? ''
  return JSON.stringify({
    apiVersion: proposed.apiVersion ?? '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((signature) => ({
        signature: signature.sig,
        verifier,
      })),
    },
  })
}
