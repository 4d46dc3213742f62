import { randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose'
import { close, listen } from '../loopback-server.js'

/**
 * The claims GitHub puts in a job's OIDC token that the registries look at. Anything left out
 * is derived as GitHub would (owner from repository, `sub` from environment or ref, ...).
 */
export interface JobClaims {
  repository: string
  repository_owner?: string
  repository_owner_id?: string
  repository_id?: string
  repository_visibility?: 'public' | 'private' | 'internal'
  /** The workflow file of the run: `.github/workflows/release.yml` (or a file name). */
  workflow?: string
  /** `owner/repo/.github/workflows/release.yml@refs/heads/main`; default from workflow and ref. */
  workflow_ref?: string
  /** The file holding the job: differs from workflow_ref for a reusable workflow. */
  job_workflow_ref?: string
  ref?: string
  ref_type?: 'branch' | 'tag'
  sha?: string
  environment?: string
  event_name?: string
  runner_environment?: 'github-hosted' | 'self-hosted'
  actor?: string
  run_id?: string
  run_attempt?: string
  [claim: string]: string | undefined
}

export interface IssuedToken {
  jti: string
  aud: string
  sub: string
  job: string
}

export interface OidcJob {
  /** ACTIONS_ID_TOKEN_REQUEST_URL for this job (already carries `?api-version=2.0`). */
  requestUrl: string
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN: the bearer the runner would hold. Not a registry token. */
  requestToken: string
  /** Both, as the runner sets them for a job with `id-token: write`. */
  env: Record<string, string>
}

export interface OidcIssuer {
  /** The issuer (`iss`), also the root of `/.well-known/openid-configuration` and the JWKS. */
  url: string
  jwksUrl: string
  /** Registers a job with its claims, as a job with `permissions: id-token: write` gets. */
  createJob(claims: JobClaims): OidcJob
  /** A signed token for `audience` straight away, for tests of the registries. */
  mint(claims: JobClaims, audience: string, overrides?: Record<string, unknown>): Promise<string>
  /** Every token issued, without the token text. */
  issued: IssuedToken[]
  stop(): Promise<void>
}

/** `owner/repo/.github/workflows/<file>@<ref>`, from a workflow given as a path or a file name. */
export function workflowRef(repository: string, workflow: string, ref: string): string {
  const path = workflow.includes('/') ? workflow : `.github/workflows/${workflow}`
  return `${repository}/${path}@${ref}`
}

/** The full claim set of a token, as GitHub fills it in for a job. */
export function completeClaims(claims: JobClaims): Record<string, string> {
  const repository = claims.repository
  const owner = claims.repository_owner ?? repository.split('/')[0] ?? ''
  const ref = claims.ref ?? 'refs/heads/main'
  const workflow = claims.workflow ?? 'release.yml'
  const wfRef = claims.workflow_ref ?? workflowRef(repository, workflow, ref)
  const sub = claims.environment
    ? `repo:${repository}:environment:${claims.environment}`
    : `repo:${repository}:ref:${ref}`
  const full: Record<string, string | undefined> = {
    sub,
    ref,
    ref_type: claims.ref_type ?? (ref.startsWith('refs/tags/') ? 'tag' : 'branch'),
    sha: claims.sha ?? '0'.repeat(40),
    repository,
    repository_owner: owner,
    repository_owner_id: claims.repository_owner_id ?? '1001',
    repository_id: claims.repository_id ?? '2002',
    repository_visibility: claims.repository_visibility ?? 'public',
    actor: claims.actor ?? 'maintainer',
    actor_id: '3003',
    run_id: claims.run_id ?? '4004',
    run_number: '1',
    run_attempt: claims.run_attempt ?? '1',
    workflow: workflow.replace(/^.*\//, ''),
    workflow_ref: wfRef,
    workflow_sha: claims.sha ?? '0'.repeat(40),
    job_workflow_ref: claims.job_workflow_ref ?? wfRef,
    job_workflow_sha: claims.sha ?? '0'.repeat(40),
    event_name: claims.event_name ?? 'workflow_dispatch',
    runner_environment: claims.runner_environment ?? 'github-hosted',
    environment: claims.environment,
  }
  for (const [key, value] of Object.entries(claims)) if (value !== undefined) full[key] = value
  return Object.fromEntries(
    Object.entries(full).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(body))
}

/**
 * A local stand-in for GitHub's OIDC issuer (token.actions.githubusercontent.com) and the runner's
 * token request endpoint: RS256 tokens with GitHub's claim set, a JWKS and a discovery document,
 * on 127.0.0.1. Tokens live 5 minutes, carry a fresh `jti` each, and are never logged.
 */
export async function startOidcIssuer(
  options: {
    port?: number
    /** The issuer's clock (`iat`, `nbf`, `exp`): a rehearsal's moved clock; default the machine's. */
    now?: () => Date
  } = {},
): Promise<OidcIssuer> {
  const clock = options.now ?? (() => new Date())
  const { privateKey, publicKey } = await generateKeyPair('RS256')
  const kid = randomUUID()
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }
  const jobs = new Map<string, { claims: JobClaims; requestToken: string }>()
  const issued: IssuedToken[] = []
  let url = ''

  const sign = async (
    claims: JobClaims,
    audience: string,
    overrides: Record<string, unknown> = {},
    job = 'direct',
  ): Promise<string> => {
    const full = completeClaims(claims)
    const jti = randomUUID()
    const now = Math.floor(clock().getTime() / 1000)
    issued.push({ jti, aud: audience, sub: full.sub ?? '', job })
    return new SignJWT({ ...full, jti, ...overrides })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(url)
      .setAudience(audience)
      .setIssuedAt(now)
      .setNotBefore(now - 5)
      .setExpirationTime(now + 300)
      .sign(privateKey)
  }

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestUrl = new URL(request.url ?? '/', url)
    if (requestUrl.pathname === '/.well-known/openid-configuration') {
      return send(response, 200, {
        issuer: url,
        jwks_uri: `${url}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: [
          'sub',
          'aud',
          'exp',
          'iat',
          'iss',
          'jti',
          'nbf',
          'ref',
          'repository',
          'environment',
          'job_workflow_ref',
          'runner_environment',
        ],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      })
    }
    if (requestUrl.pathname === '/.well-known/jwks') return send(response, 200, { keys: [jwk] })
    if (requestUrl.pathname === '/_apis/token') {
      const job = requestUrl.searchParams.get('job') ?? ''
      const registered = jobs.get(job)
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
      if (registered === undefined || bearer === undefined || bearer !== registered.requestToken) {
        return send(response, 401, { message: 'The request token is not valid for this job.' })
      }
      const claims = registered.claims
      const audience =
        requestUrl.searchParams.get('audience') ??
        `https://github.com/${claims.repository_owner ?? claims.repository.split('/')[0]}`
      return send(response, 200, { value: await sign(claims, audience, {}, job) })
    }
    send(response, 404, { message: 'Not Found' })
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) =>
      send(response, 500, { message: error instanceof Error ? error.message : String(error) }),
    )
  })
  url = `http://127.0.0.1:${await listen(server, options.port ?? 0)}`

  return {
    url,
    jwksUrl: `${url}/.well-known/jwks`,
    createJob(claims) {
      const job = randomUUID()
      const requestToken = randomBytes(24).toString('hex')
      jobs.set(job, { claims, requestToken })
      const requestUrl = `${url}/_apis/token?api-version=2.0&job=${job}`
      return {
        requestUrl,
        requestToken,
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
        },
      }
    },
    mint: (claims, audience, overrides) => sign(claims, audience, overrides),
    issued,
    stop: () => close(server),
  }
}
