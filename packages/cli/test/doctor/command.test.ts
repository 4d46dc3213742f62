// `tokenless doctor` as a command: arguments, formats (text, json, SARIF for code scanning),
// exit status, the summary line, and every message a user can meet on the command line.
import { afterAll, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { DOCTOR_USAGE, doctorCommand } from '../../src/doctor/command.js'
import { RULES } from '../../src/doctor/rules/index.js'
import type { CliIO } from '../../src/io.js'
import { main } from '../../src/main.js'
import { removeRepositories, writeRepository } from './doctor-helpers.js'

afterAll(removeRepositories)

interface JsonFinding {
  file: string
  line: number
  column: number
  rule: string
  reason?: string
}
interface JsonReport {
  summary: Record<string, number>
  findings: JsonFinding[]
  ignored: JsonFinding[]
  files: string[]
}
interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: { text: string }
  locations: { physicalLocation: { region: { startLine: number } } }[]
  partialFingerprints: Record<string, string>
  suppressions?: unknown[]
}
interface SarifRule {
  id: string
  shortDescription: { text: string }
  help: { text: string; markdown: string }
  defaultConfiguration: { level: string }
}
interface SarifLog {
  version: string
  $schema: string
  runs: { tool: { driver: { name: string; rules: SarifRule[] } }; results: SarifResult[] }[]
}
const jsonOf = (text: string) => JSON.parse(text) as JsonReport
const sarifOf = (text: string) => JSON.parse(text) as SarifLog

async function run(args: string[], cwd: string) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const io: CliIO = { stdout, stderr, cwd, env: {} }
  const code = await main(['doctor', ...args], io)
  return { code, stdout: out, stderr: err }
}

const UNSAFE = `name: release
on:
  release:
    types: [published]
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions: { id-token: write }
    steps:
      - run: echo "\${{ github.event.release.name }}" # tokenless-ignore: script-injection releases are made by maintainers
      - uses: pypa/gh-action-pypi-publish@release/v1
        with: { skip-existing: true }
`
const CLEAN_BUT_WARNING = `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  release:
    needs: []
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - run: npm test
      - uses: softprops/action-gh-release@v2
`

test('text: grouped by file, the line quoted, the fix, a summary line; exit 1 on an error', async () => {
  const root = writeRepository({ '.github/workflows/release.yml': UNSAFE })
  const { code, stdout, stderr } = await run([], root)
  expect(stderr).toBe('')
  expect(code).toBe(1)
  expect(stdout).toBe(`.github/workflows/release.yml
  8:3  error    publish-without-environment
    Job "publish" publishes to PyPI with pypa/gh-action-pypi-publish (line 13) but has no \`environment:\`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job's token (npm answers E404 on the upload, PyPI "invalid-publisher").
    8 |   publish:
      |   ^
    fix: Add \`environment: release\` to job "publish", protect it with required reviewers and a deployment branch rule (Settings → Environments), and name the same environment in the trusted publisher on PyPI.

  13:15  warning  publish-before-test
    Job "publish" publishes with pypa/gh-action-pypi-publish (line 13) and nothing in this workflow tests that commit first: the upload cannot be stopped by a failing test, and a published version cannot be replaced.
    13 |       - uses: pypa/gh-action-pypi-publish@release/v1
       |               ^
    fix: Run the tests in a job that job "publish" needs (or call the CI workflow as a job, \`uses: ./.github/workflows/ci.yml\`, and add it to \`needs:\`).

  13:15  warning  unpinned-action
    \`pypa/gh-action-pypi-publish@release/v1\` runs whatever the tag or branch release/v1 points to on the day of the release (its owner, or whoever takes over the account, can move it), in job "publish", which can mint a publish token.
    13 |       - uses: pypa/gh-action-pypi-publish@release/v1
       |               ^
    fix: Pin the commit SHA that release/v1 points to today, and keep the version as a comment: \`uses: pypa/gh-action-pypi-publish@<40-hex sha> # release/v1\`.

tokenless doctor: 1 error, 2 warnings, 0 notes in 1 file (1 ignored by tokenless-ignore).
`)
})

test('warnings alone exit 0', async () => {
  const root = writeRepository({ '.github/workflows/release.yml': CLEAN_BUT_WARNING })
  const { code, stdout } = await run(['--format', 'json'], root)
  expect(code).toBe(0)
  const report = jsonOf(stdout)
  expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 2, notes: 0, ignored: 0 })
  expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual([
    'release-without-concurrency',
    'unpinned-action',
  ])
})

