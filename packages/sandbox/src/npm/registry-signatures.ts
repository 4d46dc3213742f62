import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto'

/** One key of `/-/npm/v1/keys`, in npm's shape. */
export interface RegistryKey {
  expires: null
  keyid: string
  keytype: 'ecdsa-sha2-nistp256'
  scheme: 'ecdsa-sha2-nistp256'
  /** The public key: base64 of its DER SubjectPublicKeyInfo. */
  key: string
}

interface VersionManifest {
  dist?: Record<string, unknown> & { integrity?: unknown }
}

/**
 * The registry's signing key, as npm's registry has: an ECDSA P-256 key made at start, served at
 * `/-/npm/v1/keys`, that signs `<name>@<version>:<integrity>` of every version published, into
 * `dist.signatures` (what `npm audit signatures` checks as "verified registry signatures").
 */
export class RegistrySigner {
  private readonly privateKey: KeyObject
  readonly key: RegistryKey

  constructor() {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    this.privateKey = pair.privateKey
    const der = pair.publicKey.export({ type: 'spki', format: 'der' })
    this.key = {
      expires: null,
      keyid: `SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}`,
      keytype: 'ecdsa-sha2-nistp256',
      scheme: 'ecdsa-sha2-nistp256',
      key: der.toString('base64'),
    }
  }

  /** `/-/npm/v1/keys`'s body. */
  keys(): { keys: RegistryKey[] } {
    return { keys: [this.key] }
  }

  /** A publish body with `dist.signatures` added to each version that has an integrity. */
  signPublish(raw: Buffer): Buffer {
    const body = JSON.parse(raw.toString('utf8')) as {
      name?: string
      versions?: Record<string, VersionManifest>
    }
    for (const [version, manifest] of Object.entries(body.versions ?? {})) {
      const integrity = manifest.dist?.integrity
      if (typeof integrity !== 'string' || manifest.dist === undefined) continue
      const message = `${body.name ?? ''}@${version}:${integrity}`
      const sig = sign('sha256', Buffer.from(message), this.privateKey).toString('base64')
      manifest.dist.signatures = [{ keyid: this.key.keyid, sig }]
    }
    return Buffer.from(JSON.stringify(body))
  }
}
