import { ConfigurationError, type ConfigurationErrorOptions } from '@tokenless/errors'

/** The codes of OidcError: docs/RELEASING.md has an entry for each. */
export type OidcErrorCode =
  | 'TL_OIDC_STATIC_TOKEN'
  | 'TL_OIDC_FORK'
  | 'TL_OIDC_NO_PERMISSION'
  | 'TL_OIDC_ENVIRONMENT'
  | 'TL_OIDC_SELF_HOSTED'
  | 'TL_OIDC_PYPI_WORKFLOW_REPOSITORY'
  | 'TL_OIDC_TOKEN_REFUSED'
  | 'TL_OIDC_TOKEN_UNREADABLE'
  | 'TL_OIDC_NPM_EXCHANGE'
  | 'TL_OIDC_NO_TRUSTED_PUBLISHING'
  | 'TL_OIDC_PYPI_MINT'

/** A job, token or registry answer that rules out publishing through OIDC: the message says what was found, where, and the fix. */
export class OidcError extends ConfigurationError {
  override readonly name = 'OidcError'
  override readonly code: OidcErrorCode

  constructor(code: OidcErrorCode, message: string, options: ConfigurationErrorOptions = {}) {
    super(message, options)
    this.code = code
  }
}
