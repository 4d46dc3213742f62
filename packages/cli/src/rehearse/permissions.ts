// A job's GITHUB_TOKEN permissions as GitHub computes them, and as the sandbox's token takes them.
import { PERMISSION_SCOPES, type Permissions } from '@tokenless/workflow'

export type Access = 'read' | 'write' | 'none'

/** GitHub's default for a repository created today ("restricted"): contents and packages read. */
export const RESTRICTED_DEFAULT: Record<string, Access> = { contents: 'read', packages: 'read' }

/** Every scope with its access: `read-all`/`write-all` expanded, scopes not named are none. */
export function expandPermissions(permissions: Permissions | undefined): Record<string, Access> {
  if (permissions === undefined) return { ...RESTRICTED_DEFAULT }
  if (permissions === 'read-all' || permissions === 'write-all') {
    const access: Access = permissions === 'read-all' ? 'read' : 'write'
    return Object.fromEntries(
      PERMISSION_SCOPES.map((scope) => [
        scope,
        scope === 'id-token' && access === 'read' ? 'none' : access,
      ]),
    )
  }
  return Object.fromEntries(Object.entries(permissions).filter(([, access]) => access !== 'none'))
}

const RANK: Record<Access, number> = { none: 0, read: 1, write: 2 }

/** A called workflow's job can have no more than its caller job: each scope capped. */
export function capPermissions(
  wanted: Record<string, Access>,
  cap: Record<string, Access>,
): Record<string, Access> {
  const result: Record<string, Access> = {}
  for (const [scope, access] of Object.entries(wanted)) {
    const limit = cap[scope] ?? 'none'
    const capped = RANK[access] <= RANK[limit] ? access : limit
    if (capped !== 'none') result[scope] = capped
  }
  return result
}

/** The sandbox token's permissions: API names (`pull_requests`), id-token left out. */
export function tokenPermissions(permissions: Record<string, Access>): Record<string, Access> {
  return Object.fromEntries(
    Object.entries(permissions)
      .filter(([scope]) => scope !== 'id-token')
      .map(([scope, access]) => [scope.replace(/-/g, '_'), access]),
  )
}

export function describePermissions(permissions: Record<string, Access>): string {
  const entries = Object.entries(permissions)
  return entries.length === 0
    ? 'none'
    : entries.map(([scope, access]) => `${scope}: ${access}`).join(', ')
}

/**
 * What to say of a step that GitHub answered 403 "Resource not accessible by integration": the
 * token's permissions, where they come from, and what to give. `declared`: the workflow or the job
 * has `permissions:` (else GitHub's restricted default applied).
 */
export function forbiddenNote(described: string, declared: boolean): string {
  const source = declared
    ? 'the permissions: this workflow gives the job'
    : "no permissions: in the workflow or the job, so GitHub's default for a repository created today, read only"
  const settings = declared
    ? ''
    : ' (a repository whose Settings › Actions › Workflow permissions are "Read and write" gives more, but a new one does not: say it in the workflow)'
  return `GitHub answers 403 "Resource not accessible by integration" to a write the token may not make: the job's GITHUB_TOKEN has ${described === '' ? 'no permissions' : described} (${source}). Give the job the permission the call needs, for a release or a tag \`permissions: { contents: write }\`${settings}.`
}
