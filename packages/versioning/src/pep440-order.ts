import type { Pep440Version } from './pep440.js'
import { parsePep440OrThrow } from './pep440.js'

const PRE_LABEL_ORDER = { a: 0, b: 1, rc: 2 } as const

/**
 * Compares two PEP 440 versions in the specification's order: epoch, release (zero padded, so
 * `1.0 == 1.0.0`), then `.devN` < `aN` < `bN` < `rcN` < final < `.postN`, with `.devN` before the
 * release it belongs to, and local labels sorting after the same public version.
 * @returns a negative number, 0 or a positive number, like a sort comparator.
 * @throws ConfigurationError when a string is not a PEP 440 version.
 */
export function comparePep440(a: string | Pep440Version, b: string | Pep440Version): number {
  const left = typeof a === 'string' ? parsePep440OrThrow(a) : a
  const right = typeof b === 'string' ? parsePep440OrThrow(b) : b
  return (
    compareNumbers(left.epoch, right.epoch) ||
    compareRelease(left.release, right.release) ||
    compareKeys(preKey(left), preKey(right)) ||
    compareNumbers(left.post ?? -Infinity, right.post ?? -Infinity) ||
    compareNumbers(left.dev ?? Infinity, right.dev ?? Infinity) ||
    compareLocal(left.local, right.local)
  )
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const order = compareNumbers(a[index] ?? -Infinity, b[index] ?? -Infinity)
    if (order !== 0) return order
  }
  return 0
}

/** Release segments compare with the shorter one padded by zeros. */
function compareRelease(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const order = compareNumbers(a[index] ?? 0, b[index] ?? 0)
    if (order !== 0) return order
  }
  return 0
}

/** A dev release of a final (`1.0.dev1`) sorts before its pre-releases; a final after them. */
function preKey(version: Pep440Version): number[] {
  if (version.pre !== undefined) {
    return [PRE_LABEL_ORDER[version.pre.label], version.pre.number]
  }
  if (version.post === undefined && version.dev !== undefined) return [-Infinity]
  return [Infinity]
}

/**
 * No local label sorts first; otherwise segment by segment, alphanumeric segments (compared as
 * text) before numeric ones (compared as integers), and a shorter label first when it is a prefix.
 */
function compareLocal(a: readonly string[] | undefined, b: readonly string[] | undefined): number {
  if (a === undefined || b === undefined) {
    return a === b ? 0 : a === undefined ? -1 : 1
  }
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const order = compareLocalPart(a[index] ?? '', b[index] ?? '')
    if (order !== 0) return order
  }
  return compareNumbers(a.length, b.length)
}

function compareLocalPart(a: string, b: string): number {
  const aNumeric = /^[0-9]+$/.test(a)
  const bNumeric = /^[0-9]+$/.test(b)
  if (aNumeric && bNumeric) return compareBigInts(BigInt(a), BigInt(b))
  if (aNumeric !== bNumeric) return aNumeric ? 1 : -1
  return a === b ? 0 : a < b ? -1 : 1
}

function compareBigInts(a: bigint, b: bigint): number {
  return a === b ? 0 : a < b ? -1 : 1
}
