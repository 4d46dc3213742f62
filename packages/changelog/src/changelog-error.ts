import { ConfigurationError, type ConfigurationErrorOptions } from '@tokenless/errors'

/** The codes of ChangelogError: docs/RELEASING.md has an entry for each. */
export type ChangelogErrorCode =
  'TL_NOTES_VERSION_EMPTY' | 'TL_NOTES_TAG_EMPTY' | 'TL_NOTES_DATE' | 'TL_NOTES_REPOSITORY'

/** Release notes asked for with a missing or malformed part: the message says what was found, where, and the fix. */
export class ChangelogError extends ConfigurationError {
  override readonly name = 'ChangelogError'
  override readonly code: ChangelogErrorCode

  constructor(code: ChangelogErrorCode, message: string, options: ConfigurationErrorOptions = {}) {
    super(message, options)
    this.code = code
  }
}
