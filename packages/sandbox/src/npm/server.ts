import { applyDelayAndDrop } from '../github/faults.js'
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request as httpRequest,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http'
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose'
import { type Fault, FaultInjector, type FaultSpec } from '../github/faults.js'
import { NPM_ANSWERS } from './registry-answers.js'
import {
  type NpmAction,
  type NpmRoute,
  publishedVersion,
  routeOf,
  WRITE_ACTIONS,
} from './registry-routes.js'
import {
  acceptProvenance,
  attestationsIdOf,
  type ProvenanceVerifier,
  type StoredAttestation,
} from './provenance.js'
import { RegistryTokens, type TokenCheck } from './registry-tokens.js'
import { RegistrySigner } from './registry-signatures.js'
import { seedPackage, type NpmSeededPackage, type NpmSeedOptions } from './seed.js'
import {
  describeMismatch,
  mismatchOf,
  type NpmTrustedPublisher,
  validatePublisher,
} from './trusted-publishers.js'
import { startVerdaccio, type VerdaccioProcess } from './verdaccio.js'
import { close, listen, readBody } from '../loopback-server.js'

export interface NpmSandboxOptions {
  /** The OIDC issuer whose tokens the exchange accepts (`startOidcIssuer()` gives both). */
  issuer: { url: string; jwksUrl: string }
  /** The front server's port. Default: 0 (any free port). */
  port?: number
  /** The clock for token expiry (exchanged tokens and JWTs). Default: the system clock. */
  now?: () => Date
  /** The Node that runs Verdaccio (>= 22). Default: `process.execPath`. */
  node?: string
  /** How `seedPackage` runs the npm CLI. Default: `npm` on PATH, under `node`. */
  npm?: { command?: string; env?: Record<string, string> }
  /** Trusted publishers to register at start, by package name. */
  trustedPublishers?: Record<string, NpmTrustedPublisher>
  /** Static tokens to register at start (see `addStaticToken`). */
  staticTokens?: string[]
  /**
   * The Sigstore stand-in whose trust root provenance bundles must verify against
   * (`startSigstoreSandbox({ issuer })`). With it the registry says packages are public (npm
   * then makes provenance by itself), checks each bundle as npm does and serves it at
   * `/-/npm/v1/attestations/<name>@<version>`; without it a publish with provenance is refused.
   */
  sigstore?: Pick<ProvenanceVerifier, 'verify'>
  /**
   * A Verdaccio already starting (`startVerdaccio()`), which the sandbox then owns and stops: for
   * a caller that starts it, the slowest part, before the issuer and Sigstore are there.
   */
  verdaccio?: Promise<VerdaccioProcess>
}

/** Faults on the front server. `secondaryRateLimit` (GitHub's) does not apply to npm. */
export type NpmFaultSpec = Omit<FaultSpec, 'secondaryRateLimit'>

export interface NpmFaults {
  /**
   * `path` is a RegExp or a template (`/{name}`: one segment) matched against the path as sent:
   * a scoped name arrives escaped, `/@acme%2fwidget`. Without `status` or `drop` a fault only
   * delays the call. The default body is npm's `{"error": "<status text>"}`.
   */
  add(spec: NpmFaultSpec): Fault
  clear(): void
  readonly active: readonly Fault[]
}

/** One call the front server received. Never the token text: only whether a header came. */
export interface NpmRecordedRequest {
  method: string
  /** The path with its query, as sent (`/@acme%2fwidget`). */
  path: string
  action: NpmAction
  /** The package the call is about, unescaped. */
  packageName: string | undefined
  /** Undefined while the call runs, and for a dropped connection. */
  status: number | undefined
  /** Whether an Authorization header was sent. */
  authorization: boolean
  /**
   * What the bearer was: `jwt` on the exchange; on other calls a registry token `static` or
   * `oidc` (from the exchange), `unknown`, `expired` or `revoked`. Undefined without a bearer.
   */
  tokenKind: 'jwt' | 'static' | 'oidc' | 'unknown' | 'expired' | 'revoked' | undefined
  fault: boolean
  dropped: boolean
  /** The `message` or `error` of an error answer, as the client got it. */
  message: string | undefined
  /** Why the sandbox refused, in more words than npm gives the client. */
  reason: string | undefined
}

