import { quoteExcerpt } from '@tokenless/errors'
import { VersionError } from './version-error.js'

/** Printable characters git never allows in a ref name (git check-ref-format rules 4, 5, 10). */
const GIT_FORBIDDEN = '~^:?*[\\'

/**
 * The longest tag accepted, in bytes. git itself sets no limit, but it stores a tag as the file
 * refs/tags/<tag>, and the file systems runners and clones use (ext4, APFS, NTFS) refuse a file
 * name over 255 bytes; npm's semver refuses versions over 256 characters. A longer "tag" is not a
 * release: it is refused, and echoed cut (a 100 KB input never lands whole in a log or summary).
 */
export const MAX_TAG_BYTES = 255

/** What a release tag may hold beyond git's rules: what versions and tag prefixes use. */
const TAG_CHARACTER = /^[A-Za-z0-9._+\-@/!]$/

/**
 * Checks a tag name (without `refs/tags/`) against git's check-ref-format rules, and refuses
 * characters no release tag needs (`;`, `$`, quotes...), which only make shell injection easier.
 * @throws ConfigurationError (input `tag`) naming the offending part.
 */
export function checkTagName(tag: string): void {
  const quoted = quoteExcerpt(tag)
  if (tag === '') {
    throw tagError('The tag is empty: give a tag such as v1.2.3 (tag-prefix + version).')
  }
  const bytes = new TextEncoder().encode(tag).length
  if (bytes > MAX_TAG_BYTES) {
    throw tagError(
      `Tag ${quoted} is ${bytes} bytes long; a tag may have at most ${MAX_TAG_BYTES} (git stores it as a file of that name, and npm refuses versions over 256 characters). Give the release's tag, tag-prefix + version, e.g. v1.2.3.`,
    )
  }
  const problem = explainGitRefProblem(tag)
  if (problem !== undefined) {
    throw tagError(
      `Tag ${quoted} ${problem}, which git does not allow in a tag name. Write it as tag-prefix + version, e.g. v1.2.3 or @scope/pkg@1.2.3.`,
    )
  }
  const unusual = [...tag].find((character) => !TAG_CHARACTER.test(character))
  if (unusual !== undefined) {
    throw tagError(
      `Tag ${quoted} contains ${JSON.stringify(unusual)}: a release tag may only hold letters, digits and . _ + - @ / ! (tag-prefix + version, e.g. v1.2.3 or @scope/pkg@1.2.3).`,
    )
  }
}

/** Says which of git's ref name rules `tag` breaks, or undefined when it breaks none. */
function explainGitRefProblem(tag: string): string | undefined {
  const forbidden = [...tag].find(
    (character) => isControlOrSpace(character) || GIT_FORBIDDEN.includes(character),
  )
  if (forbidden !== undefined) return `contains ${describeCharacter(forbidden)}`
  for (const sequence of ['..', '@{', '//']) {
    if (tag.includes(sequence)) return `contains "${sequence}"`
  }
  if (tag === '@') return 'is only "@"'
  if (tag.startsWith('/')) return 'starts with "/"'
  if (tag.endsWith('/')) return 'ends with "/"'
  if (tag.endsWith('.')) return 'ends with "."'
  const components = tag.split('/')
  if (components.some((component) => component.startsWith('.'))) {
    return 'has a part starting with "."'
  }
  if (components.some((component) => component.endsWith('.lock'))) {
    return 'has a part ending with ".lock"'
  }
  return undefined
}

function isControlOrSpace(character: string): boolean {
  const code = character.codePointAt(0) ?? 0
  return code <= 0x20 || code === 0x7f
}

function describeCharacter(character: string): string {
  if (character === ' ') return 'a space'
  const code = character.codePointAt(0) ?? 0
  if (isControlOrSpace(character)) {
    return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`
  }
  return JSON.stringify(character)
}

function tagError(message: string): VersionError {
  return new VersionError('TL_TAG_NAME', message, { input: 'tag' })
}
