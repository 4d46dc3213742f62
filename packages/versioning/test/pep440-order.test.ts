import { comparePep440, compareVersions } from '@tokenless/versioning'

// Orderings the specification's example does not pin down, each of which a plausible slip in
// the comparator gets wrong (found by mutation testing: `npm run mutation -- versioning`).

/** The order of a and b; b against a must say the opposite. */
function sign(a: string, b: string): number {
  const order = Math.sign(comparePep440(a, b))
  expect(Math.sign(comparePep440(b, a))).toBe(order === 0 ? 0 : -order)
  return order
}

describe('comparePep440: post releases', () => {
  it('puts a final before its .post0 (an explicit zero is still a post release)', () => {
    expect(sign('1.0', '1.0.post0')).toBe(-1)
    expect(sign('1.0.post0', '1.0')).toBe(1)
    expect(sign('1.0.post0', '1.0.post1')).toBe(-1)
    expect(sign('1.0.post0', '1.0.post0')).toBe(0)
  })

  it('puts the dev release of .post0 between the final and .post0', () => {
    expect(sign('1.0', '1.0.post0.dev0')).toBe(-1)
    expect(sign('1.0.post0.dev0', '1.0.post0')).toBe(-1)
    expect(sign('1.0.post0.dev0', '1.0.post0.dev1')).toBe(-1)
  })

  it('orders post releases of a prerelease below the next prerelease', () => {
    expect(sign('1.0rc1', '1.0rc1.post0')).toBe(-1)
    expect(sign('1.0rc1.post0', '1.0rc2.dev0')).toBe(-1)
    expect(sign('1.0rc1.post9', '1.0')).toBe(-1)
  })

  it('sorts a list with .post0 the way pip does', () => {
    const sorted = ['1.0.post0', '1.0.post1', '1.0', '1.0.post0.dev0', '1.0rc1', '1.0.dev0']
    expect([...sorted].sort(comparePep440)).toEqual([
      '1.0.dev0',
      '1.0rc1',
      '1.0',
      '1.0.post0.dev0',
      '1.0.post0',
      '1.0.post1',
    ])
  })
})

describe('comparePep440: dev releases and prereleases', () => {
  it('puts .dev0 of a final before its alpha 0', () => {
    expect(sign('1.0.dev0', '1.0a0')).toBe(-1)
    expect(sign('1.0a0', '1.0.dev0')).toBe(1)
  })

  it('compares prerelease labels before their numbers', () => {
    expect(sign('1.0a9', '1.0b0')).toBe(-1)
    expect(sign('1.0b9', '1.0rc0')).toBe(-1)
    expect(sign('1.0a2', '1.0a10')).toBe(-1)
    expect(sign('1.0rc0', '1.0')).toBe(-1)
  })

  it('compares dev numbers, and a dev release below its own non-dev form', () => {
    expect(sign('1.0a1.dev2', '1.0a1.dev10')).toBe(-1)
    expect(sign('1.0.dev9', '1.0.dev10')).toBe(-1)
    expect(sign('1.0.dev0', '1.0')).toBe(-1)
  })
})

describe('comparePep440: epochs and release segments', () => {
  it('lets the epoch win over everything else', () => {
    expect(sign('1!0.0.dev0', '0!99.0.post9')).toBe(1)
    expect(sign('2!1.0', '10!1.0')).toBe(-1)
  })

  it('compares release segments as numbers, padding the shorter with zeros', () => {
    expect(sign('1.9', '1.10')).toBe(-1)
    expect(sign('1.0.0.1', '1')).toBe(1)
    expect(sign('1', '1.0.0.0')).toBe(0)
    expect(sign('0.9.9', '1')).toBe(-1)
  })
})

describe('comparePep440: local labels', () => {
  it('compares alphanumeric segments as text, not as numbers', () => {
    expect(sign('1.0+ubuntu1', '1.0+ubuntu2')).toBe(-1)
    expect(sign('1.0+ubuntu10', '1.0+ubuntu9')).toBe(-1)
    expect(sign('1.0+1a', '1.0+1b')).toBe(-1)
    expect(sign('1.0+a1', '1.0+1')).toBe(-1)
  })

  it('puts a numeric segment after an alphanumeric one, in either position', () => {
    expect(sign('1.0+abc.1', '1.0+abc.z')).toBe(1)
    expect(sign('1.0+1.abc', '1.0+abc.1')).toBe(1)
  })

  it('puts a shorter label that is a prefix first', () => {
    expect(sign('1.0+abc.1', '1.0+abc.1.2')).toBe(-1)
    expect(sign('1.0+abc.1.2', '1.0+abc.1')).toBe(1)
    expect(sign('1.0+abc.1.z', '1.0+abc.1')).toBe(1)
  })
})

describe('compareVersions with the pep440 scheme', () => {
  it('uses the PEP 440 order, not semver precedence', () => {
    expect(Math.sign(compareVersions('1.0', '1.0.post0', 'pep440'))).toBe(-1)
    expect(Math.sign(compareVersions('1.0.post0', '1.0', 'pep440'))).toBe(1)
    expect(Math.sign(compareVersions('1.0rc1', '1.0', 'pep440'))).toBe(-1)
    expect(compareVersions('1.0', '1.0.0', 'pep440')).toBe(0)
  })
})
