import fs from 'node:fs'
import path from 'node:path'

import { readManifestVersion } from '@tokenless/manifests'

import { configurationError, lines, writeTree } from './fixture.js'

describe('package.json', () => {
  it('reads the top-level version, not an earlier nested one', async () => {
    const cwd = writeTree({
      'package.json': lines(
        '{',
        '  "name": "@acme/core",',
        '  "engines": { "version": "9.9.9", "node": ">=24" },',
        '  "dependencies": {',
        '    "version": "^1.0.0"',
        '  },',
        '  "config": { "nested": { "version": "0.0.1" } },',
        '  "version": "1.2.3",',
        '  "scripts": { "version": "echo" }',
        '}',
      ),
    })
    await expect(readManifestVersion('package.json', { cwd })).resolves.toEqual({
      spec: 'package.json',
      file: 'package.json',
      line: 8,
      column: 15,
      version: '1.2.3',
      kind: 'npm',
      packageName: '@acme/core',
      source: '/version',
    })
  })

  it('is not fooled by "version" inside strings or keys that hold it', async () => {
    const cwd = writeTree({
      'package.json': lines(
        '{',
        '  "description": "set \\"version\\": \\"0.0.0\\" here",',
        '  "versions": "x", "version\\u0020": "y",',
        '  "version": "2.0.0-rc.1"',
        '}',
      ),
    })
    const found = await readManifestVersion('package.json', { cwd })
    expect(found).toMatchObject({ line: 4, column: 15, version: '2.0.0-rc.1' })
    expect(found.packageName).toBeUndefined()
  })

  it('reads a package.json in a subdirectory and reports its path from cwd', async () => {
    const cwd = writeTree({
      'packages/core/package.json': '{"name":"core","version":"0.1.0"}',
    })
    await expect(readManifestVersion('packages/core/package.json', { cwd })).resolves.toMatchObject(
      {
        spec: 'packages/core/package.json',
        file: 'packages/core/package.json',
        line: 1,
        column: 27,
        version: '0.1.0',
      },
    )
    await expect(
      readManifestVersion('./packages/core/package.json', { cwd }),
    ).resolves.toMatchObject({
      file: 'packages/core/package.json',
    })
  })

  it('takes the last of duplicate keys, as JSON.parse does', async () => {
    const cwd = writeTree({
      'package.json': lines('{', '  "version": "1.0.0",', '  "version": "1.0.1"', '}'),
    })
    await expect(readManifestVersion('package.json', { cwd })).resolves.toMatchObject({
      line: 3,
      version: '1.0.1',
    })
  })

  it('handles CRLF line endings, tabs and a byte order mark', async () => {
    const cwd = writeTree({
      'package.json': '\ufeff{\r\n\t"name": "x",\r\n\t"version": "3.0.0"\r\n}\r\n',
    })
    await expect(readManifestVersion('package.json', { cwd })).resolves.toMatchObject({
      line: 3,
      column: 14,
      version: '3.0.0',
    })
  })

  it('decodes escapes in the version string', async () => {
    const cwd = writeTree({ 'package.json': '{"version": "1.0.0-\\u0062eta"}' })
    await expect(readManifestVersion('package.json', { cwd })).resolves.toMatchObject({
      version: '1.0.0-beta',
    })
  })

  it('reads a directory entry as the package.json inside it', async () => {
    const cwd = writeTree({ 'packages/web/package.json': '{"version": "4.5.6"}' })
    await expect(readManifestVersion('packages/web', { cwd })).resolves.toMatchObject({
      spec: 'packages/web',
      file: 'packages/web/package.json',
      kind: 'npm',
      version: '4.5.6',
    })
    await expect(readManifestVersion('packages/web/', { cwd })).resolves.toMatchObject({
      file: 'packages/web/package.json',
    })
  })

  it('says when the file is missing', async () => {
    const cwd = writeTree({})
    await configurationError(
      () => readManifestVersion('package.json', { cwd }),
      `package.json not found in ${cwd}: list only manifests that exist, or set working-directory.`,
    )
    await configurationError(
      () => readManifestVersion('sub/dir/package.json', { cwd }),
      `sub/dir/package.json not found in ${cwd}: list only manifests that exist, or set working-directory.`,
    )
  })

  it('says when the manifest path is a directory', async () => {
    const cwd = writeTree({})
    fs.mkdirSync(path.join(cwd, 'package.json'))
    await configurationError(
      () => readManifestVersion('package.json', { cwd }),
      'package.json is a directory, not a manifest file: list the manifest file itself in manifests.',
    )
  })

  it('says when there is no version field', async () => {
    const cwd = writeTree({
      'package.json': lines('', '{', '  "name": "x",', '  "private": true', '}'),
    })
    await configurationError(
      () => readManifestVersion('package.json', { cwd }),
      'package.json has no "version" field. Add "version": "1.2.3" or remove package.json from manifests.',
      { file: 'package.json', line: 2 },
    )
  })

  it('says when the version is not a string', async () => {
    const cwd = writeTree({ 'package.json': lines('{', '  "version": 1.2', '}') })
    await configurationError(
      () => readManifestVersion('package.json', { cwd }),
      'package.json:2:3 has "version": 1.2 (a number), not a string. Write it as a string: "version": "1.2.3".',
      { file: 'package.json', line: 2, column: 3 },
    )
    const objectVersion = writeTree({
      'package.json': lines(
        '{',
        '  "version": { "major": 1, "minor": 2, "patch": 3, "extra": "aaaaaaaaaa" }',
        '}',
      ),
    })
    await configurationError(
      () => readManifestVersion('package.json', { cwd: objectVersion }),
      'package.json:2:3 has "version": { "major": 1, "minor": 2, "patch": 3,... (an object), not a string. Write it as a string: "version": "1.2.3".',
    )
  })

  it('says when the version is null', async () => {
    const cwd = writeTree({
      'package.json': lines(
        '{',
        '  "name": "@acme/app",',
        '  "version": null,',
        '  "private": true',
        '}',
      ),
    })
    await configurationError(
      () => readManifestVersion('package.json', { cwd }),
      'package.json:3:3 has "version": null (null), not a string. Write it as a string: "version": "1.2.3".',
      { file: 'package.json', line: 3, column: 3 },
    )
  })

  it('shows a non-string version on one line, whole up to 40 characters', async () => {
    const spaced = writeTree({ 'package.json': lines('{', '  "version": [1,', '    2]', '}') })
    await configurationError(
      () => readManifestVersion('package.json', { cwd: spaced }),
      'package.json:2:3 has "version": [1, 2] (an array), not a string. Write it as a string: "version": "1.2.3".',
    )
    const forty = `[${'1'.repeat(38)}]`
    const long = writeTree({ 'package.json': lines('{', `  "version": ${forty}`, '}') })
    await configurationError(
      () => readManifestVersion('package.json', { cwd: long }),
      `package.json:2:3 has "version": ${forty} (an array), not a string. Write it as a string: "version": "1.2.3".`,
    )
  })

  it('says when the version is empty', async () => {
    const cwd = writeTree({ 'package.json': lines('{', '  "version": ""', '}') })
    await configurationError(
      () => readManifestVersion('package.json', { cwd }),
      'package.json:2:15 has an empty version (/version): write the version being released there, e.g. 1.2.3.',
      { file: 'package.json', line: 2, column: 15 },
    )
  })

  it('says when the document is not an object', async () => {
    const cwd = writeTree({ 'package.json': lines('', '  ["1.2.3"]') })
    await configurationError(
      () => readManifestVersion('package.json', { cwd }),
      'package.json:2:3 is an array, not an object: a package.json is a JSON object with a "version" field. Fix package.json, or remove it from manifests.',
      { file: 'package.json', line: 2, column: 3 },
    )
  })

  it('reports a JSON syntax error with its line and column', async () => {
    const cwd = writeTree({
      'package.json': lines('{', '  "name": "x"', '  "version": "1.0.0"', '}'),
    })
    await configurationError(
      () => readManifestVersion('package.json', { cwd }),
      `package.json:3:3 is not valid JSON: expected ',' or '}' after a property value but found '"'. Fix the JSON there, or remove package.json from manifests.`,
      { file: 'package.json', line: 3, column: 3 },
    )
  })
})
