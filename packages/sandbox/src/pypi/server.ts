import { applyDelayAndDrop } from '../github/faults.js'
import { randomUUID } from 'node:crypto'
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import { FaultInjector, type Fault } from '../github/faults.js'
import { parseForm, PostedForm } from './multipart.js'
import { normalizeProjectName } from './names.js'
import { OidcExchange } from './oidc-exchange.js'
import { CORS_HEADERS, jsonApi, simpleDetail, simpleIndex } from './read-api.js'
import {
  checkPublisherSpec,
  hashToken,
  PypiState,
  type FileRecord,
  type PypiProjectSnapshot,
  type TrustedPublisherSpec,
} from './state.js'
import { identify, uploadFile } from './upload.js'
import { renderWarehouseError, WarehouseError } from './warehouse-errors.js'
import { close, listen, readBody } from '../loopback-server.js'

export interface PypiSandboxOptions {
  /** The OIDC issuer whose tokens the sandbox trusts (the sandbox's GitHub issuer). */
  issuer: { url: string; jwksUrl: string }
  /** Default: 0 (any free port). */
  port?: number
  /** `pypi` (audience `pypi`) or `testpypi` (audience `testpypi`). Default: `pypi`. */
  name?: 'pypi' | 'testpypi'
  /** The clock for token lifetimes and upload times. Default: the system clock. */
  now?: () => Date
}

/** One call the sandbox received. No token or JWT text is ever recorded. */
export interface PypiRecordedRequest {
  method: string
  /** The path with its query. */
  path: string
  /**
   * The route: `/legacy/`, `/_/oidc/audience`, `/_/oidc/mint-token`, `/pypi/{name}/json`,
   * `/pypi/{name}/{version}/json`, `/simple/`, `/simple/{name}/`, `/packages/{path}`; undefined
   * for anything else.
   */
  route: string | undefined
  /** Undefined while the call runs, and for a dropped connection. */
  status: number | undefined
  /** Whether an Authorization header came. */
  authorization: boolean
  /** What the upload's credential was: a minted OIDC token or a registered API token. */
  tokenKind: 'oidc' | 'api-token' | undefined
  /** The normalised project an upload or a read was for. */
  project: string | undefined
  /** The uploaded file's name. */
  filename: string | undefined
  /** A mint-token failure's first error code (`invalid-publisher`, ...). */
  errorCode: string | undefined
  /** An error's message (the upload's reason phrase, the first mint-token description). */
  message: string | undefined
  fault: boolean
  dropped: boolean
}

export interface PypiSandbox {
  /** The root, pypi.org's stand-in. twine's upload URL is `${url}/legacy/`. */
  url: string
  /** `${url}/legacy/`, for `twine upload --repository-url`. */
  uploadUrl: string
  /** The audience of `GET /_/oidc/audience`: `pypi` or `testpypi`. */
  audience: string
  /** Trusts a GitHub workflow to publish `project` (created empty when it does not exist). */
  trustPublisher(project: string, publisher: TrustedPublisherSpec): void
  /**
   * A pending publisher: the first token exchange that matches creates `project`. Refused when
   * the project already exists, as on PyPI.
   */
  trustPendingPublisher(project: string, publisher: TrustedPublisherSpec): void
  /**
   * Accepts a classic API token (it must start with `pypi-`), for baselines. With `projects`, it
   * is project-scoped; without, it may upload anywhere and create projects.
   */
  addApiToken(token: string, projects?: string[]): void
  /** What a maintainer does on the web UI: PyPI has no yank API. */
  yank(project: string, version: string, reason?: string): void
  unyank(project: string, version: string): void
  /** A project's releases and files, or undefined. */
  project(name: string): PypiProjectSnapshot | undefined
  /** Turns trusted publishing off or on, as PyPI's admins can. */
  setTrustedPublishing(enabled: boolean): void
  faults: FaultInjector
  requests: PypiRecordedRequest[]
  stop(): Promise<void>
}

interface Answer {
  status: number
  reason?: string
  headers: Record<string, string>
  body: string | Buffer
}

