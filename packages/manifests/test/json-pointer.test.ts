import { formatJsonPointer, parseJsonPointer, readManifestVersion } from '@tokenless/manifests'

import { configurationError, lines, writeTree } from './fixture.js'

const SERVER_JSON = lines(
  '{',
  '  "name": "io.github.acme/server",',
  '  "version_detail": { "version": "0.0.0" },',
  '  "packages": [',
  '    {',
  '      "registry_name": "npm",',
  '      "version": "1.4.0"',
  '    },',
  '    { "registry_name": "pypi", "version": "1.4.0rc1" }',
  '  ],',
  '  "a/b": { "m~n": "slash-and-tilde" },',
  '  "": { "": "empty keys" },',
  '  "count": 3,',
  '  "version": "1.4.0"',
  '}',
)

describe('JSON pointers', () => {
  it('parses and formats RFC 6901 pointers', () => {
    expect(parseJsonPointer('')).toEqual([])
    expect(parseJsonPointer('/')).toEqual([''])
    expect(parseJsonPointer('/a~1b/m~0n/0')).toEqual(['a/b', 'm~n', '0'])
    expect(parseJsonPointer('/~01')).toEqual(['~1'])
    expect(parseJsonPointer('a')).toBeUndefined()
    expect(parseJsonPointer('/a~2')).toBeUndefined()
    expect(parseJsonPointer('/a~2/b')).toBeUndefined()
    expect(parseJsonPointer('/b/a~2')).toBeUndefined()
    expect(parseJsonPointer('/a~')).toBeUndefined()
    expect(formatJsonPointer(['a/b', 'm~n', '0'])).toBe('/a~1b/m~0n/0')
  })

  it('reads the string at a pointer, on the line of its key', async () => {
    const cwd = writeTree({ 'server.json': SERVER_JSON })
    await expect(readManifestVersion('server.json#/version', { cwd })).resolves.toEqual({
      spec: 'server.json#/version',
      file: 'server.json',
      line: 14,
      column: 15,
      version: '1.4.0',
      kind: 'json',
      source: '/version',
    })
    await expect(
      readManifestVersion('server.json#/version_detail/version', { cwd }),
    ).resolves.toMatchObject({
      line: 3,
      column: 35,
      version: '0.0.0',
    })
  })

  it('follows array indexes', async () => {
    const cwd = writeTree({ 'server.json': SERVER_JSON })
    await expect(
      readManifestVersion('server.json#/packages/0/version', { cwd }),
    ).resolves.toMatchObject({
      line: 7,
      version: '1.4.0',
      source: '/packages/0/version',
    })
    await expect(
      readManifestVersion('server.json#/packages/1/version', { cwd }),
    ).resolves.toMatchObject({
      line: 9,
      column: 44,
      version: '1.4.0rc1',
    })
  })

  it('unescapes ~1 and ~0, and allows empty keys', async () => {
    const cwd = writeTree({ 'server.json': SERVER_JSON })
    await expect(readManifestVersion('server.json#/a~1b/m~0n', { cwd })).resolves.toMatchObject({
      line: 11,
      version: 'slash-and-tilde',
      source: '/a~1b/m~0n',
    })
    await expect(readManifestVersion('server.json#//', { cwd })).resolves.toMatchObject({
      line: 12,
      version: 'empty keys',
    })
  })

  it('reads the whole document with an empty pointer', async () => {
    const cwd = writeTree({ 'version.json': '  "5.0.0"\n' })
    await expect(readManifestVersion('version.json#', { cwd })).resolves.toMatchObject({
      line: 1,
      column: 4,
      version: '5.0.0',
      source: '',
    })
  })

  it('reads /version of a .json file named without a pointer', async () => {
    const cwd = writeTree({
      'deno.json': lines('{', '  "name": "@acme/x",', '  "version": "0.3.0"', '}'),
    })
    await expect(readManifestVersion('deno.json', { cwd })).resolves.toMatchObject({
      spec: 'deno.json',
      kind: 'json',
      line: 3,
      version: '0.3.0',
      source: '/version',
    })
  })

  it('names the pointer and the last key that existed when a key is missing', async () => {
    const cwd = writeTree({ 'server.json': SERVER_JSON })
    await configurationError(
      () => readManifestVersion('server.json#/packages/0/versionX', { cwd }),
      'server.json has nothing at /packages/0/versionX: /packages/0 (line 5) has no key "versionX" (its keys: "registry_name", "version"). Fix the JSON pointer in manifests, or add the key to server.json.',
      { file: 'server.json', line: 5, column: 5 },
    )
    await configurationError(
      () => readManifestVersion('server.json#/release/version', { cwd }),
      'server.json has nothing at /release/version: the document root (line 1) has no key "release" (its keys: "name", "version_detail", "packages", "a/b", "", "count", "version"). Fix the JSON pointer in manifests, or add the key to server.json.',
      { file: 'server.json', line: 1, column: 1 },
    )
  })

  it('says when an object is empty, and cuts long key lists', async () => {
    const keys = Array.from({ length: 12 }, (_, i) => `"k${i}": ${i}`).join(', ')
    const cwd = writeTree({ 'a.json': `{"empty": {}, ${keys}}` })
    await configurationError(
      () => readManifestVersion('a.json#/empty/version', { cwd }),
      'a.json has nothing at /empty/version: /empty (line 1) has no key "version" (it is empty). Fix the JSON pointer in manifests, or add the key to a.json.',
    )
    await configurationError(
      () => readManifestVersion('a.json#/nope', { cwd }),
      'a.json has nothing at /nope: the document root (line 1) has no key "nope" (its keys: "empty", "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", ...). Fix the JSON pointer in manifests, or add the key to a.json.',
    )
  })

  it('says when an array index is out of range', async () => {
    const cwd = writeTree({ 'server.json': SERVER_JSON })
    await configurationError(
      () => readManifestVersion('server.json#/packages/2/version', { cwd }),
      'server.json has nothing at /packages/2/version: /packages (line 4) is an array of 2 items, so it has no item 2. Fix the JSON pointer in manifests (array indexes start at 0).',
      { file: 'server.json', line: 4, column: 15 },
    )
    const single = writeTree({ 'a.json': '{"list": ["1.0.0"]}' })
    await configurationError(
      () => readManifestVersion('a.json#/list/01', { cwd: single }),
      'a.json has nothing at /list/01: /list (line 1) is an array, and "01" is not an array index. Fix the JSON pointer in manifests: select an item by its number, from 0.',
    )
    await configurationError(
      () => readManifestVersion('a.json#/list/3', { cwd: single }),
      'a.json has nothing at /list/3: /list (line 1) is an array of 1 item, so it has no item 3. Fix the JSON pointer in manifests (array indexes start at 0).',
    )
  })

  it('says when a token is not an array index', async () => {
    const cwd = writeTree({ 'server.json': SERVER_JSON })
    await configurationError(
      () => readManifestVersion('server.json#/packages/-/version', { cwd }),
      'server.json has nothing at /packages/-/version: /packages (line 4) is an array, and "-" is not an array index. Fix the JSON pointer in manifests: select an item by its number, from 0.',
    )
  })

  it('says when the pointer goes through a value that is neither object nor array', async () => {
    const cwd = writeTree({ 'server.json': SERVER_JSON })
    await configurationError(
      () => readManifestVersion('server.json#/version/major', { cwd }),
      'server.json has nothing at /version/major: /version (line 14) is a string, not an object or an array. Fix the JSON pointer in manifests.',
      { file: 'server.json', line: 14, column: 14 },
    )
    await configurationError(
      () => readManifestVersion('server.json#/count/0', { cwd }),
      'server.json has nothing at /count/0: /count (line 13) is a number, not an object or an array. Fix the JSON pointer in manifests.',
      { file: 'server.json', line: 13, column: 12 },
    )
  })

  it('lists ten keys whole, with no ellipsis', async () => {
    const keys = Array.from({ length: 10 }, (_, i) => `"k${i}": ${i}`).join(', ')
    const cwd = writeTree({ 'a.json': `{${keys}}` })
    await configurationError(
      () => readManifestVersion('a.json#/nope', { cwd }),
      'a.json has nothing at /nope: the document root (line 1) has no key "nope" (its keys: "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"). Fix the JSON pointer in manifests, or add the key to a.json.',
    )
  })

  it('says when the value is not a string', async () => {
    const cwd = writeTree({ 'server.json': SERVER_JSON })
    await configurationError(
      () => readManifestVersion('server.json#/count', { cwd }),
      'server.json:13:3 has a number at /count, not a string. Point the JSON pointer in manifests at the string that holds the version.',
      { file: 'server.json', line: 13, column: 3 },
    )
    await configurationError(
      () => readManifestVersion('server.json#/packages/0', { cwd }),
      'server.json:5:5 has an object at /packages/0, not a string. Point the JSON pointer in manifests at the string that holds the version.',
    )
    await configurationError(
      () => readManifestVersion('server.json#', { cwd }),
      'server.json:1:1 has an object at the document root, not a string. Point the JSON pointer in manifests at the string that holds the version.',
    )
  })

  it('reports a JSON syntax error with its line and column', async () => {
    const cwd = writeTree({ 'server.json': lines('{', '  "version": "1.0.0",', '}') })
    await configurationError(
      () => readManifestVersion('server.json#/version', { cwd }),
      'server.json:3:1 is not valid JSON: trailing comma: JSON allows none after the last member. Fix the JSON there, or remove server.json from manifests.',
      { file: 'server.json', line: 3, column: 1 },
    )
  })

  it('says when the file is missing', async () => {
    const cwd = writeTree({})
    await configurationError(
      () => readManifestVersion('server.json#/version', { cwd }),
      `server.json not found in ${cwd}: list only manifests that exist, or set working-directory.`,
    )
  })
})
