import {
  CALVER_TOKENS,
  calverIsSemverCompatible,
  calverNumbers,
  checkCalver,
  compareCalver,
  computeCalver,
  describeCalverToken,
  matchesCalver,
  parseCalverFormat,
  renderCalver,
} from '@tokenless/versioning'
import { thrownConfigurationError, thrownMessage } from './thrown.js'

const TOKENS_HINT =
  'YYYY, YY, 0Y, MM or M, 0M, WW, 0W, DD or D, 0D and MICRO, separated by "." or "-", e.g. YYYY.M.MICRO'

function utc(text: string): Date {
  return new Date(`${text}T12:00:00Z`)
}

describe('parseCalverFormat', () => {
  it('splits tokens and separators', () => {
    expect(parseCalverFormat('YYYY.0M-MICRO')).toEqual({
      format: 'YYYY.0M-MICRO',
      tokens: ['YYYY', '0M', 'MICRO'],
      separators: ['.', '-'],
    })
    expect(parseCalverFormat('YYYY')).toEqual({ format: 'YYYY', tokens: ['YYYY'], separators: [] })
  })

  it('knows every calver.org token', () => {
    expect(CALVER_TOKENS).toEqual([
      'YYYY',
      'YY',
      '0Y',
      'MM',
      'M',
      '0M',
      'WW',
      '0W',
      'DD',
      'D',
      '0D',
      'MICRO',
    ])
    expect(describeCalverToken('0M')).toBe('month 01-12')
  })

  it.each([
    ['', `is empty: use the tokens ${TOKENS_HINT}.`],
    ['  ', `is empty: use the tokens ${TOKENS_HINT}.`],
    [
      'YYYY..M',
      'has an empty part: tokens are separated by a single "." or "-", e.g. YYYY.M.MICRO.',
    ],
    [
      'YYYY.M.',
      'has an empty part: tokens are separated by a single "." or "-", e.g. YYYY.M.MICRO.',
    ],
    ['yyyy.mm', `has the unknown token "yyyy": use ${TOKENS_HINT}.`],
    ['YYYY/MM', `has the unknown token "YYYY/MM": use ${TOKENS_HINT}.`],
    ['YYYY.MM.PATCH', `has the unknown token "PATCH": use ${TOKENS_HINT}.`],
    [
      'M.D.YYYY',
      'must start with the year (YYYY, YY or 0Y) so that versions sort by date, e.g. YYYY.M.MICRO.',
    ],
    [
      'MICRO',
      'must start with the year (YYYY, YY or 0Y) so that versions sort by date, e.g. YYYY.M.MICRO.',
    ],
    ['YYYY.M.MM', 'has more than one month token: use each field once.'],
    ['YYYY.YY', 'has more than one year token: use each field once.'],
    [
      'YYYY.MICRO.M',
      'has MICRO before a date token: MICRO counts releases within the period, so it comes last, e.g. YYYY.M.MICRO.',
    ],
    [
      'YYYY.WW.D',
      'mixes a week token with a month or day token: use YYYY.WW[.MICRO] or YYYY.M.D[.MICRO].',
    ],
  ])('refuses %j', (format, reason) => {
    const error = thrownConfigurationError(() => parseCalverFormat(format))
    expect(error.message).toBe(`calver-format ${JSON.stringify(format)} ${reason}`)
    expect(error.input).toBe('calver-format')
    expect(error.code).toBe('TL_CALVER_FORMAT')
  })
})

describe('calverIsSemverCompatible', () => {
  it.each([
    ['YYYY.M.MICRO', true],
    ['YYYY.MM.DD', true],
    ['YY.M.D', true],
    ['YYYY.WW.MICRO', true],
    ['YYYY.0M.0D', false],
    ['YYYY.0M.MICRO', false],
    ['0Y.M.D', false],
    ['YYYY.0W.MICRO', false],
    ['YYYY.M.D.MICRO', false],
    ['YYYY.M', false],
    ['YYYY-M-D', false],
    ['YYYY.M-MICRO', false],
  ])('%s -> %s', (format, compatible) => {
    expect(calverIsSemverCompatible(format)).toBe(compatible)
    expect(calverIsSemverCompatible(parseCalverFormat(format))).toBe(compatible)
  })

  it('refuses an invalid format', () => {
    expect(thrownMessage(() => calverIsSemverCompatible('YYYY.X'))).toBe(
      `calver-format "YYYY.X" has the unknown token "X": use ${TOKENS_HINT}.`,
    )
  })
})

