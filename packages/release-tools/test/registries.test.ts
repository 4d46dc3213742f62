import {
  readRegistrySpelling,
  registryOfUrl,
  registryTitle,
  REGISTRIES,
  isTokenVariable,
} from '../src/index.js'

test('names, URLs and titles', () => {
  expect(REGISTRIES.npm.url).toBe('https://registry.npmjs.org/')
  expect(REGISTRIES.pypi.url).toBe('https://upload.pypi.org/legacy/')
  expect(REGISTRIES.testpypi.url).toBe('https://test.pypi.org/legacy/')
  expect(registryTitle('testpypi')).toBe('TestPyPI')
  expect(registryTitle('other')).toBe('the registry')
})

test('a URL names a registry by host, TestPyPI before PyPI', () => {
  expect(registryOfUrl('https://test.pypi.org/legacy/')).toBe('testpypi')
  expect(registryOfUrl('https://pypi.org/simple/')).toBe('pypi')
  expect(registryOfUrl('https://registry.npmjs.org')).toBe('npm')
  expect(registryOfUrl('https://npm.pkg.github.com')).toBeUndefined()
})

test('publish-oidc registry spellings', () => {
  expect(readRegistrySpelling(undefined)).toEqual({ kind: 'name', name: 'npm' })
  expect(readRegistrySpelling(' pypi ')).toEqual({ kind: 'name', name: 'pypi' })
  expect(readRegistrySpelling('${{ matrix.registry }}')).toEqual({ kind: 'expression' })
  expect(readRegistrySpelling('https://pypi.example.com/legacy/')).toEqual({
    kind: 'url',
    url: 'https://pypi.example.com/legacy/',
    registry: undefined,
    ecosystem: 'pypi',
  })
  expect(readRegistrySpelling('https://npm.pkg.github.com')).toMatchObject({ ecosystem: 'npm' })
  expect(readRegistrySpelling('pypy')).toEqual({ kind: 'invalid', text: 'pypy' })
})

test('token variables', () => {
  expect(isTokenVariable('NODE_AUTH_TOKEN')).toBe(true)
  expect(isTokenVariable('POETRY_PYPI_TOKEN_PYPI')).toBe(true)
  expect(isTokenVariable('GITHUB_TOKEN')).toBe(false)
})
