import type { IncomingHttpHeaders } from 'node:http'
import { ApiError } from './api-error.js'
import { isoSeconds } from './git-store.js'
import type { OpenApiOperation } from './openapi-description.js'
import type { RepositoryRecord, SandboxUser } from './records.js'
import type { Representations, SandboxUrls } from './representations.js'
import type { Permissions, SandboxApp, TokenKind } from './tokens.js'
import { hasPermission } from './tokens.js'

/** What every handler shares: URLs, representations, the clock and id counters. */
export class SandboxCore {
  readonly repositories = new Map<string, RepositoryRecord>()
  private readonly counters = new Map<string, number>()

  constructor(
    readonly urls: SandboxUrls,
    readonly views: Representations,
    readonly now: () => Date,
    readonly immutableReleases: boolean,
  ) {}

  timestamp(): string {
    return isoSeconds(this.now())
  }

  /** The next id of a kind (`release`, `asset`, ...), starting from a kind-specific base. */
  nextId(kind: string): number {
    const next = (this.counters.get(kind) ?? ID_BASES[kind] ?? 1000) + 1
    this.counters.set(kind, next)
    return next
  }

  repository(owner: string, repo: string): RepositoryRecord | undefined {
    return this.repositories.get(`${owner}/${repo}`.toLowerCase())
  }
}

/** Ids of different kinds start far apart, so a test that confuses them fails. */
const ID_BASES: Record<string, number> = {
  repository: 700_000,
  release: 100_000,
  asset: 200_000,
  status: 300_000,
  checkSuite: 400_000,
  checkRun: 500_000,
  issue: 600_000,
  comment: 800_000,
  label: 900_000,
  environment: 1_000_000,
  rule: 1_100_000,
  workflow: 1_200_000,
}

/** Who is calling: a registered token or nobody. */
export interface Caller {
  authenticated: boolean
  kind: TokenKind | undefined
  permissions: Permissions
  /** The account that acts: `github-actions[bot]`, an app's bot, or a user. */
  actor: SandboxUser | undefined
  /** The app acting, shown as `performed_via_github_app` and on check runs. */
  app: SandboxApp | undefined
}

export function can(caller: Caller, name: string, level: 'read' | 'write'): boolean {
  return hasPermission(caller.permissions, name, level)
}

export interface RouteContext {
  core: SandboxCore
  operation: OpenApiOperation
  /** The repository the path names; throws when the route has none. */
  repo: RepositoryRecord
  params: Record<string, unknown>
  query: Record<string, unknown>
  /** The parsed JSON body (`{}` when there was none). */
  body: Record<string, unknown>
  raw: Buffer
  /**
   * An upload's body, streamed to a file and hashed as it arrived (uploads are not held in
   * memory): a route that keeps it sets `kept`, else the file is removed after the answer.
   */
  upload?: ReceivedUpload
  headers: IncomingHttpHeaders
  caller: Caller
  /** The request's full URL as the client sent it (for Link headers). */
  url: URL
}

export interface ReceivedUpload {
  file: string
  size: number
  /** `sha256:<hex>` */
  digest: string
  kept: boolean
}

export interface RouteResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** Bytes to send as they are (a download); no JSON, no contract check. */
  raw?: Buffer
  /** A file to send as it is, streamed (a large download). */
  rawFile?: { path: string; size: number }
}

export interface RouteDefinition {
  operationId: string
  /** The repository permission a token needs: `[name, level]`. None for public routes. */
  permission?: [string, 'read' | 'write']
  handle(context: RouteContext): RouteResult | Promise<RouteResult>
}

/** The actor of a write; writes always come with a token, so there always is one. */
export function actorOf(context: RouteContext): SandboxUser {
  if (context.caller.actor === undefined)
    throw new ApiError(401, { message: 'Requires authentication' })
  return context.caller.actor
}

export function stringParam(context: RouteContext, name: string): string {
  return textOf(context.params[name])
}

export function numberParam(context: RouteContext, name: string): number {
  return Number(context.params[name])
}

/** A path or query value as text: strings as they are, numbers (coerced ids) written out. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/**
 * One page of `items` per `per_page` (default 30, at most 100) and `page`, with GitHub's `Link`
 * header (`next`, `last`, `first`, `prev`) when there is more than one page.
 */
export function paginate<T>(
  context: RouteContext,
  items: T[],
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(context.query.per_page ?? 30) || 30))
  const page = Math.max(1, Number(context.query.page ?? 1) || 1)
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (target: number, rel: string): string => {
    const url = new URL(context.url)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(target))
    return `<${url.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'), link(Math.min(page - 1, last), 'prev'))
  return { page: slice, headers: links.length === 0 ? {} : { link: links.join(', ') } }
}

/** `git check-ref-format`'s rules for a full ref name. */
export function isValidRefName(ref: string): boolean {
  if (ref === '' || ref === '@' || ref.startsWith('/') || ref.endsWith('/') || ref.endsWith('.')) {
    return false
  }
  if (/(\.\.|\/\/|@\{|[\0-\x20\x7f~^:?*[\\])/.test(ref)) return false
  return ref
    .split('/')
    .every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'))
}
