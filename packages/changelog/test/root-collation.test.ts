import { compareRoot } from '../src/root-collation.js'

const icu = new Intl.Collator().compare
const sign = (value: number): number => Math.sign(value)

/** The pairs that compareRoot orders otherwise than Intl.Collator (none, it is hoped). */
function disagreements(pairs: Iterable<[string, string]>): Array<[string, string]> {
  const found: Array<[string, string]> = []
  for (const [a, b] of pairs) if (compareRoot(a, b) !== sign(icu(a, b))) found.push([a, b])
  return found
}

/** mulberry32: the same strings on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const printable = Array.from({ length: 0x7f - 0x20 }, (_, index) =>
  String.fromCharCode(0x20 + index),
)

describe('compareRoot', () => {
  it('orders every pair of printable ASCII strings of up to two characters as Intl.Collator does', () => {
    const strings = ['', ...printable, ...printable.flatMap((a) => printable.map((b) => a + b))]
    const sorted = [...strings].sort(compareRoot)
    expect(sorted).toEqual([...strings].sort(icu))
    // A sort agreeing is not every pair agreeing: neighbours, and each against a sample.
    const neighbours = sorted
      .slice(1)
      .map((b, index): [string, string] => [sorted[index] as string, b])
    const sample = printable.flatMap((a) =>
      strings.flatMap((b): Array<[string, string]> => [
        [a, b],
        [b, a],
      ]),
    )
    expect(disagreements([...neighbours, ...sample])).toEqual([])
    expect(neighbours.length + sample.length).toBe(strings.length - 1 + 2 * 95 * strings.length)
  })

  it('agrees with Intl.Collator on random subjects, scopes and near-equal strings', () => {
    const next = random(42)
    const alphabet = `${printable.join('')}aaeeiiooss  --__::((AAEE`
    const pick = (length: number): string =>
      Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
    const pairs: Array<[string, string]> = []
    for (let round = 0; round < 100_000; round++) {
      const a = pick(Math.floor(next() * 12))
      // Often the same string with one character changed, its case flipped, or cut short.
      const roll = next()
      const b =
        roll < 0.3
          ? a.toUpperCase()
          : roll < 0.6
            ? a.slice(0, Math.floor(next() * a.length)) +
              pick(1) +
              a.slice(Math.floor(next() * a.length))
            : roll < 0.7
              ? a.slice(0, -1)
              : pick(Math.floor(next() * 12))
      pairs.push([a, b])
    }
    expect(disagreements(pairs)).toEqual([])
    expect(pairs).toHaveLength(100_000)
  })

  it('leaves any other string to the ICU collator', () => {
    const pairs: Array<[string, string]> = [
      ['é', 'f'],
      ['e\u0301', 'é'],
      ['a\u0001b', 'ab'],
      ['a\tb', 'a b'],
      ['Ärger', 'Arzt'],
      ['日本', 'abc'],
      ['x', 'x\u007f'],
    ]
    expect(disagreements([...pairs, ...pairs.map(([a, b]): [string, string] => [b, a])])).toEqual(
      [],
    )
  })
})
