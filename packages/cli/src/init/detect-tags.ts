// The version scheme and the tag prefix, read from the release tags already in the repository.
import { listTags } from '@tokenless/git'
import {
  compareVersions,
  guessTagPrefix,
  isStrictSemver,
  matchesCalver,
  parsePep440,
  type VersionScheme,
} from '@tokenless/versioning'

export interface TagConvention {
  prefix: string
  scheme: VersionScheme
  /** The CalVer format when the scheme is calver. */
  calverFormat?: string
  /** The highest version tagged with that prefix, if any. */
  latest?: { tag: string; version: string }
  /** How many tags were read. */
  count: number
}

/** CalVer formats tried in this order: the first that every tag matches wins. */
const CALVER_FORMATS = [
  'YYYY.0M.0D',
  'YYYY.M.D',
  'YYYY.0M.0D.MICRO',
  'YYYY.M.D.MICRO',
  'YYYY.0M.MICRO',
  'YYYY.M.MICRO',
  'YYYY.0M',
  'YYYY.M',
]

/** The most frequent of `values` (the first seen on a tie). */
function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: string | undefined
  for (const [value, count] of counts)
    if (best === undefined || count > counts.get(best)!) best = value
  return best
}

function calverFormatOf(versions: readonly string[]): string | undefined {
  if (versions.length === 0 || !versions.every((version) => /^20\d\d\.\d/.test(version)))
    return undefined
  return CALVER_FORMATS.find((format) =>
    versions.every((version) => matchesCalver(version, format)),
  )
}

/** The scheme the versions are written in; `pythonOnly` prefers PEP 440 to semver. */
export function schemeOf(
  versions: readonly string[],
  pythonOnly: boolean,
): { scheme: VersionScheme; calverFormat?: string } {
  const calverFormat = calverFormatOf(versions)
  if (calverFormat !== undefined) return { scheme: 'calver', calverFormat }
  if (pythonOnly) return { scheme: 'pep440' }
  if (versions.every(isStrictSemver)) return { scheme: 'semver' }
  return versions.every((version) => parsePep440(version) !== undefined)
    ? { scheme: 'pep440' }
    : { scheme: 'semver' }
}

function newest<T extends { version: string }>(
  tags: readonly T[],
  scheme: VersionScheme,
): T | undefined {
  let best: T | undefined
  for (const tag of tags) {
    try {
      if (best === undefined || compareVersions(tag.version, best.version, scheme) > 0) best = tag
    } catch {
      // A tag that is not a version of the scheme is not a release.
    }
  }
  return best
}

/**
 * The prefix most release tags share and the scheme of their versions; with no release tag,
 * `v` and the scheme of the manifests' versions.
 */
export async function detectTagConvention(
  root: string,
  manifestVersions: readonly string[],
  pythonOnly: boolean,
): Promise<TagConvention> {
  const tags = (await listTags(root)).map((tag) => tag.name)
  const withPrefix = tags.flatMap((tag) => {
    const prefix = guessTagPrefix(tag)
    return prefix === undefined ? [] : [{ tag, prefix, version: tag.slice(prefix.length) }]
  })
  const prefix = mostFrequent(withPrefix.map((found) => found.prefix))
  if (prefix === undefined)
    return { prefix: 'v', ...schemeOf(manifestVersions, pythonOnly), count: 0 }
  const ours = withPrefix.filter((found) => found.prefix === prefix)
  const versions = ours.map((found) => found.version)
  const found = schemeOf([...versions, ...manifestVersions], pythonOnly)
  const last = newest(ours, found.scheme)
  return {
    prefix,
    ...found,
    ...(last === undefined ? {} : { latest: { tag: last.tag, version: last.version } }),
    count: tags.length,
  }
}
