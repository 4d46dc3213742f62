/** One entry of a `Validation Failed` answer, as GitHub writes them. */
export interface ValidationErrorItem {
  resource?: string
  field?: string
  code: string
  message?: string
}

/**
 * An answer GitHub gives instead of the resource: the server adds `documentation_url` (the
 * operation's, unless set) and `status` (the status as text, as GitHub now does).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError'

  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body.message === 'string' ? body.message : `HTTP ${status}`)
  }
}

export function notFound(): ApiError {
  return new ApiError(404, { message: 'Not Found' })
}

/** 422 `Validation Failed` with GitHub's `errors` list. */
export function validationFailed(
  errors: ValidationErrorItem[],
  options: { documentationUrl?: string } = {},
): ApiError {
  return new ApiError(422, {
    message: 'Validation Failed',
    errors,
    ...(options.documentationUrl === undefined
      ? {}
      : { documentation_url: options.documentationUrl }),
  })
}

/** 422 with a message only (`Reference already exists`, `No commit found for SHA: x`). */
export function unprocessable(message: string, options: { documentationUrl?: string } = {}) {
  return new ApiError(422, {
    message,
    ...(options.documentationUrl === undefined
      ? {}
      : { documentation_url: options.documentationUrl }),
  })
}

/** The documentation page GitHub links from answers that belong to no one operation. */
export const GENERIC_DOCUMENTATION_URL = 'https://docs.github.com/rest'
