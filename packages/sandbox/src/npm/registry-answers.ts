/**
 * The registry's words. Those marked "npm" are npmjs.com's own, as its answers and the npm CLI's
 * logs show them; the others are the sandbox's, in the same style, where npm's exact text is not
 * public. The exchange answers carry `message` (the CLI logs `body.message` at verbose level);
 * the other answers carry `error` (the CLI prints `body.error` after the status line).
 */
export const NPM_ANSWERS = {
  /** npm. 404 on the exchange: no trusted publisher, or no such package (first publish). */
  exchangePackageNotFound: 'OIDC token exchange error - package not found',
  /** npm. 403 on the exchange: the token's claims do not match the trusted publisher. */
  exchangePermissionDenied: 'OIDC permission denied for this action',
  /** Sandbox wording. 401 on the exchange: no token, bad signature, issuer, audience or expiry. */
  exchangeInvalidToken: 'OIDC token exchange error - invalid or expired token',
  /** Sandbox wording. 422 on the exchange: `runner_environment` is `self-hosted`. */
  exchangeSelfHosted: 'OIDC token exchange error - self-hosted runners are not supported',
  /** npm. 401 on a write without credentials. */
  loginRequired: 'You must be logged in to publish packages.',
  /** npm. 404 on a write with a token that cannot write there (unknown, expired, other package). */
  notFound: 'Not found',
  /** npm. The `npm-notice` header with the 404 for a token that expired or was revoked. */
  tokenExpiredNotice: 'Access token expired or revoked. Please try logging in again.',
  /** Sandbox wording. 403 when a trusted publishing token is used for anything but publish. */
  oidcPublishOnly: (action: string): string =>
    `Trusted publishing (OIDC) tokens can only publish packages: ${action} needs a granular access token.`,
  /** npm. 403 on a publish of a version that exists. */
  versionExists: (version: string): string =>
    `You cannot publish over the previously published versions: ${version}.`,
} as const
