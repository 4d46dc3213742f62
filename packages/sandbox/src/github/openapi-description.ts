import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

/** The parts of an OpenAPI 3.0 document the sandbox reads; everything else is left untyped. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>
  components: {
    schemas: Record<string, unknown>
    parameters: Record<string, unknown>
    responses: Record<string, unknown>
  }
}

export interface OpenApiParameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: unknown
  'x-multi-segment'?: boolean
}

export interface OpenApiOperation {
  operationId: string
  method: string
  /** GitHub's path template, e.g. `/repos/{owner}/{repo}/releases/{release_id}`. */
  path: string
  parameters: OpenApiParameter[]
  /** The JSON request body schema, when the operation takes JSON. */
  requestSchema: unknown
  requestBodyRequired: boolean
  /** Response schemas by status (`'200'`, `'default'`): undefined for a response without a JSON body. */
  responses: Map<string, unknown>
  /** Where GitHub documents the operation, for `documentation_url`. */
  documentationUrl: string
  /** True for operations GitHub serves on uploads.github.com. */
  uploads: boolean
}

export interface MatchedOperation {
  operation: OpenApiOperation
  /** Path parameters, percent-decoded. */
  params: Record<string, string>
}

interface RouteSegment {
  literal?: string
  param?: string
}

interface Route {
  segments: RouteSegment[]
  literals: number
  /** Built on first use: most of GitHub's 1,200 operations are never called in a process. */
  operation: () => OpenApiOperation
}

/** GitHub's OpenAPI description loaded once: operations indexed by method and path. */
export class GitHubDescription {
  private readonly routes = new Map<string, Route[]>()
  private readonly byId = new Map<string, Route>()

  constructor(readonly document: OpenApiDocument) {
    for (const [path, item] of Object.entries(document.paths)) {
      const shared = asArray(item.parameters)
      const segments = path
        .split('/')
        .slice(1)
        .map((part): RouteSegment => {
          const param = /^\{(\w+)\}$/.exec(part)?.[1]
          return param === undefined ? { literal: part } : { param }
        })
      const literals = segments.filter((s) => s.literal !== undefined).length
      for (const [method, value] of Object.entries(item)) {
        if (method === 'parameters' || !isRecord(value)) continue
        let operation: OpenApiOperation | undefined
        const route: Route = {
          segments,
          literals,
          operation: () =>
            (operation ??= this.readOperation(method.toUpperCase(), path, value, shared)),
        }
        this.byId.set(String(value.operationId), route)
        const routes = this.routes.get(method.toUpperCase()) ?? []
        routes.push(route)
        this.routes.set(method.toUpperCase(), routes)
      }
    }
    // The most specific template wins: `/releases/latest` before `/releases/{release_id}`.
    for (const routes of this.routes.values()) routes.sort((a, b) => b.literals - a.literals)
  }

  get operationCount(): number {
    return this.byId.size
  }

  operation(operationId: string): OpenApiOperation | undefined {
    return this.byId.get(operationId)?.operation()
  }

  /**
   * The operation for `method` and a raw (still percent-encoded) `pathname`. A parameter GitHub
   * marks `x-multi-segment` (a git ref, a tag) may span several segments, as `heads/feature/x`.
   */
  match(method: string, pathname: string): MatchedOperation | undefined {
    const parts = pathname.split('/').slice(1)
    if (parts.length > 1 && parts.at(-1) === '') parts.pop()
    const candidates = this.routes.get(method.toUpperCase()) ?? []
    for (const route of candidates) {
      const params = matchSegments(route.segments, parts, undefined)
      if (params !== undefined) return { operation: route.operation(), params }
    }
    for (const route of candidates) {
      if (parts.length <= route.segments.length) continue
      const multi = route
        .operation()
        .parameters.find((p) => p.in === 'path' && p['x-multi-segment'] === true)?.name
      if (multi === undefined) continue
      const params = matchSegments(route.segments, parts, multi)
      if (params !== undefined) return { operation: route.operation(), params }
    }
    return undefined
  }

  /** The operation `operationId`; throws when GitHub's description has none. */
  resolve(operationId: string): OpenApiOperation {
    const operation = this.operation(operationId)
    if (operation === undefined) {
      throw new Error(`GitHub's OpenAPI description has no operation ${operationId}.`)
    }
    return operation
  }

  /** Follows `$ref`s into `components` (parameters, responses, request bodies). */
  deref(value: unknown): unknown {
    let current = value
    for (let depth = 0; depth < 10; depth++) {
      const ref = refOf(current)
      if (ref === undefined) return current
      const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(ref) ?? []
      const components = this.document.components as unknown as Record<string, unknown>
      const table = section === undefined ? undefined : components[section]
      current = isRecord(table) && name !== undefined ? table[name] : undefined
    }
    return current
  }

