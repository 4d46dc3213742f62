import { randomBytes, randomUUID } from 'node:crypto'
import {
  decodeJwt,
  decodeProtectedHeader,
  importJWK,
  jwtVerify,
  type JWK,
  type JWTPayload,
} from 'jose'
import { pythonRepr } from './names.js'
import {
  hashToken,
  type PendingPublisherRecord,
  type PublisherRecord,
  type PypiState,
} from './state.js'
import { findPublisher, InvalidPublisherError, ReusedTokenError } from './trusted-publishers.js'

/** Minted tokens live 15 minutes (Warehouse: `expires_at = not_before + 900`). */
export const MINTED_TOKEN_LIFETIME_SECONDS = 900

/** PyJWT's leeway in Warehouse's verification, also added to how long a `jti` is remembered. */
const JWT_LEEWAY_SECONDS = 30

/** The pydantic version Warehouse pins (its error texts link to its docs). */
const PYDANTIC_DOCS = 'https://errors.pydantic.dev/2.13/v'

export interface TokenError {
  code: string
  description: string
}

export interface MintAnswer {
  status: number
  body:
    { success: true; token: string; expires: number } | { message: string; errors: TokenError[] }
  /** The first error's code, for the request log. */
  errorCode: string | undefined
  /** The publisher's projects the token is for, for the request log. */
  projects: string[]
}

export interface OidcExchangeOptions {
  issuer: { url: string; jwksUrl: string }
  audience: string
  /** The host a token's macaroon names (`pypi.org`, `test.pypi.org`). */
  location: string
  trustedPublishingEnabled: () => boolean
}

/**
 * Warehouse's `POST /_/oidc/mint-token` (warehouse/oidc/views.py): verify a GitHub Actions JWT,
 * find its trusted publisher (a pending one first, which creates its project), refuse a reused
 * `jti`, and mint a 15-minute API token for the publisher's projects.
 */
export class OidcExchange {
  private keys: JWK[] = []

  constructor(
    private readonly state: PypiState,
    private readonly options: OidcExchangeOptions,
  ) {}

  async mint(raw: Buffer): Promise<MintAnswer> {
    const payload = parseTokenPayload(raw)
    if (typeof payload !== 'string') return invalid([payload])
    const token = payload
    let issuer: unknown
    try {
      issuer = decodeJwt(token).iss
    } catch {
      issuer = undefined
    }
    if (typeof issuer !== 'string') {
      return invalid([{ code: 'invalid-payload', description: 'malformed JWT' }])
    }
    if (issuer !== this.options.issuer.url) {
      return invalid([
        { code: 'invalid-payload', description: 'unknown trusted publishing issuer' },
      ])
    }
    if (!this.options.trustedPublishingEnabled()) {
      return invalid([
        { code: 'not-enabled', description: 'github trusted publishing functionality not enabled' },
      ])
    }
    const claims = await this.verify(token)
    if (claims === undefined) {
      return invalid([{ code: 'invalid-token', description: 'malformed or invalid token' }])
    }
    return this.mintFor(claims)
  }

  private mintFor(claims: JWTPayload): MintAnswer {
    const isUsedJti = (jti: string): boolean => this.isUsedJti(jti)
    // A pending publisher first: it creates its project and becomes a normal publisher.
    try {
      const pending = findPublisher(this.state.pendingPublishers, claims, isUsedJti)
      this.removePending(pending)
      if (this.state.project(pending.projectName) !== undefined) {
        return invalid([
          {
            code: 'invalid-pending-publisher',
            description: 'valid token, but project already exists',
          },
        ])
      }
      this.reify(pending)
    } catch (error) {
      // Warehouse lets a ReusedTokenError from the pending lookup escape as a 500; the sandbox
      // answers as for a normal publisher.
      if (error instanceof ReusedTokenError) return reused()
      if (!(error instanceof InvalidPublisherError)) throw error
    }
    let publisher: PublisherRecord
    try {
      publisher = findPublisher(this.state.publishers, claims, isUsedJti)
    } catch (error) {
      if (error instanceof ReusedTokenError) return reused()
      if (error instanceof InvalidPublisherError) {
        return invalid([
          {
            code: 'invalid-publisher',
            description: `valid token, but no corresponding publisher (${error.message})`,
          },
        ])
      }
      throw error
    }
    const now = Math.floor(this.state.now().getTime() / 1000)
    const jti = typeof claims.jti === 'string' ? claims.jti : undefined
    if (jti) {
      if (this.isUsedJti(jti)) return reused()
      this.state.usedJtis.set(jti, (claims.exp ?? now) + JWT_LEEWAY_SECONDS + 5)
    }
    const expires = now + MINTED_TOKEN_LIFETIME_SECONDS
    const minted = `pypi-${macaroonLike(this.options.location)}`
    this.state.tokens.set(hashToken(minted), {
      kind: 'oidc',
      publisher,
      projectIds: [...publisher.projects].map((project) => project.id),
      notBefore: now,
      expiresAt: expires,
    })
    return {
      status: 200,
      body: { success: true, token: minted, expires },
      errorCode: undefined,
      projects: [...publisher.projects].map((project) => project.name),
    }
  }

