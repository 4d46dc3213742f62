// The values of GitHub's expression language and its coercion rules, as the runner applies
// them: loose equality in the manner of JavaScript's `==` but with case-insensitive strings and
// no coercion of objects, numbers printed with .NET's "G15" format.

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value }

export type ValueKind = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object'

export function kindOf(value: Value): ValueKind {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  switch (typeof value) {
    case 'boolean':
      return 'boolean'
    case 'number':
      return 'number'
    case 'string':
      return 'string'
    default:
      return 'object'
  }
}

export function isPrimitive(value: Value): value is null | boolean | number | string {
  return value === null || typeof value !== 'object'
}

/** Truthiness: false, 0, -0, NaN, '' and null are false; everything else, `[]` and `{}` included, is true. */
export function toBoolean(value: Value): boolean {
  switch (kindOf(value)) {
    case 'null':
      return false
    case 'boolean':
      return value as boolean
    case 'number':
      return value !== 0 && !Number.isNaN(value)
    case 'string':
      return value !== ''
    default:
      return true
  }
}

/** JavaScript's Number() in the runner's reading: null 0, booleans 0/1, strings parsed, objects NaN. */
export function toNumber(value: Value): number {
  switch (kindOf(value)) {
    case 'null':
      return 0
    case 'boolean':
      return value ? 1 : 0
    case 'number':
      return value as number
    case 'string':
      return parseNumber(value as string)
    default:
      return Number.NaN
  }
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const HEX = /^0x[0-9a-fA-F]+$/
const OCTAL = /^0o[0-7]+$/

/**
 * A string as a number: surrounding whitespace ignored, empty is 0, decimal with sign and
 * exponent, `0x` hex and `0o` octal as 32-bit integers, `Infinity`, `-Infinity`; else NaN.
 */
export function parseNumber(text: string): number {
  const s = text.trim()
  if (s === '') return 0
  if (DECIMAL.test(s)) return Number(s)
  if (HEX.test(s) || OCTAL.test(s)) {
    // The runner parses these into a 32-bit integer: wider values are out of range (NaN),
    // and eight hex digits wrap as two's complement (0xffffffff is -1).
    const digits = s.slice(2)
    const radix = s[1] === 'x' ? 16 : 8
    const magnitude = parseInt(digits, radix)
    if (radix === 16 && digits.replace(/^0+/, '').length > 8) return Number.NaN
    if (magnitude > 0xffffffff) return Number.NaN
    return magnitude | 0
  }
  if (s === 'Infinity') return Number.POSITIVE_INFINITY
  if (s === '-Infinity') return Number.NEGATIVE_INFINITY
  return Number.NaN
}

/**
 * A number as the runner prints it (.NET `G15`): 15 significant digits, fixed notation when the
 * exponent is between -5 and 15 (exclusive), otherwise `1.5E+20` / `1E-07`.
 */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN'
  if (n === Number.POSITIVE_INFINITY) return 'Infinity'
  if (n === Number.NEGATIVE_INFINITY) return '-Infinity'
  if (n === 0) return Object.is(n, -0) ? '-0' : '0'
  const [mantissa = '', exponentText = '0'] = n.toExponential(14).split('e')
  const exponent = Number(exponentText)
  if (exponent > -5 && exponent < 15) {
    const fixed = n.toFixed(Math.max(0, 14 - exponent))
    return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed
  }
  const digits = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa
  const sign = exponent < 0 ? '-' : '+'
  return `${digits}E${sign}${String(Math.abs(exponent)).padStart(2, '0')}`
}

/** A value as text, as the runner converts it for `format`, interpolation and string functions. */
export function toText(value: Value): string {
  switch (kindOf(value)) {
    case 'null':
      return ''
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      return formatNumber(value as number)
    case 'string':
      return value as string
    // The runner prints the kind's name: `${{ github.event }}` inside a string is "Object".
    // toJSON() is the way to print a structure.
    case 'array':
      return 'Array'
    default:
      return 'Object'
  }
}

