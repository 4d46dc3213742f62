import { quoteExcerpt } from '@tokenless/errors'
import { checkTagName } from './git-ref-name.js'
import { VersionError } from './version-error.js'

/** A tag split into its prefix and version: tag = prefix + version. */
export interface ParsedTag {
  prefix: string
  version: string
}

const TAGS_REF = 'refs/tags/'

/**
 * Splits a tag into `prefix` and version. Prefix forms: `v` (the usual default), `` (none),
 * `@scope/pkg@`, `pkg@`, `pkg-v`. A full ref (`refs/tags/v1.2.3`) is accepted and read as its tag.
 * The version is not validated here: that depends on the scheme.
 * @throws ConfigurationError when the tag is empty, is not a valid git tag name, does not start
 *   with `prefix` (suggesting the tag-prefix that would fit), or holds nothing after it.
 */
export function parseTag(tag: string, prefix: string): ParsedTag {
  const name = tag.startsWith(TAGS_REF) ? tag.slice(TAGS_REF.length) : tag
  checkTagName(name)
  if (!name.startsWith(prefix)) throw prefixMismatch(name, prefix)
  const version = name.slice(prefix.length)
  if (version === '') {
    throw new VersionError(
      'TL_TAG_NO_VERSION',
      `Tag ${quoteExcerpt(name)} has nothing after the tag-prefix ${JSON.stringify(prefix)}: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`,
      { input: 'tag' },
    )
  }
  return { prefix, version }
}

function prefixMismatch(tag: string, prefix: string): VersionError {
  const guess = guessTagPrefix(tag)
  const found = `Tag ${quoteExcerpt(tag)} does not start with the tag-prefix ${JSON.stringify(prefix)}`
  const message =
    guess === undefined
      ? `${found} and holds no version after a prefix: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`
      : `${found}. If the tag is right, set tag-prefix: '${guess}' (tag = tag-prefix + version).`
  return new VersionError('TL_TAG_PREFIX', message, { input: 'tag-prefix' })
}

/**
 * Guesses the prefix of a tag: everything before the first number that starts a dotted version
 * at the start of the tag or after `@`, `/`, `-`, `_` or `v` (`pkg-v1.2.3` -> `pkg-v`,
 * `@acme/core2@1.0.0` -> `@acme/core2@`, `1.2.3` -> ``).
 * @returns undefined when the tag holds no such version.
 */
export function guessTagPrefix(tag: string): string | undefined {
  for (let index = 0; index < tag.length; index += 1) {
    const startsVersion = /^[0-9]+\.[0-9]/.test(tag.slice(index))
    if (startsVersion && (index === 0 || /[@/\-_vV]/.test(tag[index - 1] ?? ''))) {
      return tag.slice(0, index)
    }
  }
  return undefined
}

/**
 * Builds a tag from a prefix and a version.
 * @throws ConfigurationError when the version is empty or the result is not a valid tag name.
 */
export function formatTag(prefix: string, version: string): string {
  if (version === '') {
    throw new VersionError(
      'TL_VERSION_EMPTY',
      `The version is empty: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`,
      { input: 'version' },
    )
  }
  const tag = prefix + version
  checkTagName(tag)
  return tag
}

/**
 * The package a monorepo tag prefix names: `@acme/core@` -> `@acme/core`, `pkg@` -> `pkg`,
 * `pkg-v` -> `pkg`, `pkg/v` -> `pkg`. Single-package prefixes (`v`, ``) and others give undefined.
 */
export function packageNameFromPrefix(prefix: string): string | undefined {
  if (prefix.length > 1 && prefix.endsWith('@')) return prefix.slice(0, -1)
  return /^(.+)[-/]v$/.exec(prefix)?.[1]
}
