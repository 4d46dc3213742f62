import type { IncomingMessage } from 'node:http'
import { parseForm, PostedForm } from './multipart.js'
import { normalizeProjectName } from './names.js'
import type { OidcExchange } from './oidc-exchange.js'
import { CORS_HEADERS, jsonApi, simpleDetail, simpleIndex, type ReadUrls } from './read-api.js'
import type { PypiState } from './state.js'
import { identify, uploadFile, type UploadSite } from './upload.js'
import { renderWarehouseError, WarehouseError } from './warehouse-errors.js'

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

export interface Answer {
  status: number
  reason?: string
  headers: Record<string, string>
  body: string | Buffer
}

/** What the route handlers work on: one PyPI or TestPyPI. */
export interface PypiSite {
  state: PypiState
  exchange: OidcExchange
  /** `pypi` or `testpypi`. */
  audience: string
  trustedPublishing: () => boolean
  upload: UploadSite
  read: ReadUrls
  /** Runs uploads one at a time (see `oneAtATime`). */
  serialUpload: <T>(task: () => Promise<T>) => Promise<T>
}

/**
 * A queue of tasks that run one after another. An upload reads its archive asynchronously
 * between its checks and its write; Warehouse's transaction keeps two uploads of one file from
 * both passing the "already exists" check, and so does running them in turn.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = last.then(task, task)
    last = next.catch(() => undefined)
    return next
  }
}

/** A request read whole, with the record it fills in. */
export interface RouteCall {
  request: IncomingMessage
  method: string
  path: string
  target: URL
  body: Buffer
  entry: PypiRecordedRequest
}

type RouteHandler = (site: PypiSite, call: RouteCall) => Answer | Promise<Answer>

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
  [
    /^\/integrity\/[^/]+\/[^/]+\/[^/]+\/provenance$/,
    '/integrity/{name}/{version}/{file}/provenance',
  ],
]

/** The route of a path (see `PypiRecordedRequest.route`). */
export function routeOf(path: string): string | undefined {
  return ROUTES.find(([pattern]) => pattern.test(path))?.[1]
}

const HANDLERS: Record<string, RouteHandler> = {
  '/_/oidc/audience': audience,
  '/_/oidc/mint-token': mintToken,
  '/legacy': legacyWithoutSlash,
  '/legacy/': legacy,
  '/pypi/{name}/json': jsonApiRoute,
  '/pypi/{name}/{version}/json': jsonApiRoute,
  '/simple/': (site, call) => simpleIndex(site.state, call.request.headers.accept),
  '/simple/{name}/': simpleDetailRoute,
  '/packages/{path}': (site, call) => download(site, call.path.slice('/packages/'.length)),
  '/integrity/{name}/{version}/{file}/provenance': integrity,
}

/** `/integrity/<project>/<version>/<file>/provenance`: the file's verified PEP 740 attestations. */
function integrity(site: PypiSite, { method, path, entry }: RouteCall): Answer {
  if (method !== 'GET' && method !== 'HEAD') return notFound()
  const [, , name = '', version = '', filename = ''] = path.split('/').map(decode)
  entry.project = normalizeProjectName(name)
  entry.filename = filename
  const project = site.state.project(name)
  const release = project?.releases.find(
    (r) => r.version === version || r.canonicalVersion === version,
  )
  const file = release?.files.find((f) => f.filename === filename)
  if (file?.provenance === undefined) {
    return json(404, { message: `No provenance available for ${filename}` })
  }
  return json(200, file.provenance)
}

/** Answers a request as Warehouse would; a 404 for a path it does not serve. */
export async function answerRoute(site: PypiSite, call: RouteCall): Promise<Answer> {
  const route = call.entry.route
  const handler = route === undefined ? undefined : HANDLERS[route]
  return handler === undefined ? notFound() : handler(site, call)
}

function audience(site: PypiSite, { method }: RouteCall): Answer {
  if (method !== 'GET') return notFound()
  if (!site.trustedPublishing()) {
    return json(403, { message: 'Trusted publishing functionality not enabled' })
  }
  return json(200, { audience: site.audience })
}

async function mintToken(site: PypiSite, { method, body, entry }: RouteCall): Promise<Answer> {
  if (method !== 'POST') return notFound()
  const minted = await site.exchange.mint(body)
  entry.errorCode = minted.errorCode
  if ('errors' in minted.body) entry.message = minted.body.errors[0]?.description
  entry.project = minted.projects.map(normalizeProjectName).join(',') || undefined
  return json(minted.status, minted.body)
}

function legacyWithoutSlash(_site: PypiSite, { method, request, entry }: RouteCall): Answer {
  if (method !== 'POST') return notFound()
  return warehouseError(
    new WarehouseError(
      308,
      'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)',
      { location: '/legacy/' },
    ),
    request.headers.accept,
    entry,
  )
}

/** `/legacy/`: Warehouse's `file_upload`, its retired actions, and its upload page. */
async function legacy(
  site: PypiSite,
  { request, method, target, body, entry }: RouteCall,
): Promise<Answer> {
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
    const token = identify(site.state, site.upload, request.headers.authorization)
    entry.tokenKind = token?.kind
    const posted = form ?? new PostedForm()
    entry.filename = posted.files.get('content')?.filename
    const name = posted.get('name')
    if (name) entry.project = normalizeProjectName(name)
    await site.serialUpload(() => uploadFile(site.state, site.upload, token, posted))
    return { status: 200, headers: { 'content-type': 'text/html; charset=UTF-8' }, body: '' }
  } catch (error) {
    if (error instanceof WarehouseError) return warehouseError(error, accept, entry)
    throw error
  }
}

function jsonApiRoute(site: PypiSite, { method, path, entry }: RouteCall): Answer {
  if (method !== 'GET' && method !== 'HEAD') return notFound()
  const [, , name = '', second] = path.split('/')
  const version = entry.route === '/pypi/{name}/json' ? undefined : decode(second ?? '')
  entry.project = normalizeProjectName(decode(name))
  return jsonApi(site.state, site.read, decode(name), version)
}

function simpleDetailRoute(site: PypiSite, { path, request, entry }: RouteCall): Answer {
  const name = decode(path.split('/')[2] ?? '')
  entry.project = normalizeProjectName(name)
  return simpleDetail(site.state, site.read, name, request.headers.accept)
}

/** `/packages/<path>`: a file, or with `.metadata` its core metadata (PEP 658). */
function download(site: PypiSite, path: string): Answer {
  const wantsMetadata = path.endsWith('.metadata')
  const filePath = wantsMetadata ? path.slice(0, -'.metadata'.length) : path
  for (const file of site.state.allFiles()) {
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
