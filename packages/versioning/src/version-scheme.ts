import { VersionError } from './version-error.js'

/** The version schemes a release can follow. */
export type VersionScheme = 'semver' | 'pep440' | 'calver'

/** Every accepted {@link VersionScheme}, in the order they are documented. */
export const VERSION_SCHEMES: readonly VersionScheme[] = ['semver', 'pep440', 'calver']

/** True when `text` names one of {@link VERSION_SCHEMES}. */
export function isVersionScheme(text: string): text is VersionScheme {
  return (VERSION_SCHEMES as readonly string[]).includes(text)
}

/**
 * Reads a scheme name (e.g. the `scheme` input).
 * @throws ConfigurationError listing the accepted schemes.
 */
export function parseVersionScheme(text: string): VersionScheme {
  if (isVersionScheme(text)) return text
  throw new VersionError(
    'TL_VERSION_SCHEME',
    `scheme ${JSON.stringify(text)} is not a version scheme: use one of ${VERSION_SCHEMES.join(', ')}.`,
    { input: 'scheme' },
  )
}
