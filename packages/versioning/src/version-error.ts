import { ConfigurationError, type ConfigurationErrorOptions } from '@tokenless/errors'

/** The codes of VersionError: docs/RELEASING.md has an entry for each. */
export type VersionErrorCode =
  | 'TL_VERSION_INVALID'
  | 'TL_VERSION_EMPTY'
  | 'TL_VERSION_NOT_HIGHER'
  | 'TL_VERSION_SCHEME'
  | 'TL_VERSION_UNMAPPABLE'
  | 'TL_SEMVER_INVALID'
  | 'TL_PEP440_INVALID'
  | 'TL_CALVER_INVALID'
  | 'TL_CALVER_FORMAT'
  | 'TL_CALVER_FORMAT_MISSING'
  | 'TL_CALVER_TAKEN'
  | 'TL_TAG_NAME'
  | 'TL_TAG_PREFIX'
  | 'TL_TAG_NO_VERSION'

/** A version, tag or version scheme that is wrong as given: the message says what was found, where, and the fix. */
export class VersionError extends ConfigurationError {
  override readonly name = 'VersionError'
  override readonly code: VersionErrorCode

  constructor(code: VersionErrorCode, message: string, options: ConfigurationErrorOptions = {}) {
    super(message, options)
    this.code = code
  }
}
