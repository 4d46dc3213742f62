import { quoteExcerpt } from '@tokenless/errors'
import compareBuild from 'semver/functions/compare-build.js'
import type { Pep440PreLabel, Pep440Version } from './pep440.js'
import { formatPep440, parsePep440, parsePep440OrThrow } from './pep440.js'
import { comparePep440 } from './pep440-order.js'
import { isStrictSemver, parseSemverStrict } from './semver-strict.js'
import { VersionError } from './version-error.js'

/** Semver prerelease labels that have a PEP 440 meaning, lowercased. */
const SEMVER_TO_PEP440_LABEL: Record<string, Pep440PreLabel | 'dev'> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc',
  dev: 'dev',
}

const PEP440_TO_SEMVER_LABEL: Record<Pep440PreLabel, string> = { a: 'alpha', b: 'beta', rc: 'rc' }

const MAPPABLE = 'PEP 440 knows only alpha/a, beta/b, rc and dev, e.g. 1.2.0-rc.1 -> 1.2.0rc1'

/**
 * Maps a semver version to the normalised PEP 440 version of the same release:
 * `-rc.1` -> `rc1`, `-alpha.2` -> `a2`, `-beta.3` -> `b3`, `-rc` -> `rc0`, `-dev.4` -> `.dev4`,
 * `-rc1` -> `rc1`, and build metadata `+x` -> local label `+x`.
 * @throws ConfigurationError for an invalid semver version and for prereleases PEP 440 cannot
 *   express (`-next.1`, `-0`, `-rc.1.2`), including `-post.1`: in semver it sorts before the
 *   release, in PEP 440 `.post1` sorts after it.
 */
export function semverToPep440(version: string): string {
  const parts = parseSemverStrict(version)
  const mapped: Pep440Version = { epoch: 0, release: [parts.major, parts.minor, parts.patch] }
  if (parts.prerelease.length > 0) {
    const core = `${parts.major}.${parts.minor}.${parts.patch}`
    const { label, number } = mapPrerelease(version, core, parts.prerelease)
    if (label === 'dev') mapped.dev = number
    else mapped.pre = { label, number }
  }
  const local = parts.build.flatMap((identifier) => identifier.split('-')).filter(Boolean)
  if (local.length > 0) mapped.local = local
  return formatPep440(parsePep440OrThrow(formatPep440(mapped)))
}

function mapPrerelease(
  version: string,
  core: string,
  identifiers: string[],
): { label: Pep440PreLabel | 'dev'; number: number } {
  const joined = identifiers.join('.')
  const [first = '', second, ...rest] = identifiers
  const match = /^([a-z]+)([0-9]*)$/i.exec(first)
  const word = match?.[1]?.toLowerCase() ?? ''
  const attached = match?.[2] ?? ''
  if (word === 'post' || word === 'rev' || word === 'r') {
    throw new VersionError(
      'TL_VERSION_UNMAPPABLE',
      `${quoteExcerpt(version)} has the prerelease "${joined}", which cannot become a PEP 440 post-release: in semver it sorts before ${core}, in PEP 440 .post sorts after it. Release the next patch version instead.`,
    )
  }
  const label = SEMVER_TO_PEP440_LABEL[word]
  const number = attached !== '' ? attached : (second ?? '0')
  const numberOk = /^[0-9]+$/.test(number) && (attached === '' || second === undefined)
  if (label === undefined || !numberOk || rest.length > 0) {
    throw new VersionError(
      'TL_VERSION_UNMAPPABLE',
      `${quoteExcerpt(version)} has the prerelease "${joined}", which has no PEP 440 equivalent: ${MAPPABLE}.`,
    )
  }
  return { label, number: Number(number) }
}

/**
 * Maps a PEP 440 version to semver: `1.2.0rc1` -> `1.2.0-rc.1`, `a2` -> `-alpha.2`,
 * `b3` -> `-beta.3`, `.dev4` -> `-dev.4`, local `+x` -> build `+x`. A release of one or two
 * numbers is padded with zeros (`1.2rc1` -> `1.2.0-rc.1`).
 * @throws ConfigurationError for invalid versions and for what semver cannot express: epochs,
 *   post-releases, more than three release numbers, a pre-release combined with a dev release.
 */
export function pep440ToSemver(version: string): string {
  const parsed = parsePep440OrThrow(version)
  const reason = unmappableToSemver(parsed)
  if (reason !== undefined) {
    throw new VersionError(
      'TL_VERSION_UNMAPPABLE',
      `${quoteExcerpt(version)} (${formatPep440(parsed)}) ${reason}, which semver cannot express. Use MAJOR.MINOR.PATCH with an optional a/b/rc or .dev suffix, e.g. 1.2.0rc1.`,
    )
  }
  const core = [...parsed.release, 0, 0].slice(0, 3).join('.')
  let text = core
  if (parsed.pre !== undefined)
    text += `-${PEP440_TO_SEMVER_LABEL[parsed.pre.label]}.${parsed.pre.number}`
  if (parsed.dev !== undefined) text += `-dev.${parsed.dev}`
  if (parsed.local !== undefined) text += `+${parsed.local.join('.')}`
  return text
}

function unmappableToSemver(version: Pep440Version): string | undefined {
  if (version.epoch !== 0) return `has the epoch ${version.epoch}!`
  if (version.post !== undefined) return `is a post-release (.post${version.post})`
  if (version.release.length > 3) return `has ${version.release.length} release numbers`
  if (version.pre !== undefined && version.dev !== undefined) {
    return 'combines a pre-release with a dev release'
  }
  return undefined
}

/**
 * True when two version strings name the same release:
 * - both strict semver: equal as semver, build metadata included (`1.2.0-rc.1` is not `1.2.0-rc1`);
 * - exactly one strict semver: it is mapped with {@link semverToPep440} and must equal the
 *   other under PEP 440 (`1.2.0-rc.1` ~ `1.2.0rc1`, `1.2.0` ~ `1.2`, since PEP 440 pads releases);
 * - neither: both parse under PEP 440 and compare equal (`1.2rc1` ~ `1.2.0-RC1`).
 * Anything unparsable or unmappable is not equivalent. Never throws.
 */
export function versionsEquivalent(a: string, b: string): boolean {
  const aSemver = isStrictSemver(a)
  const bSemver = isStrictSemver(b)
  if (aSemver && bSemver) return compareBuild(a, b) === 0
  const left = aSemver ? tryMapToPep440(a) : parsePep440(a)
  const right = bSemver ? tryMapToPep440(b) : parsePep440(b)
  return left !== undefined && right !== undefined && comparePep440(left, right) === 0
}

function tryMapToPep440(version: string): Pep440Version | undefined {
  try {
    return parsePep440(semverToPep440(version))
  } catch {
    return undefined
  }
}
