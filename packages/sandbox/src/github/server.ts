import { applyDelayAndDrop } from './faults.js'
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ApiError, GENERIC_DOCUMENTATION_URL } from './api-error.js'
import {
  FaultInjector,
  SECONDARY_RATE_LIMIT_DOCUMENTATION,
  secondaryRateLimitMessage,
  type Fault,
} from './faults.js'
import { gitHttpPath, isPush, runHttpBackend, type GitHttpPath } from './git-http.js'
import { RealGitStore } from './git-store.js'
import { describeInvalidRequest } from './invalid-request.js'
import {
  loadGitHubDescription,
  type GitHubDescription,
  type MatchedOperation,
  type OpenApiOperation,
} from './openapi-description.js'
import { ContractSchemas, formatSchemaErrors } from './openapi-schemas.js'
import type { RepositoryRecord } from './records.js'
import { appBot, Representations, userByLogin } from './representations.js'
import {
  SandboxCore,
  type Caller,
  type RouteContext,
  type RouteDefinition,
  type ReceivedUpload,
  type RouteResult,
} from './route-context.js'
import { checkRoutes } from './routes/checks.js'
import { commitRoutes } from './routes/commits.js'
import { environmentRoutes } from './routes/environments.js'
import { gitRoutes } from './routes/git.js'
import { issueRoutes } from './routes/issues.js'
import { findDownload, releaseRoutes } from './routes/releases.js'
import { repositoryRoutes } from './routes/repository.js'
import { GitHubSandboxState, type SandboxRepositoryOptions } from './sandbox-state.js'
import {
  hasPermission,
  readAuthorization,
  TokenRegistry,
  type TokenInfo,
  type TokenKind,
} from './tokens.js'
import { close, listen, readBody } from '../loopback-server.js'

export interface GitHubSandboxOptions {
  /** Default: 0 (any free port). */
  port?: number
  /** The sandbox listens on loopback only. */
  host?: '127.0.0.1'
  repositories?: SandboxRepositoryOptions[]
  /** Published releases lock their assets and tag, as with GitHub's immutable releases setting. */
  immutableReleases?: boolean
  /**
   * Answer 500 with the violation when a response does not match GitHub's description, so the
   * test that caused it fails. Default: true. Violations are recorded either way.
   */
  validateResponses?: boolean
  /** The clock for timestamps. Default: the system clock. */
  now?: () => Date
  /** GitHub's REST description (api.github.com.json) to check against. Default: `@octokit/openapi`'s. */
  descriptionFile?: string
}

/** One call the sandbox received. Token text is never recorded: only whether a header came. */
export interface RecordedRequest {
  method: string
  /** The path with its query, relative to the root it was sent to (API, uploads or server). */
  path: string
  host: 'api' | 'uploads' | 'server'
  /** GitHub's operation (`repos/create-release`), when the path is one. */
  operationId: string | undefined
  /** GitHub's path template (`/repos/{owner}/{repo}/releases`), when the path is one. */
  route: string | undefined
  /** Undefined while the call runs, and for a dropped connection. */
  status: number | undefined
  /** Whether an Authorization header was sent. */
  authorization: boolean
  tokenKind: TokenKind | undefined
  /** A fault affected the call. */
  fault: boolean
  /** The connection was destroyed without an answer. */
  dropped: boolean
  /** The `message` of an error answer. */
  message: string | undefined
}

export interface ContractViolation {
  /**
   * `response`: a body does not match the schema for its status; `undocumented-status`: GitHub
   * documents no such success status for the operation; `sandbox-error`: a handler failed.
   */
  kind: 'response' | 'undocumented-status' | 'sandbox-error'
  method: string
  path: string
  operationId: string | undefined
  status: number
  /** The whole explanation, as the 500 answer carries it with `validateResponses`. */
  message: string
  errors: string[]
}

