import { ConfigurationError, type ConfigurationErrorOptions } from '@tokenless/errors'

/** The codes of ArtifactError: docs/RELEASING.md has an entry for each. */
export type ArtifactErrorCode =
  'TL_ARCHIVE_UNSAFE' | 'TL_DIST_FORMAT' | 'TL_DIST_METADATA' | 'TL_NPM_TARBALL'

/** A package file (npm tarball, wheel, sdist) that is not safe or not valid to publish: the message says what was found, where, and the fix. */
export class ArtifactError extends ConfigurationError {
  override readonly name = 'ArtifactError'
  override readonly code: ArtifactErrorCode

  constructor(code: ArtifactErrorCode, message: string, options: ConfigurationErrorOptions = {}) {
    super(message, options)
    this.code = code
  }
}
