import { quoteExcerpt } from '@tokenless/errors'
import { VersionError } from './version-error.js'

/** A pre-release label after normalisation: alpha, beta, release candidate. */
export type Pep440PreLabel = 'a' | 'b' | 'rc'

/** A PEP 440 version split into its segments (normalised: `1.0-1` has `post: 1`). */
export interface Pep440Version {
  epoch: number
  release: number[]
  pre?: { label: Pep440PreLabel; number: number }
  post?: number
  dev?: number
  /** Local version label segments, lowercased; numeric segments without leading zeros. */
  local?: string[]
}

/** packaging.version's VERSION_PATTERN, the reference implementation of PEP 440. */
const PEP440_PATTERN = new RegExp(
  '^\\s*v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<preLabel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preNumber>[0-9]+)?)?' +
    '(?<post>(?:-(?<postNumber1>[0-9]+))|(?:[-_.]?(?<postLabel>post|rev|r)[-_.]?(?<postNumber2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<devLabel>dev)[-_.]?(?<devNumber>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    '\\s*$',
  'i',
)

const PRE_LABELS: Record<string, Pep440PreLabel> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc',
}

/** The accepted forms, for error messages. */
export const PEP440_FORMS =
  '[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], e.g. 1.2.0, 1.2.0rc1, 1.2.0.post1, 1.2.0.dev3, 1!2.0'

/**
 * Parses any spelling PEP 440 accepts (case, leading `v`, `alpha`/`beta`/`c`/`pre`/`preview`,
 * `-`/`_`/`.` separators, implicit numbers, `1.0-1` post releases, `rev`/`r`, surrounding
 * whitespace) into normalised segments.
 * @returns undefined when `text` is not a PEP 440 version.
 */
export function parsePep440(text: string): Pep440Version | undefined {
  const groups = PEP440_PATTERN.exec(text)?.groups
  if (groups === undefined) return undefined
  const release = groups.release?.split('.').map(Number) ?? []
  const version: Pep440Version = { epoch: Number(groups.epoch ?? '0'), release }
  if (groups.preLabel !== undefined) {
    const label = PRE_LABELS[groups.preLabel.toLowerCase()] ?? 'rc'
    version.pre = { label, number: Number(groups.preNumber ?? '0') }
  }
  if (groups.post !== undefined)
    version.post = Number(groups.postNumber1 ?? groups.postNumber2 ?? '0')
  if (groups.dev !== undefined) version.dev = Number(groups.devNumber ?? '0')
  if (groups.local !== undefined)
    version.local = groups.local.split(/[-_.]/).map(normaliseLocalPart)
  return allNumbersSafe(version) ? version : undefined
}

/**
 * Writes the normalised form of a PEP 440 version, e.g. `1.0.0-RC.1` -> `1.0.0rc1`.
 * @throws ConfigurationError when `text` is not a PEP 440 version.
 */
export function normalizePep440(text: string): string {
  return formatPep440(parsePep440OrThrow(text))
}

/**
 * Parses a PEP 440 version.
 * @throws ConfigurationError saying what was found and the accepted forms.
 */
export function parsePep440OrThrow(text: string): Pep440Version {
  const version = parsePep440(text)
  if (version !== undefined) return version
  throw new VersionError(
    'TL_PEP440_INVALID',
    `${quoteExcerpt(text)} is not a PEP 440 version: expected ${PEP440_FORMS}.`,
  )
}

/** Writes a parsed version in PEP 440's normalised form. */
export function formatPep440(version: Pep440Version): string {
  let text = version.epoch === 0 ? '' : `${version.epoch}!`
  text += version.release.join('.')
  if (version.pre !== undefined) text += `${version.pre.label}${version.pre.number}`
  if (version.post !== undefined) text += `.post${version.post}`
  if (version.dev !== undefined) text += `.dev${version.dev}`
  if (version.local !== undefined) text += `+${version.local.join('.')}`
  return text
}

/**
 * True for a pre-release or a development release (`1.0rc1`, `1.0.dev2`, `1.0.post1.dev1`),
 * as pip and packaging's `is_prerelease` decide.
 * @throws ConfigurationError when given text that is not a PEP 440 version.
 */
export function isPep440Prerelease(version: string | Pep440Version): boolean {
  const parsed = typeof version === 'string' ? parsePep440OrThrow(version) : version
  return parsed.pre !== undefined || parsed.dev !== undefined
}

function normaliseLocalPart(part: string): string {
  return /^[0-9]+$/.test(part) ? BigInt(part).toString() : part.toLowerCase()
}

function allNumbersSafe(version: Pep440Version): boolean {
  const numbers = [
    version.epoch,
    ...version.release,
    version.pre?.number,
    version.post,
    version.dev,
  ]
  return numbers.every((value) => value === undefined || Number.isSafeInteger(value))
}
