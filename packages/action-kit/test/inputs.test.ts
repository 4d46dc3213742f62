import {
  booleanInput,
  ConfigurationError,
  enumInput,
  integerInput,
  listInput,
  multilineInput,
  optionalInput,
  repositoryInput,
  requiredInput,
} from '@tokenless/action-kit'

const source = (inputs: Record<string, string>) => ({
  getInput: (name: string) => inputs[name] ?? '',
})

describe('typed inputs', () => {
  it('treats an empty or blank input as not given', () => {
    expect(optionalInput(source({ tag: '  ' }), 'tag')).toBeUndefined()
    expect(optionalInput(source({ tag: ' v1.2.3 ' }), 'tag')).toBe('v1.2.3')
  })

  it('names a missing required input', () => {
    expect(() => requiredInput(source({}), 'registry', 'Use npm or pypi.')).toThrow(
      'Input registry is required but was not given. Use npm or pypi.',
    )
  })

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('reads the boolean %s', (value, expected) => {
    expect(booleanInput(source({ flag: value }), 'flag', !expected)).toBe(expected)
  })

  it.each(['tru', 'yes', '1', 'on'])(
    'refuses %s as a boolean instead of reading false',
    (value) => {
      expect(() => booleanInput(source({ flag: value }), 'flag', false)).toThrow(
        `Input flag is "${value}", which is not a boolean. Use true or false.`,
      )
    },
  )

  it('uses the default for an absent boolean', () => {
    expect(booleanInput(source({}), 'flag', true)).toBe(true)
  })

  it('lists the allowed values of an enum', () => {
    const error = (() => {
      try {
        enumInput(source({ scheme: 'semvr' }), 'scheme', ['semver', 'pep440', 'calver'], 'semver')
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).message).toBe(
      'Input scheme is "semvr", which is not one of: semver, pep440, calver.',
    )
    expect((error as ConfigurationError).input).toBe('scheme')
    expect(enumInput(source({ scheme: 'PEP440' }), 'scheme', ['semver', 'pep440'] as const)).toBe(
      'pep440',
    )
    expect(enumInput(source({}), 'scheme', ['semver', 'pep440'] as const)).toBeUndefined()
  })

  it('splits multiline and list inputs, dropping blanks and comments', () => {
    const inputs = source({
      files: 'package.json\n\n# comment\r\n  pyproject.toml  \n',
      branches: 'main, release/*\nhotfix/*',
    })
    expect(multilineInput(inputs, 'files')).toEqual(['package.json', 'pyproject.toml'])
    expect(listInput(inputs, 'branches')).toEqual(['main', 'release/*', 'hotfix/*'])
  })

  it('reads whole numbers within bounds', () => {
    expect(integerInput(source({ n: '5' }), 'n', { defaultValue: 1, min: 0, max: 10 })).toBe(5)
    expect(integerInput(source({}), 'n', { defaultValue: 1 })).toBe(1)
    expect(() =>
      integerInput(source({ n: '5.5' }), 'n', { defaultValue: 1, min: 0, max: 10 }),
    ).toThrow('Input n is "5.5", which is not a whole number from 0 to 10.')
    expect(() =>
      integerInput(source({ n: '11' }), 'n', { defaultValue: 1, min: 0, max: 10 }),
    ).toThrow('Input n is "11", which is not a whole number from 0 to 10.')
  })
})

describe('repositoryInput', () => {
  const context = (inputs: Record<string, string>, env: Record<string, string> = {}) => ({
    getInput: (name: string) => inputs[name] ?? '',
    env,
  })

  it('takes the input, else GITHUB_REPOSITORY', () => {
    expect(repositoryInput(context({ repository: 'acme/widget' }), true)).toEqual({
      owner: 'acme',
      repo: 'widget',
    })
    expect(repositoryInput(context({}, { GITHUB_REPOSITORY: 'acme/gadget' }), true)).toEqual({
      owner: 'acme',
      repo: 'gadget',
    })
    expect(repositoryInput(context({}), false)).toBeUndefined()
  })

  it('names what is wrong', () => {
    expect(() => repositoryInput(context({}), true)).toThrow(
      'No repository: GITHUB_REPOSITORY is not set and the repository input is empty. Set repository: owner/repo.',
    )
    expect(() => repositoryInput(context({ repository: 'acme' }), false)).toThrow(
      'Input repository is "acme", which is not of the form owner/repo.',
    )
  })
})