export interface GitHubSandbox {
  /** The API root, for `GITHUB_API_URL` and octokit's `baseUrl`. */
  url: string
  /** The web root, for `GITHUB_SERVER_URL`: serves `browser_download_url`s. */
  serverUrl: string
  /** The uploads root: releases' `upload_url` points here. */
  uploadsUrl: string
  state: GitHubSandboxState
  faults: FaultInjector
  tokens: TokenRegistry
  requests: RecordedRequest[]
  contractViolations: ContractViolation[]
  /**
   * Test hook: rewrites the JSON body of the next `times` (default 1) answers of an operation
   * before the contract check, e.g. to prove a wrong shape is caught.
   */
  corruptResponse(
    operationId: string,
    corrupt: (body: unknown) => unknown,
    options?: { times?: number },
  ): void
  stop(): Promise<void>
}

const ROUTES: RouteDefinition[] = [
  ...releaseRoutes,
  ...gitRoutes,
  ...commitRoutes,
  ...checkRoutes,
  ...issueRoutes,
  ...environmentRoutes,
  ...repositoryRoutes,
]

const ROUTES_BY_ID = new Map(ROUTES.map((route) => [route.operationId, route]))

/** Read permissions anyone has on a public repository. */
const ANONYMOUS_READ = [
  'contents',
  'issues',
  'checks',
  'statuses',
  'actions',
  'pull_requests',
  'deployments',
  'metadata',
]

const UPLOADS_PREFIX = '/_uploads'

let schemasFor: { description: GitHubDescription; schemas: ContractSchemas } | undefined

function contractSchemas(description: GitHubDescription): ContractSchemas {
  if (schemasFor?.description !== description)
    schemasFor = { description, schemas: new ContractSchemas(description) }
  return schemasFor.schemas
}

interface Answer {
  status: number
  body?: unknown
  headers: Record<string, string>
  raw?: Buffer
  rawFile?: { path: string; size: number }
}

/**
 * Starts a stand-in for GitHub's REST API on 127.0.0.1: real state for releases, refs, statuses,
 * check runs, issues and environments, every request and response checked against GitHub's
 * OpenAPI description, tokens with permissions, and fault injection.
 */
export async function startGitHubSandbox(
  options: GitHubSandboxOptions = {},
): Promise<GitHubSandbox> {
  const { description } = await loadGitHubDescription(options.descriptionFile)
  const schemas = contractSchemas(description)
  const server = createServer()
  const port = await listen(server, options.port ?? 0)
  // The web side (github.com beside api.github.com) has a port of its own, served from its root:
  // html_url and clone_url read as /{owner}/{repo}, as tools that parse them expect.
  const webServer = createServer()
  let webPort: number
  try {
    webPort = await listen(webServer, 0)
  } catch (error) {
    await close(server)
    throw error
  }
  const origin = `http://127.0.0.1:${port}`
  const urls = {
    api: origin,
    uploads: `${origin}${UPLOADS_PREFIX}`,
    server: `http://127.0.0.1:${webPort}`,
  }
  const now = options.now ?? (() => new Date())
  const core = new SandboxCore(
    urls,
    new Representations(urls),
    now,
    options.immutableReleases === true,
  )
  const state = new GitHubSandboxState(core)
  try {
    for (const repository of options.repositories ?? []) await state.addRepository(repository)
  } catch (error) {
    await Promise.all([close(server), close(webServer)])
    throw error
  }
  const handler = new RequestHandler(
    core,
    description,
    schemas,
    options.validateResponses !== false,
  )
  for (const [listener, web] of [
    [server, false],
    [webServer, true],
  ] as const) {
    listener.on('request', (request: IncomingMessage, response: ServerResponse) => {
      handler.handle(request, response, web).catch((error: unknown) => {
        // Only a failure to write the answer gets here: the connection is gone.
        handler.recordError(request, error)
        response.destroy()
      })
    })
  }
  return {
    url: urls.api,
    serverUrl: urls.server,
    uploadsUrl: urls.uploads,
    state,
    faults: handler.faults,
    tokens: handler.tokens,
    requests: handler.requests,
    contractViolations: handler.violations,
    corruptResponse: (operationId, corrupt, corruptOptions) => {
      description.resolve(operationId)
      handler.corruptions.push({ operationId, corrupt, remaining: corruptOptions?.times ?? 1 })
    },
    stop: async () => {
      await Promise.all([close(server), close(webServer)])
      handler.removeUploads()
    },
  }
}

function requestId(): string {
  const hex = randomBytes(10).toString('hex').toUpperCase()
  return `${hex.slice(0, 4)}:${hex.slice(4, 9)}:${hex.slice(9, 15)}:${hex.slice(15, 20)}`
}

