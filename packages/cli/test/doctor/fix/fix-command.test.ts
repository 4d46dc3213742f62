// `tokenless doctor --fix` as a command: --dry-run prints a unified diff and writes nothing, a
// second --fix changes nothing, the long-lived-token workflows of the corpus come out clean for
// the rules --fix answers and pass actionlint, and every message it prints.
import { afterAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXABLE_RULES } from '../../../src/doctor/fix/fixers.js'
import { doctorAt } from '../doctor-helpers.js'
import { copyFixture, readWorkflow, runDoctorCommand } from './fix-support.js'

const copies: string[] = []
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true })
})

function fixture(name: string): string {
  const dir = copyFixture(name)
  copies.push(dir)
  return dir
}

/** The npm and PyPI fixture in a git repository whose origin is acme/widget on GitHub. */
function widget(): string {
  const dir = fixture('npm-pypi-wild')
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: '@acme/widget', version: '1.0.0' }),
  )
  writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "acme-widget"\nversion = "1.0.0"\n')
  execFileSync('git', ['init', '--quiet', dir])
  execFileSync('git', ['-C', dir, 'remote', 'add', 'origin', 'https://github.com/acme/widget.git'])
  return dir
}

const EXPECTED = join(import.meta.dirname, 'expected')

/** The text a run must print, from expected/ (TOKENLESS_UPDATE_DOCS=1 writes it from the run). */
function expected(name: string, actual: string): string {
  if (process.env.TOKENLESS_UPDATE_DOCS === '1') writeFileSync(join(EXPECTED, name), actual)
  return readFileSync(join(EXPECTED, name), 'utf8')
}

const SUITE = join(import.meta.dirname, '..', '..', '..', '..', '..')

/** `npm run lint:workflows` on these files: actionlint through the repository's wrapper. */
function actionlint(file: string): string[] {
  try {
    execFileSync(
      join(SUITE, 'node_modules', '.bin', 'node'),
      [join(SUITE, 'scripts', 'lint-workflows.mjs'), file],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    )
    return []
  } catch (error) {
    // One line per problem: `file:line:column: message [kind]`; the message and kind are kept.
    const { stderr } = error as { stderr: string }
    return stderr
      .split('\n')
      .filter((line) => line.startsWith(file) || /:\d+:\d+: /.test(line))
      .map((line) => line.replace(/^.*?:\d+:\d+: /, ''))
  }
}

test('--fix --dry-run prints the diff, what it would change and what is left by hand; writes nothing', async () => {
  const dir = widget()
  const before = readWorkflow(dir)
  const run = await runDoctorCommand(['--fix', '--dry-run'], dir)
  expect(readWorkflow(dir)).toBe(before)
  expect(run.stdout).toBe(expected('npm-pypi-wild.dry-run.txt', run.stdout))
  expect(run.code).toBe(1)
})

test('--fix writes the fixed file and says what it changed; a second --fix changes nothing', async () => {
  const dir = widget()
  const dryRun = await runDoctorCommand(['--fix', '--dry-run'], dir)
  const first = await runDoctorCommand(['--fix'], dir)
  expect(first.stdout).toBe(expected('npm-pypi-wild.fix.txt', first.stdout))
  expect(first.code).toBe(1)
  const fixedText = readWorkflow(dir)
  // The diff printed by --dry-run is the change --fix made.
  expect(dryRun.stdout).toContain(`+          node-version: 24\n`)
  expect(fixedText).toContain('          node-version: 24\n          cache: npm\n')
  const second = await runDoctorCommand(['--fix'], dir)
  expect(readWorkflow(dir)).toBe(fixedText)
  expect(second.stdout).toBe(
    `tokenless doctor --fix: nothing to fix (no finding of ${FIXABLE_RULES.join(', ')} that --fix can change).\n\n6 findings left that --fix does not change: run tokenless doctor to read them.\n`,
  )
  expect(second.code).toBe(1)
})

