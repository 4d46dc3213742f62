import { quoteExcerpt } from '@tokenless/errors'
import type { VersionScheme } from './version-scheme.js'
import { compareVersions, isPrerelease, releaseNumbers } from './versions-by-scheme.js'
import { VersionError } from './version-error.js'

/** The kind of release a version is, relative to the previous one. */
export type ReleaseType = 'major' | 'minor' | 'patch' | 'prerelease'

/** Every {@link ReleaseType}. */
export const RELEASE_TYPES: readonly ReleaseType[] = ['major', 'minor', 'patch', 'prerelease']

const BUMPS: readonly ReleaseType[] = ['major', 'minor', 'patch']

/**
 * Classifies `current` against `previous`:
 * - a prerelease is `prerelease`;
 * - with no previous version, a stable release is `major` (a first release);
 * - otherwise the first release number that changed decides: MAJOR `major`, MINOR `minor`, any
 *   later one `patch` (PEP 440 epochs count as `major`; CalVer numbers in order);
 * - a stable release of the version the previous prerelease led up to (1.2.0 after 1.2.0-rc.1)
 *   is classified by its own shape, as semver's `diff` does: X.0.0 `major`, X.Y.0 `minor`,
 *   X.Y.Z `patch`. It is the bump relative to the previous stable release when the
 *   prereleases followed semver;
 * - a PEP 440 post-release of the previous version (1.2.0.post1 after 1.2.0) is `patch`.
 * @throws ConfigurationError when a version is invalid, or `current` is not higher than `previous`.
 */
export function releaseType(
  previous: string | undefined,
  current: string,
  scheme: VersionScheme,
): ReleaseType {
  if (previous !== undefined && compareVersions(current, previous, scheme) <= 0) {
    throw new VersionError(
      'TL_VERSION_NOT_HIGHER',
      `${quoteExcerpt(current)} is not higher than the previous release ${quoteExcerpt(previous)}: a release must increase the version. Pick a version above ${previous}.`,
    )
  }
  if (isPrerelease(current, scheme)) return 'prerelease'
  if (previous === undefined) return 'major'
  const offset = scheme === 'pep440' ? 1 : 0
  const now = releaseNumbers(current, scheme)
  const before = releaseNumbers(previous, scheme)
  const changed = now.findIndex((value, index) => value !== (before[index] ?? 0))
  if (changed === -1) {
    return isPrerelease(previous, scheme) ? shapeOf(now.slice(offset)) : 'patch'
  }
  return bumpAt(Math.max(0, changed - offset))
}

/** X.0.0 is major, X.Y.0 minor, anything else patch. */
function shapeOf(numbers: number[]): ReleaseType {
  const lastNonZero = numbers.findLastIndex((value) => value !== 0)
  return bumpAt(Math.max(0, lastNonZero))
}

function bumpAt(index: number): ReleaseType {
  return BUMPS[Math.min(index, BUMPS.length - 1)] ?? 'patch'
}
