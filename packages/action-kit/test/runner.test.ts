import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  appendKeyValue,
  ConfigurationError,
  createRunnerContext,
  escapeData,
  formatCommand,
  runAction,
  Summary,
} from '@tokenless/action-kit'
import { parseOutputFile } from '../../../test/support/run-bundle.js'

function runnerFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-kit-'))
  const files = { GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'summary') }
  writeFileSync(files.GITHUB_OUTPUT, '')
  writeFileSync(files.GITHUB_STEP_SUMMARY, '')
  return files
}

describe('workflow commands', () => {
  it('escapes data and properties the way the runner reads them', () => {
    expect(escapeData('50%\r\nnext')).toBe('50%25%0D%0Anext')
    expect(
      formatCommand('error', { file: 'a,b:c.json', line: 3, title: undefined }, 'bad\nthing'),
    ).toBe('::error file=a%2Cb%3Ac.json,line=3::bad%0Athing')
    expect(formatCommand('endgroup', {}, '')).toBe('::endgroup::')
  })

  it('writes outputs with a delimiter, so multi-line values survive', () => {
    const { GITHUB_OUTPUT } = runnerFiles()
    appendKeyValue(GITHUB_OUTPUT, 'notes', 'line 1\nline 2')
    appendKeyValue(GITHUB_OUTPUT, 'version', '1.2.3')
    expect(parseOutputFile(readFileSync(GITHUB_OUTPUT, 'utf8'))).toEqual({
      notes: 'line 1\nline 2',
      version: '1.2.3',
    })
  })
})

describe('the runner context', () => {
  it('reads INPUT_* with the runner names and writes outputs to GITHUB_OUTPUT', () => {
    const files = runnerFiles()
    const lines: string[] = []
    const ctx = createRunnerContext(
      { ...files, 'INPUT_TAG-PREFIX': 'pkg-v', INPUT_MY_INPUT: 'x', GITHUB_EVENT_NAME: 'push' },
      (line) => lines.push(line),
    )
    expect(ctx.getInput('tag-prefix')).toBe('pkg-v')
    expect(ctx.getInput('my input')).toBe('x')
    expect(ctx.getInput('absent')).toBe('')
    expect(ctx.event).toEqual({ name: 'push', payload: {} })
    ctx.setOutput('prerelease', false)
    expect(parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8'))).toEqual({
      prerelease: 'false',
    })
  })

  it('masks a secret in every later line, after telling the runner to mask it', () => {
    const lines: string[] = []
    const ctx = createRunnerContext({}, (line) => lines.push(line))
    ctx.setSecret('s3cr3t-token')
    ctx.log.info('token is s3cr3t-token')
    ctx.log.warning('again s3cr3t-token')
    expect(lines).toEqual(['::add-mask::s3cr3t-token', 'token is ***', '::warning::again ***'])
  })

  it('reads the event payload', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-kit-'))
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ release: { tag_name: 'v1.0.0' } }))
    const ctx = createRunnerContext(
      { GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_EVENT_NAME: 'release' },
      () => undefined,
    )
    expect(ctx.event.payload).toEqual({ release: { tag_name: 'v1.0.0' } })
  })
})

describe('runAction', () => {
  afterEach(() => {
    process.exitCode = undefined
  })

  async function runWith(thrown: unknown) {
    const files = runnerFiles()
    const lines: string[] = []
    const ctx = createRunnerContext(files, (line) => lines.push(line))
    await runAction(async (context) => {
      context.summary.heading('Checks')
      await Promise.resolve()
      throw thrown
    }, ctx)
    return {
      lines,
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      exitCode: process.exitCode,
    }
  }

  it('reports a ConfigurationError as an annotation on its file and line', async () => {
    const result = await runWith(
      new ConfigurationError('package.json:3 has version 1.0.0', {
        location: { file: 'package.json', line: 3 },
        title: 'Version mismatch',
      }),
    )
    expect(result.exitCode).toBe(1)
    expect(result.lines).toEqual([
      '::error title=Version mismatch,file=package.json,line=3::package.json:3 has version 1.0.0',
    ])
    expect(result.summary).toBe('## Checks\n\n**Failed:** package.json:3 has version 1.0.0\n')
  })

  it('reports an unexpected Error with its stack in debug', async () => {
    const result = await runWith(new TypeError('boom'))
    expect(result.exitCode).toBe(1)
    expect(result.lines[0]).toMatch(/^::debug::TypeError: boom/)
    expect(result.lines[1]).toBe('::error::boom')
  })

  it('reports something thrown that is not an Error', async () => {
    expect((await runWith('plain string')).lines).toEqual(['::error::plain string'])
    expect((await runWith({ status: 500 })).lines).toEqual([
      '::error::Non-error thrown: {"status":500}',
    ])
    expect((await runWith(undefined)).lines).toEqual(['::error::Non-error thrown: undefined'])
  })

  it('leaves the exit code alone and writes the summary on success', async () => {
    const files = runnerFiles()
    const ctx = createRunnerContext(files, () => undefined)
    await runAction(async (context) => {
      context.summary.table(['a', 'b'], [['x|y', 'line\nbreak']])
      await Promise.resolve()
    }, ctx)
    expect(process.exitCode).toBeUndefined()
    expect(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')).toBe(
      '| a | b |\n| --- | --- |\n| x\\|y | line<br>break |\n',
    )
  })
})

describe('Summary', () => {
  it('renders nothing when empty', () => {
    expect(new Summary().render()).toBe('')
    expect(new Summary().isEmpty).toBe(true)
  })

  it('renders headings, lists, code and details', () => {
    const summary = new Summary()
      .heading('T', 3)
      .list(['a', 'b'])
      .code('x', 'sh')
      .details('More', 'body')
    expect(summary.render()).toBe(
      '### T\n\n- a\n- b\n\n```sh\nx\n```\n\n<details><summary>More</summary>\n\nbody\n\n</details>\n',
    )
  })
})
