import { retryNoteOf } from './request-retry.js'
import { GitHubAccessError } from './github-access-error.js'

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

/** octokit's message, as one short line of plain text: it is shown after our own sentence only. */
export function errorDetail(error: { message: string }): string {
  const line = error.message.split('\n')[0] ?? ''
  const plain = line
    .replace(/ - https:\/\/docs\.github\.com\S*/, '')
    // Control characters and workflow-command markers are not passed on.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/::/g, ': :')
    .trim()
  return plain.length > 200 ? `${plain.slice(0, 200)}…` : plain
}

function header(error: HttpError, name: string): string | undefined {
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers
  const value = headers?.[name]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

/** The 422 body's `errors[]`, each as `field code` (`tag_name already_exists`). */
function validationErrors(error: HttpError): string[] {
  const data = error.response?.data as
    { errors?: Array<{ field?: unknown; code?: unknown; message?: unknown } | string> } | undefined
  return (data?.errors ?? []).map((item) => {
    if (typeof item === 'string') return item
    const parts = [item.field, item.code === 'custom' ? undefined : item.code, item.message]
    return parts.filter((part) => typeof part === 'string' && part !== '').join(' ')
  })
}

function retrySuffix(error: unknown): string {
  const note = retryNoteOf(error)
  return note !== undefined && note.attempts > 1 ? ` (${note.attempts} attempts)` : ''
}

/**
 * Turns every HTTP error GitHub answers into an error that says what happened, during which call,
 * and the fix: the errors a user can fix (a token without the permission, a bad token, a repository
 * the token cannot see, a request GitHub finds invalid) become ConfigurationErrors; the transient
 * ones (rate limits, 5xx, a wait too long) plain Errors. octokit's own text follows only as
 * detail. Anything that is not an HTTP error is returned as is.
 */
export function explainGitHubError(error: unknown, operation: GitHubOperation): unknown {
  if (!isHttpError(error)) return error
  const detail = errorDetail(error)
  const { action, permission } = operation
  const status = error.status
  const note = retryNoteOf(error)
  if (note?.refusedWaitSeconds !== undefined) {
    return new Error(
      `GitHub answered ${status} to the attempt to ${action} and asked to wait ${note.refusedWaitSeconds} s before trying again, longer than this action waits. Rerun the job after that time (GitHub said: ${detail}).`,
      { cause: error },
    )
  }
  if (status === 403 && /not accessible by integration|permission/i.test(detail)) {
    return new GitHubAccessError(
      'TL_GITHUB_PERMISSION',
      `GitHub refused to ${action}: 403 ${detail}. The token lacks the ${permission} permission: add "permissions: { ${permission} }" to the job (for GITHUB_TOKEN), or grant it to the app or token used.`,
      { cause: error },
    )
  }
  if (status === 429 || (status === 403 && /rate limit/i.test(detail))) {
    const reset = Number(header(error, 'x-ratelimit-reset'))
    const until =
      Number.isFinite(reset) && reset > 0
        ? ` The limit resets at ${new Date(reset * 1000).toISOString()}.`
        : ''
    return new Error(
      `GitHub's rate limit stopped the attempt to ${action}: ${status}${retrySuffix(error)}.${until} Rerun the job later, or use a GitHub App's token, which has a limit of its own (GitHub said: ${detail}).`,
      { cause: error },
    )
  }
  if (status === 401) {
    return new GitHubAccessError(
      'TL_GITHUB_TOKEN_INVALID',
      `GitHub rejected the token while trying to ${action}: 401 ${detail}. The token is invalid or expired: pass a valid one in the token input (default: the job's GITHUB_TOKEN).`,
      { cause: error },
    )
  }
  if (status === 403) {
    return new GitHubAccessError(
      'TL_GITHUB_FORBIDDEN',
      `GitHub refused to ${action}: 403 ${detail}. The token has no right to do it here: check that it has ${permission} on this repository and that no repository rule (a protected tag, an immutable release) forbids it.`,
      { cause: error },
    )
  }
  if (status === 404) {
    return new GitHubAccessError(
      'TL_GITHUB_NOT_FOUND',
      `GitHub answered 404 Not Found while trying to ${action}: the repository does not exist or the token cannot see it. Check the repository name and that the token has ${permission}.`,
      { cause: error },
    )
  }
  if (status === 409) {
    return new Error(
      `GitHub answered 409 Conflict to the attempt to ${action}: the repository changed at the same time (another run, or a push). Rerun the job: it picks up what is there (GitHub said: ${detail}).`,
      { cause: error },
    )
  }
  if (status === 422) {
    const fields = validationErrors(error).map(errorDetailOf)
    const what = fields.length > 0 ? fields.join('; ') : detail
    const exists = errorCodes(error).includes('already_exists')
    return new GitHubAccessError(
      'TL_GITHUB_CONFLICT',
      exists
        ? `GitHub refused to ${action}: 422, it exists already (${what}). Another run or a person made it at the same time: rerun the job, which joins what exists.`
        : `GitHub refused to ${action}: 422 Validation Failed (${what}). Fix the value GitHub names (the tag, the name, the notes or an asset's name), then rerun.`,
      { cause: error },
    )
  }
  if (status >= 500) {
    return new Error(
      `GitHub failed to ${action}: ${status}${retrySuffix(error)}. It is a fault on GitHub's side: check https://www.githubstatus.com and rerun the job (GitHub said: ${detail}).`,
      { cause: error },
    )
  }
  return new Error(
    `GitHub answered ${status} to the attempt to ${action}. Rerun the job; if it persists, report it with this message (GitHub said: ${detail}).`,
    { cause: error },
  )
}

function errorDetailOf(text: string): string {
  return errorDetail({ message: text })
}
