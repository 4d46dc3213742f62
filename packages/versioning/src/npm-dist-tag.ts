import { quoteExcerpt } from '@tokenless/errors'
import validRange from 'semver/ranges/valid.js'
import type { Pep440PreLabel } from './pep440.js'
import { parsePep440 } from './pep440.js'
import { isStrictSemver, parseSemverStrict } from './semver-strict.js'
import { VersionError } from './version-error.js'

const PEP440_DIST_TAGS: Record<Pep440PreLabel, string> = { a: 'alpha', b: 'beta', rc: 'rc' }

/** The dist-tag for prereleases that carry no usable word. */
const FALLBACK_DIST_TAG = 'next'

/**
 * The npm dist-tag a version should be published under: `latest` for a stable version;
 * for a prerelease the word that starts its first identifier, lowercased, without trailing
 * digits (`1.2.0-rc.1` -> `rc`, `2.0.0-beta` -> `beta`, `1.0.0-next.3` -> `next`,
 * `1.0.0-RC1` -> `rc`); `next` when the first identifier is numeric (`1.0.0-0`).
 * PEP 440 versions map like {@link pep440ToSemver}: `a` -> `alpha`, `b` -> `beta`, `rc` -> `rc`,
 * `.dev` -> `dev`; post-releases are stable. A prerelease never gets `latest` nor a tag that is a
 * valid semver range (npm refuses those, e.g. `x`): it gets `next` instead.
 * @throws ConfigurationError when the version is neither semver nor PEP 440.
 */
export function npmDistTag(version: string): string {
  if (isStrictSemver(version)) {
    const [first] = parseSemverStrict(version).prerelease
    return first === undefined ? 'latest' : guardDistTag(leadingWord(first))
  }
  const parsed = parsePep440(version)
  if (parsed === undefined) {
    throw new VersionError(
      'TL_VERSION_INVALID',
      `${quoteExcerpt(version)} is neither a semver nor a PEP 440 version, so it has no npm dist-tag: use e.g. 1.2.0 (latest), 1.2.0-rc.1 (rc) or 1.2.0rc1 (rc).`,
    )
  }
  if (parsed.pre !== undefined) return PEP440_DIST_TAGS[parsed.pre.label]
  return parsed.dev === undefined ? 'latest' : 'dev'
}

/** `rc1` -> `rc`, `beta-2` -> `beta`, `canary-abc` -> `canary-abc`; numeric -> undefined. */
function leadingWord(identifier: string): string | undefined {
  return /^[a-z]+(?:-[a-z]+)*/.exec(identifier.toLowerCase())?.[0]
}

function guardDistTag(tag: string | undefined): string {
  if (tag === undefined || tag === 'latest' || validRange(tag) !== null) {
    return FALLBACK_DIST_TAG
  }
  return tag
}