class RequestHandler {
  readonly faults = new FaultInjector()
  readonly tokens: TokenRegistry
  readonly requests: RecordedRequest[] = []
  readonly violations: ContractViolation[] = []
  readonly corruptions: Array<{
    operationId: string
    corrupt: (body: unknown) => unknown
    remaining: number
  }> = []
  private readonly anonymous = { used: 0, resetAt: 0 }

  constructor(
    private readonly core: SandboxCore,
    private readonly description: GitHubDescription,
    private readonly schemas: ContractSchemas,
    private readonly validateResponses: boolean,
  ) {
    this.tokens = new TokenRegistry(() => core.now().getTime())
    this.anonymous.resetAt = this.tokens.nextReset()
  }

  recordError(request: IncomingMessage, error: unknown): void {
    const url = requestUrl(request)
    const path = `${url.pathname}${redactedSearch(url)}`
    this.violations.push({
      kind: 'sandbox-error',
      method: request.method ?? 'GET',
      path,
      operationId: undefined,
      status: 0,
      message: `The GitHub sandbox failed to answer ${request.method ?? 'GET'} ${path}: ${String(error)}`,
      errors: [],
    })
  }

  async handle(request: IncomingMessage, response: ServerResponse, web: boolean): Promise<void> {
    const url = requestUrl(request)
    const method = (request.method ?? 'GET').toUpperCase()
    const { host, path } = web
      ? { host: 'server' as const, path: url.pathname }
      : splitHost(url.pathname)
    const matched = host === 'server' ? undefined : this.description.match(method, path)
    // uploads.github.com serves only uploads, and api.github.com no upload.
    const usable =
      matched !== undefined && matched.operation.uploads === (host === 'uploads')
        ? matched
        : undefined
    // An upload goes to disk as it arrives: a 1 GB asset costs no memory here either.
    const upload = usable?.operation.uploads === true ? await this.receive(request) : undefined
    const raw = upload === undefined ? await readBody(request) : Buffer.alloc(0)
    try {
      await this.respond(request, response, { url, method, host, path, usable, raw, upload })
    } finally {
      if (upload !== undefined && !upload.kept) rmSync(upload.file, { force: true })
    }
  }

  /** The directory uploads are written to, made on first use and removed when the sandbox stops. */
  private uploadDir: string | undefined

  removeUploads(): void {
    if (this.uploadDir !== undefined) rmSync(this.uploadDir, { recursive: true, force: true })
  }

