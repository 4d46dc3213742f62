import {
  checkTagName,
  formatTag,
  guessTagPrefix,
  packageNameFromPrefix,
  parseTag,
} from '@tokenless/versioning'
import { thrownConfigurationError, thrownMessage } from './thrown.js'

describe('parseTag', () => {
  it.each([
    ['v1.2.3', 'v', '1.2.3'],
    ['1.2.3', '', '1.2.3'],
    ['@acme/core@1.2.3', '@acme/core@', '1.2.3'],
    ['core@1.2.0-rc.1', 'core@', '1.2.0-rc.1'],
    ['core-v1.2.3', 'core-v', '1.2.3'],
    ['tools/v0.1.0', 'tools/v', '0.1.0'],
    ['v2024.05.14', 'v', '2024.05.14'],
    ['v1!2.0.post1+local.1', 'v', '1!2.0.post1+local.1'],
    ['v1.2.3_rc1', 'v', '1.2.3_rc1'],
    ['refs/tags/v1.2.3', 'v', '1.2.3'],
  ])('splits %s with prefix %j', (tag, prefix, version) => {
    expect(parseTag(tag, prefix)).toEqual({ prefix, version })
  })

  it('does not judge the version (the scheme does)', () => {
    expect(parseTag('vnext', 'v')).toEqual({ prefix: 'v', version: 'next' })
  })

  it.each([
    ['1.2.3', 'v', ''],
    ['@acme/core@1.2.3', 'v', '@acme/core@'],
    ['@acme/core2@1.2.3', '@acme/core@', '@acme/core2@'],
    ['core-v1.2.3', 'core@', 'core-v'],
    ['V1.2.3', 'v', 'V'],
    ['release-2024.05.14', 'v', 'release-'],
    ['pkg_1.0', 'v', 'pkg_'],
  ])('refuses %s with prefix %j and suggests %j', (tag, prefix, suggestion) => {
    const error = thrownConfigurationError(() => parseTag(tag, prefix))
    expect(error.message).toBe(
      `Tag "${tag}" does not start with the tag-prefix "${prefix}". If the tag is right, set tag-prefix: '${suggestion}' (tag = tag-prefix + version).`,
    )
    expect(error.input).toBe('tag-prefix')
  })

  it('refuses a tag without a version it could split off', () => {
    expect(thrownMessage(() => parseTag('release', 'v'))).toBe(
      'Tag "release" does not start with the tag-prefix "v" and holds no version after a prefix: a tag is tag-prefix + version, e.g. v1.2.3.',
    )
  })

  it('refuses a tag that is only the prefix', () => {
    const error = thrownConfigurationError(() => parseTag('core@', 'core@'))
    expect(error.message).toBe(
      'Tag "core@" has nothing after the tag-prefix "core@": a tag is tag-prefix + version, e.g. core@1.2.3.',
    )
    expect(error.input).toBe('tag')
  })

  it('checks the tag name before the prefix', () => {
    expect(thrownMessage(() => parseTag('1.2.3;id', 'v'))).toBe(
      'Tag "1.2.3;id" contains ";": a release tag may only hold letters, digits and . _ + - @ / ! (tag-prefix + version, e.g. v1.2.3 or @scope/pkg@1.2.3).',
    )
  })
})

