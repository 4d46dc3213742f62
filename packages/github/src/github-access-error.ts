import { ConfigurationError, type ConfigurationErrorOptions } from '@tokenless/errors'

/** The codes of GitHubAccessError: docs/RELEASING.md has an entry for each. */
export type GitHubAccessErrorCode =
  | 'TL_GITHUB_PERMISSION'
  | 'TL_GITHUB_TOKEN_INVALID'
  | 'TL_GITHUB_FORBIDDEN'
  | 'TL_GITHUB_NOT_FOUND'
  | 'TL_GITHUB_CONFLICT'

/** A GitHub answer that the token, the permissions or the repository explain: the message says what was found, where, and the fix. */
export class GitHubAccessError extends ConfigurationError {
  override readonly name = 'GitHubAccessError'
  override readonly code: GitHubAccessErrorCode

  constructor(
    code: GitHubAccessErrorCode,
    message: string,
    options: ConfigurationErrorOptions = {},
  ) {
    super(message, options)
    this.code = code
  }
}