type Coerced = { value: Value; kind: ValueKind }

// Brings two operands to one kind the way the runner does: a number against a string compares
// numerically; a boolean or null becomes a number and the comparison is tried again.
function coerce(left: Value, right: Value): [Coerced, Coerced] {
  let l: Coerced = { value: left, kind: kindOf(left) }
  let r: Coerced = { value: right, kind: kindOf(right) }
  for (;;) {
    if (l.kind === r.kind) return [l, r]
    if (l.kind === 'number' && r.kind === 'string') {
      return [l, { value: toNumber(r.value), kind: 'number' }]
    }
    if (l.kind === 'string' && r.kind === 'number') {
      return [{ value: toNumber(l.value), kind: 'number' }, r]
    }
    if (l.kind === 'boolean' || l.kind === 'null') {
      l = { value: toNumber(l.value), kind: 'number' }
      continue
    }
    if (r.kind === 'boolean' || r.kind === 'null') {
      r = { value: toNumber(r.value), kind: 'number' }
      continue
    }
    return [l, r]
  }
}

/** Compares strings as .NET's OrdinalIgnoreCase does: upper-cased, then code unit by code unit. */
function compareIgnoringCase(a: string, b: string): number {
  const x = a.toUpperCase()
  const y = b.toUpperCase()
  return x < y ? -1 : x > y ? 1 : 0
}

/** `==`: same kind after coercion; NaN equals nothing; objects and arrays only themselves. */
export function looseEquals(left: Value, right: Value): boolean {
  const [l, r] = coerce(left, right)
  if (l.kind !== r.kind) return false
  switch (l.kind) {
    case 'null':
      return true
    case 'number':
      return (l.value as number) === (r.value as number)
    case 'string':
      return compareIgnoringCase(l.value as string, r.value as string) === 0
    case 'boolean':
      return l.value === r.value
    default:
      return l.value === r.value
  }
}

/** `>` (order > 0) or `<` (order < 0) after coercion; false for NaN, null, objects and arrays. */
function ordered(left: Value, right: Value, order: 1 | -1): boolean {
  const [l, r] = coerce(left, right)
  if (l.kind !== r.kind) return false
  switch (l.kind) {
    case 'number': {
      const a = l.value as number
      const b = r.value as number
      return order > 0 ? a > b : a < b
    }
    case 'string':
      return compareIgnoringCase(l.value as string, r.value as string) * order > 0
    case 'boolean':
      return order > 0
        ? l.value === true && r.value === false
        : l.value === false && r.value === true
    default:
      return false
  }
}

export function greaterThan(left: Value, right: Value): boolean {
  return ordered(left, right, 1)
}

export function lessThan(left: Value, right: Value): boolean {
  return ordered(left, right, -1)
}

/**
 * Looks a key up as the runner's dictionaries do: case-insensitively. An exact match wins so that
 * an object holding both `a` and `A` stays predictable.
 */
export function lookup(object: { [key: string]: Value }, key: string): Value | undefined {
  if (Object.hasOwn(object, key)) return object[key]
  const upper = key.toUpperCase()
  for (const name of Object.keys(object)) {
    if (name.toUpperCase() === upper) return object[name]
  }
  return undefined
}

/** Converts what a YAML or JSON reader gives (undefined, Dates...) into a Value. */
export function toValue(input: unknown): Value {
  if (input === undefined || input === null) return null
  switch (typeof input) {
    case 'boolean':
    case 'number':
    case 'string':
      return input
    case 'bigint':
      return Number(input)
    case 'object':
      if (Array.isArray(input)) return input.map(toValue)
      if (input instanceof Date) return input.toISOString()
      return Object.fromEntries(
        Object.entries(input as Record<string, unknown>).map(([k, v]) => [k, toValue(v)]),
      )
    default:
      // Functions and symbols have no value in the expression language.
      return null
  }
}
