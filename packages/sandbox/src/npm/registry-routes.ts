/**
 * What a request to the registry does, by the routes the npm CLI uses:
 * - `exchange`: `POST /-/npm/v1/oidc/token/exchange/package/<escaped name>`
 * - `visibility`: `GET /-/package/<name>/visibility` (npm asks it to decide automatic provenance)
 * - `publish`: `PUT /<name>` with a tarball in `_attachments`
 * - `packument-change`: `PUT /<name>` without a tarball: `npm deprecate` sends the whole
 *   packument back with `deprecated` set on the versions; other metadata edits look the same
 * - `dist-tag`: `PUT`/`DELETE /-/package/<name>/dist-tags/<tag>`
 * - `unpublish`: `PUT /<name>/-rev/<rev>`, `DELETE /<name>/-rev/<rev>`,
 *   `DELETE /<name>/-/<file>/-rev/<rev>`
 * - `read`: any GET or HEAD; `other`: anything else (login, audit, ...).
 */
export type NpmAction =
  | 'exchange'
  | 'visibility'
  | 'publish'
  | 'packument-change'
  | 'dist-tag'
  | 'unpublish'
  | 'read'
  | 'other'

export interface NpmRoute {
  action: NpmAction
  /** The package the request is about, unescaped (`@acme/widget`). */
  packageName: string | undefined
}

/** The writes that need a registry token, and the words for them in a refusal. */
export const WRITE_ACTIONS: Partial<Record<NpmAction, string>> = {
  publish: 'npm publish',
  'packument-change': 'npm deprecate (or another change to the packument)',
  'dist-tag': 'npm dist-tag',
  unpublish: 'npm unpublish',
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

/**
 * A package name at the start of `segments`: `pkg`, `@scope%2fpkg` (as npm escapes it) or
 * `@scope/pkg` (two segments). Returns the name and the segments after it.
 */
function takePackage(segments: string[]): { name: string; rest: string[] } | undefined {
  const first = segments[0]
  if (first === undefined || first === '' || first.startsWith('-')) return undefined
  const decoded = decode(first)
  if (decoded === undefined) return undefined
  if (decoded.includes('/')) {
    // Only a scoped name may hold a slash, and only escaped in one segment.
    return decoded.startsWith('@') ? { name: decoded, rest: segments.slice(1) } : undefined
  }
  if (!decoded.startsWith('@')) return { name: decoded, rest: segments.slice(1) }
  const second = segments[1] === undefined ? undefined : decode(segments[1])
  if (second === undefined || second === '' || second.startsWith('-')) return undefined
  return { name: `${decoded}/${second}`, rest: segments.slice(2) }
}

const EXCHANGE_PREFIX = '/-/npm/v1/oidc/token/exchange/package/'

/** The route of a request; `body` decides between a publish and another packument change. */
export function routeOf(method: string, pathname: string, body: unknown): NpmRoute {
  if (method === 'POST' && pathname.startsWith(EXCHANGE_PREFIX)) {
    const taken = takePackage(pathname.slice(EXCHANGE_PREFIX.length).split('/'))
    return { action: 'exchange', packageName: taken?.rest.length === 0 ? taken.name : undefined }
  }
  const segments = pathname.split('/').slice(1)
  if (segments[0] === '-' && segments[1] === 'package') {
    const taken = takePackage(segments.slice(2))
    if (taken !== undefined) {
      if (taken.rest[0] === 'visibility' && taken.rest.length === 1 && method === 'GET') {
        return { action: 'visibility', packageName: taken.name }
      }
      if (taken.rest[0] === 'dist-tags' && method !== 'GET' && method !== 'HEAD') {
        return { action: 'dist-tag', packageName: taken.name }
      }
    }
  }
  if (method === 'GET' || method === 'HEAD') {
    return { action: 'read', packageName: takePackage(segments)?.name }
  }
  const taken = takePackage(segments)
  if (taken === undefined) return { action: 'other', packageName: undefined }
  if (taken.rest.length === 0 && method === 'PUT') {
    return {
      action: hasAttachments(body) ? 'publish' : 'packument-change',
      packageName: taken.name,
    }
  }
  if (taken.rest.includes('-rev') && (method === 'PUT' || method === 'DELETE')) {
    return { action: 'unpublish', packageName: taken.name }
  }
  return { action: 'other', packageName: taken.name }
}

function hasAttachments(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false
  const attachments = (body as { _attachments?: unknown })._attachments
  return (
    typeof attachments === 'object' && attachments !== null && Object.keys(attachments).length > 0
  )
}

/** The one version a publish body carries (`versions` has exactly the version published). */
export function publishedVersion(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const versions = (body as { versions?: unknown }).versions
  if (typeof versions !== 'object' || versions === null) return undefined
  return Object.keys(versions)[0]
}
