import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createGitHubClient, type GitHubClient } from '@tokenless/github'
import { DEFAULT_TOKEN, type GitHubSandbox, startGitHubSandbox } from '@tokenless/sandbox'
import { repoRoot } from '../support/action-defaults.js'
import { GitFixture } from '../support/git-fixture.js'
import {
  type BundleOptions,
  type BundleRun,
  linesLeaking,
  runBundleAsync,
} from '../support/run-bundle.js'

const TOKEN = DEFAULT_TOKEN

interface World {
  workspace: string
  sandbox: GitHubSandbox
  sha: string
  api: GitHubClient
  run: (inputs: Record<string, string>, options?: Partial<BundleOptions>) => Promise<BundleRun>
}

const sandboxes: GitHubSandbox[] = []
afterAll(async () => {
  await Promise.all(sandboxes.map((sandbox) => sandbox.stop()))
})

async function world(): Promise<World> {
  const workspace = mkdtempSync(join(tmpdir(), 'tokenless-test-gate-'))
  const sandbox = await startGitHubSandbox({ repositories: [{ owner: 'acme', repo: 'widget' }] })
  sandboxes.push(sandbox)
  const sha = sandbox.state.commit('acme', 'widget', { message: 'feat: the widget' })
  const api = createGitHubClient({ token: TOKEN, baseUrl: sandbox.url, writeSpacingMs: 0 })
  const run = (inputs: Record<string, string>, extra: Partial<BundleOptions> = {}) =>
    runBundleAsync('test-gate', {
      workspace,
      ...extra,
      inputs: { token: TOKEN, ...inputs },
      env: {
        GITHUB_API_URL: sandbox.url,
        GITHUB_SERVER_URL: sandbox.serverUrl,
        GITHUB_REPOSITORY: 'acme/widget',
        GITHUB_SHA: sha,
        GITHUB_JOB: 'test',
        ...extra.env,
      },
    })
  return { workspace, sandbox, sha, api, run }
}

function addReport(workspace: string, fixture: string, as = `reports/${fixture}`): void {
  mkdirSync(join(workspace, as, '..'), { recursive: true })
  copyFileSync(join(repoRoot, 'test', 'fixtures', 'junit', fixture), join(workspace, as))
}

function gateRuns(sandbox: GitHubSandbox) {
  return sandbox.state
    .checkRuns('acme', 'widget')
    .filter((run) => run.name === 'tokenless/test-gate')
}

