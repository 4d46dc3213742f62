// action-kit speaks the runner's protocol itself (start-up time); GitHub's toolkit, @actions/core
// and @actions/exec, is the reference it must agree with. Each case runs in two node processes
// with the runner's files, one through the toolkit and one through action-kit, and the runner
// files and stdout they leave must be the same. Where they differ on purpose, the test says why.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseOutputFile } from '../../../test/support/run-bundle.js'

const root = join(import.meta.dirname, '..', '..', '..')

/** What one process does, in the order given: each step names a protocol call and its arguments. */
type Step =
  | ['input', string]
  | ['boolean', string]
  | ['output', string, string | number | boolean]
  | ['mask', string]
  | ['info', string]
  | ['debug', string]
  | ['annotation', 'error' | 'warning' | 'notice', string, Record<string, string | number>]
  | ['exec', string, string[], string | undefined]
  | ['summary', string]

// The same steps through @actions/core and @actions/exec ...
const toolkitDriver = `
import * as core from '@actions/core'
import { getExecOutput } from '@actions/exec'
for (const [kind, ...a] of JSON.parse(process.env.CONFORMANCE_STEPS)) {
  if (kind === 'input') core.info('input=' + JSON.stringify(core.getInput(a[0])))
  else if (kind === 'boolean') core.info('boolean=' + JSON.stringify(core.getBooleanInput(a[0])))
  else if (kind === 'output') core.setOutput(a[0], a[1])
  else if (kind === 'mask') core.setSecret(a[0])
  else if (kind === 'info') core.info(a[0])
  else if (kind === 'debug') core.debug(a[0])
  else if (kind === 'annotation') {
    // The toolkit names line and col startLine and startColumn; absent ones stay absent.
    const names = { line: 'startLine', col: 'startColumn' }
    core[a[0]](a[1], Object.fromEntries(Object.entries(a[2]).map(([k, v]) => [names[k] ?? k, v])))
  } else if (kind === 'exec') {
    const r = await getExecOutput(a[0], a[1], { silent: true, ignoreReturnCode: true, input: a[2] === null ? undefined : Buffer.from(a[2]) })
    core.info('exec=' + JSON.stringify([r.exitCode, r.stdout, r.stderr]))
  } else if (kind === 'summary') await core.summary.addRaw(a[0], true).write()
}
`

// ... and through action-kit's runner context.
const kitDriver = `
import { booleanInput, createRunnerContext, optionalInput, writeSummary } from '@tokenless/action-kit'
const ctx = createRunnerContext()
for (const [kind, ...a] of JSON.parse(process.env.CONFORMANCE_STEPS)) {
  if (kind === 'input') ctx.log.info('input=' + JSON.stringify(optionalInput(ctx, a[0]) ?? ''))
  else if (kind === 'boolean') ctx.log.info('boolean=' + JSON.stringify(booleanInput(ctx, a[0], false)))
  else if (kind === 'output') ctx.setOutput(a[0], a[1])
  else if (kind === 'mask') ctx.setSecret(a[0])
  else if (kind === 'info') ctx.log.info(a[0])
  else if (kind === 'debug') ctx.log.debug(a[0])
  else if (kind === 'annotation') ctx.log[a[0]](a[1], a[2])
  else if (kind === 'exec') {
    const r = await ctx.exec(a[0], a[1], { silent: true, input: a[2] ?? undefined })
    ctx.log.info('exec=' + JSON.stringify([r.exitCode, r.stdout, r.stderr]))
  } else if (kind === 'summary') {
    ctx.summary.paragraph(a[0])
    writeSummary(ctx, (line) => process.stdout.write(line + '\\n'))
  }
}
`

interface Observed {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  /** GITHUB_STEP_SUMMARY after the run (it held `EARLIER_SUMMARY` before). */
  summary: string
}

/** What an earlier step of the job left in the summary file: a step appends, never replaces. */
const EARLIER_SUMMARY = '## From an earlier step\n\nkept as it was\n'

