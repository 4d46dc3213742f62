import { quoteExcerpt } from '@tokenless/errors'
import compareSemver from 'semver/functions/compare.js'
import { checkCalver, compareCalver, calverNumbers } from './calver.js'
import { isPep440Prerelease, parsePep440OrThrow } from './pep440.js'
import { comparePep440 } from './pep440-order.js'
import { parseSemverStrict } from './semver-strict.js'
import type { VersionScheme } from './version-scheme.js'
import { parseVersionScheme } from './version-scheme.js'
import { VersionError } from './version-error.js'

/** Options that only some schemes use. */
export interface VersionSchemeOptions {
  /** The CalVer format, e.g. `YYYY.M.MICRO`; required by the calver scheme. */
  calverFormat?: string
}

/**
 * Checks that `version` is valid under `scheme` (for calver: matches `options.calverFormat`).
 * @throws ConfigurationError saying what is wrong and the accepted forms.
 */
export function validateVersion(
  version: string,
  scheme: VersionScheme,
  options: VersionSchemeOptions = {},
): void {
  switch (parseVersionScheme(scheme)) {
    case 'semver':
      parseSemverStrict(version)
      return
    case 'pep440':
      parsePep440OrThrow(version)
      return
    case 'calver':
      checkCalver(version, requireCalverFormat(version, options.calverFormat))
      return
  }
}

function requireCalverFormat(version: string, format: string | undefined): string {
  if (format !== undefined && format !== '') return format
  throw new VersionError(
    'TL_CALVER_FORMAT_MISSING',
    `The calver scheme needs a calver-format to check ${quoteExcerpt(version)} against: set calver-format, e.g. YYYY.M.MICRO.`,
    { input: 'calver-format' },
  )
}

/**
 * Compares two versions under `scheme` (semver precedence, PEP 440 order, or CalVer numbers).
 * @returns a negative number, 0 or a positive number, like a sort comparator.
 * @throws ConfigurationError when either version is invalid under the scheme.
 */
export function compareVersions(a: string, b: string, scheme: VersionScheme): number {
  switch (parseVersionScheme(scheme)) {
    case 'semver':
      return compareSemver(parseSemverStrict(a).version, parseSemverStrict(b).version)
    case 'pep440':
      return comparePep440(a, b)
    case 'calver':
      return compareCalver(a, b)
  }
}

/**
 * True for a prerelease: semver with a `-prerelease`, PEP 440 with a/b/rc or .dev. CalVer versions
 * (numbers only) are never prereleases.
 * @throws ConfigurationError when the version is invalid under the scheme.
 */
export function isPrerelease(version: string, scheme: VersionScheme): boolean {
  switch (parseVersionScheme(scheme)) {
    case 'semver':
      return parseSemverStrict(version).prerelease.length > 0
    case 'pep440':
      return isPep440Prerelease(version)
    case 'calver':
      calverNumbers(version)
      return false
  }
}

/**
 * The release numbers of a version without prerelease parts, padded to at least three; for
 * PEP 440 the epoch comes first (so a new epoch counts as a major change).
 */
export function releaseNumbers(version: string, scheme: VersionScheme): number[] {
  switch (parseVersionScheme(scheme)) {
    case 'semver': {
      const { major, minor, patch } = parseSemverStrict(version)
      return [major, minor, patch]
    }
    case 'pep440': {
      const { epoch, release } = parsePep440OrThrow(version)
      return [epoch, ...padRelease(release)]
    }
    case 'calver':
      return padRelease(calverNumbers(version))
  }
}

function padRelease(numbers: number[]): number[] {
  return [...numbers, 0, 0, 0].slice(0, Math.max(3, numbers.length))
}
