import {
  comparePep440,
  formatPep440,
  isPep440Prerelease,
  normalizePep440,
  parsePep440,
} from '@tokenless/versioning'
import { thrownMessage } from './thrown.js'

/** PEP 440's own ordering example, in the order the specification gives. */
const SPEC_ORDER = [
  '1.0.dev456',
  '1.0a1',
  '1.0a2.dev456',
  '1.0a12.dev456',
  '1.0a12',
  '1.0b1.dev456',
  '1.0b2',
  '1.0b2.post345.dev456',
  '1.0b2.post345',
  '1.0rc1.dev456',
  '1.0rc1',
  '1.0',
  '1.0+abc.5',
  '1.0+abc.7',
  '1.0+5',
  '1.0.post456.dev34',
  '1.0.post456',
  '1.0.15',
  '1.1.dev1',
]

describe('parsePep440', () => {
  it('splits every segment', () => {
    expect(parsePep440('1!2.0.3rc4.post5.dev6+ubuntu.7')).toEqual({
      epoch: 1,
      release: [2, 0, 3],
      pre: { label: 'rc', number: 4 },
      post: 5,
      dev: 6,
      local: ['ubuntu', '7'],
    })
    expect(parsePep440('1.0')).toEqual({ epoch: 0, release: [1, 0] })
  })

  it('returns undefined for what is not a version', () => {
    expect(parsePep440('1.0-')).toBeUndefined()
    expect(parsePep440('')).toBeUndefined()
  })

  it('refuses numbers too large to hold exactly', () => {
    expect(parsePep440('1.99999999999999999')).toBeUndefined()
  })
})

describe('normalizePep440', () => {
  // The normalisation rules of PEP 440, each with the specification's examples.
  it.each([
    // Case sensitivity
    ['1.1RC1', '1.1rc1'],
    ['1.0A1', '1.0a1'],
    ['1.0.POST1', '1.0.post1'],
    ['1.0.DEV1', '1.0.dev1'],
    ['1.0+UBUNTU.1', '1.0+ubuntu.1'],
    // Integer normalisation
    ['00', '0'],
    ['09000', '9000'],
    ['1.01', '1.1'],
    ['1.0a01', '1.0a1'],
    ['1.0.post01', '1.0.post1'],
    ['1.0.dev01', '1.0.dev1'],
    ['01!1.0', '1!1.0'],
    ['1.0+foo0100', '1.0+foo0100'],
    ['1.0+0100', '1.0+100'],
    // Pre-release separators
    ['1.1.a1', '1.1a1'],
    ['1.1-a1', '1.1a1'],
    ['1.1_a1', '1.1a1'],
    ['1.0a.1', '1.0a1'],
    ['1.0a-1', '1.0a1'],
    ['1.0a_1', '1.0a1'],
    ['1.0-a-1', '1.0a1'],
    // Pre-release spelling
    ['1.1alpha1', '1.1a1'],
    ['1.1beta2', '1.1b2'],
    ['1.1c3', '1.1rc3'],
    ['1.1pre4', '1.1rc4'],
    ['1.1preview5', '1.1rc5'],
    ['1.1Preview5', '1.1rc5'],
    // Implicit pre-release number
    ['1.2a', '1.2a0'],
    ['1.2beta', '1.2b0'],
    ['1.2rc', '1.2rc0'],
    // Post release separators
    ['1.2-post2', '1.2.post2'],
    ['1.2post2', '1.2.post2'],
    ['1.2_post2', '1.2.post2'],
    ['1.2.post-2', '1.2.post2'],
    ['1.2.post_2', '1.2.post2'],
    ['1.2.post.2', '1.2.post2'],
    // Post release spelling
    ['1.0-r4', '1.0.post4'],
    ['1.0-rev4', '1.0.post4'],
    ['1.0r4', '1.0.post4'],
    // Implicit post release number
    ['1.2.post', '1.2.post0'],
    ['1.2-rev', '1.2.post0'],
    // Implicit post releases
    ['1.0-1', '1.0.post1'],
    ['1.0a1-1', '1.0a1.post1'],
    // Development release separators
    ['1.2-dev2', '1.2.dev2'],
    ['1.2dev2', '1.2.dev2'],
    ['1.2_dev2', '1.2.dev2'],
    ['1.2.dev-2', '1.2.dev2'],
    // Implicit development release number
    ['1.2.dev', '1.2.dev0'],
    ['1.2-dev', '1.2.dev0'],
    // Local version segments
    ['1.0+ubuntu-1', '1.0+ubuntu.1'],
    ['1.0+ubuntu_1', '1.0+ubuntu.1'],
    ['1.0+abc-def_ghi.5', '1.0+abc.def.ghi.5'],
    // Preceding v character
    ['v1.0', '1.0'],
    ['V1.0', '1.0'],
    // Leading and trailing whitespace
    ['  1.0  ', '1.0'],
    ['1.0\n', '1.0'],
    ['\t1.0', '1.0'],
    // Already normal, release lengths kept
    ['1.0', '1.0'],
    ['1.0.0', '1.0.0'],
    ['1', '1'],
    ['2024.5.1', '2024.5.1'],
    ['1.2.3.4.5', '1.2.3.4.5'],
    ['0!1.0', '1.0'],
    ['1!1.0', '1!1.0'],
    // Everything at once
    ['v1!1.0-RC-1_POST-2.DEV-3+Local-Version_9', '1!1.0rc1.post2.dev3+local.version.9'],
    // Semver-style spellings that PEP 440 also accepts
    ['1.2.0-rc.1', '1.2.0rc1'],
    ['1.2.0-alpha.2', '1.2.0a2'],
    ['1.2.0-beta.3', '1.2.0b3'],
    ['1.2.0-dev.4', '1.2.0.dev4'],
  ])('normalises %j to %s', (text, normal) => {
    expect(normalizePep440(text)).toBe(normal)
    expect(formatPep440(parsePep440(text)!)).toBe(normal)
  })

  it.each([
    '',
    'abc',
    '1.0-',
    '1.0+',
    '1.0+abc+def',
    '1.0+abc.',
    '1.0+-abc',
    '1.0.',
    '.1.0',
    '1..0',
    '1.0.x',
    '1.0a1a2',
    '1.0-post-1.',
    '1.0 rc1',
    '1.0_1',
    '!1.0',
    '1!',
    'vv1.0',
    '1.0rc1.post1.post2',
    '1.0.dev1.dev2',
    '1.0.dev1rc1',
    '1.0;',
  ])('refuses %j', (text) => {
    expect(parsePep440(text)).toBeUndefined()
    expect(thrownMessage(() => normalizePep440(text))).toBe(
      `${JSON.stringify(text)} is not a PEP 440 version: expected [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], e.g. 1.2.0, 1.2.0rc1, 1.2.0.post1, 1.2.0.dev3, 1!2.0.`,
    )
  })
})

