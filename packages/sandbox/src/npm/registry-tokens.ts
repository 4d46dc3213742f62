import { createHash, randomBytes } from 'node:crypto'

/** How long a token from the OIDC exchange lives. */
export const EXCHANGED_TOKEN_LIFETIME_MS = 15 * 60 * 1000

/**
 * `static`: a long-lived token (`addStaticToken`), good for every write, as an npm granular
 * token with read-write access to all packages. `oidc`: a token from the trusted publishing
 * exchange, good for publishing one package for 15 minutes.
 */
export type RegistryTokenKind = 'static' | 'oidc'

export interface RegistryToken {
  kind: RegistryTokenKind
  /** For `oidc`: the one package the token may publish. */
  packageName: string | undefined
  /** Milliseconds since the epoch; undefined: never expires. */
  expiresAt: number | undefined
  revoked: boolean
}

/** What a bearer token turned out to be on a write. */
export type TokenCheck =
  | { state: 'valid'; token: RegistryToken }
  | { state: 'expired' | 'revoked'; token: RegistryToken }
  | { state: 'unknown' }

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** A token in npm's format: `npm_` and 36 base62 characters. */
export function newNpmToken(): string {
  const bytes = randomBytes(36)
  let text = 'npm_'
  for (const byte of bytes) text += ALPHABET[byte % ALPHABET.length]
  return text
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** Registry tokens, kept by the SHA-256 of their text: nothing here holds a token's text. */
export class RegistryTokens {
  private readonly tokens = new Map<string, RegistryToken>()

  constructor(private readonly now: () => Date) {}

  addStatic(text: string): void {
    if (text.trim() === '') throw new Error('A static token cannot be empty.')
    this.tokens.set(hash(text), {
      kind: 'static',
      packageName: undefined,
      expiresAt: undefined,
      revoked: false,
    })
  }

  /** A fresh token that may publish `packageName` for 15 minutes. Returns its text. */
  issueForPackage(packageName: string): string {
    const text = newNpmToken()
    this.tokens.set(hash(text), {
      kind: 'oidc',
      packageName,
      expiresAt: this.now().getTime() + EXCHANGED_TOKEN_LIFETIME_MS,
      revoked: false,
    })
    return text
  }

  /** Revokes a token by its text; true when it was known. */
  revoke(text: string): boolean {
    const token = this.tokens.get(hash(text))
    if (token === undefined) return false
    token.revoked = true
    return true
  }

  check(text: string): TokenCheck {
    const token = this.tokens.get(hash(text))
    if (token === undefined) return { state: 'unknown' }
    if (token.revoked) return { state: 'revoked', token }
    if (token.expiresAt !== undefined && this.now().getTime() >= token.expiresAt) {
      return { state: 'expired', token }
    }
    return { state: 'valid', token }
  }
}