test('no findings: the summary says so and the exit status is 0', async () => {
  const root = writeRepository({
    '.github/workflows/ci.yml':
      'on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
  })
  expect(await run([], root)).toEqual({
    code: 0,
    stdout: 'tokenless doctor: 0 errors, 0 warnings, 0 notes in 1 file.\n',
    stderr: '',
  })
})

test('json: every finding with its place, rule, severity, message, fix and line; ignored ones with their reason', async () => {
  const root = writeRepository({ '.github/workflows/release.yml': UNSAFE })
  const { code, stdout } = await run(['--format=json', '.'], root)
  expect(code).toBe(1)
  const report = jsonOf(stdout)
  expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 2, notes: 0, ignored: 1 })
  expect(report.files).toEqual(['.github/workflows/release.yml'])
  expect(report.findings[0]).toEqual({
    file: '.github/workflows/release.yml',
    line: 8,
    column: 3,
    endLine: 8,
    endColumn: 10,
    rule: 'publish-without-environment',
    severity: 'error',
    message: expect.stringContaining('Job "publish" publishes to PyPI'),
    fix: expect.stringContaining('Add `environment: release` to job "publish"'),
    source: '  publish:',
  })
  expect(report.ignored).toEqual([
    expect.objectContaining({
      rule: 'script-injection',
      line: 12,
      column: 20,
      reason: 'releases are made by maintainers',
    }),
  ])
})