describe('checkTagName', () => {
  it.each(['v1.2.3', '@acme/core@1.2.3', 'a/b/c-v1', 'v1.0.0+build.5', 'v1!2.0', 'v1.lockx'])(
    'accepts %s',
    (tag) => {
      expect(() => checkTagName(tag)).not.toThrow()
    },
  )

  it('refuses a tag over 255 bytes, echoing its first 100 characters only', () => {
    expect(() => checkTagName(`v1.2.3-${'a'.repeat(248)}`)).not.toThrow()
    const tag = `v1.2.3-${'a'.repeat(100_000)}`
    const error = thrownConfigurationError(() => checkTagName(tag))
    expect(error.message).toBe(
      `Tag ${JSON.stringify(tag.slice(0, 100))}… (100007 characters) is 100007 bytes long; a tag may have at most 255 (git stores it as a file of that name, and npm refuses versions over 256 characters). Give the release's tag, tag-prefix + version, e.g. v1.2.3.`,
    )
    expect(error.input).toBe('tag')
    // bytes, not characters: 135 characters, 128 of them two bytes long
    expect(() => checkTagName(`v1.2.3-${'é'.repeat(128)}`)).toThrow('is 263 bytes long')
  })

  it('refuses an empty tag', () => {
    const error = thrownConfigurationError(() => checkTagName(''))
    expect(error.message).toBe(
      'The tag is empty: give a tag such as v1.2.3 (tag-prefix + version).',
    )
    expect(error.input).toBe('tag')
  })

  it.each([
    ['v1.2.3 ', 'contains a space'],
    [' v1.2.3', 'contains a space'],
    ['v1.2.3\t', 'contains a control character (U+0009)'],
    ['v1.2.3\n', 'contains a control character (U+000A)'],
    ['v1.2.3\u007f', 'contains a control character (U+007F)'],
    ['v1.2.3~1', 'contains "~"'],
    ['v1.2.3^', 'contains "^"'],
    ['v1:2', 'contains ":"'],
    ['v1.2?', 'contains "?"'],
    ['v1.*', 'contains "*"'],
    ['v1.[2]', 'contains "["'],
    ['v1\\2', 'contains "\\\\"'],
    ['v1..2', 'contains ".."'],
    ['v1@{2}', 'contains "@{"'],
    ['a//v1', 'contains "//"'],
    ['@', 'is only "@"'],
    ['/v1.2.3', 'starts with "/"'],
    ['v1.2.3/', 'ends with "/"'],
    ['v1.2.3.', 'ends with "."'],
    ['.v1.2.3', 'has a part starting with "."'],
    ['pkg/.v1', 'has a part starting with "."'],
    ['v1.2.3.lock', 'has a part ending with ".lock"'],
    ['pkg.lock/v1', 'has a part ending with ".lock"'],
  ])('refuses %j: git does not allow it', (tag, problem) => {
    expect(thrownMessage(() => checkTagName(tag))).toBe(
      `Tag ${JSON.stringify(tag)} ${problem}, which git does not allow in a tag name. Write it as tag-prefix + version, e.g. v1.2.3 or @scope/pkg@1.2.3.`,
    )
  })

  it.each([';', '$', '`', '|', '&', "'", '"', '(', '<', '#', '%', ',', '=', 'é'])(
    'refuses %j, which no release tag needs',
    (character) => {
      const tag = `v1.2.3${character}x`
      expect(thrownMessage(() => checkTagName(tag))).toBe(
        `Tag ${JSON.stringify(tag)} contains ${JSON.stringify(character)}: a release tag may only hold letters, digits and . _ + - @ / ! (tag-prefix + version, e.g. v1.2.3 or @scope/pkg@1.2.3).`,
      )
    },
  )
})

describe('formatTag', () => {
  it.each([
    ['v', '1.2.3', 'v1.2.3'],
    ['', '1.2.3', '1.2.3'],
    ['@acme/core@', '1.2.3', '@acme/core@1.2.3'],
    ['core-v', '2024.5.0', 'core-v2024.5.0'],
  ])('joins %j and %s', (prefix, version, tag) => {
    expect(formatTag(prefix, version)).toBe(tag)
    expect(parseTag(tag, prefix)).toEqual({ prefix, version })
  })

  it('refuses an empty version', () => {
    const error = thrownConfigurationError(() => formatTag('v', ''))
    expect(error.message).toBe('The version is empty: a tag is tag-prefix + version, e.g. v1.2.3.')
    expect(error.input).toBe('version')
  })

  it('refuses a result git would not accept', () => {
    expect(thrownMessage(() => formatTag('my pkg@', '1.0.0'))).toBe(
      'Tag "my pkg@1.0.0" contains a space, which git does not allow in a tag name. Write it as tag-prefix + version, e.g. v1.2.3 or @scope/pkg@1.2.3.',
    )
  })
})

describe('guessTagPrefix', () => {
  it.each([
    ['v1.2.3', 'v'],
    ['1.2.3', ''],
    ['pkg-v1.2.3', 'pkg-v'],
    ['@acme/core2@1.0.0', '@acme/core2@'],
    ['go/mod/v2.0.0', 'go/mod/v'],
    ['release', undefined],
    ['v1', undefined],
  ])('%s -> %j', (tag, prefix) => {
    expect(guessTagPrefix(tag)).toBe(prefix)
  })
})

describe('packageNameFromPrefix', () => {
  it.each([
    ['@acme/core@', '@acme/core'],
    ['core@', 'core'],
    ['core-v', 'core'],
    ['my-tool-v', 'my-tool'],
    ['tools/v', 'tools'],
    ['v', undefined],
    ['', undefined],
    ['@', undefined],
    ['release-', undefined],
  ])('%j -> %j', (prefix, name) => {
    expect(packageNameFromPrefix(prefix)).toBe(name)
  })
})