  private isUsedJti(jti: string): boolean {
    const until = this.state.usedJtis.get(jti)
    return until !== undefined && until > this.state.now().getTime() / 1000
  }

  /** Signature, `iss`, `aud` (one audience, ours), `exp`/`nbf`/`iat` with 30 s leeway, RS256. */
  private async verify(token: string): Promise<JWTPayload | undefined> {
    try {
      const { kid, alg } = decodeProtectedHeader(token)
      if (kid === undefined) return undefined
      const jwk = await this.key(kid)
      if (jwk === undefined || alg !== 'RS256') return undefined
      const currentDate = this.state.now()
      const { payload } = await jwtVerify(token, await importJWK(jwk, 'RS256'), {
        algorithms: ['RS256'],
        issuer: this.options.issuer.url,
        audience: this.options.audience,
        clockTolerance: JWT_LEEWAY_SECONDS,
        currentDate,
        requiredClaims: ['iss', 'iat', 'exp', 'aud'],
      })
      // PyJWT's strict_aud: a list of audiences is refused even when it holds ours.
      if (typeof payload.aud !== 'string') return undefined
      // PyJWT refuses a token issued in the future (beyond the leeway).
      const now = currentDate.getTime() / 1000
      if (typeof payload.iat !== 'number' || payload.iat > now + JWT_LEEWAY_SECONDS)
        return undefined
      return payload
    } catch {
      return undefined
    }
  }

  /** The issuer's key for `kid`, fetching the JWKS again when the key is new to the sandbox. */
  private async key(kid: string): Promise<JWK | undefined> {
    let found = this.keys.find((key) => key.kid === kid)
    if (found !== undefined) return found
    const response = await fetch(this.options.issuer.jwksUrl)
    if (!response.ok) return undefined
    const jwks = (await response.json()) as { keys?: JWK[] }
    this.keys = jwks.keys ?? []
    found = this.keys.find((key) => key.kid === kid)
    return found
  }

  private removePending(pending: PendingPublisherRecord): void {
    const index = this.state.pendingPublishers.indexOf(pending)
    if (index !== -1) this.state.pendingPublishers.splice(index, 1)
  }

  /** Creates the pending publisher's project and attaches a normal publisher (an existing one
   * with the same repository, workflow and environment, else a new one) to it. */
  private reify(pending: PendingPublisherRecord): void {
    const project = this.state.createProject(pending.projectName)
    let publisher = this.state.publishers.find(
      (p) =>
        p.repositoryName === pending.repositoryName &&
        p.owner === pending.owner &&
        p.workflow === pending.workflow &&
        p.environment === pending.environment,
    )
    if (publisher === undefined) {
      publisher = {
        id: randomUUID(),
        owner: pending.owner,
        ownerId: pending.ownerId,
        repositoryName: pending.repositoryName,
        workflow: pending.workflow,
        environment: pending.environment,
        projects: new Set(),
      }
      this.state.publishers.push(publisher)
    }
    publisher.projects.add(project)
  }
}

function invalid(errors: TokenError[]): MintAnswer {
  return {
    status: 422,
    body: { message: 'Token request failed', errors },
    errorCode: errors[0]?.code,
    projects: [],
  }
}

function reused(): MintAnswer {
  return invalid([{ code: 'invalid-reuse-token', description: 'invalid token: already used' }])
}

/**
 * Text shaped like a serialised v2 macaroon (PyPI tokens start `pypi-AgEIcHlwaS5vcmc` for
 * pypi.org): version, location, a random identifier and signature, URL-safe base64.
 */
function macaroonLike(location: string): string {
  const identifier = Buffer.from(randomUUID().replace(/-/g, ''))
  const bytes = Buffer.concat([
    Buffer.from([0x02, 0x01, location.length]),
    Buffer.from(location),
    Buffer.from([0x02, identifier.length]),
    identifier,
    Buffer.from([0x00, 0x00, 0x06, 0x20]),
    randomBytes(32),
  ])
  return bytes.toString('base64url')
}

