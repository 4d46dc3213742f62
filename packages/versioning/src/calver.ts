import { quoteExcerpt } from '@tokenless/errors'
import type { CalverField, CalverFormat, CalverToken } from './calver-format.js'
import { calverTokenField, describeCalverToken, parseCalverFormat } from './calver-format.js'
import { VersionError } from './version-error.js'

/** The values a CalVer version holds; fields the format lacks are undefined. */
type CalverFields = Partial<Record<CalverField, number>>

/** The date fields of a day. */
type DateFields = Record<Exclude<CalverField, 'micro'>, number>

const TOKEN_PATTERN: Record<CalverToken, string> = {
  YYYY: '[1-9][0-9]{3}',
  YY: '0|[1-9][0-9]*',
  '0Y': '[0-9]{2}|[1-9][0-9]{2,}',
  MM: '[1-9]|1[0-2]',
  M: '[1-9]|1[0-2]',
  '0M': '0[1-9]|1[0-2]',
  WW: '[1-9]|[1-4][0-9]|5[0-3]',
  '0W': '0[1-9]|[1-4][0-9]|5[0-3]',
  DD: '[1-9]|[12][0-9]|3[01]',
  D: '[1-9]|[12][0-9]|3[01]',
  '0D': '0[1-9]|[12][0-9]|3[01]',
  MICRO: '0|[1-9][0-9]*',
}

/** The date that error messages render their example from. */
const EXAMPLE_DATE = new Date(Date.UTC(2024, 4, 7))

/**
 * Computes the version for `date` (UTC fields) under `format`. With MICRO, the counter is one more
 * than the highest of `existing` (versions, not tags) with the same date part, or 0 when there is
 * none. Without MICRO the date part is the version.
 * @throws ConfigurationError when the format is invalid, or (without MICRO) when the version
 *   already exists: the period already has a release.
 * @throws RangeError when `date` is an invalid Date.
 */
export function computeCalver({
  format,
  date,
  existing,
}: {
  format: string
  date: Date
  existing: string[]
}): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('computeCalver needs a valid date')
  const parsed = parseCalverFormat(format)
  if (!parsed.tokens.includes('MICRO')) return computeWithoutMicro(parsed, date, existing)
  const datePart = renderTokens(parsed, date, '')
  const micros = existing
    .filter((version) => version.startsWith(datePart) && matchCalver(version, parsed) !== undefined)
    .map((version) => Number(version.slice(datePart.length)))
  return `${datePart}${micros.length === 0 ? 0 : Math.max(...micros) + 1}`
}

function computeWithoutMicro(format: CalverFormat, date: Date, existing: string[]): string {
  const version = renderCalver(format, date, 0)
  if (!existing.includes(version)) return version
  const period = format.tokens.map(calverTokenField).at(-1) ?? 'day'
  throw new VersionError(
    'TL_CALVER_TAKEN',
    `calver-format ${JSON.stringify(format.format)} gives ${version} for ${isoDay(date)}, and ${version} already exists: the ${period} already has a release. Use a format with MICRO to release more than once a ${period}, e.g. ${format.format}.MICRO.`,
    { input: 'calver-format' },
  )
}

/** Writes the version for `date` (UTC) with the given MICRO counter. */
export function renderCalver(format: CalverFormat, date: Date, micro: number): string {
  return renderTokens(format, date, String(micro))
}

function renderTokens(format: CalverFormat, date: Date, micro: string): string {
  const values = dateFields(date)
  return format.tokens
    .map((token, index) => {
      const value = token === 'MICRO' ? micro : renderToken(token, values)
      return value + (format.separators[index] ?? '')
    })
    .join('')
}

function dateFields(date: Date): DateFields {
  const year = date.getUTCFullYear()
  const dayOfYear = Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000) + 1
  return {
    year,
    month: date.getUTCMonth() + 1,
    week: Math.floor((dayOfYear - 1) / 7) + 1,
    day: date.getUTCDate(),
  }
}

