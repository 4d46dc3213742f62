import type { JWTPayload } from 'jose'
import { pythonListRepr, pythonRepr } from './names.js'
import type { PendingPublisherRecord, PublisherRecord } from './state.js'

/** Warehouse's InvalidPublisherError: the claims fit no publisher; the message says why. */
export class InvalidPublisherError extends Error {}

/** Warehouse's ReusedTokenError: the JWT's `jti` was exchanged before. */
export class ReusedTokenError extends Error {}

/** Claims Warehouse requires of a GitHub token before it looks for a publisher. */
const REQUIRED_CLAIMS = [
  'repository',
  'repository_owner',
  'repository_owner_id',
  'job_workflow_ref',
  'jti',
  'event_name',
  'ref',
  'sha',
]

/** The workflow file name in a `job_workflow_ref` (`owner/repo/.github/workflows/<file>@ref`). */
export function workflowFilename(jobWorkflowRef: string): string | undefined {
  return /[^/]+\.(yml|yaml)(?=@)/.exec(jobWorkflowRef)?.[0]
}

function claim(claims: JWTPayload, name: string): string | undefined {
  const value = claims[name]
  if (value === undefined || value === null) return undefined
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/**
 * Finds the publisher for a verified token as Warehouse's GitHubPublisher does: every required
 * claim present, then a lookup by repository owner and name, owner id and the workflow file of
 * `job_workflow_ref`, preferring the publisher whose environment equals the token's, then one
 * without environment, and finally every claim check (`verify_claims`).
 * @throws InvalidPublisherError or ReusedTokenError with Warehouse's messages.
 */
export function findPublisher<T extends PublisherRecord | PendingPublisherRecord>(
  candidates: readonly T[],
  claims: JWTPayload,
  isUsedJti: (jti: string) => boolean,
): T {
  for (const name of REQUIRED_CLAIMS) {
    if (claims[name] === undefined || claims[name] === null) {
      throw new InvalidPublisherError(`Missing claim ${pythonRepr(name)}`)
    }
  }
  const repository = claim(claims, 'repository') ?? ''
  const slash = repository.indexOf('/')
  const owner = repository.slice(0, slash)
  const repositoryName = repository.slice(slash + 1)
  const jobWorkflowRef = claim(claims, 'job_workflow_ref') ?? ''
  const filename = workflowFilename(jobWorkflowRef)
  if (filename === undefined) {
    // Sic: Warehouse's wording.
    throw new InvalidPublisherError('Could not job extract workflow filename from OIDC claims')
  }
  const ownerId = claim(claims, 'repository_owner_id')
  const matching = candidates.filter(
    (p) =>
      slash !== -1 &&
      p.repositoryName === repositoryName &&
      p.owner === owner &&
      (p.ownerId === undefined || p.ownerId === ownerId) &&
      p.workflow === filename,
  )
  const environment = claim(claims, 'environment')
  const publisher =
    (environment ? matching.find((p) => p.environment === environment.toLowerCase()) : undefined) ??
    matching.find((p) => p.environment === '')
  if (publisher === undefined) {
    throw new InvalidPublisherError('Publisher with matching claims was not found')
  }
  verifyClaims(publisher, claims, isUsedJti)
  return publisher
}

function verifyClaims(
  publisher: PublisherRecord | PendingPublisherRecord,
  claims: JWTPayload,
  isUsedJti: (jti: string) => boolean,
): void {
  const required = (name: string, ok: boolean): void => {
    if (!ok) throw new InvalidPublisherError(`Check failed for required claim ${pythonRepr(name)}`)
  }
  const repository = claim(claims, 'repository') ?? ''
  required(
    'repository',
    repository !== '' &&
      repository.toLowerCase() === `${publisher.owner}/${publisher.repositoryName}`.toLowerCase(),
  )
  required('repository_owner', claim(claims, 'repository_owner') === publisher.owner)
  required(
    'repository_owner_id',
    publisher.ownerId === undefined || claim(claims, 'repository_owner_id') === publisher.ownerId,
  )
  checkJobWorkflowRef(publisher, claims)
  if (isUsedJti(claim(claims, 'jti') ?? '')) throw new ReusedTokenError()
  if (claim(claims, 'event_name') === 'pull_request_target') {
    throw new InvalidPublisherError(
      "Publishing from a workflow invoked via 'pull_request_target' is not supported.",
    )
  }
  if (publisher.environment !== '') {
    const environment = claim(claims, 'environment')
    if (!environment || environment.toLowerCase() !== publisher.environment) {
      throw new InvalidPublisherError(
        `Check failed for optional claim ${pythonRepr('environment')}`,
      )
    }
  }
}

/** `job_workflow_ref` must be this repository's workflow file at the token's `ref` or `sha`. */
function checkJobWorkflowRef(
  publisher: PublisherRecord | PendingPublisherRecord,
  claims: JWTPayload,
): void {
  const signed = claim(claims, 'job_workflow_ref')
  if (!signed) throw new InvalidPublisherError('The job_workflow_ref claim is empty')
  const refs = [claim(claims, 'ref'), claim(claims, 'sha')].filter((value): value is string =>
    Boolean(value),
  )
  if (refs.length === 0) throw new InvalidPublisherError('The ref and sha claims are empty')
  const base = `${publisher.owner}/${publisher.repositoryName}/.github/workflows/${publisher.workflow}`
  const expected = [...new Set(refs.map((ref) => `${base}@${ref}`))].sort()
  if (!expected.includes(signed)) {
    throw new InvalidPublisherError(
      `The job_workflow_ref claim does not match, expecting one of ${pythonListRepr(expected)}, got ${pythonRepr(signed)}`,
    )
  }
}