describe('comparePep440', () => {
  it('sorts the specification example exactly', () => {
    const shuffled = [...SPEC_ORDER].reverse()
    shuffled.push(...shuffled.splice(0, 7))
    expect([...shuffled].sort(comparePep440)).toEqual(SPEC_ORDER)
  })

  it('orders every pair of the specification example', () => {
    SPEC_ORDER.forEach((lower, i) => {
      SPEC_ORDER.forEach((higher, j) => {
        expect(Math.sign(comparePep440(lower, higher))).toBe(Math.sign(i - j))
      })
    })
  })

  it.each([
    ['1.0', '1.0.0', 0],
    ['1.0', '1.0.0.0', 0],
    ['1.0.0.0.1', '1.0', 1],
    ['1.1', '1.0.99', 1],
    ['1.01', '1.1', 0],
    ['1.0RC1', '1.0rc1', 0],
    ['1.0c1', '1.0rc1', 0],
    ['1.0-1', '1.0.post1', 0],
    ['v1.0', '1.0', 0],
    ['1!0.1', '2.0', 1],
    ['1!1.0', '1!1.0.0', 0],
    ['0!2.0', '2.0', 0],
    ['1.0a0', '1.0a', 0],
    ['1.0.dev0', '1.0.dev', 0],
    ['1.0.dev1', '1.0a1.dev1', -1],
    ['1.0a1.dev1', '1.0a1', -1],
    ['1.0a1.post1.dev1', '1.0a1.post1', -1],
    ['1.0a1.post1', '1.0a2.dev0', -1],
    ['1.0.post1.dev1', '1.0', 1],
    ['1.0.post1.dev1', '1.0.post0', 1],
    ['1.0+abc', '1.0', 1],
    ['1.0+abc', '1.0+abc', 0],
    ['1.0+ABC', '1.0+abc', 0],
    ['1.0+abc', '1.0+abc.1', -1],
    ['1.0+abc.a', '1.0+abc.1', -1],
    ['1.0+9', '1.0+10', -1],
    ['1.0+09', '1.0+9', 0],
    ['1.0+abc', '1.0+abd', -1],
    ['1.0+z', '1.0+0', -1],
    ['1.0+ubuntu-1', '1.0+ubuntu.1', 0],
    ['1.0a1+abc', '1.0a1', 1],
    ['1.0a1+abc', '1.0a2', -1],
  ])('compares %s with %s as %d', (a, b, order) => {
    expect(Math.sign(comparePep440(a, b))).toBe(order)
    expect(Math.sign(comparePep440(b, a))).toBe(order === 0 ? 0 : -order)
  })

  it('accepts parsed versions', () => {
    expect(comparePep440(parsePep440('1.0')!, '1.0.0')).toBe(0)
  })

  it('refuses invalid versions with the PEP 440 message', () => {
    expect(thrownMessage(() => comparePep440('1.0', 'one'))).toBe(
      '"one" is not a PEP 440 version: expected [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], e.g. 1.2.0, 1.2.0rc1, 1.2.0.post1, 1.2.0.dev3, 1!2.0.',
    )
  })
})

describe('isPep440Prerelease', () => {
  it.each([
    ['1.0a1', true],
    ['1.0b2', true],
    ['1.0rc1', true],
    ['1.0c1', true],
    ['1.0.dev1', true],
    ['1.0.post1.dev1', true],
    ['1.0a1.post1', true],
    ['1.0', false],
    ['1.0.post1', false],
    ['1!1.0+abc', false],
  ])('%s -> %s', (version, prerelease) => {
    expect(isPep440Prerelease(version)).toBe(prerelease)
    expect(isPep440Prerelease(parsePep440(version)!)).toBe(prerelease)
  })

  it('refuses invalid versions', () => {
    expect(thrownMessage(() => isPep440Prerelease('1.0-'))).toBe(
      '"1.0-" is not a PEP 440 version: expected [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], e.g. 1.2.0, 1.2.0rc1, 1.2.0.post1, 1.2.0.dev3, 1!2.0.',
    )
  })
})
