export interface PreviousTagOptions {
  /** Ignore tags whose version is a prerelease (needs `isPrerelease`). */
  skipPrereleases?: boolean
  isPrerelease?: (version: string) => boolean
}

/**
 * The tag with the highest version strictly lower than the version `current` (a version, not a
 * tag name), by `compare` (version order, not tag dates: a 1.x hotfix tagged after 2.0.0 is not
 * the previous tag of 2.1.0). Tags for which `versionOf` returns undefined are ignored; of two
 * tags with equal versions (`v1.0.0` and `1.0.0`) the first in `tags` wins. Pure.
 */
export function previousTag<T extends { name: string }>(
  tags: readonly T[],
  current: string,
  versionOf: (tag: T) => string | undefined,
  compare: (a: string, b: string) => number,
  options: PreviousTagOptions = {},
): T | undefined {
  const { skipPrereleases = false, isPrerelease } = options
  if (skipPrereleases && isPrerelease === undefined) {
    throw new TypeError('previousTag: skipPrereleases needs isPrerelease to tell prereleases apart')
  }
  let best: { tag: T; version: string } | undefined
  for (const tag of tags) {
    const version = versionOf(tag)
    if (version === undefined) continue
    if (skipPrereleases && isPrerelease?.(version) === true) continue
    if (compare(version, current) >= 0) continue
    if (best === undefined || compare(version, best.version) > 0) best = { tag, version }
  }
  return best?.tag
}