test.each([
  ['npm-pypi-wild', ['NPM_TOKEN', 'PYPI_API_TOKEN']],
  ['changesets-wild', ['NPM_TOKEN']],
  ['semantic-release-wild', ['NPM_TOKEN']],
])(
  'the long-lived-token workflow %s, fixed: no finding of the rules --fix answers, and actionlint passes',
  async (name, secrets) => {
    const dir = fixture(name)
    const before = doctorAt(dir).findings.filter((finding) => finding.rule === 'long-lived-token')
    expect(before.length).toBeGreaterThan(0)
    const file = join(dir, '.github', 'workflows', 'release.yml')
    const linted = actionlint(file)
    const run = await runDoctorCommand(['--fix'], dir)
    expect(run.stdout).toContain(
      `delete the secret${secrets.length > 1 ? 's' : ''} ${secrets.join(', ')} (Settings -> Secrets and variables -> Actions, and any environment's secrets)`,
    )
    expect(run.stdout).toContain(
      'The origin remote is not on GitHub: replace <owner> and <repository> with where the repository lives.\n',
    )
    const left = doctorAt(dir).findings.map((finding) => finding.rule)
    expect(left.filter((rule) => FIXABLE_RULES.includes(rule))).toEqual([])
    const text = readWorkflow(dir)
    expect(text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN|TWINE_PASSWORD|registry-url/)
    // actionlint finds nothing the fix brought (npm-pypi-wild's script injection was there before).
    expect(actionlint(file)).toEqual(linted)
    expect(linted.length).toBe(name === 'npm-pypi-wild' ? 1 : 0)
  },
)

test('the comments of a fixed workflow stay where they were', async () => {
  const dir = fixture('semantic-release-wild')
  const before = readWorkflow(dir)
  await runDoctorCommand(['--fix'], dir)
  const comments = (text: string) => text.split('\n').filter((line) => line.includes('#'))
  expect(comments(readWorkflow(dir))).toEqual(comments(before))
})

test('--fix on a workflow with nothing it can fix says so and writes nothing', async () => {
  const dir = fixture('npm-pypi-hardened')
  const before = readWorkflow(dir)
  const run = await runDoctorCommand(['--fix'], dir)
  expect(run.stdout).toBe(
    `tokenless doctor --fix: nothing to fix (no finding of ${FIXABLE_RULES.join(', ')} that --fix can change).\n`,
  )
  expect(run.code).toBe(0)
  expect(readWorkflow(dir)).toBe(before)
})

test('--fix --rule fixes that rule only', async () => {
  const dir = fixture('changesets-wild')
  const run = await runDoctorCommand(['--fix', '--rule', 'long-lived-token'], dir)
  expect(run.stdout).toBe(`tokenless doctor --fix: changed .github/workflows/release.yml:
  long-lived-token: removed NPM_TOKEN from step "Create Release Pull Request or Publish to npm" of job "release"

Register the trusted publishers (the values must match exactly; the workflow publishes with no token once they exist):
  npm, for job "release": https://www.npmjs.com/package/<each package the job publishes, as named in its package.json>/access -> Trusted publishing -> GitHub Actions
    Package:              <each package the job publishes, as named in its package.json>
    Organization or user: <owner>
    Repository:           <repository>
    Workflow filename:    release.yml
    Environment name:     (empty: job "release" has no \`environment:\`)
Once a release has published through trusted publishing, delete the secret NPM_TOKEN (Settings -> Secrets and variables -> Actions, and any environment's secrets) and revoke the token on the registry.
The origin remote is not on GitHub: replace <owner> and <repository> with where the repository lives.
`)
  expect(run.code).toBe(0)
})

test.each([
  [['--dry-run'], '--dry-run goes with --fix: tokenless doctor --fix --dry-run.'],
  [
    ['--fix', '--format', 'json'],
    '--fix prints its changes as text: leave out --format and --output (run doctor again for a report).',
  ],
  [
    ['--fix', '-o', 'report.txt'],
    '--fix prints its changes as text: leave out --format and --output (run doctor again for a report).',
  ],
])('usage: %j', async (args, message) => {
  const dir = fixture('changesets-wild')
  const run = await runDoctorCommand(args, dir)
  expect(run.code).toBe(2)
  expect(run.stderr.split('\n')[0]).toBe(`tokenless doctor: ${message}`)
})
