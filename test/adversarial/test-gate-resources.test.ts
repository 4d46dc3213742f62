// test-gate against hostile input that aims at its resources: a JUnit report nested 100,000
// deep, reports too large or too many, a timeout-minutes past what a timer holds, reading that
// outlasts timeout-minutes, and test processes that leave the process group with setsid. Each
// runs the action (its sources, or dist/ with TOKENLESS_TEST_TARGET=dist) as the runner does.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BundleRun, linesLeaking, runBundleAsync } from '../support/run-bundle.js'

/** Never used against an API here (record: false): it must only never be printed. */
const TOKEN = 'ghs_adversarialTestGateToken0123456789abcd'

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'tokenless-adversarial-test-gate-'))
}

function gate(dir: string, inputs: Record<string, string>): Promise<BundleRun> {
  return runBundleAsync('test-gate', {
    workspace: dir,
    inputs: { token: TOKEN, record: 'false', ...inputs },
    env: { GITHUB_REPOSITORY: 'acme/widget', GITHUB_SHA: 'a'.repeat(40) },
  })
}

function errors(result: BundleRun): string[] {
  return result.annotations
    .filter((annotation) => annotation.level === 'error')
    .map((annotation) => annotation.message)
}

function expectNoLeak(result: BundleRun): void {
  expect(linesLeaking(result, TOKEN)).toEqual([])
}

/** Running, and not a zombie waiting to be reaped (a zombie has ended). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

/** Left running if the gate failed to end them: the test fails, and leaves nothing behind. */
const started: number[] = []
afterAll(() => {
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Ended, as it should be.
    }
  }
})

function pidsIn(dir: string, ...files: string[]): number[] {
  const pids = files.map((file) => Number(readFileSync(join(dir, file), 'utf8').trim()))
  started.push(...pids)
  return pids
}

describe('test-gate (adversarial): JUnit reports', () => {
  it('reads a report nested 100,000 deep, counting the test at the bottom', async () => {
    const dir = workspace()
    const depth = 100_000
    writeFileSync(
      join(dir, 'deep.xml'),
      `<testsuites>${'<testsuite name="level">'.repeat(depth)}<testcase name="bottom" file="deep.test.ts" line="3"><failure message="deep failure"/></testcase>${'</testsuite>'.repeat(depth)}</testsuites>`,
    )
    const result = await gate(dir, { junit: 'deep.xml' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ passed: 'false', tests: '1', failures: '1' })
    expect(errors(result)).toEqual([
      'deep failure',
      'The test gate failed: 1 of 1 tests failed in the JUnit reports (1 failures, 0 errors): bottom.',
    ])
    expectNoLeak(result)
  })

  it('refuses a report over 256 MiB unread', async () => {
    const dir = workspace()
    // Sparse: 300 MiB on paper, nothing on disk.
    execFileSync('truncate', ['-s', '300M', join(dir, 'huge.xml')])
    const result = await gate(dir, { junit: 'huge.xml' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      'huge.xml is 300 MiB, more than the 256 MiB a JUnit report may be: it was not read. Check that junit matches only the JUnit reports, and that the tests do not write their whole output into them.',
    ])
    expect(result.outputs.passed).toBe('false')
    expectNoLeak(result)
  })

  it('refuses globs that match more than 10,000 files, reading none', async () => {
    const dir = workspace()
    mkdirSync(join(dir, 'reports'))
    for (let index = 0; index <= 10_000; index++) {
      writeFileSync(join(dir, 'reports', `r${index}.xml`), '<testsuite/>')
    }
    const result = await gate(dir, { junit: 'reports/*.xml' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      'The junit globs match 10001 files, more than the 10000 reports test-gate reads: none was read. Make the globs match only the JUnit reports (e.g. reports/junit-*.xml, not **/*.xml).',
    ])
    expectNoLeak(result)
  })

  it('stops reading the reports when timeout-minutes runs out, naming the file and the limit', async () => {
    const dir = workspace()
    const cases = '<testcase name="t"/>'.repeat(50_000)
    writeFileSync(join(dir, 'big.xml'), `<testsuite>${cases}</testsuite>`)
    // 0.06 ms: spent before the first byte is read.
    const result = await gate(dir, { junit: 'big.xml', 'timeout-minutes': '0.000001' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      `Reading the JUnit report big.xml was stopped at timeout-minutes (0.000001 min), which bounds the tests and the reading of their reports together (0 of ${cases.length + 23} bytes read). Raise timeout-minutes, or look at the report: one this slow to read is broken or far too large.`,
    ])
    expect(result.outputs.passed).toBe('false')
    expectNoLeak(result)
  })

  it('does not read the reports after the tests ran out of time', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'report.xml'), '<testsuite><testcase name="t"/></testsuite>')
    const result = await gate(dir, {
      run: 'sleep 300',
      junit: 'report.xml',
      'timeout-minutes': '0.01',
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      'The JUnit reports were not read: timeout-minutes (0.01 min) ran out during the tests.',
    )
    expect(result.outputs).toMatchObject({ passed: 'false', tests: '0' })
  })
})

