import { ConfigurationError, type ConfigurationErrorOptions } from '@tokenless/errors'

/** The codes of GitRepositoryError: docs/RELEASING.md has an entry for each. */
export type GitRepositoryErrorCode =
  | 'TL_GIT_NOT_INSTALLED'
  | 'TL_GIT_NO_DIRECTORY'
  | 'TL_GIT_NOT_A_REPOSITORY'
  | 'TL_GIT_DUBIOUS_OWNERSHIP'
  | 'TL_GIT_SHALLOW'
  | 'TL_GIT_REMOTE_NAME'
  | 'TL_GIT_COMMIT_NOT_FOUND'
  | 'TL_GIT_TAG_NOT_COMMIT'

/** A clone, remote, commit or tag that git cannot use as asked: the message says what was found, where, and the fix. */
export class GitRepositoryError extends ConfigurationError {
  override readonly name = 'GitRepositoryError'
  override readonly code: GitRepositoryErrorCode

  constructor(
    code: GitRepositoryErrorCode,
    message: string,
    options: ConfigurationErrorOptions = {},
  ) {
    super(message, options)
    this.code = code
  }
}