export interface NpmSandbox {
  /** The registry URL to give npm: `http://127.0.0.1:PORT/`. */
  url: string
  /** The audience npm requests for this registry: `npm:` + the URL's hostname (no port). */
  audience: string
  /** Verdaccio's own URL: reads only, for inspection. Writes there need the front's secret. */
  backendUrl: string
  faults: NpmFaults
  requests: NpmRecordedRequest[]
  /** Sets the package's trusted publisher (npm allows one per package), replacing any other. */
  trustPublisher(packageName: string, publisher: NpmTrustedPublisher): void
  untrustPublisher(packageName: string): void
  /** A long-lived token good for every write, as a granular token with all packages. */
  addStaticToken(token: string): void
  /** Revokes a static or exchanged token: writes with it then get npm's expired-token 404. */
  revokeToken(token: string): boolean
  /** Publishes a package directory or tarball straight to Verdaccio, past the front's rules. */
  seedPackage(source: string, options?: NpmSeedOptions): Promise<NpmSeededPackage>
  /**
   * Holds every request that reaches the front until `ready` settles, then answers it: the
   * registry's state (packages being seeded) is complete before any client reads it. When `ready`
   * rejects, requests get a 503 with its reason.
   */
  holdRequests(ready: Promise<unknown>): void
  /** Stops the front, kills Verdaccio and removes its storage. */
  stop(): Promise<void>
}

interface Answer {
  status: number
  body: unknown
  headers?: Record<string, string>
  /** Why, in more words than the client gets: for `requests[].reason` only. */
  reason?: string
}

/**
 * Starts a real npm registry (Verdaccio, in a child process) behind a front server on 127.0.0.1
 * that does npm's trusted publishing: the OIDC token exchange checked against the issuer's JWKS
 * and the package's trusted publisher, publish-only 15-minute tokens, npm's refusals on writes,
 * and fault injection. Reads go to Verdaccio as they are.
 */
export async function startNpmSandbox(options: NpmSandboxOptions): Promise<NpmSandbox> {
  const now = options.now ?? (() => new Date())
  const node = options.node ?? process.execPath
  const backend = await (options.verdaccio ?? startVerdaccio(node))
  const front = new FrontServer(options, now, backend)
  const server = createServer((request, response) => {
    // Only a failure to read the request gets here: the connection is gone.
    front.handle(request, response).catch(() => response.destroy())
  })
  let port: number
  try {
    port = await listen(server, options.port ?? 0)
  } catch (error) {
    await backend.stop()
    throw error
  }
  const url = `http://127.0.0.1:${port}/`
  front.url = url
  // npm asks for `npm:` + the registry URL's hostname: the port is not part of the audience.
  front.audience = `npm:${new URL(url).hostname}`
  for (const [name, publisher] of Object.entries(options.trustedPublishers ?? {})) {
    front.publishers.set(name, validatePublisher(name, publisher))
  }
  for (const token of options.staticTokens ?? []) front.tokens.addStatic(token)

  const injector = front.faults
  let stopping: Promise<void> | undefined
  return {
    url,
    audience: front.audience,
    backendUrl: backend.url,
    faults: {
      add: (spec) => injector.add(spec),
      clear: () => injector.clear(),
      get active() {
        return injector.active
      },
    },
    requests: front.requests,
    trustPublisher: (name, publisher) => {
      front.publishers.set(name, validatePublisher(name, publisher))
    },
    untrustPublisher: (name) => {
      front.publishers.delete(name)
    },
    addStaticToken: (token) => front.tokens.addStatic(token),
    revokeToken: (token) => front.tokens.revoke(token),
    seedPackage: (source, seedOptions) =>
      seedPackage(backend, source, { node, ...options.npm }, seedOptions),
    holdRequests: (ready) => {
      front.ready = ready.then(
        () => undefined,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      )
    },
    stop: () => {
      stopping ??= close(server).finally(() => backend.stop())
      return stopping
    },
  }
}