  private readOperation(
    method: string,
    path: string,
    value: object,
    shared: unknown[],
  ): OpenApiOperation {
    const raw = value as Record<string, unknown>
    const parameters = [...shared, ...asArray(raw.parameters)]
      .map((p) => this.deref(p))
      .filter(isRecord) as unknown as OpenApiParameter[]
    const body = this.deref(raw.requestBody)
    const bodyContent = isRecord(body) && isRecord(body.content) ? body.content : {}
    const json = bodyContent['application/json']
    const responses = new Map<string, unknown>()
    for (const [status, response] of Object.entries(isRecord(raw.responses) ? raw.responses : {})) {
      const resolved = this.deref(response)
      const content = isRecord(resolved) && isRecord(resolved.content) ? resolved.content : {}
      const media = content['application/json']
      responses.set(status, isRecord(media) ? media.schema : undefined)
    }
    const docs = isRecord(raw.externalDocs) ? raw.externalDocs.url : undefined
    const servers = asArray(raw.servers)
    return {
      operationId: String(raw.operationId),
      method,
      path,
      parameters,
      requestSchema: isRecord(json) ? json.schema : undefined,
      requestBodyRequired: isRecord(body) && body.required === true,
      responses,
      documentationUrl: typeof docs === 'string' ? docs : 'https://docs.github.com/rest',
      uploads: servers.some((s) => isRecord(s) && String(s.url).includes('uploads.github.com')),
    }
  }
}

/** Path parameters when `parts` fit `segments`; `multiSegment` names a parameter that may span. */
function matchSegments(
  segments: RouteSegment[],
  parts: string[],
  multiSegment: string | undefined,
): Record<string, string> | undefined {
  const params: Record<string, string> = {}
  const multi =
    multiSegment === undefined ? -1 : segments.findIndex((s) => s.param === multiSegment)
  if (multi === -1 && segments.length !== parts.length) return undefined
  if (multi !== -1 && parts.length <= segments.length) return undefined
  const take = (segment: RouteSegment, part: string): boolean => {
    if (segment.literal !== undefined) return segment.literal === part
    if (part === '') return false
    params[segment.param ?? ''] = decodeSegment(part)
    return true
  }
  if (multi === -1) {
    return segments.every((segment, index) => take(segment, parts[index] ?? ''))
      ? params
      : undefined
  }
  const after = segments.length - multi - 1
  for (let index = 0; index < multi; index++) {
    if (!take(segments[index]!, parts[index] ?? '')) return undefined
  }
  for (let index = 1; index <= after; index++) {
    if (!take(segments[segments.length - index]!, parts[parts.length - index] ?? '')) {
      return undefined
    }
  }
  const spanned = parts.slice(multi, parts.length - after)
  if (spanned.some((part) => part === '')) return undefined
  params[segments[multi]!.param ?? ''] = spanned.map(decodeSegment).join('/')
  return params
}

function decodeSegment(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

function refOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.$ref === 'string' ? value.$ref : undefined
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

export interface DescriptionLoad {
  description: GitHubDescription
  /** Milliseconds spent reading, parsing and indexing, measured once per process. */
  readMs: number
  parseMs: number
  indexMs: number
}

const loading = new Map<string, Promise<DescriptionLoad>>()

/** Where `@octokit/openapi` keeps GitHub's REST description (api.github.com), installed. */
export function octokitDescriptionFile(): string {
  return createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json')
}

/**
 * GitHub's REST description (by default the one of `@octokit/openapi`; `file` names another copy
 * of api.github.com.json, such as the one the packaged `tokenless` command carries), read, parsed
 * and indexed once per process and file (per module registry under jest) however many sandboxes
 * start.
 */
export function loadGitHubDescription(file?: string): Promise<DescriptionLoad> {
  const path = file ?? octokitDescriptionFile()
  let load = loading.get(path)
  if (load === undefined) {
    load = readDescription(path).catch((error: unknown) => {
      loading.delete(path)
      throw error
    })
    loading.set(path, load)
  }
  return load
}

async function readDescription(file: string): Promise<DescriptionLoad> {
  const started = performance.now()
  const text = await readFile(file, 'utf8')
  const read = performance.now()
  const document = JSON.parse(text) as OpenApiDocument
  const parsed = performance.now()
  const description = new GitHubDescription(document)
  const indexed = performance.now()
  return {
    description,
    readMs: read - started,
    parseMs: parsed - read,
    indexMs: indexed - parsed,
  }
}