function renderToken(token: CalverToken, values: DateFields): string {
  switch (token) {
    case 'YYYY':
      return String(values.year)
    case 'YY':
      return String(values.year - 2000)
    case '0Y':
      return String(values.year - 2000).padStart(2, '0')
    default: {
      const field = calverTokenField(token) as Exclude<CalverField, 'micro' | 'year'>
      const text = String(values[field])
      return token.startsWith('0') ? text.padStart(2, '0') : text
    }
  }
}

/** True when `version` is written in `format` and names a real date. */
export function matchesCalver(version: string, format: string | CalverFormat): boolean {
  const parsed = typeof format === 'string' ? parseCalverFormat(format) : format
  const fields = matchCalver(version, parsed)
  return fields !== undefined && isRealDate(fields)
}

/**
 * Checks that `version` is written in `format`.
 * @throws ConfigurationError saying what each token means, with an example.
 */
export function checkCalver(version: string, format: string | CalverFormat): void {
  const parsed = typeof format === 'string' ? parseCalverFormat(format) : format
  const fields = matchCalver(version, parsed)
  const quoted = quoteExcerpt(version)
  const name = JSON.stringify(parsed.format)
  if (fields === undefined) {
    const meanings = parsed.tokens
      .map((token) => `${token}: ${describeCalverToken(token)}`)
      .join('; ')
    throw new VersionError(
      'TL_CALVER_INVALID',
      `${quoted} does not match calver-format ${name} (${meanings}), e.g. ${renderCalver(parsed, EXAMPLE_DATE, 0)}.`,
    )
  }
  if (!isRealDate(fields)) {
    throw new VersionError(
      'TL_CALVER_INVALID',
      `${quoted} has the form of calver-format ${name} but ${fields.year}-${pad(fields.month)}-${pad(fields.day)} is not a date.`,
    )
  }
}

/** Reads the field values of `version`, or undefined when it is not written in `format`. */
function matchCalver(version: string, format: CalverFormat): CalverFields | undefined {
  const pattern = format.tokens
    .map((token, index) => `(${TOKEN_PATTERN[token]})${escape(format.separators[index] ?? '')}`)
    .join('')
  const match = new RegExp(`^${pattern}$`).exec(version)
  if (match === null) return undefined
  const fields: CalverFields = {}
  format.tokens.forEach((token, index) => {
    const value = Number(match[index + 1])
    fields[calverTokenField(token)] = token === 'YY' || token === '0Y' ? 2000 + value : value
  })
  return fields
}

function isRealDate({ year, month, day }: CalverFields): boolean {
  if (year === undefined || month === undefined || day === undefined) return true
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day
}

function escape(separator: string): string {
  return separator.replace(/[.]/g, '\\.')
}

function pad(value: number | undefined): string {
  return String(value).padStart(2, '0')
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/**
 * Compares two CalVer versions number by number (`.` and `-` separate numbers); when one is a
 * prefix of the other, the shorter sorts first.
 * @throws ConfigurationError when a version is not numbers separated by `.` or `-`.
 */
export function compareCalver(a: string, b: string): number {
  const left = calverNumbers(a)
  const right = calverNumbers(b)
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0)
    if (difference !== 0) return Math.sign(difference)
  }
  return Math.sign(left.length - right.length)
}

/** The numbers of a CalVer version, e.g. `[2024, 5, 0]` for `2024.5.0`. */
export function calverNumbers(version: string): number[] {
  const parts = version.split(/[.-]/)
  if (parts.every((part) => /^[0-9]+$/.test(part) && Number.isSafeInteger(Number(part)))) {
    return parts.map(Number)
  }
  throw new VersionError(
    'TL_CALVER_INVALID',
    `${quoteExcerpt(version)} is not a CalVer version: expected numbers separated by "." or "-", e.g. 2024.5.0.`,
  )
}