class FrontServer {
  audience = ''
  readonly requests: NpmRecordedRequest[] = []
  readonly faults = new FaultInjector()
  readonly publishers = new Map<string, NpmTrustedPublisher>()
  readonly tokens: RegistryTokens
  /** Provenance bundles accepted, by `name@version`. */
  readonly attestations = new Map<string, StoredAttestation>()
  /** The registry's key: `/-/npm/v1/keys`, and `dist.signatures` of every publish. */
  readonly signer = new RegistrySigner()
  url = ''
  /** Settles when the registry may answer: undefined, or why it cannot (`holdRequests`). */
  ready: Promise<string | undefined> = Promise.resolve(undefined)
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>

  constructor(
    private readonly options: NpmSandboxOptions,
    private readonly now: () => Date,
    private readonly backend: VerdaccioProcess,
  ) {
    this.tokens = new RegistryTokens(now)
    this.jwks = createRemoteJWKSet(new URL(options.issuer.jwksUrl))
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const target = new URL(request.url ?? '/', 'http://127.0.0.1')
    const method = (request.method ?? 'GET').toUpperCase()
    const raw = await readBody(request)
    const route = routeOf(method, target.pathname, parseJson(raw))
    const entry: NpmRecordedRequest = {
      method,
      path: `${target.pathname}${target.search}`,
      action: route.action,
      packageName: route.packageName,
      status: undefined,
      authorization: request.headers.authorization !== undefined,
      tokenKind: undefined,
      fault: false,
      dropped: false,
      message: undefined,
      reason: undefined,
    }
    this.requests.push(entry)
    const unready = await this.ready
    if (unready !== undefined) {
      entry.status = 503
      entry.reason = `sandbox not ready: ${unready}`
      send(response, 503, { error: entry.reason })
      return
    }
    try {
      await this.respond(request, response, { entry, route, raw, pathname: target.pathname })
    } catch (error) {
      entry.status = 500
      entry.reason = `sandbox error: ${error instanceof Error ? error.message : String(error)}`
      if (response.headersSent) response.destroy()
      else send(response, 500, { error: entry.reason })
    }
  }

  private async respond(
    request: IncomingMessage,
    response: ServerResponse,
    call: { entry: NpmRecordedRequest; route: NpmRoute; raw: Buffer; pathname: string },
  ): Promise<void> {
    const { entry, route, raw, pathname } = call
    const { method } = entry
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1]
    const fault = this.faults.select(method, pathname, undefined)
    if (fault !== undefined) {
      if (await applyDelayAndDrop(fault, entry, request)) return
      if (fault.spec.status !== undefined) {
        const status = fault.spec.status
        const headers: Record<string, string> = { ...fault.spec.headers }
        if (fault.spec.retryAfter !== undefined) {
          headers['retry-after'] = String(fault.spec.retryAfter)
        }
        return this.answer(response, entry, {
          status,
          body: fault.spec.body ?? { error: STATUS_CODES[status] ?? 'Error' },
          headers,
          reason: 'injected fault',
        })
      }
    }