describe('test-gate (adversarial): timeout-minutes and wait-minutes', () => {
  it.each([
    [
      'timeout-minutes',
      '35792',
      '35792',
      'Input timeout-minutes is 35792 minutes, more than 10080 (7 days), longer than any job runs (GitHub stops one after 360 minutes on its runners, 5 days on self-hosted ones). Give at most 10080.',
    ],
    [
      'timeout-minutes',
      '400 digits',
      '1'.repeat(400),
      `Input timeout-minutes is ${'1'.repeat(400)} minutes, more than 10080 (7 days), longer than any job runs (GitHub stops one after 360 minutes on its runners, 5 days on self-hosted ones). Give at most 10080.`,
    ],
    [
      'wait-minutes',
      '10080.5',
      '10080.5',
      'Input wait-minutes is 10080.5 minutes, more than 10080 (7 days), longer than any job runs (GitHub stops one after 360 minutes on its runners, 5 days on self-hosted ones). Give at most 10080.',
    ],
  ])('refuses %s: %s, and runs nothing', async (name, _label, value, message) => {
    const dir = workspace()
    const result = await gate(dir, { run: 'touch ran', [name]: value })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([message])
    expect(() => readFileSync(join(dir, 'ran'))).toThrow()
    expectNoLeak(result)
  })

  it('runs the tests to the end with the longest timeout-minutes, 10080', async () => {
    const dir = workspace()
    const result = await gate(dir, { run: 'sleep 0.5; echo finished', 'timeout-minutes': '10080' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('finished\n')
    expect(result.stdout).not.toContain('timeout-minutes')
  })
})

describe('test-gate (adversarial): processes that leave the process group', () => {
  const script = [
    // Its own session, output still on the step's log.
    'setsid sleep 1000 & echo $! > setsid.pid',
    // Its own session, output elsewhere: found by the marker in its environment.
    'setsid sleep 1000 > /dev/null 2>&1 < /dev/null & echo $! > quiet.pid',
    // Its own session and an empty environment: found by the step's pipe it writes to.
    'setsid env -i sleep 1000 & echo $! > envless.pid',
    // A double fork: its parent exits at once, it is reparented.
    '(setsid sleep 1000 & echo $! > orphan.pid) ',
  ]

  it('ends them all at timeout-minutes', async () => {
    const dir = workspace()
    const result = await gate(dir, {
      run: [...script, 'sleep 1000'].join('\n'),
      'timeout-minutes': '0.02',
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      'The test gate failed: The tests were stopped after 0.02 min (timeout-minutes), with every process they started. Make them faster, find the test that hangs, or raise timeout-minutes.',
    ])
    const pids = pidsIn(dir, 'setsid.pid', 'quiet.pid', 'envless.pid', 'orphan.pid')
    expect(pids.filter(isRunning)).toEqual([])
    expectNoLeak(result)
  })

  it('ends those left running when the commands exit, and still passes', async () => {
    const dir = workspace()
    const result = await gate(dir, { run: [...script, 'echo done'].join('\n') })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('done\n')
    const pids = pidsIn(dir, 'setsid.pid', 'quiet.pid', 'envless.pid', 'orphan.pid')
    expect(pids.filter(isRunning)).toEqual([])
  })
})
