// The order of `new Intl.Collator().compare` (ICU's root collation, what localeCompare without
// locales uses), computed here for strings of printable ASCII: making the ICU collator costs
// milliseconds at every start (its data is loaded), more than sorting a release's commits.
// Any other string is compared by the ICU collator itself, made on first use.
// test/root-collation.test.ts holds this to Intl.Collator.

// Printable ASCII in root collation order: a lower-case letter and its capital share a primary
// weight (the capital sorts after it, at the tertiary level); every other character has its own.
const ROOT_ORDER =
  ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ'

const PRIMARY = new Uint8Array(128)
for (let index = 0, weight = 0; index < ROOT_ORDER.length; index++) {
  const code = ROOT_ORDER.charCodeAt(index)
  const capital = code >= 0x41 && code <= 0x5a
  if (!capital) weight++
  PRIMARY[code] = weight
}

let icu: ((a: string, b: string) => number) | undefined

function printableAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x20 || code > 0x7e) return false
  }
  return true
}

/** `new Intl.Collator().compare(a, b)`, as -1, 0 or 1. */
export function compareRoot(a: string, b: string): number {
  if (!printableAscii(a) || !printableAscii(b)) {
    const order = (icu ??= new Intl.Collator().compare)(a, b)
    return order < 0 ? -1 : order > 0 ? 1 : 0
  }
  const length = Math.min(a.length, b.length)
  // Primary level: the letters regardless of case, then the shorter string first.
  for (let index = 0; index < length; index++) {
    const x = PRIMARY[a.charCodeAt(index)] as number
    const y = PRIMARY[b.charCodeAt(index)] as number
    if (x !== y) return x < y ? -1 : 1
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1
  // Tertiary level (no accents in ASCII, so no secondary difference): lower case first.
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index)
    const y = b.charCodeAt(index)
    if (x !== y) return x > y ? -1 : 1
  }
  return 0
}
