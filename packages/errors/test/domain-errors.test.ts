import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRunnerContext, runAction } from '@tokenless/action-kit'
import {
  CONFIGURATION_ERROR_CODE,
  ConfigurationError,
  isConfigurationError,
} from '@tokenless/errors'
import { checkRemoteName, GitRepositoryError } from '@tokenless/git'
import { ManifestError } from '@tokenless/manifests'
import { parseTag, VersionError } from '@tokenless/versioning'

function thrownBy(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

async function report(error: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-errors-'))
  const files = { GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'summary') }
  writeFileSync(files.GITHUB_OUTPUT, '')
  writeFileSync(files.GITHUB_STEP_SUMMARY, '')
  const lines: string[] = []
  await runAction(
    async () => {
      await Promise.resolve()
      throw error
    },
    createRunnerContext(files, (line) => lines.push(line)),
  )
  process.exitCode = undefined
  return { lines, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') }
}

describe('the packages’ own errors', () => {
  it('carry their stable code, the input, and are ConfigurationErrors', () => {
    const error = thrownBy(() => parseTag('1.2.3', 'v'))
    expect(error).toBeInstanceOf(VersionError)
    expect(isConfigurationError(error)).toBe(true)
    expect(error).toMatchObject({
      name: 'VersionError',
      code: 'TL_TAG_PREFIX',
      input: 'tag-prefix',
    })
    const git = thrownBy(() => checkRemoteName('-x'))
    expect(git).toBeInstanceOf(GitRepositoryError)
    expect(git).toMatchObject({ code: 'TL_GIT_REMOTE_NAME', input: 'remote' })
  })

  it('a plain ConfigurationError has the code TL_CONFIGURATION', () => {
    expect(new ConfigurationError('x').code).toBe(CONFIGURATION_ERROR_CODE)
    expect(CONFIGURATION_ERROR_CODE).toBe('TL_CONFIGURATION')
  })

  it('runAction reports them exactly as a ConfigurationError: an annotation on the file and line', async () => {
    const message = 'package.json:3 has version 1.0.0 but the tag v1.2.1 says 1.2.1.'
    const options = { location: { file: 'package.json', line: 3 }, title: 'Version mismatch' }
    const typed = await report(new ManifestError('TL_MANIFEST_CONTENT', message, options))
    expect(typed.lines).toEqual([
      '::error title=Version mismatch,file=package.json,line=3::package.json:3 has version 1.0.0 but the tag v1.2.1 says 1.2.1.',
    ])
    expect(typed).toEqual(await report(new ConfigurationError(message, options)))
    expect(typed.summary).toBe(`**Failed:** ${message}\n`)
  })
})