function runDriver(side: 'toolkit' | 'kit', steps: Step[], env: Record<string, string>): Observed {
  const dir = mkdtempSync(join(tmpdir(), `tokenless-conformance-${side}-`))
  const output = join(dir, 'output')
  writeFileSync(output, '')
  const summary = join(dir, 'summary')
  writeFileSync(summary, EARLIER_SUMMARY)
  const hooks =
    side === 'kit'
      ? [
          '--experimental-transform-types',
          '--disable-warning=ExperimentalWarning',
          '--import',
          join(root, 'test', 'support', 'source-hooks.ts'),
        ]
      : []
  const result = spawnSync(
    process.execPath,
    [...hooks, '--input-type=module', '-e', side === 'kit' ? kitDriver : toolkitDriver],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        CONFORMANCE_STEPS: JSON.stringify(steps),
        ...env,
      },
    },
  )
  return {
    exitCode: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputFile(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
  }
}

function expectSame(steps: Step[], env: Record<string, string> = {}): Observed {
  const toolkit = runDriver('toolkit', steps, env)
  const kit = runDriver('kit', steps, env)
  expect(toolkit.stderr).toBe('')
  expect(toolkit.exitCode).toBe(0)
  expect(kit).toEqual(toolkit)
  return kit
}

describe('action-kit agrees with @actions/core and @actions/exec', () => {
  it('reads inputs: trimmed, names with spaces, empty when absent, YAML booleans', () => {
    const seen = expectSame(
      [
        ['input', 'tag'],
        ['input', 'tag prefix'],
        ['input', 'missing'],
        ['boolean', 'draft'],
        ['boolean', 'verify'],
      ],
      {
        INPUT_TAG: '  v1.2.0 \n',
        INPUT_TAG_PREFIX: 'v',
        INPUT_DRAFT: 'True',
        INPUT_VERIFY: 'FALSE',
      },
    )
    expect(seen.stdout).toBe('input="v1.2.0"\ninput="v"\ninput=""\nboolean=true\nboolean=false\n')
  })

  it('writes outputs to GITHUB_OUTPUT: strings, numbers, booleans, several lines', () => {
    const seen = expectSame([
      ['output', 'version', '1.2.0'],
      ['output', 'count', 3],
      ['output', 'prerelease', false],
      ['output', 'notes', '### Added\n- The widget.\n\n100% done: a, b'],
    ])
    expect(seen.outputs).toEqual({
      version: '1.2.0',
      count: '3',
      prerelease: 'false',
      notes: '### Added\n- The widget.\n\n100% done: a, b',
    })
  })

  it('masks a secret with ::add-mask:: and prints log lines and debug as the toolkit does', () => {
    expectSame([
      ['mask', 'hunter2-secret'],
      ['info', 'a plain line'],
      ['debug', 'debug text with 50% and\nsecond line'],
    ])
  })

  it('writes error, warning and notice annotations with escaped properties and messages', () => {
    const seen = expectSame([
      [
        'annotation',
        'error',
        'pyproject.toml:7 has version 1.2.0, not 1.2.1.\nUpdate it: 100%',
        { title: 'Version: mismatch, again', file: 'pyproject.toml', line: 7 },
      ],
      ['annotation', 'warning', 'no location', {}],
      [
        'annotation',
        'notice',
        'a span',
        { file: 'src/a,b.ts', line: 3, endLine: 4, col: 1, endColumn: 9 },
      ],
    ])
    expect(seen.stdout.split('\n')[0]).toBe(
      '::error title=Version%3A mismatch%2C again,file=pyproject.toml,line=7::pyproject.toml:7 has version 1.2.0, not 1.2.1.%0AUpdate it: 100%25',
    )
  })

  it('appends the job summary to GITHUB_STEP_SUMMARY after what earlier steps wrote', () => {
    const markdown = '### Released v1.2.0\n\n| package | version |\n| --- | --- |\n| a | 1.2.0 |'
    const seen = expectSame([['summary', markdown]])
    expect(seen.summary).toBe(`${EARLIER_SUMMARY}${markdown}\n`)
  })

  it('runs a program without a shell and returns its exit code, stdout and stderr', () => {
    expectSame([
      ['exec', 'sh', ['-c', 'echo out; echo err >&2; exit 3'], undefined],
      ['exec', 'cat', [], 'from standard input\n'],
      ['exec', 'echo', ['$HOME', '*', 'a b'], undefined],
    ])
  })
})
