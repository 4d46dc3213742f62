import { quoteExcerpt } from '@tokenless/errors'
import parseSemver from 'semver/functions/parse.js'
import { VersionError } from './version-error.js'

/** A semver version split into its parts. */
export interface SemverParts {
  major: number
  minor: number
  patch: number
  /** Prerelease identifiers as written, e.g. `['rc', '1']` for `1.2.0-rc.1`. */
  prerelease: string[]
  /** Build metadata identifiers, e.g. `['build', '5']` for `1.2.0+build.5`. */
  build: string[]
  /** The version exactly as given. */
  version: string
}

const ACCEPTED = 'it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build)'
const ALLOWED_CHARACTER = /^[0-9A-Za-z.+-]$/
const NUMBER = /^(0|[1-9][0-9]*)$/

/**
 * Parses a semver 2.0.0 version the way npm does (no leading `v`, no loose forms).
 * @throws ConfigurationError naming what is wrong (missing or extra numbers, leading zeros,
 *   a leading `v`, whitespace or other characters, empty identifiers).
 */
export function parseSemverStrict(text: string): SemverParts {
  const problem = explainSemverProblem(text)
  if (problem !== undefined) throw new VersionError('TL_SEMVER_INVALID', problem)
  const parsed = parseSemver(text)
  if (parsed === null) {
    throw new VersionError(
      'TL_SEMVER_INVALID',
      `${quoteExcerpt(text)} is not a semver version: ${ACCEPTED}.`,
    )
  }
  return {
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: parsed.prerelease.map(String),
    build: [...parsed.build],
    version: text,
  }
}

/** True when `text` is a strict semver version ({@link parseSemverStrict} accepts it). */
export function isStrictSemver(text: string): boolean {
  return explainSemverProblem(text) === undefined && parseSemver(text) !== null
}

/** Says why `text` is not strict semver, or returns undefined when no specific reason is found. */
function explainSemverProblem(text: string): string | undefined {
  const quoted = quoteExcerpt(text)
  if (text.trim() === '') return `The version is empty: ${ACCEPTED}.`
  if (/\s/.test(text)) {
    return `${quoted} contains whitespace, which a semver version cannot hold: remove it (${ACCEPTED}).`
  }
  if (/^[vV]\d/.test(text)) {
    return `${quoted} starts with "${text[0]}": drop the v; the tag prefix carries it. Write ${text.slice(1)}.`
  }
  const bad = [...text].find((character) => !ALLOWED_CHARACTER.test(character))
  if (bad !== undefined) {
    return `${quoted} contains ${JSON.stringify(bad)}, which semver does not allow: only digits, letters, ".", "-" and "+" (e.g. 1.2.0-rc.1+build.5).`
  }
  const match = /^([^+-]*)(?:-([^+]*))?(?:\+(.*))?$/.exec(text)
  const [, core = '', prerelease, build] = match ?? []
  return (
    explainCoreProblem(quoted, core) ??
    explainIdentifiersProblem(text, 'prerelease', prerelease) ??
    explainIdentifiersProblem(text, 'build metadata', build)
  )
}

function explainCoreProblem(quoted: string, core: string): string | undefined {
  const numbers = core.split('.')
  if (!numbers.every((part) => /^[0-9]+$/.test(part))) {
    return `${quoted} is not a semver version: ${ACCEPTED}.`
  }
  if (numbers.length < 3) {
    const padded = [...numbers, '0', '0'].slice(0, 3).map(Number).join('.')
    return `${quoted} is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. ${padded} (optionally -prerelease and +build).`
  }
  if (numbers.length > 3) {
    return `${quoted} has ${numbers.length} numbers but semver has exactly three (MAJOR.MINOR.PATCH), e.g. ${numbers.slice(0, 3).map(Number).join('.')}. Versions with more numbers are valid only under the pep440 scheme.`
  }
  const padded = numbers.find((part) => !NUMBER.test(part))
  if (padded !== undefined) {
    return `${quoted} has a leading zero in "${padded}": semver numbers have none (npm rejects them). Write ${numbers.map(Number).join('.')}.`
  }
  return undefined
}

function explainIdentifiersProblem(
  text: string,
  what: 'prerelease' | 'build metadata',
  identifiers: string | undefined,
): string | undefined {
  if (identifiers === undefined) return undefined
  const quoted = quoteExcerpt(text)
  const parts = identifiers.split('.')
  if (parts.some((part) => part === '')) {
    return `${quoted} has an empty ${what} identifier: identifiers are non-empty and separated by single dots, e.g. 1.2.0-rc.1+build.5.`
  }
  const padded = parts.find((part) => /^0[0-9]+$/.test(part))
  if (what === 'prerelease' && padded !== undefined) {
    const unpadded = parts.map((part) => (/^[0-9]+$/.test(part) ? BigInt(part).toString() : part))
    const fixed = text.replace(`-${identifiers}`, `-${unpadded.join('.')}`)
    return `${quoted} has the numeric prerelease identifier "${padded}" with a leading zero, which semver forbids: write ${fixed}.`
  }
  return undefined
}
