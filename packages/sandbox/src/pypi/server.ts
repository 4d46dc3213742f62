import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import type { VerifiedBundle } from '../sigstore/verify-bundle.js'
import { applyDelayAndDrop, FaultInjector, type Fault } from '../github/faults.js'
import { close, listen, readBody } from '../loopback-server.js'
import { addApiToken, setYanked, trustPendingPublisher, trustPublisher } from './admin.js'
import { OidcExchange } from './oidc-exchange.js'
import {
  answerRoute,
  oneAtATime,
  routeOf,
  type Answer,
  type PypiRecordedRequest,
  type PypiSite,
} from './routes.js'
import {
  PypiState,
  type FileRecord,
  type PypiProjectSnapshot,
  type TrustedPublisherSpec,
} from './state.js'

export type { PypiRecordedRequest } from './routes.js'

export interface PypiSandboxOptions {
  /** The OIDC issuer whose tokens the sandbox trusts (the sandbox's GitHub issuer). */
  issuer: { url: string; jwksUrl: string }
  /** Default: 0 (any free port). */
  port?: number
  /** `pypi` (audience `pypi`) or `testpypi` (audience `testpypi`). Default: `pypi`. */
  name?: 'pypi' | 'testpypi'
  /** The clock for token lifetimes and upload times. Default: the system clock. */
  now?: () => Date
  /**
   * The Sigstore stand-in whose trust root PEP 740 attestations must verify against
   * (`startSigstoreSandbox({ issuer })`); without it an upload with attestations is refused.
   */
  sigstore?: { verify(bundle: unknown): VerifiedBundle }
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

/**
 * Starts a stand-in for PyPI (Warehouse) on 127.0.0.1: trusted publishing (`/_/oidc/audience`,
 * `/_/oidc/mint-token`) against a given OIDC issuer, the legacy upload API twine uses, the JSON
 * and Simple APIs and file downloads, with Warehouse's rules and messages, and fault injection.
 */
export async function startPypiSandbox(options: PypiSandboxOptions): Promise<PypiSandbox> {
  const name = options.name ?? 'pypi'
  const domain = name === 'testpypi' ? 'test.pypi.org' : 'pypi.org'
  const state = new PypiState(options.now ?? (() => new Date()))
  let trustedPublishing = true
  const server = createServer()
  const port = await listen(server, options.port ?? 0)
  const url = `http://127.0.0.1:${port}`
  const site: PypiSite = {
    state,
    exchange: new OidcExchange(state, {
      issuer: options.issuer,
      audience: name,
      location: domain,
      trustedPublishingEnabled: () => trustedPublishing,
    }),
    audience: name,
    trustedPublishing: () => trustedPublishing,
    upload: {
      helpUrl: (anchor: string) => `https://${domain}/help/#${anchor}`,
      ...(options.sigstore === undefined
        ? {}
        : { verifyBundle: (bundle: unknown) => options.sigstore!.verify(bundle) }),
      issuer: options.issuer.url,
    },
    read: { url, fileUrl: (file: FileRecord): string => `${url}/packages/${file.path}` },
    serialUpload: oneAtATime(),
  }
  const faults = new FaultInjector()
  const requests: PypiRecordedRequest[] = []
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(site, faults, requests, request, response).catch(() => response.destroy())
  })
  return {
    url,
    uploadUrl: `${url}/legacy/`,
    audience: name,
    trustPublisher: (project, publisher) => trustPublisher(state, project, publisher),
    trustPendingPublisher: (project, publisher) => trustPendingPublisher(state, project, publisher),
    addApiToken: (token, projects) => addApiToken(state, token, projects),
    yank: (project, version, reason) => setYanked(state, project, version, true, reason),
    unyank: (project, version) => setYanked(state, project, version, false),
    project(projectName) {
      const record = state.project(projectName)
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

/** Records a request, applies a fault that matches it, else answers its route. */
async function handle(
  site: PypiSite,
  faults: FaultInjector,
  requests: PypiRecordedRequest[],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const target = new URL(request.url ?? '/', site.read.url)
  const method = (request.method ?? 'GET').toUpperCase()
  const path = target.pathname
  const route = routeOf(path)
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
    answer = await answerRoute(site, { request, method, path, target, body, entry })
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
