// Text from inputs cannot become a workflow command: the runner obeys `::name::` at the start of
// a line (after whitespace) and `##[name]` anywhere in one, and `::stop-commands::` or
// `::add-mask::` from an input would silence or corrupt the rest of the step. Checked where the
// log is written (action-kit) and through a real bundle, read with the runner's own rules.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ConfigurationError,
  createRunnerContext,
  reportFailure,
  writeSummary,
} from '@tokenless/action-kit'
import { GitFixture } from '../support/git-fixture.js'
import { runBundle } from '../support/run-bundle.js'
import { runnerCommands } from '../support/runner-commands.js'

const SECRET = 'tok_LogInjectionSecret0123456789'

const HOSTILE = [
  'text',
  '::error::FORGED-error',
  '::add-mask::FORGED-mask',
  '  ::stop-commands::FORGED-stop',
  '\t::set-output name=x::FORGED-output',
  '\u0085::warning::FORGED-nel',
  '\u200b::notice::FORGED-zero-width',
  'before ##[error]FORGED-legacy',
  `#\u200b#[add-mask]FORGED-legacy-zero-width`,
].join('\n')

function expectNoForgedCommand(stdout: string): void {
  for (const command of runnerCommands(stdout)) {
    expect(command.command).not.toBe('stop-commands')
    expect(command.data.startsWith('FORGED')).toBe(false)
  }
  // What the runner would read after ignoring zero-width characters, as a culture-sensitive
  // comparison may.
  for (const command of runnerCommands(stdout.replaceAll('\u200b', '').replaceAll('\u0000', ''))) {
    expect(command.data.startsWith('FORGED')).toBe(false)
  }
}

describe('log injection (action-kit, where output is written)', () => {
  it('prints hostile text from every logger method, the summary and a failure as text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-log-injection-'))
    const output = join(dir, 'output')
    writeFileSync(output, '')
    const lines: string[] = []
    const ctx = createRunnerContext({ GITHUB_OUTPUT: output }, (line) => lines.push(line))
    ctx.setSecret(SECRET)
    ctx.log.info(HOSTILE)
    ctx.log.info(`${HOSTILE}\r::error::FORGED-cr\r\n::error::FORGED-crlf ${SECRET}`)
    ctx.log.debug(HOSTILE)
    ctx.log.notice(HOSTILE, { title: HOSTILE })
    ctx.log.warning(HOSTILE, { file: HOSTILE, line: 1 })
    ctx.log.error(HOSTILE)
    void ctx.log.group(HOSTILE, () => Promise.resolve())
    ctx.setOutput('reason', HOSTILE)
    ctx.summary.paragraph(HOSTILE)
    reportFailure(ctx, new ConfigurationError(`Input reason is "${HOSTILE}".`))
    reportFailure(ctx, HOSTILE)
    writeSummary(ctx, (text) => lines.push(text))
    const stdout = lines.join('\n')
    expectNoForgedCommand(stdout)
    expect(stdout).toContain('FORGED-stop')
    expect(stdout.split('\n').filter((line) => line.includes(SECRET))).toEqual([
      `::add-mask::${SECRET}`,
    ])
    expect(runnerCommands(stdout).filter((command) => command.command === 'add-mask')).toEqual([
      { command: 'add-mask', data: SECRET, line: `::add-mask::${SECRET}` },
    ])
    expect(readFileSync(output, 'utf8')).toContain('FORGED-output')
  })
})

describe('log injection (validate-tag bundle)', () => {
  it('reports a hostile tag as text, in the log and in a summary printed to the log', () => {
    const repo = GitFixture.create()
    repo.commit('feat: first', { 'package.json': '{ "name": "w", "version": "1.0.0" }\n' })
    const envs: Array<Record<string, string>> = [{}, { GITHUB_STEP_SUMMARY: '' }]
    for (const env of envs) {
      const result = runBundle('validate-tag', {
        workspace: repo.dir,
        inputs: { tag: `v1.0.0\n${HOSTILE}`, 'tag-prefix': `v\n${HOSTILE}` },
        env,
      })
      expect(result.exitCode).toBe(1)
      expect(result.annotations.filter((annotation) => annotation.level === 'error')).not.toEqual(
        [],
      )
      expectNoForgedCommand(result.stdout)
      expect(`${result.stdout}${result.summary}`).toContain('FORGED-stop')
    }
  })
})
