import {
  ConfigurationError,
  type Environment,
  type HttpResponse,
  httpRequest,
} from '@tokenless/action-kit'

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

/**
 * Asks GitHub (or the sandbox issuer) for a fresh OIDC token for `audience`; retried on 5xx and
 * network errors. The token is handed to `mask` before anything else happens with it.
 */
export async function requestIdToken(
  request: IdTokenRequest,
  audience: string,
  mask: (secret: string) => void,
  options: { retries?: number; backoffMs?: number } = {},
): Promise<string> {
  const url = new URL(request.requestUrl)
  url.searchParams.append('audience', audience)
  const retries = options.retries ?? 3
  let lastProblem = ''
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0)
      await new Promise((resolve) => setTimeout(resolve, (options.backoffMs ?? 500) * attempt))
    let response: HttpResponse
    try {
      response = await httpRequest(url, {
        headers: { accept: 'application/json', authorization: `Bearer ${request.requestToken}` },
      })
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error)
      continue
    }
    if (response.status >= 500) {
      lastProblem = `HTTP ${response.status}`
      continue
    }
    const body = (await response.json().catch(() => ({}))) as { value?: unknown; message?: unknown }
    if (!response.ok || typeof body.value !== 'string') {
      throw new ConfigurationError(
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
