import { VersionError } from './version-error.js'

/** The CalVer tokens of calver.org. `MM`/`M` and `DD`/`D` are the same (no padding). */
export type CalverToken =
  'YYYY' | 'YY' | '0Y' | 'MM' | 'M' | '0M' | 'WW' | '0W' | 'DD' | 'D' | '0D' | 'MICRO'

/** Which part of the date (or the counter) a token stands for. */
export type CalverField = 'year' | 'month' | 'week' | 'day' | 'micro'

/** A parsed CalVer format: `separators[i]` stands between `tokens[i]` and `tokens[i + 1]`. */
export interface CalverFormat {
  format: string
  tokens: CalverToken[]
  separators: string[]
}

interface TokenInfo {
  field: CalverField
  padded: boolean
  meaning: string
}

const TOKEN_INFO: Record<CalverToken, TokenInfo> = {
  YYYY: { field: 'year', padded: false, meaning: 'full year, e.g. 2024' },
  YY: { field: 'year', padded: false, meaning: 'year minus 2000, e.g. 24' },
  '0Y': { field: 'year', padded: true, meaning: 'year minus 2000 with two digits, e.g. 06' },
  MM: { field: 'month', padded: false, meaning: 'month 1-12' },
  M: { field: 'month', padded: false, meaning: 'month 1-12' },
  '0M': { field: 'month', padded: true, meaning: 'month 01-12' },
  WW: { field: 'week', padded: false, meaning: 'week of the year 1-53' },
  '0W': { field: 'week', padded: true, meaning: 'week of the year 01-53' },
  DD: { field: 'day', padded: false, meaning: 'day 1-31' },
  D: { field: 'day', padded: false, meaning: 'day 1-31' },
  '0D': { field: 'day', padded: true, meaning: 'day 01-31' },
  MICRO: { field: 'micro', padded: false, meaning: 'release counter 0, 1, 2...' },
}

/** Every accepted token. */
export const CALVER_TOKENS: readonly CalverToken[] = Object.keys(TOKEN_INFO) as CalverToken[]

const TOKEN_LIST =
  'YYYY, YY, 0Y, MM or M, 0M, WW, 0W, DD or D, 0D and MICRO, separated by "." or "-", e.g. YYYY.M.MICRO'

/** What a token means, for messages. */
export function describeCalverToken(token: CalverToken): string {
  return TOKEN_INFO[token].meaning
}

/** The field a token stands for. */
export function calverTokenField(token: CalverToken): CalverField {
  return TOKEN_INFO[token].field
}

/**
 * Parses a CalVer format such as `YYYY.M.MICRO` or `YYYY.0M.0D`. The year comes first (so versions
 * sort by date), each field appears once, MICRO (if any) comes last, and weeks do not mix with
 * months or days.
 * @throws ConfigurationError (input `calver-format`) listing the accepted tokens.
 */
export function parseCalverFormat(format: string): CalverFormat {
  const parts = format.split(/([.-])/)
  const tokens = parts.filter((_, index) => index % 2 === 0)
  const separators = parts.filter((_, index) => index % 2 === 1)
  const fail = (reason: string): never => {
    throw new VersionError(
      'TL_CALVER_FORMAT',
      `calver-format ${JSON.stringify(format)} ${reason}`,
      {
        input: 'calver-format',
      },
    )
  }
  if (format.trim() === '') fail(`is empty: use the tokens ${TOKEN_LIST}.`)
  if (tokens.some((token) => token === '')) {
    fail(`has an empty part: tokens are separated by a single "." or "-", e.g. YYYY.M.MICRO.`)
  }
  const unknown = tokens.find((token) => !isCalverToken(token))
  if (unknown !== undefined)
    fail(`has the unknown token ${JSON.stringify(unknown)}: use ${TOKEN_LIST}.`)
  const known = tokens as CalverToken[]
  const problem = explainOrderProblem(known)
  if (problem !== undefined) fail(problem)
  return { format, tokens: known, separators }
}

function isCalverToken(text: string): text is CalverToken {
  return Object.hasOwn(TOKEN_INFO, text)
}

function explainOrderProblem(tokens: CalverToken[]): string | undefined {
  const fields = tokens.map(calverTokenField)
  if (fields[0] !== 'year') {
    return 'must start with the year (YYYY, YY or 0Y) so that versions sort by date, e.g. YYYY.M.MICRO.'
  }
  const repeated = fields.find((field, index) => fields.indexOf(field) !== index)
  if (repeated !== undefined) return `has more than one ${repeated} token: use each field once.`
  if (fields.includes('micro') && fields.at(-1) !== 'micro') {
    return 'has MICRO before a date token: MICRO counts releases within the period, so it comes last, e.g. YYYY.M.MICRO.'
  }
  if (fields.includes('week') && (fields.includes('month') || fields.includes('day'))) {
    return 'mixes a week token with a month or day token: use YYYY.WW[.MICRO] or YYYY.M.D[.MICRO].'
  }
  return undefined
}

/**
 * True when the format always yields valid semver (and so npm) versions: exactly three tokens
 * separated by `.`, none zero-padded (`0Y`, `0M`, `0W`, `0D` make leading zeros, which npm
 * rejects). `YYYY.M.MICRO` and `YY.M.D` are compatible; `YYYY.0M.0D` and `YYYY.M.D.MICRO` are not.
 * @throws ConfigurationError when the format itself is invalid.
 */
export function calverIsSemverCompatible(format: string | CalverFormat): boolean {
  const parsed = typeof format === 'string' ? parseCalverFormat(format) : format
  return (
    parsed.tokens.length === 3 &&
    parsed.separators.every((separator) => separator === '.') &&
    parsed.tokens.every((token) => !TOKEN_INFO[token].padded)
  )
}
