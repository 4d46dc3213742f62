import { ConfigurationError } from '@tokenless/action-kit'

interface HttpError {
  status: number
  message: string
  response?: { data?: unknown }
}

export function isHttpError(error: unknown): error is HttpError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { message?: unknown }).message === 'string'
  )
}

export function httpStatus(error: unknown): number | undefined {
  return isHttpError(error) ? error.status : undefined
}

/** GitHub's error `code` values (`already_exists`, `invalid`, ...) from a 422 body. */
export function errorCodes(error: unknown): string[] {
  if (!isHttpError(error)) return []
  const data = error.response?.data as { errors?: Array<{ code?: string }> } | undefined
  return (data?.errors ?? []).flatMap((item) => (item.code ? [item.code] : []))
}

export interface GitHubOperation {
  /** What was being done, e.g. `create the release v1.2.3`. */
  action: string
  /** The job permission it needs, e.g. `contents: write`. */
  permission: string
}

/**
 * Turns the errors a user can fix (a token without the permission, a bad token, a repository the
 * token cannot see) into a ConfigurationError that names the fix; anything else is returned as is.
 */
export function explainGitHubError(error: unknown, operation: GitHubOperation): unknown {
  if (!isHttpError(error)) return error
  const detail =
    error.message.split('\n')[0]?.replace(/ - https:\/\/docs\.github\.com\S*/, '') ?? ''
  if (error.status === 403 && /not accessible by integration|permission/i.test(detail)) {
    return new ConfigurationError(
      `GitHub refused to ${operation.action}: 403 ${detail}. The token lacks the ${operation.permission} permission: add "permissions: { ${operation.permission} }" to the job (for GITHUB_TOKEN), or grant it to the app or token used.`,
      { cause: error },
    )
  }
  if (error.status === 401) {
    return new ConfigurationError(
      `GitHub rejected the token while trying to ${operation.action}: 401 ${detail}. The token is invalid or expired: pass a valid one in the token input (default: the job's GITHUB_TOKEN).`,
      { cause: error },
    )
  }
  if (error.status === 404) {
    return new ConfigurationError(
      `GitHub answered 404 Not Found while trying to ${operation.action}: the repository does not exist or the token cannot see it. Check the repository name and that the token has ${operation.permission}.`,
      { cause: error },
    )
  }
  return error
}