const ROUTES: Array<[RegExp, string]> = [
  [/^\/legacy\/$/, '/legacy/'],
  [/^\/legacy$/, '/legacy'],
  [/^\/_\/oidc\/audience$/, '/_/oidc/audience'],
  [/^\/_\/oidc\/(github\/)?mint-token$/, '/_/oidc/mint-token'],
  [/^\/pypi\/[^/]+\/json\/?$/, '/pypi/{name}/json'],
  [/^\/pypi\/[^/]+\/[^/]+\/json\/?$/, '/pypi/{name}/{version}/json'],
  [/^\/simple\/$/, '/simple/'],
  [/^\/simple\/[^/]+\/$/, '/simple/{name}/'],
  [/^\/packages\/.+$/, '/packages/{path}'],
]

/**
 * Starts a stand-in for PyPI (Warehouse) on 127.0.0.1: trusted publishing (`/_/oidc/audience`,
 * `/_/oidc/mint-token`) against a given OIDC issuer, the legacy upload API twine uses, the JSON
 * and Simple APIs and file downloads, with Warehouse's rules and messages, and fault injection.
 */
export async function startPypiSandbox(options: PypiSandboxOptions): Promise<PypiSandbox> {
  const site = options.name ?? 'pypi'
  const domain = site === 'testpypi' ? 'test.pypi.org' : 'pypi.org'
  const audience = site
  const state = new PypiState(options.now ?? (() => new Date()))
  let trustedPublishing = true
  const exchange = new OidcExchange(state, {
    issuer: options.issuer,
    audience,
    location: domain,
    trustedPublishingEnabled: () => trustedPublishing,
  })
  const uploadSite = { helpUrl: (anchor: string) => `https://${domain}/help/#${anchor}` }
  const faults = new FaultInjector()
  const requests: PypiRecordedRequest[] = []
  const server = createServer()
  const port = await listen(server, options.port ?? 0)
  const url = `http://127.0.0.1:${port}`
  const fileUrl = (file: FileRecord): string => `${url}/packages/${file.path}`
  const readUrls = { url, fileUrl }

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const target = new URL(request.url ?? '/', url)
    const method = (request.method ?? 'GET').toUpperCase()
    const path = target.pathname
    const route = ROUTES.find(([pattern]) => pattern.test(path))?.[1]
    const entry: PypiRecordedRequest = {
      method,
      path: `${path}${target.search}`,
      route,
      status: undefined,
      authorization: request.headers.authorization !== undefined,
      tokenKind: undefined,
      project: undefined,
      filename: undefined,
      errorCode: undefined,
      message: undefined,
      fault: false,
      dropped: false,
    }
    requests.push(entry)
    const body = await readBody(request)
    const fault = faults.select(method, path, route)
    if (fault !== undefined) {
      if (await applyDelayAndDrop(fault, entry, request)) return
      const answer = faultAnswer(fault)
      if (answer !== undefined) return send(response, entry, answer)
    }
    let answer: Answer
    try {
      answer = await dispatch(request, method, path, route, target, body, entry)
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      answer = {
        status: 500,
        headers: { 'content-type': 'text/plain; charset=UTF-8' },
        body: `The PyPI sandbox failed: ${message}`,
      }
      entry.message = 'The PyPI sandbox failed.'
    }
    send(response, entry, answer)
  }

  const dispatch = async (
    request: IncomingMessage,
    method: string,
    path: string,
    route: string | undefined,
    target: URL,
    body: Buffer,
    entry: PypiRecordedRequest,
  ): Promise<Answer> => {
    const accept = request.headers.accept
    switch (route) {
      case '/_/oidc/audience':
        if (method !== 'GET') return notFound()
        if (!trustedPublishing) {
          return json(403, { message: 'Trusted publishing functionality not enabled' })
        }
        return json(200, { audience })
      case '/_/oidc/mint-token': {
        if (method !== 'POST') return notFound()
        const minted = await exchange.mint(body)
        entry.errorCode = minted.errorCode
        if ('errors' in minted.body) entry.message = minted.body.errors[0]?.description
        entry.project = minted.projects.map(normalizeProjectName).join(',') || undefined
        return json(minted.status, minted.body)
      }
      case '/legacy':
        if (method !== 'POST') return notFound()
        return warehouseError(
          new WarehouseError(
            308,
            'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)',
            { location: '/legacy/' },
          ),
          accept,
          entry,
        )
      case '/legacy/':
        return legacy(request, method, target, body, entry)
      case '/pypi/{name}/json':
      case '/pypi/{name}/{version}/json': {
        if (method !== 'GET' && method !== 'HEAD') return notFound()
        const [, , name = '', second] = path.split('/')
        const version = route === '/pypi/{name}/json' ? undefined : decode(second ?? '')
        entry.project = normalizeProjectName(decode(name))
        return jsonApi(state, readUrls, decode(name), version)
      }
      case '/simple/':
        return simpleIndex(state, accept)
      case '/simple/{name}/': {
        const name = decode(path.split('/')[2] ?? '')
        entry.project = normalizeProjectName(name)
        return simpleDetail(state, readUrls, name, accept)
      }
      case '/packages/{path}':
        return download(path.slice('/packages/'.length))
      default:
        return notFound()
    }
  }

  const legacy = (
    request: IncomingMessage,
    method: string,
    target: URL,
    body: Buffer,
    entry: PypiRecordedRequest,
  ): Answer => {
    const accept = request.headers.accept
    const form = method === 'POST' ? parseForm(request.headers['content-type'], body) : undefined
    const action = target.searchParams.get(':action') ?? form?.get(':action')
    if (method === 'POST' && (action === 'submit' || action === 'submit_pkg_info')) {
      return warehouseError(
        new WarehouseError(
          410,
          'Project pre-registration is no longer required or supported, upload your files instead.',
        ),
        accept,
        entry,
      )
    }
    if (method === 'POST' && action === 'doc_upload') {
      return warehouseError(
        new WarehouseError(
          410,
          'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.',
        ),
        accept,
        entry,
      )
    }
    if (method !== 'POST' || action !== 'file_upload') {
      // Warehouse's catch-all for /legacy/: the upload page, 200.
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=UTF-8' },
        body: '<!DOCTYPE html>\n<html lang="en"><head><title>Warehouse · The Python Package Index</title></head><body><p>This URL is an API for uploading files to PyPI.</p></body></html>\n',
      }
    }
    try {
      const token = identify(state, uploadSite, request.headers.authorization)
      entry.tokenKind = token?.kind
      const posted = form ?? new PostedForm()
      entry.filename = posted.files.get('content')?.filename
      const name = posted.get('name')
      if (name) entry.project = normalizeProjectName(name)
      uploadFile(state, uploadSite, token, posted)
      return { status: 200, headers: { 'content-type': 'text/html; charset=UTF-8' }, body: '' }
    } catch (error) {
      if (error instanceof WarehouseError) return warehouseError(error, accept, entry)
      throw error
    }
  }

  const download = (path: string): Answer => {
    const wantsMetadata = path.endsWith('.metadata')
    const filePath = wantsMetadata ? path.slice(0, -'.metadata'.length) : path
    for (const file of state.allFiles()) {
      if (file.path !== decode(filePath)) continue
      const data = wantsMetadata ? file.metadataFile : file.data
      if (data === undefined) break
      return {
        status: 200,
        headers: {
          'content-type': wantsMetadata ? 'text/plain' : 'application/octet-stream',
          'content-length': String(data.length),
        },
        body: data,
      }
    }
    return notFound()
  }

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch(() => response.destroy())
  })

  return {
    url,
    uploadUrl: `${url}/legacy/`,
    audience,
    trustPublisher(project, publisher) {
      checkPublisherSpec(publisher)
      const record = state.project(project) ?? state.createProject(project)
      const environment = (publisher.environment ?? '').toLowerCase()
      let existing = state.publishers.find(
        (p) =>
          p.owner === publisher.owner &&
          p.repositoryName === publisher.repository &&
          p.workflow === publisher.workflow &&
          p.environment === environment,
      )
      if (existing === undefined) {
        existing = {
          id: randomUUID(),
          owner: publisher.owner,
          ownerId: publisher.ownerId,
          repositoryName: publisher.repository,
          workflow: publisher.workflow,
          environment,
          projects: new Set(),
        }
        state.publishers.push(existing)
      }
      existing.projects.add(record)
    },
    trustPendingPublisher(project, publisher) {
      checkPublisherSpec(publisher)
      if (state.project(project) !== undefined) {
        throw new Error(
          `The project '${project}' already exists on the PyPI sandbox: add a trusted publisher to it with trustPublisher.`,
        )
      }
      const environment = (publisher.environment ?? '').toLowerCase()
      const taken = state.pendingPublishers.find(
        (p) =>
          p.owner === publisher.owner &&
          p.repositoryName === publisher.repository &&
          p.workflow === publisher.workflow &&
          p.environment === environment,
      )
      if (taken !== undefined) {
        throw new Error(
          `A pending publisher for ${publisher.owner}/${publisher.repository} ${publisher.workflow} is already registered for '${taken.projectName}'.`,
        )
      }
      state.pendingPublishers.push({
        id: randomUUID(),
        projectName: project,
        owner: publisher.owner,
        ownerId: publisher.ownerId,
        repositoryName: publisher.repository,
        workflow: publisher.workflow,
        environment,
      })
    },
    addApiToken(token, projects) {
      if (!token.startsWith('pypi-') || token.length === 'pypi-'.length) {
        throw new Error('A PyPI API token starts with `pypi-`: PyPI refuses any other text.')
      }
      state.tokens.set(hashToken(token), {
        kind: 'api-token',
        projects: projects?.map(normalizeProjectName),
      })
    },
    yank(project, version, reason = '') {
      const release = findRelease(state, project, version)
      release.release.yanked = true
      release.release.yankedReason = reason
      state.journal(release.project)
    },
    unyank(project, version) {
      const release = findRelease(state, project, version)
      release.release.yanked = false
      release.release.yankedReason = ''
      state.journal(release.project)
    },
    project(name) {
      const record = state.project(name)
      return record === undefined ? undefined : state.snapshot(record)
    },
    setTrustedPublishing(enabled) {
      trustedPublishing = enabled
    },
    faults,
    requests,
    stop: () => close(server),
  }
}