function errors(result: BundleRun): string[] {
  return result.annotations
    .filter((annotation) => annotation.level === 'error')
    .map((annotation) => annotation.message)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once the action has listed the commit's check runs `times` times (it is waiting). */
async function looksAtChecks(sandbox: GitHubSandbox, times: number): Promise<void> {
  while (
    sandbox.requests.filter((request) => request.operationId === 'checks/list-for-ref').length <
    times
  ) {
    await pause(10)
  }
}

describe('test-gate (bundle): the commands', () => {
  it('passes when the commands exit 0, streams their output, and records a green gate', async () => {
    const { sandbox, sha, run } = await world()
    const result = await run({ run: 'echo "running the tests"\necho "in $PWD"' })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('running the tests\n')
    expect(result.outputs).toMatchObject({
      passed: 'true',
      tests: '0',
      failures: '0',
      skipped: '0',
    })
    const runs = gateRuns(sandbox)
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({ head_sha: sha, status: 'completed', conclusion: 'success' })
    expect(result.outputs['check-run-id']).toBe(String(runs[0]?.id))
    expect(result.summary).toContain(`## test-gate: passed on ${sha.slice(0, 7)}`)
    expect(result.summary).toMatch(/\| Commands \| exited 0 after \d+\.\d s \|/)
    expect(result.summary).toContain("which publish-oidc's require-gate reads.")
    expect(linesLeaking(result, TOKEN)).toEqual([])
    expect(sandbox.contractViolations).toEqual([])
  })

  it('fails on a non-zero exit, with -e and pipefail, and records a red gate', async () => {
    const { sandbox, run } = await world()
    const result = await run({ run: 'false | true\necho "not reached"' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).not.toContain('not reached')
    expect(errors(result)).toEqual(['The test gate failed: The test commands exited with code 1.'])
    expect(result.outputs.passed).toBe('false')
    expect(gateRuns(sandbox)[0]).toMatchObject({ conclusion: 'failure' })
    expect(gateRuns(sandbox)[0]?.output.title).toBe('Failed: The test commands exited with code 1.')
    expect(result.summary).toContain('## test-gate: failed')
    expect(result.summary).toContain('- The test commands exited with code 1.')
  })

  it("does not pass the step's inputs, the token among them, to the commands", async () => {
    const { workspace, run } = await world()
    const result = await run({ run: 'env > env.txt' })
    expect(result.exitCode).toBe(0)
    const env = readFileSync(join(workspace, 'env.txt'), 'utf8')
    expect(env).toContain('GITHUB_REPOSITORY=acme/widget')
    expect(env).not.toContain('INPUT_')
    expect(env).not.toContain(TOKEN)
  })

  it('runs in working-directory', async () => {
    const { workspace, run } = await world()
    mkdirSync(join(workspace, 'pkg'))
    const result = await run({ run: 'pwd > where', 'working-directory': 'pkg', record: 'false' })
    expect(result.exitCode).toBe(0)
    expect(readFileSync(join(workspace, 'pkg', 'where'), 'utf8').trim()).toBe(
      join(workspace, 'pkg'),
    )
  })

  it('stops the commands and every process they started at timeout-minutes', async () => {
    const { workspace, sandbox, run } = await world()
    const result = await run({
      run: '(sleep 300 & echo $! > child.pid; wait) &\nsleep 300 & echo $! > sibling.pid\nsleep 300',
      'timeout-minutes': '0.01',
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      'The tests ran longer than timeout-minutes (0.01 min): stopping them and every process they started.',
    )
    expect(errors(result)).toEqual([
      'The test gate failed: The tests were stopped after 0.01 min (timeout-minutes), with every process they started. Make them faster, find the test that hangs, or raise timeout-minutes.',
    ])
    for (const file of ['child.pid', 'sibling.pid']) {
      const pid = Number(readFileSync(join(workspace, file), 'utf8'))
      expect(isAlive(pid)).toBe(false)
    }
    expect(result.summary).toMatch(/\| Commands \| stopped at timeout-minutes after/)
    expect(gateRuns(sandbox)[0]).toMatchObject({ conclusion: 'failure' })
  })

  it('stops processes the commands left running when they exit', async () => {
    const { workspace, run } = await world()
    const result = await run({ run: 'sleep 300 & echo $! > left.pid', record: 'false' })
    expect(result.exitCode).toBe(0)
    expect(isAlive(Number(readFileSync(join(workspace, 'left.pid'), 'utf8')))).toBe(false)
  })

  it('warns when the job can mint OIDC tokens', async () => {
    const { run } = await world()
    const result = await run(
      { run: 'true', record: 'false' },
      {
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
        },
      },
    )
    expect(result.exitCode).toBe(0)
    expect(result.annotations).toContainEqual({
      level: 'warning',
      properties: { title: 'Tests in a job that can publish' },
      message:
        'This job can mint OIDC tokens (it has "permissions: id-token: write"): the tests, and every dependency they install or run, could use it to publish as this repository. Run the tests in a job without id-token: write, and publish from a separate job that needs this one.',
    })
  })
})

describe('test-gate (bundle): JUnit reports', () => {
  it('fails, and records a red gate, when a junit glob matches no file', async () => {
    const { sandbox, run } = await world()
    const result = await run({ run: 'true', junit: 'reports/*.xml' }, {})
    // No report yet: the glob matches nothing.
    expect(errors(result)).toEqual([
      "The junit glob reports/*.xml matches no file in .. The tests wrote no report there: check the reporter's output path (jest-junit's outputDirectory, pytest --junitxml, surefire's reportsDirectory) and the glob.",
    ])
    expect(gateRuns(sandbox)[0]).toMatchObject({ conclusion: 'failure' })
  })

  it('fails on failures in the reports although the commands exited 0, annotating file:line', async () => {
    const { workspace, sandbox, run } = await world()
    addReport(workspace, 'pytest.xml')
    addReport(workspace, 'jest-junit.xml')
    const result = await run({ run: 'true', junit: 'reports/*.xml' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({
      passed: 'false',
      tests: '8',
      failures: '3',
      skipped: '2',
    })
    expect(errors(result)).toContain(
      'The test gate failed: 3 of 8 tests failed in the JUnit reports (2 failures, 1 errors), although the test commands exited 0: widget sums & rounds; tests.test_widget › test_rounds; tests.test_widget › test_db.',
    )
    expect(result.annotations).toContainEqual({
      level: 'error',
      properties: {
        title: 'Test failed: tests.test_widget › test_rounds',
        file: 'tests/test_widget.py',
        line: '7',
      },
      message: 'assert 4 == 3',
    })
    expect(result.annotations).toContainEqual({
      level: 'error',
      properties: {
        title: 'Test error: tests.test_widget › test_db',
        file: 'tests/test_widget.py',
        line: '11',
      },
      message: 'failed on setup with "ConnectionRefusedError"',
    })
    expect(result.summary).toContain(
      '| JUnit | 8 tests, 2 failed, 1 errors, 2 skipped, 1.8 s (reports/jest-junit.xml, reports/pytest.xml) |',
    )
    expect(result.summary).toContain('### Failed tests (3)')
    expect(result.summary).toContain(
      '- `tests.test_widget › test_rounds` (tests/test_widget.py:7): assert 4 == 3',
    )
    expect(result.summary).toContain(
      '- `widget sums & rounds` (src/widget.test.ts): Error: expect(received).toBe(expected) // Object.is equality',
    )
    const recorded = gateRuns(sandbox)[0]
    expect(recorded?.conclusion).toBe('failure')
    expect(recorded?.output.summary).toContain(
      'JUnit: 8 tests, 2 failed, 1 errors, 2 skipped, 1.8 s.',
    )
    expect(sandbox.contractViolations).toEqual([])
  })

  it('lists the first 50 failed tests of many', async () => {
    const { workspace, run } = await world()
    const cases = Array.from(
      { length: 60 },
      (_, index) => `<testcase name="t${index}"><failure message="m${index}"/></testcase>`,
    )
    mkdirSync(join(workspace, 'reports'))
    writeFileSync(
      join(workspace, 'reports', 'many.xml'),
      `<testsuite>${cases.join('')}</testsuite>`,
    )
    const result = await run({ junit: 'reports/many.xml', record: 'false' })
    expect(result.exitCode).toBe(1)
    expect(result.summary).toContain('### Failed tests (first 50 of 60)')
    expect(result.summary).toContain('- `t49`: m49')
    expect(result.summary).not.toContain('- `t50`: m50')
  })

  it('passes on a green report', async () => {
    const { workspace, run } = await world()
    mkdirSync(join(workspace, 'reports'))
    writeFileSync(
      join(workspace, 'reports', 'ok.xml'),
      '<testsuite><testcase name="a"/><testcase name="b"/></testsuite>',
    )
    const result = await run({ junit: 'reports/ok.xml', record: 'false' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      passed: 'true',
      tests: '2',
      failures: '0',
      skipped: '0',
    })
  })

  it('fails when no test was executed, unless min-tests is 0', async () => {
    const { workspace, run } = await world()
    mkdirSync(join(workspace, 'reports'))
    writeFileSync(
      join(workspace, 'reports', 'empty.xml'),
      '<testsuites><testsuite name="s"><testcase name="a"><skipped/></testcase></testsuite></testsuites>',
    )
    const result = await run({ run: 'true', junit: 'reports/empty.xml', record: 'false' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      'The test gate failed: The JUnit reports (reports/empty.xml) show 0 executed tests (1 in all, 1 skipped), fewer than min-tests: 1. Check that the tests ran and that junit matches the reports they wrote, or set min-tests: 0 if no tests is right.',
    ])
    const allowed = await run({
      run: 'true',
      junit: 'reports/empty.xml',
      record: 'false',
      'min-tests': '0',
    })
    expect(allowed.exitCode).toBe(0)
  })

  it('reports malformed XML with its file and line', async () => {
    const { workspace, sandbox, run } = await world()
    addReport(workspace, 'truncated.xml')
    const result = await run({ run: 'true', junit: 'reports/truncated.xml' })
    expect(result.exitCode).toBe(1)
    expect(result.annotations).toEqual([
      {
        level: 'error',
        properties: {
          title: 'Malformed JUnit report',
          file: 'reports/truncated.xml',
          line: '6',
          col: '1',
        },
        message:
          'reports/truncated.xml:6:1 is not well-formed XML: The document ends inside <testcase>: it is cut short or a closing tag is missing. The test reporter wrote a broken report (was it cut short by a crash or a full disk?).',
      },
    ])
    expect(gateRuns(sandbox)[0]?.conclusion).toBe('failure')
  })

  it('refuses a file that is not a JUnit report', async () => {
    const { workspace, run } = await world()
    writeFileSync(join(workspace, 'coverage.xml'), '<coverage/>')
    const result = await run({ junit: 'coverage.xml', record: 'false' })
    expect(errors(result)).toEqual([
      'coverage.xml is not a JUnit report: the root element is <coverage>, not <testsuites> or <testsuite>. Point junit at the JUnit XML files only.',
    ])
  })

  it('keeps the exit code as the reason when the commands failed before writing a report', async () => {
    const { run } = await world()
    const result = await run({ run: 'exit 4', junit: 'reports/*.xml', record: 'false' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      "The junit glob reports/*.xml matches no file in .. The tests wrote no report there: check the reporter's output path (jest-junit's outputDirectory, pytest --junitxml, surefire's reportsDirectory) and the glob.",
      "The test gate failed: The test commands exited with code 4. The junit glob reports/*.xml matches no file in .. The tests wrote no report there: check the reporter's output path (jest-junit's outputDirectory, pytest --junitxml, surefire's reportsDirectory) and the glob.",
    ])
  })
})

describe('test-gate (bundle): require-checks', () => {
  async function pendingCheck(api: GitHubClient, sha: string, name: string): Promise<number> {
    const { data } = await api.rest.checks.create({
      owner: 'acme',
      repo: 'widget',
      name,
      head_sha: sha,
      status: 'in_progress',
    })
    return data.id
  }

  it('waits for a pending check that then succeeds', async () => {
    const { sandbox, sha, api, run } = await world()
    const id = await pendingCheck(api, sha, 'build (ubuntu)')
    const gate = run({ 'require-checks': 'build (ubuntu)', 'wait-minutes': '5' })
    await looksAtChecks(sandbox, 2)
    await api.rest.checks.update({
      owner: 'acme',
      repo: 'widget',
      check_run_id: id,
      status: 'completed',
      conclusion: 'success',
    })
    const result = await gate
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      'Waiting for build (ubuntu) (check run, pending); looking again in 1 s.',
    )
    expect(result.summary).toContain('| Required checks | 1 of 1 succeeded |')
    expect(result.summary).toMatch(
      /\| build \(ubuntu\) \| check run \| success \| \[details\]\(http:\/\/127\.0\.0\.1:\d+\/.*\) \|/,
    )
    expect(gateRuns(sandbox)[0]?.conclusion).toBe('success')
  })

  it('fails when a pending check then fails, and considers commit statuses', async () => {
    const { sandbox, sha, api, run } = await world()
    const id = await pendingCheck(api, sha, 'lint')
    await api.rest.repos.createCommitStatus({
      owner: 'acme',
      repo: 'widget',
      sha,
      state: 'success',
      context: 'ci/circleci',
    })
    const gate = run({ 'require-checks': 'lint, ci/circleci', 'wait-minutes': '5' })
    await looksAtChecks(sandbox, 2)
    await api.rest.checks.update({
      owner: 'acme',
      repo: 'widget',
      check_run_id: id,
      status: 'completed',
      conclusion: 'failure',
    })
    const result = await gate
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      `The test gate failed: Required checks did not succeed on ${sha.slice(0, 7)}: lint (failure).`,
    ])
    expect(result.summary).toContain('| ci/circleci | status | success |')
    expect(gateRuns(sandbox)[0]?.conclusion).toBe('failure')
  })

  it('gives up at wait-minutes on a check that stays pending', async () => {
    const { sha, api, run } = await world()
    await pendingCheck(api, sha, 'e2e')
    const result = await run({ 'require-checks': 'all', 'wait-minutes': '0.005' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      `The test gate failed: Required checks were still pending on ${sha.slice(0, 7)} after 0.005 min (wait-minutes): e2e. Raise wait-minutes, or make this job need the jobs that run them.`,
    ])
  })

  it('with all, leaves out its own check and the job', async () => {
    const { sandbox, sha, api, run } = await world()
    await pendingCheck(api, sha, 'test')
    await api.rest.checks.create({
      owner: 'acme',
      repo: 'widget',
      name: 'build',
      head_sha: sha,
      status: 'completed',
      conclusion: 'success',
    })
    await run({ run: 'true' })
    const result = await run({ 'require-checks': 'all', 'wait-minutes': '0' })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain('| Required checks | 1 of 1 succeeded |')
    expect(gateRuns(sandbox)).toHaveLength(2)
  })

  it('lists the checks there are for an unknown name', async () => {
    const { sandbox, sha, api, run } = await world()
    await api.rest.checks.create({
      owner: 'acme',
      repo: 'widget',
      name: 'build',
      head_sha: sha,
      status: 'completed',
      conclusion: 'success',
    })
    const result = await run({ 'require-checks': 'biuld', 'wait-minutes': '0' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      `require-checks names "biuld", but ${sha.slice(0, 7)} has no check run or status by that name. The checks there are: build. Use the check's name as shown on the commit (a job's name, not its id, when it has one).`,
    ])
    expect(gateRuns(sandbox)[0]?.conclusion).toBe('failure')
  })

  it('refuses a sha that does not exist', async () => {
    // A repository backed by real git: the in-memory one accepts any sha.
    const repo = GitFixture.create()
    repo.commit('feat: the widget', { 'README.md': 'widget\n' })
    const sandbox = await startGitHubSandbox({
      repositories: [{ owner: 'acme', repo: 'widget', gitDir: repo.dir }],
    })
    sandboxes.push(sandbox)
    const missing = 'f'.repeat(40)
    const result = await runBundleAsync('test-gate', {
      workspace: repo.dir,
      inputs: {
        token: TOKEN,
        'require-checks': 'build',
        sha: missing,
        'wait-minutes': '0',
        record: 'false',
      },
      env: { GITHUB_API_URL: sandbox.url, GITHUB_REPOSITORY: 'acme/widget' },
    })
    expect(errors(result)).toEqual([
      `The commit ${missing} does not exist in acme/widget. Pass the sha of a pushed commit (default: the event's GITHUB_SHA).`,
    ])
  })
})

describe('test-gate (bundle): record and input mistakes', () => {
  it('warns, and still judges, when the token cannot write checks', async () => {
    const { sandbox, run } = await world()
    sandbox.tokens.register('ghs_no_checks', {
      permissions: { contents: 'read' },
      kind: 'github-token',
    })
    const result = await run({ run: 'true', token: 'ghs_no_checks' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ passed: 'true', 'check-run-id': '' })
    expect(
      result.annotations
        .filter((annotation) => annotation.level === 'warning')
        .map((annotation) => annotation.message),
    ).toEqual([
      `Could not record the gate as the check run tokenless/test-gate on ${result.summary.match(/on ([0-9a-f]{7})/)?.[1]}: GitHub answered 403 (the token lacks checks: write). publish-oidc's require-gate cannot see this result, so it will not hold a release of this commit back on it. Add "permissions: { checks: write }" to this job, or set record: false to stop this warning.`,
    ])
    expect(gateRuns(sandbox)).toEqual([])
    expect(linesLeaking(result, 'ghs_no_checks')).toEqual([])
  })

  it.each([
    [
      {},
      'test-gate has nothing to judge: give run (the test commands), junit (the reports of tests run in an earlier step), or require-checks (checks that ran the tests elsewhere).',
    ],
    [
      { run: 'true', 'working-directory': 'nope' },
      'Input working-directory is "nope", which is not a directory in the workspace. Check out the repository first, or fix the path.',
    ],
    [
      { run: 'true', 'timeout-minutes': 'ten' },
      'Input timeout-minutes is "ten", which is not a number of minutes (e.g. 30 or 0.5).',
    ],
    [
      { run: 'true', 'timeout-minutes': '0' },
      'Input timeout-minutes is 0: the commands would be stopped before they start. Give a number of minutes above 0.',
    ],
    [
      { run: 'true', sha: 'abc123' },
      'Input sha is "abc123", which is not a full 40-character commit sha.',
    ],
    [
      { run: 'true', token: '' },
      "Input token is empty, but record: true needs GitHub's API. Leave token out to use the job's GITHUB_TOKEN, or set record: false when there is nothing to record.",
    ],
    [
      { run: 'true', record: 'yes' },
      'Input record is "yes", which is not a boolean. Use true or false.',
    ],
  ])('refuses %j', async (inputs, message) => {
    const { sandbox, run } = await world()
    const result = await run(inputs)
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([message])
    expect(gateRuns(sandbox)).toEqual([])
  })

  it('needs a repository and sha to record', async () => {
    const { run } = await world()
    const noRepo = await run({ run: 'true' }, { env: { GITHUB_REPOSITORY: '' } })
    expect(errors(noRepo)).toEqual([
      'No repository: GITHUB_REPOSITORY is not set and the repository input is empty, but record: true needs one. Set repository: owner/repo, or record: false for a local run.',
    ])
    const noSha = await run({ run: 'true' }, { env: { GITHUB_SHA: '' } })
    expect(errors(noSha)).toEqual([
      'No sha: GITHUB_SHA is not set and the sha input is empty, but record: true needs the commit. Set sha to the full commit sha.',
    ])
  })
})