/**
 * The `token` of `{"token": "<JWT>"}`, or the `invalid-payload` error pydantic's
 * `TokenPayload.model_validate_json` gives (its `str(ValidationError)`).
 */
export function parseTokenPayload(raw: Buffer): string | TokenError {
  const text = raw.toString('utf8')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return pydanticError(
      undefined,
      `Invalid JSON: ${jsonSyntaxError(text)}`,
      'json_invalid',
      pythonBytesRepr(raw),
      'bytes',
    )
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return pydanticError(
      undefined,
      'Input should be an object',
      'model_type',
      pythonValueRepr(value),
      pythonType(value),
    )
  }
  const token = (value as Record<string, unknown>).token
  if (token === undefined) {
    return pydanticError('token', 'Field required', 'missing', pythonValueRepr(value), 'dict')
  }
  if (typeof token !== 'string') {
    return pydanticError(
      'token',
      'Input should be a valid string',
      'string_type',
      pythonValueRepr(token),
      pythonType(token),
    )
  }
  return token
}

function pydanticError(
  field: string | undefined,
  message: string,
  type: string,
  inputRepr: string,
  inputType: string,
): TokenError {
  const location = field === undefined ? '' : `${field}\n`
  return {
    code: 'invalid-payload',
    description:
      `1 validation error for TokenPayload\n${location}  ${message} ` +
      `[type=${type}, input_value=${truncateRepr(inputRepr)}, input_type=${inputType}]\n` +
      `    For further information visit ${PYDANTIC_DOCS}/${type}`,
  }
}

/** pydantic shortens a long input repr to its first 25 and last 24 characters. */
function truncateRepr(text: string): string {
  return text.length > 50 ? `${text.slice(0, 25)}...${text.slice(-24)}` : text
}

/**
 * serde_json's wording (pydantic parses with it) for the usual ways a body is not JSON: nothing,
 * a body that does not start like JSON, one cut short, or one with more after its value. Other
 * syntax errors are reported as an unexpected value where the body ends.
 */
function jsonSyntaxError(text: string): string {
  const position = (offset: number): string => {
    const before = text.slice(0, offset).split('\n')
    return `line ${before.length} column ${before.at(-1)?.length ?? 0}`
  }
  const start = text.search(/\S/)
  if (start !== -1 && !/[[{"\-0-9tfn]/.test(text[start] ?? '')) {
    return `expected value at ${position(start + 1)}`
  }
  const scan = scanJson(text)
  if (scan.trailing !== undefined) return `trailing characters at ${position(scan.trailing + 1)}`
  return `EOF while parsing ${scan.open ?? 'a value'} at ${position(text.length)}`
}

/**
 * Where a JSON text goes wrong structurally: what it was in the middle of when it ended, or
 * where characters follow its complete top-level value.
 */
function scanJson(text: string): { open?: string; trailing?: number } {
  const stack: string[] = []
  let inString = false
  let last = ''
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? ''
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
      continue
    }
    if (/\s/.test(char)) continue
    if (last === 'end') return { trailing: i }
    if (char === '"') inString = true
    else if (char === '{' || char === '[') stack.push(char)
    else if (char === '}' || char === ']') stack.pop()
    last = stack.length === 0 && (char === '}' || char === ']') ? 'end' : char
  }
  if (inString) return { open: 'a string' }
  // After `,` or `:` a value was due; otherwise the innermost container was.
  if (last === ',' || last === ':') return { open: 'a value' }
  const top = stack.at(-1)
  return { open: top === '{' ? 'an object' : top === '[' ? 'a list' : undefined }
}

function pythonType(value: unknown): string {
  if (value === null) return 'NoneType'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  if (typeof value === 'string') return 'str'
  return 'dict'
}

/** Python's repr of a value parsed from JSON. */
function pythonValueRepr(value: unknown): string {
  if (value === null) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return pythonRepr(value)
  if (Array.isArray(value)) return `[${value.map(pythonValueRepr).join(', ')}]`
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${pythonRepr(key)}: ${pythonValueRepr(item)}`)
    .join(', ')}}`
}

function pythonBytesRepr(raw: Buffer): string {
  const text = raw.toString('latin1')
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  let out = ''
  for (const byte of raw) {
    const char = String.fromCharCode(byte)
    if (char === '\\') out += '\\\\'
    else if (char === quote) out += `\\${quote}`
    else if (byte === 0x0a) out += '\\n'
    else if (byte === 0x0d) out += '\\r'
    else if (byte === 0x09) out += '\\t'
    else if (byte < 0x20 || byte >= 0x7f) out += `\\x${byte.toString(16).padStart(2, '0')}`
    else out += char
  }
  return `b${quote}${out}${quote}`
}
