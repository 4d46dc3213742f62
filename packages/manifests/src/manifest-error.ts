import { ConfigurationError, type ConfigurationErrorOptions } from '@tokenless/errors'

/** The codes of ManifestError: docs/RELEASING.md has an entry for each. */
export type ManifestErrorCode =
  | 'TL_MANIFEST_SPEC'
  | 'TL_MANIFEST_NOT_FOUND'
  | 'TL_MANIFEST_IS_DIRECTORY'
  | 'TL_MANIFEST_UNKNOWN_KIND'
  | 'TL_MANIFEST_CONTENT'

/** A manifests entry, or a manifest file, that the version cannot be read from: the message says what was found, where, and the fix. */
export class ManifestError extends ConfigurationError {
  override readonly name = 'ManifestError'
  override readonly code: ManifestErrorCode

  constructor(code: ManifestErrorCode, message: string, options: ConfigurationErrorOptions = {}) {
    super(message, options)
    this.code = code
  }
}
