import { ConfigurationError, isConfigurationError } from '@tokenless/action-kit'

describe('ConfigurationError', () => {
  it('keeps the location and input', () => {
    const error = new ConfigurationError('package.json:3 has version 1.0.0', {
      location: { file: 'package.json', line: 3 },
      input: 'manifests',
    })
    expect(isConfigurationError(error)).toBe(true)
    expect(error.location).toEqual({ file: 'package.json', line: 3 })
    expect(error.input).toBe('manifests')
    expect(error.message).toBe('package.json:3 has version 1.0.0')
    expect(isConfigurationError(new Error('x'))).toBe(false)
  })
})