function findRelease(state: PypiState, project: string, version: string) {
  const record = state.project(project)
  if (record === undefined) throw new Error(`The PyPI sandbox has no project '${project}'.`)
  const release = record.releases.find(
    (r) => r.version === version || r.canonicalVersion === version,
  )
  if (release === undefined) {
    const known = record.releases.map((r) => r.version).join(', ') || 'none'
    throw new Error(
      `The PyPI sandbox's project '${record.name}' has no release ${version} (releases: ${known}).`,
    )
  }
  return { project: record, release }
}

/** A path segment decoded; a malformed escape stays as it came. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

function json(status: number, body: unknown): Answer {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}

function notFound(): Answer {
  return {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=UTF-8', ...CORS_HEADERS },
    body: '404 Not Found',
  }
}

function warehouseError(
  error: WarehouseError,
  accept: string | undefined,
  entry: PypiRecordedRequest,
): Answer {
  const rendered = renderWarehouseError(error.status, error.message, accept)
  entry.message = error.message
  return {
    status: rendered.status,
    reason: rendered.reason,
    headers: { 'content-type': rendered.contentType, ...error.headers },
    body: rendered.body,
  }
}

/** A fault's answer: its status with `body` (JSON unless a string) or Pyramid's error page. */
function faultAnswer(fault: Fault): Answer | undefined {
  const { spec } = fault
  if (spec.status === undefined) return undefined
  const headers: Record<string, string> = {}
  if (spec.retryAfter !== undefined) headers['retry-after'] = String(spec.retryAfter)
  if (spec.body !== undefined) {
    const text = typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body)
    return {
      status: spec.status,
      headers: {
        'content-type':
          typeof spec.body === 'string' ? 'text/plain; charset=UTF-8' : 'application/json',
        ...headers,
        ...spec.headers,
      },
      body: text,
    }
  }
  const reason = STATUS_CODES[spec.status] ?? 'Error'
  return {
    status: spec.status,
    reason,
    headers: { 'content-type': 'text/plain; charset=UTF-8', ...headers, ...spec.headers },
    body: `${spec.status} ${reason}`,
  }
}

function send(response: ServerResponse, entry: PypiRecordedRequest, answer: Answer): void {
  entry.status = answer.status
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body
  const headers = { ...answer.headers, 'content-length': String(body.length) }
  if (answer.reason !== undefined) response.writeHead(answer.status, answer.reason, headers)
  else response.writeHead(answer.status, headers)
  response.end(body)
}
