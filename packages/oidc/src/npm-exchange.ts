import { httpRequest } from '@tokenless/platform'
import type { JobClaims } from './claims.js'
import { describePublisher, publisherSettings } from './trusted-publisher.js'
import { OidcError } from './oidc-error.js'

/** The audience npm asks for: `npm:` and the registry's host name (npm/cli lib/utils/oidc.js). */
export function npmAudience(registry: string): string {
  return `npm:${new URL(registry).hostname}`
}

/** `@scope/name` as npm escapes it in URLs: `@scope%2fname`. */
export function escapePackageName(name: string): string {
  return name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)
}

/** npm's answer to a failed exchange, turned into what the user must change. */
export function diagnoseNpmExchange(
  status: number,
  message: string,
  packageName: string,
  claims: JobClaims,
  registry: string,
): string {
  const expected = describePublisher(publisherSettings(claims, 'npm'))
  const said = message ? ` ("${message}")` : ''
  if (status === 404) {
    return `${registry} has no trusted publisher for ${packageName}${said}. npm cannot create a package through OIDC: publish its first version once by hand (npm publish, with 2FA), then on the package's settings page add a trusted publisher for GitHub Actions with ${expected}.`
  }
  if (status === 401 || status === 403) {
    return `${registry} refused the OIDC token for ${packageName}: HTTP ${status}${said}. Its trusted publisher does not match this job, which presents ${expected}. Compare them on the package's settings page: the workflow file name is case-sensitive and .yml is not .yaml, and the environment must match when one is set.`
  }
  if (status === 422) {
    return `${registry} refused trusted publishing for ${packageName}: HTTP 422${said}. npm accepts OIDC only from GitHub-hosted runners (this job: ${claims.runner_environment ?? 'unknown'}). Run the publishing job on runs-on: ubuntu-latest.`
  }
  return `${registry} failed the OIDC token exchange for ${packageName}: HTTP ${status}${said}. Rerun the job; if it persists, check the registry's status.`
}

/**
 * Exchanges the job's OIDC token for a short-lived npm publish token, as `npm publish` does, but
 * with a diagnosis instead of npm's silent fallback to "E404 Not Found" on the PUT.
 */
export async function exchangeNpmToken(options: {
  registry: string
  packageName: string
  idToken: string
  claims: JobClaims
  mask: (secret: string) => void
}): Promise<string> {
  const url = new URL(
    `/-/npm/v1/oidc/token/exchange/package/${escapePackageName(options.packageName)}`,
    options.registry,
  )
  const response = await httpRequest(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${options.idToken}`, accept: 'application/json' },
    // The answer is one token: a megabyte is far more than enough.
    maxBytes: 1024 * 1024,
    deadlineMs: 60_000,
  })
  const body = (await response.json().catch(() => ({}))) as {
    token?: unknown
    message?: unknown
    error?: unknown
  }
  if (response.ok && typeof body.token === 'string') {
    options.mask(body.token)
    return body.token
  }
  const message =
    typeof body.message === 'string'
      ? body.message
      : typeof body.error === 'string'
        ? body.error
        : ''
  throw new OidcError(
    'TL_OIDC_NPM_EXCHANGE',
    response.ok
      ? `${options.registry} answered the OIDC token exchange for ${options.packageName} without a token. Rerun the job; if it persists, check the registry's status.`
      : diagnoseNpmExchange(
          response.status,
          message,
          options.packageName,
          options.claims,
          options.registry,
        ),
  )
}
