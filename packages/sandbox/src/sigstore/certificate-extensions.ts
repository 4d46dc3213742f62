/**
 * The certificate extensions Fulcio writes for a GitHub Actions identity (OID arc
 * 1.3.6.1.4.1.57264.1), read straight from a certificate's DER bytes: the registries check the
 * repository, workflow and runner named there, not what a statement claims.
 */
export const GITHUB_EXTENSIONS = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  sourceRepositoryVisibility: '1.3.6.1.4.1.57264.1.22',
} as const

export type GitHubExtensionName = keyof typeof GITHUB_EXTENSIONS

/** The DER encoding of an OBJECT IDENTIFIER (tag and length included). */
function encodeOid(oid: string): Buffer {
  const parts = oid.split('.').map(Number)
  const bytes: number[] = [(parts[0] ?? 0) * 40 + (parts[1] ?? 0)]
  for (const part of parts.slice(2)) {
    const base128: number[] = [part & 0x7f]
    for (let rest = part >> 7; rest > 0; rest >>= 7) base128.unshift((rest & 0x7f) | 0x80)
    bytes.push(...base128)
  }
  return Buffer.from([0x06, bytes.length, ...bytes])
}

/** A DER length at `offset`: the value and where the content starts. */
function readLength(der: Buffer, offset: number): { length: number; start: number } {
  const first = der[offset] ?? 0
  if (first < 0x80) return { length: first, start: offset + 1 }
  const count = first & 0x7f
  let length = 0
  for (let i = 1; i <= count; i++) length = length * 256 + (der[offset + i] ?? 0)
  return { length, start: offset + 1 + count }
}

/**
 * The value of one extension: the OID, an optional `critical` BOOLEAN, then an OCTET STRING that
 * holds a DER UTF8String (Fulcio's v2 extensions, 1.8 and up).
 */
export function certificateExtension(der: Buffer, oid: string): string | undefined {
  const at = der.indexOf(encodeOid(oid))
  if (at < 0) return undefined
  let offset = at + encodeOid(oid).length
  if (der[offset] === 0x01) offset += 3
  if (der[offset] !== 0x04) return undefined
  const octets = readLength(der, offset + 1)
  const inner = der.subarray(octets.start, octets.start + octets.length)
  if (inner[0] !== 0x0c) return inner.toString('utf8')
  const text = readLength(inner, 1)
  return inner.subarray(text.start, text.start + text.length).toString('utf8')
}

/** Every GitHub extension a certificate carries, by name. */
export function githubExtensions(der: Buffer): Partial<Record<GitHubExtensionName, string>> {
  const found: Partial<Record<GitHubExtensionName, string>> = {}
  for (const [name, oid] of Object.entries(GITHUB_EXTENSIONS)) {
    const value = certificateExtension(der, oid)
    if (value !== undefined) found[name as GitHubExtensionName] = value
  }
  return found
}