describe('computeCalver', () => {
  it.each([
    ['YYYY.M.D', '2024-05-14', '2024.5.14'],
    ['YYYY.MM.DD', '2024-05-04', '2024.5.4'],
    ['YYYY.0M.0D', '2024-05-04', '2024.05.04'],
    ['YYYY-0M-0D', '2024-05-04', '2024-05-04'],
    ['YY.M.D', '2024-12-31', '24.12.31'],
    ['YY.M', '2006-01-02', '6.1'],
    ['0Y.0M', '2006-01-02', '06.01'],
    ['YYYY.WW', '2024-01-01', '2024.1'],
    ['YYYY.WW', '2024-01-07', '2024.1'],
    ['YYYY.WW', '2024-01-08', '2024.2'],
    ['YYYY.WW', '2024-05-07', '2024.19'],
    ['YYYY.WW', '2024-12-31', '2024.53'],
    ['YYYY.0W', '2024-01-08', '2024.02'],
    ['YYYY', '2024-05-14', '2024'],
  ])('%s on %s -> %s', (format, day, version) => {
    expect(computeCalver({ format, date: utc(day), existing: [] })).toBe(version)
  })

  it('uses the UTC date, not the local one', () => {
    const date = new Date('2024-05-14T23:30:00-02:00')
    expect(computeCalver({ format: 'YYYY.M.D', date, existing: [] })).toBe('2024.5.15')
  })

  it('starts MICRO at 0 for a new period', () => {
    const existing = ['2024.4.0', '2024.4.1']
    expect(computeCalver({ format: 'YYYY.M.MICRO', date: utc('2024-05-14'), existing })).toBe(
      '2024.5.0',
    )
  })

  it('sets MICRO one above the highest release of the same period', () => {
    const existing = ['2024.5.0', '2024.5.9', '2024.5.10', '2024.5.3', '2024.4.20']
    expect(computeCalver({ format: 'YYYY.M.MICRO', date: utc('2024-05-14'), existing })).toBe(
      '2024.5.11',
    )
  })

  it('ignores versions that are not in the format', () => {
    const existing = ['2024.5.01', '2024.5.x', '2024.50.7', '2024.5.7-rc.1', 'v2024.5.8', '2024.5']
    expect(computeCalver({ format: 'YYYY.M.MICRO', date: utc('2024-05-14'), existing })).toBe(
      '2024.5.0',
    )
  })

  it('counts per day with YYYY.0M.0D.MICRO', () => {
    const existing = ['2024.05.14.0', '2024.05.13.4']
    expect(computeCalver({ format: 'YYYY.0M.0D.MICRO', date: utc('2024-05-14'), existing })).toBe(
      '2024.05.14.1',
    )
  })

  it.each([
    ['YYYY.M.D', '2024-05-14', '2024.5.14', 'day'],
    ['YYYY.0M.0D', '2024-05-14', '2024.05.14', 'day'],
    ['YYYY.WW', '2024-05-14', '2024.20', 'week'],
    ['YYYY.M', '2024-05-14', '2024.5', 'month'],
    ['YYYY', '2024-05-14', '2024', 'year'],
  ])('refuses %s on %s when %s exists', (format, day, version, period) => {
    const error = thrownConfigurationError(() =>
      computeCalver({ format, date: utc(day), existing: ['1.0.0', version] }),
    )
    expect(error.message).toBe(
      `calver-format "${format}" gives ${version} for ${day}, and ${version} already exists: the ${period} already has a release. Use a format with MICRO to release more than once a ${period}, e.g. ${format}.MICRO.`,
    )
    expect(error.input).toBe('calver-format')
  })

  it('refuses an invalid format', () => {
    expect(
      thrownMessage(() =>
        computeCalver({ format: 'YYYY.Q', date: utc('2024-05-14'), existing: [] }),
      ),
    ).toBe(`calver-format "YYYY.Q" has the unknown token "Q": use ${TOKENS_HINT}.`)
  })

  it('refuses an invalid date', () => {
    expect(() =>
      computeCalver({ format: 'YYYY.M.D', date: new Date('not a date'), existing: [] }),
    ).toThrow(new RangeError('computeCalver needs a valid date'))
  })
})

describe('renderCalver', () => {
  it('writes the given MICRO', () => {
    expect(renderCalver(parseCalverFormat('YYYY.M.MICRO'), utc('2024-05-14'), 7)).toBe('2024.5.7')
  })
})

