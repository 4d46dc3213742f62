import { OidcError } from './oidc-error.js'

/** The claims of a GitHub Actions OIDC token that trusted publishing looks at. */
export interface JobClaims {
  iss?: string
  aud?: string | string[]
  sub?: string
  jti?: string
  exp?: number
  repository?: string
  repository_owner?: string
  repository_owner_id?: string
  repository_visibility?: string
  workflow_ref?: string
  job_workflow_ref?: string
  ref?: string
  sha?: string
  environment?: string
  runner_environment?: string
  event_name?: string
  [claim: string]: unknown
}

/** The payload of a JWT, without verifying it: for diagnosis only, never for trust. */
export function decodeClaims(jwt: string): JobClaims {
  const claims = parseJson(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'))
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    throw new OidcError(
      'TL_OIDC_TOKEN_UNREADABLE',
      'The OIDC token from GitHub is not a JWT with a JSON payload, so its claims cannot be read. This is not expected from GitHub Actions: rerun the job, and check that nothing replaces ACTIONS_ID_TOKEN_REQUEST_URL.',
    )
  }
  return claims as JobClaims
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** `release.yml` from `owner/repo/.github/workflows/release.yml@refs/heads/main`. */
export function workflowFileOf(workflowRef: string | undefined): string | undefined {
  const match = /^[^/]+\/[^/]+\/\.github\/workflows\/([^@]+)@/.exec(workflowRef ?? '')
  return match?.[1]
}

/** `owner/repo` from a workflow ref. */
export function workflowRepositoryOf(workflowRef: string | undefined): string | undefined {
  const match = /^([^/]+\/[^/]+)\/\.github\/workflows\//.exec(workflowRef ?? '')
  return match?.[1]
}

const TABLE_CLAIMS = [
  'repository',
  'repository_owner',
  'repository_owner_id',
  'workflow_ref',
  'job_workflow_ref',
  'ref',
  'sha',
  'environment',
  'runner_environment',
  'event_name',
] as const

/** The claims as rows for a job summary (claim, value); missing ones shown as `(none)`. */
export function claimsTable(claims: JobClaims): Array<[string, string]> {
  return TABLE_CLAIMS.map((claim) => {
    const value = claims[claim]
    return [claim, typeof value === 'string' && value !== '' ? value : '(none)']
  })
}