    if (route.action === 'exchange') {
      entry.tokenKind = bearer === undefined ? undefined : 'jwt'
      return this.answer(response, entry, await this.exchange(route.packageName, bearer))
    }
    const check = bearer === undefined ? undefined : this.tokens.check(bearer)
    if (check !== undefined) {
      entry.tokenKind = check.state === 'valid' ? check.token.kind : check.state
    }
    if (route.action === 'visibility') {
      // npm turns provenance on by itself when the registry says the package is public: the
      // sandbox says so only when it has a Sigstore stand-in to check the bundles against.
      if (
        this.options.sigstore !== undefined &&
        route.packageName !== undefined &&
        (await this.packageExists(route.packageName))
      ) {
        return this.answer(response, entry, { status: 200, body: { public: true } })
      }
      return this.answer(response, entry, {
        status: 404,
        body: { error: NPM_ANSWERS.notFound },
        reason: 'the sandbox reports no visibility: provenance cannot be made offline',
      })
    }
    if (method === 'GET' && pathname === '/-/npm/v1/keys') {
      return this.answer(response, entry, { status: 200, body: this.signer.keys() })
    }
    const attestationsId = method === 'GET' ? attestationsIdOf(pathname) : undefined
    if (attestationsId !== undefined) {
      const stored = this.attestations.get(attestationsId)
      return this.answer(
        response,
        entry,
        stored === undefined
          ? { status: 404, body: { error: NPM_ANSWERS.notFound }, reason: 'no attestations' }
          : { status: 200, body: { attestations: [stored] } },
      )
    }
    const words = WRITE_ACTIONS[route.action]
    if (words === undefined) {
      // Reads, and writes Verdaccio refuses by itself (no user can log in or register):
      // forwarded without the caller's credentials, which are only noted.
      return this.proxy(request, response, entry, raw, undefined)
    }
    const refusal = this.authorizeWrite(entry, route.packageName, check, words)
    if (refusal !== undefined) return this.answer(response, entry, refusal)
    if (route.action !== 'publish') {
      return this.proxy(request, response, entry, raw, this.backend.authorization)
    }
    return this.publish(request, response, entry, raw, check)
  }

  /** A publish: its provenance checked (and taken out of the body), then Verdaccio stores it. */
  private async publish(
    request: IncomingMessage,
    response: ServerResponse,
    entry: NpmRecordedRequest,
    raw: Buffer,
    check: TokenCheck | undefined,
  ): Promise<void> {
    const name = entry.packageName ?? ''
    const viaOidc = check?.state === 'valid' && check.token.kind === 'oidc'
    const sigstore = this.options.sigstore
    const accepted = acceptProvenance(raw, {
      sigstore:
        sigstore === undefined
          ? undefined
          : { verify: (bundle) => sigstore.verify(bundle), issuerUrl: this.options.issuer.url },
      registryUrl: this.url,
      publisher: viaOidc ? this.publishers.get(name) : undefined,
    })
    if ('refusal' in accepted) {
      return this.answer(response, entry, {
        status: 422,
        body: { error: accepted.refusal },
        reason: 'provenance refused',
      })
    }
    const signed = this.signer.signPublish(accepted.body)
    await this.proxy(request, response, entry, signed, this.backend.authorization)
    const attestation = accepted.attestation
    if (attestation !== undefined && (entry.status ?? 500) < 300) {
      this.attestations.set(attestation.id, {
        predicateType: attestation.predicateType,
        bundle: attestation.bundle,
      })
    }
  }

  /** npm's refusal of a write, or undefined when the bearer may do it. */
  private authorizeWrite(
    entry: NpmRecordedRequest,
    packageName: string | undefined,
    check: TokenCheck | undefined,
    words: string,
  ): Answer | undefined {
    if (check === undefined) {
      return { status: 401, body: { error: NPM_ANSWERS.loginRequired }, reason: 'no bearer token' }
    }
    if (check.state === 'unknown') {
      return {
        status: 404,
        body: { error: NPM_ANSWERS.notFound },
        reason: 'the token is not one the registry issued',
      }
    }
    if (check.state !== 'valid') {
      return {
        status: 404,
        body: { error: NPM_ANSWERS.notFound },
        headers: { 'npm-notice': NPM_ANSWERS.tokenExpiredNotice },
        reason: `the ${check.token.kind} token is ${check.state}`,
      }
    }
    if (check.token.kind === 'static') return undefined
    if (entry.action !== 'publish') {
      return {
        status: 403,
        body: { error: NPM_ANSWERS.oidcPublishOnly(words) },
        reason: `${entry.action} with a trusted publishing token`,
      }
    }
    if (packageName !== check.token.packageName) {
      return {
        status: 404,
        body: { error: NPM_ANSWERS.notFound },
        reason: `the token was exchanged for ${check.token.packageName ?? '?'}, not ${packageName ?? '?'}`,
      }
    }
    return undefined
  }

  /** `POST /-/npm/v1/oidc/token/exchange/package/<name>`, as npm's registry answers it. */
  private async exchange(
    packageName: string | undefined,
    jwt: string | undefined,
  ): Promise<Answer> {
    const invalid = (reason: string): Answer => ({
      status: 401,
      body: { message: NPM_ANSWERS.exchangeInvalidToken },
      reason,
    })
    if (jwt === undefined) return invalid('no bearer token')
    let payload: JWTPayload
    try {
      ;({ payload } = await jwtVerify(jwt, this.jwks, {
        issuer: this.options.issuer.url,
        audience: this.audience,
        algorithms: ['RS256'],
        currentDate: this.now(),
      }))
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return invalid(`${error.code}: ${error.message}`)
      throw error
    }
    const notFound: Answer = {
      status: 404,
      body: { message: NPM_ANSWERS.exchangePackageNotFound },
    }
    if (packageName === undefined) return { ...notFound, reason: 'no package name in the path' }
    const publisher = this.publishers.get(packageName)
    if (publisher === undefined) {
      return { ...notFound, reason: `${packageName} has no trusted publisher` }
    }
    if (!(await this.packageExists(packageName))) {
      return {
        ...notFound,
        reason: `${packageName} does not exist yet: a first publish needs another token`,
      }
    }
    if (payload.runner_environment === 'self-hosted') {
      return {
        status: 422,
        body: { message: NPM_ANSWERS.exchangeSelfHosted },
        reason: 'runner_environment is self-hosted',
      }
    }
    const mismatch = mismatchOf(publisher, payload)
    if (mismatch !== undefined) {
      return {
        status: 403,
        body: { message: NPM_ANSWERS.exchangePermissionDenied },
        reason: describeMismatch(mismatch),
      }
    }
    return { status: 201, body: { token: this.tokens.issueForPackage(packageName) } }
  }

  private async packageExists(packageName: string): Promise<boolean> {
    const escaped = packageName.replace('/', '%2f')
    const answer = await fetch(new URL(escaped, this.backend.url), {
      headers: { accept: 'application/vnd.npm.install-v1+json' },
    })
    await answer.arrayBuffer()
    return answer.ok
  }

  /**
   * Forwards a call to Verdaccio with `authorization` in place of the caller's (reads go
   * without any). The Host header is kept so tarball URLs point at the front.
   */
  private async proxy(
    request: IncomingMessage,
    response: ServerResponse,
    entry: NpmRecordedRequest,
    raw: Buffer,
    authorization: string | undefined,
  ): Promise<void> {
    const headers: IncomingHttpHeaders = { ...request.headers }
    delete headers.authorization
    delete headers.connection
    delete headers['keep-alive']
    if (authorization !== undefined) headers.authorization = authorization
    headers['content-length'] = String(raw.length)
    delete headers['transfer-encoding']
    const backend = new URL(this.backend.url)
    const answer = await new Promise<{
      status: number
      headers: IncomingHttpHeaders
      body: Buffer
    }>((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: backend.hostname,
          port: backend.port,
          method: entry.method,
          path: entry.path,
          headers,
        },
        (incoming) => {
          readBody(incoming).then(
            (body) =>
              resolve({ status: incoming.statusCode ?? 502, headers: incoming.headers, body }),
            reject,
          )
        },
      )
      outgoing.on('error', reject)
      outgoing.end(raw)
    }).catch((error: unknown) => ({
      status: 502,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(
        JSON.stringify({
          error: `The sandbox's Verdaccio did not answer: ${error instanceof Error ? error.message : String(error)}`,
        }),
      ),
    }))

    // Verdaccio answers 409 to a publish over an existing version; npm answers 403.
    if (entry.action === 'publish' && answer.status === 409) {
      const version = publishedVersion(parseJson(raw)) ?? '?'
      return this.answer(response, entry, {
        status: 403,
        body: { error: NPM_ANSWERS.versionExists(version) },
        reason: `Verdaccio: ${answer.body.toString().slice(0, 200)}`,
      })
    }
    entry.status = answer.status
    if (answer.status >= 400) entry.message = errorText(parseJson(answer.body))
    const outgoingHeaders: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined || ['connection', 'keep-alive', 'transfer-encoding'].includes(name)) {
        continue
      }
      outgoingHeaders[name] = value
    }
    outgoingHeaders['content-length'] = String(answer.body.length)
    response.writeHead(answer.status, outgoingHeaders)
    response.end(answer.body)
  }

  private answer(response: ServerResponse, entry: NpmRecordedRequest, answer: Answer): void {
    entry.status = answer.status
    entry.reason = answer.reason
    if (answer.status >= 400) entry.message = errorText(answer.body)
    send(response, answer.status, answer.body, answer.headers)
  }
}

function errorText(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const { error, message } = body as { error?: unknown; message?: unknown }
  if (typeof error === 'string') return error
  return typeof message === 'string' ? message : undefined
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined
  try {
    return JSON.parse(raw.toString('utf8')) as unknown
  } catch {
    return undefined
  }
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  })
  response.end(text)
}