describe('matchesCalver and checkCalver', () => {
  it.each([
    ['2024.5.0', 'YYYY.M.MICRO'],
    ['2024.12.31', 'YYYY.M.MICRO'],
    ['2024.05.14', 'YYYY.0M.0D'],
    ['2024.02.29', 'YYYY.0M.0D'],
    ['24.2.29', 'YY.M.D'],
    ['6.1.1', 'YY.M.D'],
    ['06.1.1', '0Y.M.D'],
    ['2024.53', 'YYYY.WW'],
    ['2024.05', 'YYYY.0W'],
    ['2024-05-14', 'YYYY-0M-0D'],
    ['2024.5.14.12', 'YYYY.M.D.MICRO'],
  ])('%s matches %s', (version, format) => {
    expect(matchesCalver(version, format)).toBe(true)
    expect(matchesCalver(version, parseCalverFormat(format))).toBe(true)
    expect(() => checkCalver(version, format)).not.toThrow()
  })

  it.each([
    [
      '2024.05.0',
      'YYYY.M.MICRO',
      '(YYYY: full year, e.g. 2024; M: month 1-12; MICRO: release counter 0, 1, 2...), e.g. 2024.5.0.',
    ],
    [
      '2024.13.0',
      'YYYY.M.MICRO',
      '(YYYY: full year, e.g. 2024; M: month 1-12; MICRO: release counter 0, 1, 2...), e.g. 2024.5.0.',
    ],
    [
      '2024.5.01',
      'YYYY.M.MICRO',
      '(YYYY: full year, e.g. 2024; M: month 1-12; MICRO: release counter 0, 1, 2...), e.g. 2024.5.0.',
    ],
    [
      '2024.5',
      'YYYY.M.MICRO',
      '(YYYY: full year, e.g. 2024; M: month 1-12; MICRO: release counter 0, 1, 2...), e.g. 2024.5.0.',
    ],
    [
      'v2024.5.0',
      'YYYY.M.MICRO',
      '(YYYY: full year, e.g. 2024; M: month 1-12; MICRO: release counter 0, 1, 2...), e.g. 2024.5.0.',
    ],
    [
      '2024.5.14',
      'YYYY.0M.0D',
      '(YYYY: full year, e.g. 2024; 0M: month 01-12; 0D: day 01-31), e.g. 2024.05.07.',
    ],
    [
      '2024-05-14',
      'YYYY.0M.0D',
      '(YYYY: full year, e.g. 2024; 0M: month 01-12; 0D: day 01-31), e.g. 2024.05.07.',
    ],
    [
      '2024.0.1',
      'YYYY.MM.DD',
      '(YYYY: full year, e.g. 2024; MM: month 1-12; DD: day 1-31), e.g. 2024.5.7.',
    ],
    [
      '2024.54',
      'YYYY.WW',
      '(YYYY: full year, e.g. 2024; WW: week of the year 1-53), e.g. 2024.19.',
    ],
    [
      '2024.5',
      'YYYY.0W',
      '(YYYY: full year, e.g. 2024; 0W: week of the year 01-53), e.g. 2024.19.',
    ],
    ['6.1', '0Y.M', '(0Y: year minus 2000 with two digits, e.g. 06; M: month 1-12), e.g. 24.5.'],
    ['06.1', 'YY.M', '(YY: year minus 2000, e.g. 24; M: month 1-12), e.g. 24.5.'],
    ['0999.1', 'YYYY.D', '(YYYY: full year, e.g. 2024; D: day 1-31), e.g. 2024.7.'],
  ])('%s does not match %s', (version, format, explanation) => {
    expect(matchesCalver(version, format)).toBe(false)
    expect(thrownMessage(() => checkCalver(version, format))).toBe(
      `"${version}" does not match calver-format "${format}" ${explanation}`,
    )
  })

  it.each([
    ['2024.2.30', 'YYYY.M.D', '2024-02-30'],
    ['2023.02.29', 'YYYY.0M.0D', '2023-02-29'],
    ['23.4.31', 'YY.M.D', '2023-04-31'],
  ])('%s has the form of %s but is no date', (version, format, day) => {
    expect(matchesCalver(version, format)).toBe(false)
    expect(thrownMessage(() => checkCalver(version, format))).toBe(
      `"${version}" has the form of calver-format "${format}" but ${day} is not a date.`,
    )
  })

  it('refuses an invalid format', () => {
    expect(thrownMessage(() => matchesCalver('2024.1', 'YYYY.Month'))).toBe(
      `calver-format "YYYY.Month" has the unknown token "Month": use ${TOKENS_HINT}.`,
    )
  })
})

describe('compareCalver', () => {
  it.each([
    ['2024.5.10', '2024.5.9', 1],
    ['2024.5.0', '2024.5.0', 0],
    ['2024.12.0', '2025.1.0', -1],
    ['2024.05.01', '2024.5.1', 0],
    ['2024-05-01', '2024.5.1', 0],
    ['2024.5', '2024.5.0', -1],
  ])('%s vs %s -> %d', (a, b, order) => {
    expect(compareCalver(a, b)).toBe(order)
    expect(compareCalver(b, a)).toBe(order === 0 ? 0 : -order)
  })

  it('reads the numbers', () => {
    expect(calverNumbers('2024.05-3')).toEqual([2024, 5, 3])
  })

  it.each(['2024.5.x', '', '2024..5', '2024.5.0-rc.1', '2024.99999999999999999'])(
    'refuses %j',
    (version) => {
      expect(thrownMessage(() => compareCalver('2024.5.0', version))).toBe(
        `${JSON.stringify(version)} is not a CalVer version: expected numbers separated by "." or "-", e.g. 2024.5.0.`,
      )
    },
  )
})
