import { type ActionEvent, type Environment } from '@tokenless/platform'
import { type JobClaims, workflowRepositoryOf } from './claims.js'
import { type IdTokenRequest, idTokenRequestFrom, MISSING_ID_TOKEN_PERMISSION } from './id-token.js'
import { OidcError } from './oidc-error.js'

export type RegistryKind = 'npm' | 'pypi'

interface PullRequestPayload {
  pull_request?: {
    head?: { repo?: { fork?: boolean; full_name?: string } | null }
    base?: { repo?: { full_name?: string } }
  }
}

/** Before any token is requested: a fork pull request, or a job without id-token: write. */
export function checkCanRequestIdToken(env: Environment, event: ActionEvent): IdTokenRequest {
  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    const pr = (event.payload as PullRequestPayload).pull_request
    const head = pr?.head?.repo
    const base = pr?.base?.repo?.full_name
    if (
      head === null ||
      head?.fork === true ||
      (head?.full_name && base && head.full_name !== base)
    ) {
      throw new OidcError(
        'TL_OIDC_FORK',
        `This run is for a pull request from a fork (${head?.full_name ?? 'a deleted repository'}): GitHub gives fork pull requests no OIDC token, and a publish must never run for them. Publish from workflow_dispatch, a release or a tag push in ${base ?? 'the repository'} itself.`,
      )
    }
  }
  const request = idTokenRequestFrom(env)
  if (request === undefined)
    throw new OidcError('TL_OIDC_NO_PERMISSION', MISSING_ID_TOKEN_PERMISSION)
  return request
}

/**
 * What the registry would refuse, said before anything is uploaded: no environment or another
 * than required, a self-hosted runner for npm, a reusable workflow of another repository for PyPI.
 */
export function checkClaims(
  claims: JobClaims,
  options: { registry: RegistryKind; environments: string[] },
): void {
  const { environments } = options
  if (environments.length > 0) {
    const environment = claims.environment
    if (!environment) {
      throw new OidcError(
        'TL_OIDC_ENVIRONMENT',
        `The publishing job runs under no environment (its OIDC token has no environment claim), but publish-oidc requires ${environments.join(' or ')}. Add "environment: ${environments[0]}" to the job, protect that environment with required reviewers, and name it in the registry's trusted publisher.`,
        { input: 'environment' },
      )
    }
    if (!environments.some((name) => name.toLowerCase() === environment.toLowerCase())) {
      throw new OidcError(
        'TL_OIDC_ENVIRONMENT',
        `The publishing job runs under the environment ${environment}, but publish-oidc requires ${environments.join(' or ')}. Run the job under ${environments[0]} (environment: ${environments[0]}), or change the environment input if ${environment} is the protected one.`,
        { input: 'environment' },
      )
    }
  }
  if (options.registry === 'npm' && claims.runner_environment === 'self-hosted') {
    throw new OidcError(
      'TL_OIDC_SELF_HOSTED',
      'npm accepts trusted publishing only from GitHub-hosted runners, and this job runs on a self-hosted runner (runner_environment: self-hosted): npm would answer 422. Run the publishing job on a GitHub-hosted runner (runs-on: ubuntu-latest).',
    )
  }
  if (options.registry === 'pypi') {
    const holder = workflowRepositoryOf(claims.job_workflow_ref)
    if (holder && claims.repository && holder !== claims.repository) {
      throw new OidcError(
        'TL_OIDC_PYPI_WORKFLOW_REPOSITORY',
        `PyPI's trusted publisher names the workflow file that holds the publishing job (job_workflow_ref: ${claims.job_workflow_ref}), and that file is in ${holder}, not in ${claims.repository}, the repository publishing: PyPI cannot trust a reusable workflow from another repository. Put the publishing job in a workflow file of ${claims.repository} (it can still call the shared workflow for building and testing).`,
      )
    }
  }
}

/**
 * Why PyPI will refuse a PEP 740 attestation made by this job, or undefined. PyPI mints the
 * upload token for the file that holds the job (`job_workflow_ref`) but checks an attestation's
 * certificate against the workflow that was run (its Build Config URI, `workflow_ref`): in a
 * reusable workflow the two name different files, and no trusted publisher satisfies both.
 */
export function pypiAttestationBlocker(claims: JobClaims): string | undefined {
  const file = (ref: string | undefined) => ref?.split('@')[0]
  const holder = file(claims.job_workflow_ref)
  const run = file(claims.workflow_ref)
  if (holder === undefined || run === undefined || holder === run) return undefined
  const caller = run.split('/').pop()
  return `This job runs in the reusable workflow ${holder}, called by ${run}. PyPI mints the upload token for the file that holds the job, but verifies a PEP 740 attestation against the calling workflow, so it refuses any attestation made here ("Certificate's Build Config URI ... does not match expected Trusted Publisher"). The files are uploaded without attestations. To have them, put the publishing job in ${caller} itself (and name that file in the trusted publisher), or set attestations: false on this step to say it is known.`
}
