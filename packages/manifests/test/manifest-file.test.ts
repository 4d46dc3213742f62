import fs from 'node:fs'
import path from 'node:path'

import { ConfigurationError } from '@tokenless/errors'
import { ManifestError } from '@tokenless/manifests'

import { readManifestText } from '../src/manifest-file.js'
import { writeTree } from './fixture.js'

async function refusal(action: () => Promise<unknown>): Promise<ManifestError> {
  let thrown: unknown
  try {
    await action()
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(ManifestError)
  return thrown as ManifestError
}

describe('readManifestText', () => {
  it('names the working directory itself "." when it is given as the manifest', async () => {
    const cwd = writeTree({ 'package.json': '{}' })
    const error = await refusal(() => readManifestText(cwd, '.'))
    expect(error.message).toBe(
      '. is a directory, not a manifest file: list the manifest file itself in manifests.',
    )
    expect(error.code).toBe('TL_MANIFEST_IS_DIRECTORY')
  })

  it('says not found for a path that goes through a file (ENOTDIR), with its code', async () => {
    const cwd = writeTree({ VERSION: '1.0.0\n' })
    for (const file of ['VERSION/inner.txt', 'missing.txt']) {
      const error = await refusal(() => readManifestText(cwd, file))
      expect(error.message).toBe(
        `${file} not found in ${cwd}: list only manifests that exist, or set working-directory.`,
      )
      expect(error.code).toBe('TL_MANIFEST_NOT_FOUND')
    }
  })

  it('passes on a read error that is not a missing file, such as a loop of symbolic links', async () => {
    const cwd = writeTree({})
    fs.symlinkSync('b', path.join(cwd, 'a'))
    fs.symlinkSync('a', path.join(cwd, 'b'))
    await expect(readManifestText(cwd, 'a')).rejects.toMatchObject({ code: 'ELOOP' })
  })

  it('refuses a manifest outside the workspace as the manifests input', async () => {
    const workspace = writeTree({ 'inner/package.json': '{}' })
    const read = readManifestText(
      path.join(workspace, 'inner'),
      '../../x.json',
      undefined,
      workspace,
    )
    await expect(read).rejects.toBeInstanceOf(ConfigurationError)
    await expect(read).rejects.toMatchObject({
      input: 'manifests',
      message: expect.stringMatching(
        /^Input manifests names "\.\.\/\.\.\/x\.json", which is outside the workspace /,
      ),
    })
  })
})