  private async receive(request: IncomingMessage): Promise<ReceivedUpload> {
    this.uploadDir ??= mkdtempSync(join(tmpdir(), 'tokenless-github-sandbox-uploads-'))
    const file = join(this.uploadDir, `upload-${randomBytes(8).toString('hex')}`)
    const hash = createHash('sha256')
    let size = 0
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk)
        size += chunk.length
        done(null, chunk)
      },
    })
    try {
      await pipeline(request, counter, createWriteStream(file))
    } catch (error) {
      rmSync(file, { force: true })
      throw error
    }
    return { file, size, digest: `sha256:${hash.digest('hex')}`, kept: false }
  }

  private async respond(
    request: IncomingMessage,
    response: ServerResponse,
    call: {
      url: URL
      method: string
      host: RecordedRequest['host']
      path: string
      usable: MatchedOperation | undefined
      raw: Buffer
      upload: ReceivedUpload | undefined
    },
  ): Promise<void> {
    const { url, method, host, path, usable, raw, upload } = call
    const entry: RecordedRequest = {
      method,
      path: `${path}${redactedSearch(url)}`,
      host,
      operationId: usable?.operation.operationId,
      route: usable?.operation.path,
      status: undefined,
      authorization: request.headers.authorization !== undefined,
      tokenKind: undefined,
      fault: false,
      dropped: false,
      message: undefined,
    }
    this.requests.push(entry)
    const id = requestId()
    const fault = this.faults.select(method, path, usable?.operation.path)
    if (fault !== undefined) {
      if (await applyDelayAndDrop(fault, entry, request)) return
      const answer = faultAnswer(fault, id)
      if (answer !== undefined) {
        this.send(response, entry, answer, id)
        return
      }
    }
    const answer = await this.answer(request, url, host, path, usable, raw, entry, upload)
    this.send(response, entry, answer, id)
  }

  private async answer(
    request: IncomingMessage,
    url: URL,
    host: RecordedRequest['host'],
    path: string,
    matched: MatchedOperation | undefined,
    raw: Buffer,
    entry: RecordedRequest,
    upload?: ReceivedUpload,
  ): Promise<Answer> {
    const operation = matched?.operation
    try {
      const caller = this.authenticate(request)
      entry.tokenKind = caller.kind
      if (host === 'server') {
        const git = gitHttpPath(path)
        if (git === undefined) return this.download(path, caller.info)
        return await this.gitHttp(git, request, url, raw, caller.info)
      }
      if (operation === undefined) {
        throw new ApiError(404, {
          message: 'Not Found',
          documentation_url: GENERIC_DOCUMENTATION_URL,
        })
      }
      // Asking for the rate limit does not count against it.
      if (operation.operationId === 'rate-limit/get') {
        return this.checked(operation, this.rateLimit(caller.info), entry)
      }
      const rate = this.countRate(caller.info)
      const route = ROUTES_BY_ID.get(operation.operationId)
      if (route === undefined) {
        throw new ApiError(501, {
          message: `The GitHub sandbox does not implement ${operation.method} ${operation.path} (${operation.operationId}).`,
          documentation_url: operation.documentationUrl,
        })
      }
      const result = await this.run(
        route,
        operation,
        matched?.params ?? {},
        request,
        url,
        raw,
        caller,
        upload,
      )
      return this.checked(operation, { ...result, headers: { ...rate, ...result.headers } }, entry)
    } catch (error) {
      return this.errorAnswer(error, operation, entry)
    }
  }

  private async run(
    route: RouteDefinition,
    operation: OpenApiOperation,
    rawParams: Record<string, string>,
    request: IncomingMessage,
    url: URL,
    raw: Buffer,
    caller: Caller & { info: TokenInfo | undefined },
    upload?: ReceivedUpload,
  ): Promise<RouteResult> {
    const validators = this.schemas.for(operation)
    const params: Record<string, unknown> = { ...rawParams }
    if (validators.path !== undefined && !validators.path(params))
      throw new ApiError(404, { message: 'Not Found' })
    let repo: RepositoryRecord | undefined
    if (typeof rawParams.owner === 'string' && typeof rawParams.repo === 'string') {
      repo = this.core.repository(rawParams.owner, rawParams.repo)
      if (repo === undefined || !canSee(repo, caller))
        throw new ApiError(404, { message: 'Not Found' })
    }
    if (route.permission !== undefined) authorize(route.permission, caller)
    const query: Record<string, unknown> = {}
    for (const key of new Set(url.searchParams.keys())) query[key] = url.searchParams.get(key)
    if (validators.query !== undefined && !validators.query(query)) {
      throw invalidRequest(describeInvalidRequest(validators.query.errors ?? []))
    }
    let body: unknown = {}
    if (!operation.uploads && raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'))
      } catch {
        throw new ApiError(400, { message: 'Problems parsing JSON' })
      }
    }
    if (validators.body !== undefined && !validators.body(body)) {
      throw invalidRequest(describeInvalidRequest(validators.body.errors ?? []))
    }
    const context: RouteContext = {
      core: this.core,
      operation,
      get repo(): RepositoryRecord {
        if (repo === undefined)
          throw new Error(`${operation.operationId} has no repository in its path.`)
        return repo
      },
      params,
      query,
      body:
        typeof body === 'object' && body !== null && !Array.isArray(body)
          ? (body as Record<string, unknown>)
          : {},
      raw,
      ...(upload === undefined ? {} : { upload }),
      headers: request.headers,
      caller,
      url: new URL(`${this.core.urls.api}${url.pathname}${url.search}`),
    }
    const write = operation.method !== 'GET' && operation.method !== 'HEAD'
    if (repo !== undefined && write) return repo.writes.run(async () => route.handle(context))
    return route.handle(context)
  }

  private authenticate(request: IncomingMessage): Caller & { info: TokenInfo | undefined } {
    const header = request.headers.authorization
    if (header === undefined) {
      return {
        authenticated: false,
        kind: undefined,
        permissions: {},
        actor: undefined,
        app: undefined,
        info: undefined,
      }
    }
    const token = readAuthorization(header)
    const info = token === undefined || token === '' ? undefined : this.tokens.lookup(token)
    if (info === undefined) {
      throw new ApiError(401, {
        message: 'Bad credentials',
        documentation_url: GENERIC_DOCUMENTATION_URL,
      })
    }
    const actor =
      info.kind === 'pat'
        ? userByLogin(info.login ?? 'sandbox-user')
        : appBot(info.app ?? { id: 0, slug: 'app', name: 'App' })
    return {
      authenticated: true,
      kind: info.kind,
      permissions: info.permissions,
      actor,
      app: info.app,
      info,
    }
  }

  /** Counts a call against the caller's primary rate limit; 403 once it is spent. */
  private countRate(info: TokenInfo | undefined): Record<string, string> {
    const counter = info ?? this.anonymous
    const limit = info?.rateLimit ?? 60
    const nowSeconds = Math.floor(this.core.now().getTime() / 1000)
    if (nowSeconds >= counter.resetAt) {
      counter.used = 0
      counter.resetAt = this.tokens.nextReset()
    }
    const headers = (used: number): Record<string, string> => ({
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-reset': String(counter.resetAt),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
    })
    if (counter.used >= limit) {
      const who =
        info === undefined
          ? "127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)"
          : info.kind === 'pat'
            ? `user ID ${userByLogin(info.login ?? 'sandbox-user').id}.`
            : `installation ID ${info.app?.id ?? 0}.`
      throw new ApiError(
        403,
        {
          message: `API rate limit exceeded for ${who}`,
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        },
        headers(counter.used),
      )
    }
    counter.used++
    return headers(counter.used)
  }

  private rateLimit(info: TokenInfo | undefined): Answer {
    const counter = info ?? this.anonymous
    const limit = info?.rateLimit ?? 60
    const core = {
      limit,
      remaining: Math.max(0, limit - counter.used),
      reset: counter.resetAt,
      used: counter.used,
    }
    const search = {
      limit: info === undefined ? 10 : 30,
      remaining: info === undefined ? 10 : 30,
      reset: counter.resetAt,
      used: 0,
    }
    return {
      status: 200,
      body: {
        resources: { core, search, graphql: { ...core, used: 0, remaining: limit } },
        rate: core,
      },
      headers: {},
    }
  }

  /** `browser_download_url`: the asset's bytes (drafts and private repositories need a token). */
  /** `git clone {clone_url}` and fetches: a repository with a real git directory, as GitHub serves it. */
  private async gitHttp(
    git: GitHttpPath,
    request: IncomingMessage,
    url: URL,
    raw: Buffer,
    info: TokenInfo | undefined,
  ): Promise<Answer> {
    const text = (status: number, message: string, headers: Record<string, string> = {}) => ({
      status,
      raw: Buffer.from(`${message}\n`),
      headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
    })
    const repo = this.core.repository(git.owner, git.repo)
    const permissions = info?.permissions ?? {}
    if (repo?.isPrivate === true && info === undefined) {
      // git sends its credentials only when asked.
      return text(401, 'Authentication required', { 'www-authenticate': 'Basic realm="GitHub"' })
    }
    const visible =
      repo !== undefined &&
      canSee(repo, { authenticated: info !== undefined, info }) &&
      (!repo.isPrivate || hasPermission(permissions, 'contents', 'read'))
    if (!visible) return text(404, 'Repository not found.')
    if (isPush(git, url.searchParams)) {
      return text(
        403,
        `The GitHub sandbox serves ${repo.fullName} for clones and fetches only: push through the API (git refs) or to the repository's git directory.`,
      )
    }
    if (!(repo.git instanceof RealGitStore)) {
      return text(
        404,
        `The GitHub sandbox repository ${repo.fullName} has no git directory (gitDir) to clone.`,
      )
    }
    const answer = await runHttpBackend(repo.git.dir, {
      endpoint: git.endpoint,
      method: request.method ?? 'GET',
      query: url.search,
      headers: request.headers,
      body: raw,
    })
    return { status: answer.status, raw: answer.body, headers: answer.headers }
  }

  private download(path: string, info: TokenInfo | undefined): Answer {
    const notFound: Answer = {
      status: 404,
      raw: Buffer.from('Not Found'),
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    }
    const parts = path.split('/').slice(1).map(decodeSafely)
    if (parts.length < 6 || parts[2] !== 'releases' || parts[3] !== 'download') return notFound
    const repo = this.core.repository(parts[0] ?? '', parts[1] ?? '')
    const permissions = info?.permissions ?? {}
    const caller = { authenticated: info !== undefined, info }
    if (repo === undefined || !canSee(repo, caller)) return notFound
    if (repo.isPrivate && !hasPermission(permissions, 'contents', 'read')) return notFound
    const tag = parts.slice(4, -1).join('/')
    const asset = findDownload(
      repo,
      tag,
      parts.at(-1) ?? '',
      info !== undefined && hasPermission(permissions, 'contents', 'write'),
    )
    if (asset === undefined) return notFound
    asset.downloadCount++
    return {
      status: 200,
      rawFile: { path: asset.file, size: asset.size },
      headers: {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename=${asset.name}`,
      },
    }
  }

  /** Applies a test's corruption, then checks the answer against GitHub's schema. */
  private checked(
    operation: OpenApiOperation,
    result: RouteResult,
    entry: RecordedRequest,
  ): Answer {
    let body = result.body
    const corruption = this.corruptions.find(
      (c) => c.operationId === operation.operationId && c.remaining > 0,
    )
    if (corruption !== undefined && body !== undefined) {
      corruption.remaining--
      body = corruption.corrupt(structuredClone(body))
    }
    const answer: Answer = {
      status: result.status,
      body,
      headers: result.headers ?? {},
      raw: result.raw,
    }
    if (result.raw !== undefined) return answer
    return this.contractChecked(operation, answer, entry)
  }

  private contractChecked(
    operation: OpenApiOperation,
    answer: Answer,
    entry: RecordedRequest,
  ): Answer {
    const { schema, documented } = this.schemas.for(operation).response(answer.status)
    let violation: ContractViolation | undefined
    const describe = (what: string, errors: string[]): ContractViolation => ({
      kind: documented ? 'response' : 'undocumented-status',
      method: entry.method,
      path: entry.path,
      operationId: operation.operationId,
      status: answer.status,
      message:
        `GitHub sandbox contract violation: ${operation.method} ${operation.path} (${operation.operationId}) ` +
        `answered ${answer.status} ${what}` +
        (errors.length === 0 ? '.' : `:\n  ${errors.join('\n  ')}`),
      errors,
    })
    if (!documented)
      violation = describe("but GitHub's description documents no such status for it", [])
    else if (schema !== undefined && !schema(answer.body ?? null)) {
      violation = describe(
        "with a body that does not match GitHub's schema",
        formatSchemaErrors(schema.errors),
      )
    }
    if (violation === undefined) return answer
    this.violations.push(violation)
    if (!this.validateResponses) return answer
    return {
      status: 500,
      body: {
        message: violation.message,
        documentation_url: operation.documentationUrl,
        status: '500',
      },
      headers: {},
    }
  }

  private errorAnswer(
    error: unknown,
    operation: OpenApiOperation | undefined,
    entry: RecordedRequest,
  ): Answer {
    if (error instanceof ApiError) {
      const body = {
        ...error.body,
        documentation_url:
          error.body.documentation_url ?? operation?.documentationUrl ?? GENERIC_DOCUMENTATION_URL,
        status: String(error.status),
      }
      const answer: Answer = { status: error.status, body, headers: error.headers }
      // Answers the sandbox makes up for unimplemented operations have no contract to keep.
      return operation === undefined || error.status === 501
        ? answer
        : this.contractChecked(operation, answer, entry)
    }
    const message = `The GitHub sandbox failed in ${operation?.operationId ?? entry.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
    this.violations.push({
      kind: 'sandbox-error',
      method: entry.method,
      path: entry.path,
      operationId: operation?.operationId,
      status: 500,
      message,
      errors: [],
    })
    return {
      status: 500,
      body: { message, documentation_url: GENERIC_DOCUMENTATION_URL, status: '500' },
      headers: {},
    }
  }

  private send(response: ServerResponse, entry: RecordedRequest, answer: Answer, id: string): void {
    entry.status = answer.status
    const body = answer.body as { message?: unknown } | undefined
    if (answer.status >= 400 && typeof body?.message === 'string') entry.message = body.message
    const headers: Record<string, string> = {
      'x-github-request-id': id,
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      ...answer.headers,
    }
    if (answer.rawFile !== undefined) {
      response.writeHead(answer.status, {
        'content-length': String(answer.rawFile.size),
        ...headers,
      })
      createReadStream(answer.rawFile.path).pipe(response)
      return
    }
    if (answer.raw !== undefined) {
      response.writeHead(answer.status, { 'content-length': String(answer.raw.length), ...headers })
      response.end(answer.raw)
      return
    }
    if (answer.status === 204 || answer.status === 304 || answer.body === undefined) {
      response.writeHead(answer.status, headers)
      response.end()
      return
    }
    const text = JSON.stringify(answer.body)
    response.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      ...headers,
    })
    response.end(text)
  }
}

