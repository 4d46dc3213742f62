import { createHash } from 'node:crypto'

/** A permission level as GitHub names them in `permissions:` blocks. */
export type PermissionLevel = 'read' | 'write' | 'none'

/**
 * Repository permissions by GitHub's API name (`contents`, `issues`, `checks`, `statuses`,
 * `actions`, `administration`, `pull_requests`, `deployments`, ...). A missing entry is `none`;
 * `metadata: read` is implied for any token.
 */
export type Permissions = Partial<Record<string, PermissionLevel>>

/**
 * What kind of credential a token is. It decides who acts (`github-actions[bot]`, the app's bot,
 * or the user) and how GitHub words a 403.
 */
export type TokenKind = 'github-token' | 'app' | 'pat'

export interface SandboxApp {
  id: number
  slug: string
  name: string
}

export interface TokenRegistration {
  permissions?: Permissions
  /** Default: `github-token`. */
  kind?: TokenKind
  /** The user a `pat` acts as. Default: `sandbox-user`. */
  login?: string
  /** The app an `app` token belongs to. Default: an app with the slug `sandbox-app`. */
  app?: SandboxApp
  /** `owner/repo` names the token can see; others answer 404 as for an installation token. */
  repositories?: string[]
  /** Requests per hour before GitHub's primary rate limit answers 403. */
  rateLimit?: number
}

/** A registered token as the sandbox keeps it: by the SHA-256 of its text, never the text. */
export interface TokenInfo {
  kind: TokenKind
  permissions: Permissions
  login: string | undefined
  app: SandboxApp | undefined
  repositories: string[] | undefined
  rateLimit: number
  /** Requests counted against the rate limit. */
  used: number
  resetAt: number
}

/** GitHub Actions' own app: the author of everything a GITHUB_TOKEN creates. */
export const GITHUB_ACTIONS_APP: SandboxApp = {
  id: 15368,
  slug: 'github-actions',
  name: 'GitHub Actions',
}

const DEFAULT_APP: SandboxApp = { id: 900001, slug: 'sandbox-app', name: 'Sandbox App' }

/** Every repository permission a GITHUB_TOKEN can have, plus administration for setup calls. */
export const ALL_WRITE: Permissions = {
  actions: 'write',
  administration: 'write',
  attestations: 'write',
  checks: 'write',
  contents: 'write',
  deployments: 'write',
  discussions: 'write',
  environments: 'write',
  issues: 'write',
  packages: 'write',
  pages: 'write',
  pull_requests: 'write',
  security_events: 'write',
  statuses: 'write',
}

/** The token every sandbox accepts: a `github-token` with write access to everything. */
export const DEFAULT_TOKEN = 'sandbox-token'

/** Tokens the sandbox accepts, by hash: no registry, log or error ever holds a token's text. */
export class TokenRegistry {
  private readonly tokens = new Map<string, TokenInfo>()

  constructor(private readonly now: () => number) {
    this.register(DEFAULT_TOKEN, { permissions: ALL_WRITE, kind: 'github-token' })
  }

  /** Accepts `token` from now on, replacing an earlier registration of the same text. */
  register(token: string, registration: TokenRegistration = {}): void {
    if (token === '') throw new Error('A sandbox token must not be empty.')
    const kind = registration.kind ?? 'github-token'
    this.tokens.set(hashToken(token), {
      kind,
      permissions: { ...registration.permissions },
      login: kind === 'pat' ? (registration.login ?? 'sandbox-user') : undefined,
      app:
        kind === 'app'
          ? (registration.app ?? DEFAULT_APP)
          : kind === 'github-token'
            ? GITHUB_ACTIONS_APP
            : undefined,
      repositories: registration.repositories?.map((name) => name.toLowerCase()),
      rateLimit: registration.rateLimit ?? (kind === 'github-token' ? 1000 : 5000),
      used: 0,
      resetAt: this.nextReset(),
    })
  }

  /** Stops accepting `token`: it then answers 401 `Bad credentials`. */
  revoke(token: string): void {
    this.tokens.delete(hashToken(token))
  }

  /** The registration of `token`, or undefined when the sandbox does not know it. */
  lookup(token: string): TokenInfo | undefined {
    return this.tokens.get(hashToken(token))
  }

  nextReset(): number {
    return Math.floor(this.now() / 1000) + 3600
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * The token in an Authorization header: `token X`, `Bearer X`, or Basic with the token as the
 * password (how git and some tools send it). Undefined when there is no usable header.
 */
export function readAuthorization(header: string | undefined): string | undefined {
  if (header === undefined) return undefined
  const match = /^(token|bearer|basic)\s+(\S+)\s*$/i.exec(header)
  if (match === null) return ''
  const [, scheme, value] = match
  if (scheme?.toLowerCase() !== 'basic') return value
  const decoded = Buffer.from(value ?? '', 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  return colon === -1 ? decoded : decoded.slice(colon + 1)
}

export function hasPermission(
  permissions: Permissions,
  name: string,
  level: 'read' | 'write',
): boolean {
  if (name === 'metadata') return true
  const granted = permissions[name] ?? 'none'
  return level === 'read' ? granted === 'read' || granted === 'write' : granted === 'write'
}