test('sarif: 2.1.0 with rules (help, default level), regions, fingerprints and suppressions', async () => {
  const root = writeRepository({ '.github/workflows/release.yml': UNSAFE })
  const { code, stdout } = await run(['-f', 'sarif'], root)
  expect(code).toBe(1)
  const sarif = sarifOf(stdout)
  expect(sarif.version).toBe('2.1.0')
  expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
  const run0 = sarif.runs[0]!
  expect(run0.tool.driver.name).toBe('tokenless doctor')
  expect(run0.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(
    RULES.map((rule) => rule.id),
  )
  const rule = run0.tool.driver.rules.find((each) => each.id === 'publish-without-environment')!
  expect(rule.defaultConfiguration).toEqual({ level: 'error' })
  expect(rule.shortDescription.text).toBe('A job publishes to npm or PyPI without `environment:`.')
  expect(rule.help.text).toContain('Fix: Add `environment: release` to the job')
  expect(rule.help.markdown).toContain('```yaml')
  expect(
    run0.tool.driver.rules.find((each) => each.id === 'publish-not-rerunnable')!
      .defaultConfiguration,
  ).toEqual({ level: 'warning' })

  const first = run0.results[0]!
  expect(first.ruleId).toBe('publish-without-environment')
  expect(run0.tool.driver.rules[first.ruleIndex]!.id).toBe('publish-without-environment')
  expect(first.level).toBe('error')
  expect(first.locations[0]!.physicalLocation).toEqual({
    artifactLocation: { uri: '.github/workflows/release.yml', uriBaseId: '%SRCROOT%' },
    region: { startLine: 8, startColumn: 3, endLine: 8, endColumn: 10 },
  })
  expect(first.message.text).toContain('\nFix: Add `environment: release`')
  expect(first.partialFingerprints['tokenlessFindingHash/v1']).toMatch(/^[0-9a-f]{32}$/)
  const fingerprints = run0.results.map(
    (result: { partialFingerprints: Record<string, string> }) =>
      result.partialFingerprints['tokenlessFindingHash/v1'],
  )
  expect(new Set(fingerprints).size).toBe(fingerprints.length)
  const suppressed = run0.results.filter(
    (result: { suppressions?: unknown }) => result.suppressions,
  )
  expect(suppressed).toEqual([
    expect.objectContaining({
      ruleId: 'script-injection',
      suppressions: [{ kind: 'inSource', justification: 'releases are made by maintainers' }],
    }),
  ])
})

test('the SARIF fingerprint does not change when lines move', async () => {
  const before = writeRepository({ '.github/workflows/release.yml': UNSAFE })
  const after = writeRepository({
    '.github/workflows/release.yml': `# a comment added on top\n\n${UNSAFE}`,
  })
  const hashes = async (root: string) =>
    sarifOf((await run(['--format', 'sarif'], root)).stdout).runs[0]!.results.map((result) => ({
      hash: result.partialFingerprints['tokenlessFindingHash/v1'],
      line: result.locations[0]!.physicalLocation.region.startLine,
    }))
  const [a, b] = [await hashes(before), await hashes(after)]
  expect(b.map(({ hash }) => hash)).toEqual(a.map(({ hash }) => hash))
  expect(b.map(({ line }) => line)).toEqual(a.map(({ line }) => line + 2))
})

test('--rule runs only the rules named, --ignore leaves rules out', async () => {
  const root = writeRepository({ '.github/workflows/release.yml': UNSAFE })
  const only = jsonOf(
    (await run(['--rule', 'unpinned-action,publish-before-test', '--format', 'json'], root)).stdout,
  )
  expect(only.findings.map((f: { rule: string }) => f.rule)).toEqual([
    'publish-before-test',
    'unpinned-action',
  ])
  const skipped = await run(
    ['--ignore', 'publish-without-environment', '--ignore=unpinned-action', '-f', 'json'],
    root,
  )
  expect(skipped.code).toBe(0)
  expect(jsonOf(skipped.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual([
    'publish-before-test',
  ])
})

test('--output writes the report to a file and the summary to stderr', async () => {
  const root = writeRepository({ '.github/workflows/release.yml': UNSAFE })
  const { code, stdout, stderr } = await run(
    ['--format', 'sarif', '--output', 'doctor.sarif'],
    root,
  )
  expect(code).toBe(1)
  expect(stdout).toBe('')
  expect(stderr).toBe(
    'tokenless doctor: 1 error, 2 warnings, 0 notes in 1 file (1 ignored by tokenless-ignore).\n',
  )
  expect(sarifOf(readFileSync(join(root, 'doctor.sarif'), 'utf8')).version).toBe('2.1.0')
})

test('a folder of workflows, and a single workflow file', async () => {
  const root = writeRepository({
    'examples/release.yml': UNSAFE,
    'examples/other.yaml': CLEAN_BUT_WARNING,
  })
  const folder = jsonOf((await run(['examples', '-f', 'json'], root)).stdout)
  expect(folder.files).toEqual(['examples/other.yaml', 'examples/release.yml'])
  const file = jsonOf((await run(['examples/release.yml', '-f', 'json'], root)).stdout)
  expect(file.files).toEqual(['examples/release.yml'])
})

test('--help and --list-rules', async () => {
  const root = writeRepository({})
  expect(await run(['--help'], root)).toEqual({ code: 0, stdout: `${DOCTOR_USAGE}\n`, stderr: '' })
  const listed = await run(['--list-rules'], root)
  expect(listed.code).toBe(0)
  const lines = listed.stdout.trimEnd().split('\n')
  expect(lines.length).toBe(RULES.length)
  expect(lines[0]).toBe(
    'publish-without-environment   error    A job publishes to npm or PyPI without `environment:`.',
  )
})

test.each([
  [['--format', 'xml'], 'unknown format "xml": use text, json or sarif.'],
  [['--format'], '--format needs a value.'],
  [['-o', '--rule', 'x'], '-o needs a value.'],
  [['--list-rules=yes'], '--list-rules takes no value, got "--list-rules=yes".'],
  [
    ['--rule', 'no-such-rule'],
    `unknown rule "no-such-rule" in --rule. Rules: ${RULES.map((r) => r.id).join(', ')}.`,
  ],
  [
    ['--ignore', 'a,b'],
    `unknown rule "a", "b" in --ignore. Rules: ${RULES.map((r) => r.id).join(', ')}.`,
  ],
  [['--verbose'], 'unknown option --verbose.'],
  [['-x'], 'unknown option -x.'],
  [['one', 'two'], 'give one PATH, not 2 (one, two).'],
])('%j is a usage error', async (args, message) => {
  const { code, stdout, stderr } = await run(args, writeRepository({}))
  expect(code).toBe(2)
  expect(stdout).toBe('')
  expect(stderr).toBe(`tokenless doctor: ${message}\n\n${DOCTOR_USAGE}\n`)
})

test('a PATH that does not exist, is not YAML, or holds no workflows', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'tokenless-doctor-empty-'))
  const root = writeRepository({ 'README.md': '# hi\n' })
  expect(await run(['missing'], root)).toEqual({
    code: 2,
    stdout: '',
    stderr: 'tokenless doctor: missing does not exist.\n',
  })
  expect(await run(['README.md'], root)).toEqual({
    code: 2,
    stdout: '',
    stderr: 'tokenless doctor: README.md is not a YAML file (.yml or .yaml).\n',
  })
  expect(await run([], empty)).toEqual({
    code: 2,
    stdout: '',
    stderr:
      'tokenless doctor: no workflows in .: looked for .yml and .yaml files in .github/workflows and in . itself. Give a repository, a folder of workflows, or a workflow file.\n',
  })
})

test('doctorCommand is what `tokenless doctor` runs', async () => {
  const stdout = new PassThrough()
  let out = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  const code = await doctorCommand(['--help'], {
    stdout,
    stderr: new PassThrough(),
    cwd: '.',
    env: {},
  })
  expect(code).toBe(0)
  expect(out).toContain('Usage: tokenless doctor [PATH] [options]')
})