/** The request target as a URL; a path like `//x` stays a path, never a host. */
function requestUrl(request: IncomingMessage): URL {
  return new URL(`http://127.0.0.1${request.url ?? '/'}`)
}

/** The API port serves api.github.com and, under `/_uploads`, uploads.github.com. */
function splitHost(pathname: string): { host: RecordedRequest['host']; path: string } {
  if (pathname === UPLOADS_PREFIX || pathname.startsWith(`${UPLOADS_PREFIX}/`)) {
    return { host: 'uploads', path: pathname.slice(UPLOADS_PREFIX.length) || '/' }
  }
  return { host: 'api', path: pathname }
}

/** The query as recorded: a token sent as `access_token` (GitHub no longer takes it) is not. */
function redactedSearch(url: URL): string {
  if (!url.searchParams.has('access_token')) return url.search
  const copy = new URL(url)
  copy.searchParams.set('access_token', 'REDACTED')
  return copy.search
}

function decodeSafely(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

/** An installation token sees only its repositories; nobody but a token sees a private one. */
function canSee(
  repo: RepositoryRecord,
  caller: { authenticated: boolean; info: TokenInfo | undefined },
): boolean {
  const allowed = caller.info?.repositories
  if (allowed !== undefined && !allowed.includes(repo.fullName.toLowerCase())) return false
  return !repo.isPrivate || caller.authenticated
}

function authorize([name, level]: [string, 'read' | 'write'], caller: Caller): void {
  if (!caller.authenticated) {
    if (level === 'read' && ANONYMOUS_READ.includes(name)) return
    throw new ApiError(401, { message: 'Requires authentication' })
  }
  if (hasPermission(caller.permissions, name, level)) return
  const message =
    caller.kind === 'pat'
      ? 'Resource not accessible by personal access token'
      : 'Resource not accessible by integration'
  throw new ApiError(403, { message }, { 'x-accepted-github-permissions': `${name}=${level}` })
}

function invalidRequest(lines: string[]): ApiError {
  return new ApiError(422, { message: `Invalid request.\n\n${lines.join('\n')}` })
}

function faultAnswer(fault: Fault, id: string): Answer | undefined {
  const { spec } = fault
  const headers: Record<string, string> = {}
  if (spec.retryAfter !== undefined) headers['retry-after'] = String(spec.retryAfter)
  if (spec.secondaryRateLimit === true) {
    return {
      status: spec.status ?? 403,
      body: spec.body ?? {
        message: secondaryRateLimitMessage(id),
        documentation_url: SECONDARY_RATE_LIMIT_DOCUMENTATION,
        status: String(spec.status ?? 403),
      },
      headers: { 'retry-after': String(spec.retryAfter ?? 60), ...spec.headers },
    }
  }
  if (spec.status === undefined) return undefined
  return {
    status: spec.status,
    body: spec.body ?? {
      message: STATUS_CODES[spec.status] ?? 'Error',
      documentation_url: GENERIC_DOCUMENTATION_URL,
      status: String(spec.status),
    },
    headers: { ...headers, ...spec.headers },
  }
}
