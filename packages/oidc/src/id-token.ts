import {
  type Environment,
  HttpLimitError,
  type HttpResponse,
  httpRequest,
  retryAfterSeconds,
} from '@tokenless/platform'
import { OidcError } from './oidc-error.js'

export interface IdTokenRequest {
  /** ACTIONS_ID_TOKEN_REQUEST_URL */
  requestUrl: string
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN */
  requestToken: string
}

/** Where the job can ask GitHub for an OIDC token: present only with `id-token: write`. */
export function idTokenRequestFrom(env: Environment): IdTokenRequest | undefined {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  return requestUrl && requestToken ? { requestUrl, requestToken } : undefined
}

export const MISSING_ID_TOKEN_PERMISSION =
  'This job cannot request an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set, which means the job lacks "permissions: id-token: write". Add to the publishing job: permissions: { id-token: write, contents: read } (and nothing else runs in that job).'

/** An answer holding one token is a few KB: anything larger is not a token service's answer. */
export const ID_TOKEN_MAX_BYTES = 64 * 1024

/**
 * Asks GitHub (or the sandbox issuer) for a fresh OIDC token for `audience`; retried on 5xx and
 * network errors, after the answer's Retry-After when it has one (up to 60 s). Each attempt has
 * a deadline (default 15 s) and the answer a size limit. The token is handed to `mask` before
 * anything else happens with it.
 */
export async function requestIdToken(
  request: IdTokenRequest,
  audience: string,
  mask: (secret: string) => void,
  options: { retries?: number; backoffMs?: number; deadlineMs?: number } = {},
): Promise<string> {
  const url = new URL(request.requestUrl)
  url.searchParams.append('audience', audience)
  const retries = options.retries ?? 3
  let lastProblem = ''
  let asked: number | undefined
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) {
      const waitMs = asked !== undefined ? asked * 1000 : (options.backoffMs ?? 500) * attempt
      await new Promise((resolve) => setTimeout(resolve, waitMs))
    }
    let response: HttpResponse
    try {
      response = await httpRequest(url, {
        headers: { accept: 'application/json', authorization: `Bearer ${request.requestToken}` },
        maxBytes: ID_TOKEN_MAX_BYTES,
        deadlineMs: options.deadlineMs ?? 15_000,
      })
    } catch (error) {
      if (error instanceof HttpLimitError && error.limit === 'size') {
        throw new Error(
          `Could not get an OIDC token for audience ${audience}: ${error.message} ACTIONS_ID_TOKEN_REQUEST_URL must be the runner's own token service.`,
        )
      }
      lastProblem = error instanceof Error ? error.message : String(error)
      asked = undefined
      continue
    }
    if (response.status >= 500 || response.status === 429) {
      lastProblem = `HTTP ${response.status}`
      asked = retryAfterSeconds(response.headers)
      if (asked !== undefined && asked > 60) break
      continue
    }
    const body = (await response.json().catch(() => ({}))) as { value?: unknown; message?: unknown }
    if (!response.ok || typeof body.value !== 'string') {
      throw new OidcError(
        'TL_OIDC_TOKEN_REFUSED',
        `GitHub refused the OIDC token request for audience ${audience}: HTTP ${response.status}${typeof body.message === 'string' ? ` ${body.message.replace(/\.$/, '')}` : ''}. The job's id-token permission or the runner's request token is not valid; rerun the job, and check "permissions: id-token: write" on it.`,
      )
    }
    mask(body.value)
    return body.value
  }
  throw new Error(
    `Could not get an OIDC token from GitHub for audience ${audience} after ${retries + 1} attempts (${lastProblem}). GitHub's token service may be down: rerun the job later.`,
  )
}
