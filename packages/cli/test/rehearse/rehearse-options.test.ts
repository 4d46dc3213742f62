// The command line, fault specs and the runner's files: every message a user can meet.
import { describeFault, parseFaultSpec } from '../../src/rehearse/fault-specs.js'
import {
  formatDuration,
  parseDuration,
  RehearsalClock,
} from '../../src/rehearse/rehearsal-clock.js'
import { runClock } from '../../src/rehearse/rehearsal.js'
import { parseRehearseArgs } from '../../src/rehearse/options.js'
import {
  capPermissions,
  describePermissions,
  expandPermissions,
} from '../../src/rehearse/permissions.js'
import {
  Masker,
  parseKeyValueFile,
  parsePathFile,
  WorkflowCommandReader,
} from '../../src/rehearse/runner-files.js'
import { runRehearse } from './rehearse-support.js'

describe('tokenless rehearse options', () => {
  it('reads every option, lists taking the words that follow', () => {
    expect(
      parseRehearseArgs([
        '--workflow',
        'w.yml',
        '--repo=..',
        '--repository',
        'acme/widget.git',
        '--event',
        'release',
        '--input',
        'version=1.2.3',
        'tag=v1.2.3',
        '--trusted-publisher',
        'workflow=publish.yml',
        'environment=prod',
        '--fault',
        'github:status=500',
        '--rerun-failed',
        '--release-pr',
        'open',
        '--approval-wait',
        '1h30m',
        '--clock=2026-06-03T23:55:00Z',
        '--json',
      ]),
    ).toEqual({
      workflow: 'w.yml',
      repo: '..',
      repository: { owner: 'acme', repo: 'widget' },
      event: 'release',
      conclusion: undefined,
      inputs: { version: '1.2.3', tag: 'v1.2.3' },
      releasePr: 'open',
      trustedPublisher: { workflow: 'publish.yml', environment: 'prod' },
      faults: ['github:status=500'],
      rerunFailed: true,
      approvalWaitMs: 90 * 60_000,
      clock: new Date('2026-06-03T23:55:00Z'),
      json: true,
      help: false,
    })
  })

  it.each([
    [
      ['--event', 'pull_request'],
      '--event is "pull_request"; it can be workflow_dispatch, release, workflow_call, push, schedule, workflow_run.',
    ],
    [
      ['--event', 'workflow_run', '--conclusion', 'maybe'],
      '--conclusion is "maybe"; it can be success, failure, cancelled, skipped, timed_out, neutral, action_required.',
    ],
    [
      ['--conclusion', 'failure'],
      '--conclusion is the conclusion of the run a workflow_run follows: give it with --event workflow_run.',
    ],
    [['-x'], 'Unknown option -x.'],
    [
      ['--approval-wait', '9 hours'],
      '--approval-wait takes a duration such as 9h, 90m or 1h30m (days d, hours h, minutes m, seconds s), got "9 hours".',
    ],
    [
      ['--approval-wait', '0m'],
      '--approval-wait takes a duration such as 9h, 90m or 1h30m (days d, hours h, minutes m, seconds s), got "0m".',
    ],
    [
      ['--clock', '2026-06-03 23:55'],
      '--clock takes an ISO 8601 time with its zone, such as 2026-06-03T23:55:00Z, got "2026-06-03 23:55".',
    ],
    [
      ['--clock', '2026-13-40T23:55:00Z'],
      '--clock takes an ISO 8601 time with its zone, such as 2026-06-03T23:55:00Z, got "2026-13-40T23:55:00Z".',
    ],
    [['--approval-wait'], '--approval-wait needs a value.'],
    [['--fault', '--json'], '--fault needs at least one value.'],
    [['--workflow'], '--workflow needs a value.'],
    [
      ['--repository', 'widget'],
      '--repository takes OWNER/NAME as on GitHub, got "widget". For example: --repository acme/widget.',
    ],
    [['--input'], '--input needs at least one value.'],
    [
      ['--input', 'version'],
      '--input takes KEY=VALUE, got "version". For example: --input version=1.2.3.',
    ],
    [
      ['--trusted-publisher', 'repo=x'],
      '--trusted-publisher does not know "repo"; its keys are owner, repository, workflow, environment.',
    ],
    [
      ['--trusted-publisher', 'workflow'],
      '--trusted-publisher takes KEY=VALUE, got "workflow". For example: --trusted-publisher workflow=publish.yml.',
    ],
    [['--json=yes'], '--json takes no value, got "--json=yes".'],
    [['--verbose'], 'Unknown option --verbose.'],
    [['--demo', 'tiny'], '--demo is "tiny"; the demos are npm-python, python-only, monorepo.'],
    [
      ['--demo', 'monorepo', '--repo', '.'],
      '--demo and --repo exclude each other: --demo rehearses a demo of the tokenless repository, --repo your repository.',
    ],
    [
      ['release.yml'],
      'Unexpected argument "release.yml": every value follows its option (--workflow release.yml?).',
    ],
  ])('%j: %s', async (args, message) => {
    expect(() => parseRehearseArgs(args)).toThrow(message)
    const run = await runRehearse(args)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `tokenless rehearse: ${message}\n\nUsage: tokenless rehearse [options]`,
    )
  })

  it('--help prints the usage and exits 0', async () => {
    const run = await runRehearse(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('--rerun-failed')
    expect(run.stdout).toContain('--ref NAME')
    expect(run.stdout).toContain('--approval-wait DURATION')
    expect(run.stdout).toContain('--clock TIME')
    expect(run.stdout).toContain('python-only  demo/python-only/')
  })

  it('reads --clock with an offset and --approval-wait in days, hours, minutes and seconds', () => {
    expect(
      parseRehearseArgs(['--clock', '2026-06-04T01:55:00+02:00', '--approval-wait', '1d2h3m4s']),
    ).toMatchObject({
      clock: new Date('2026-06-03T23:55:00Z'),
      approvalWaitMs: (((24 + 2) * 60 + 3) * 60 + 4) * 1000,
    })
  })

  it('refuses to move the clock without libfaketime, before the sandbox starts', () => {
    expect(() => runClock({ clock: undefined, approvalWaitMs: 3_600_000 }, undefined)).toThrow(
      "--approval-wait moves the jobs' clock with libfaketime, which is not installed here: install it (apt-get install libfaketime on Debian and Ubuntu), or rehearse without it.",
    )
    expect(() =>
      runClock({ clock: new Date('2026-06-03T23:55:00Z'), approvalWaitMs: 0 }, undefined),
    ).toThrow(
      "--clock moves the jobs' clock with libfaketime, which is not installed here: install it (apt-get install libfaketime on Debian and Ubuntu), or rehearse without it.",
    )
    expect(runClock({ clock: undefined, approvalWaitMs: 0 }, undefined).moves).toBe(false)
  })

  it("moves each job's clock by its needs' waits and its own", () => {
    const clock = new RehearsalClock(new Date(10_000), 3_600_000, '/lib/libfaketime.so.1', 4_000)
    expect(clock.startOffsetMs).toBe(6_000)
    const build = clock.jobOffset([clock.startOffsetMs], false)
    const approved = clock.jobOffset([build], true)
    const twice = clock.jobOffset([approved], true)
    expect([build, approved, twice]).toEqual([6_000, 3_606_000, 7_206_000])
    expect(clock.offsetMs).toBe(7_206_000)
    expect(clock.processEnv(approved)).toEqual({
      LD_PRELOAD: '/lib/libfaketime.so.1',
      FAKETIME: '+3606',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    })
    expect(clock.processEnv(0)).toEqual({})
    expect(formatDuration(3_606_000)).toBe('1h6s')
    expect(parseDuration('')).toBeUndefined()
  })

  it('reads --demo and --ref', () => {
    expect(
      parseRehearseArgs(['--demo', 'python-only', '--ref', 'refs/heads/hotfix/1.1.x']),
    ).toMatchObject({ demo: 'python-only', ref: 'hotfix/1.1.x' })
  })

  it.each([
    [
      ['--ref', 'hotfix/9.x'],
      'tokenless rehearse: --ref hotfix/9.x: the repository has no branch or tag hotfix/9.x. Its branches: hotfix/1.1.x, main.\n',
    ],
    [
      ['--ref', 'main', '--event', 'release'],
      'tokenless rehearse: --ref is for workflow_dispatch and workflow_call; a release event runs on its tag: give --input tag=v1.2.3.\n',
    ],
  ])('%j is refused before the sandbox starts', async (args, message) => {
    const run = await runRehearse(args)
    expect(run.stderr).toBe(message)
    expect(run.code).toBe(1)
  })
})

describe('--fault specs', () => {
  it('reads a target, a method and path, and the settings', () => {
    const fault = parseFaultSpec(
      'github:POST /repos/{owner}/{repo}/releases:status=502:nth=2:times=3',
    )
    expect(fault.spec).toEqual({
      method: 'POST',
      path: '/repos/{owner}/{repo}/releases',
      status: 502,
      nth: 2,
      times: 3,
    })
    expect(describeFault(fault)).toBe(
      'github: POST /repos/{owner}/{repo}/releases answers 502 (calls 2 to 4)',
    )
    expect(describeFault(parseFaultSpec('registry:npm:status=500:nth=3'))).toBe(
      'registry:npm: any method any path answers 500 (call 3)',
    )
    expect(parseFaultSpec('registry:pypi:drop=true:times=all').spec).toMatchObject({
      drop: true,
      times: Infinity,
    })
    expect(parseFaultSpec('registry:testpypi:delay=250ms').spec).toMatchObject({ delayMs: 250 })
  })

  it.each([
    [
      'npm:status=500',
      '--fault npm:status=500: it must start with github, registry:npm, registry:pypi, registry:testpypi. For example: registry:npm:status=500:nth=3, or "github:POST /repos/{owner}/{repo}/releases:status=502".',
    ],
    [
      'github:status=abc',
      '--fault github:status=abc: status must be a whole number from 100, got "abc".',
    ],
    ['github:status=700', '--fault github:status=700: status must be an HTTP status, got 700.'],
    [
      'github:nth=0:status=500',
      '--fault github:nth=0:status=500: nth must be a whole number from 1, got "0".',
    ],
    ['github:drop=yes', '--fault github:drop=yes: drop is true or false, got "yes".'],
    [
      'github:speed=1',
      '--fault github:speed=1: unknown key "speed"; the keys are status, nth, times, delay, drop, retry-after.',
    ],
    [
      'github:repos/x',
      '--fault github:repos/x: "repos/x" is neither KEY=VALUE nor "METHOD /path". For example: registry:npm:status=500:nth=3, or "github:POST /repos/{owner}/{repo}/releases:status=502".',
    ],
    [
      'github:POST /x',
      '--fault github:POST /x: say what goes wrong: status=CODE, drop=true or delay=MS. For example: registry:npm:status=500:nth=3, or "github:POST /repos/{owner}/{repo}/releases:status=502".',
    ],
  ])('%s', async (spec, message) => {
    expect(() => parseFaultSpec(spec)).toThrow(message)
    const run = await runRehearse(['--fault', spec])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
  })
})

describe("the runner's files and commands", () => {
  it('reads GITHUB_OUTPUT lines and heredocs, and GITHUB_PATH in the order the runner applies', () => {
    expect(parseKeyValueFile('a=1\nb<<EOF\nx\ny\nEOF\nc=d=e\n', 'GITHUB_OUTPUT')).toEqual({
      a: '1',
      b: 'x\ny',
      c: 'd=e',
    })
    expect(parsePathFile('/one\n/two\n')).toEqual(['/two', '/one'])
  })

  it.each([
    [
      'b<<EOF\nx\n',
      "Matching delimiter not found 'EOF' in GITHUB_ENV: a b<<EOF block is never closed.",
    ],
    [
      'just text\n',
      "Invalid format 'just text' in GITHUB_ENV: expected name=value or name<<DELIMITER.",
    ],
  ])('refuses %j', (text, message) => {
    expect(() => parseKeyValueFile(text, 'GITHUB_ENV')).toThrow(message)
  })

  it('hides add-mask lines and masks the secret from then on; annotations are kept', () => {
    const masker = new Masker()
    const reader = new WorkflowCommandReader((secret) => masker.add(secret))
    expect(reader.line('::add-mask::s3cr3t-value')).toBeUndefined()
    expect(masker.mask(reader.line('token s3cr3t-value here') ?? '')).toBe('token *** here')
    expect(reader.line('::error file=a.yml,line=3::bad%0Athing')).toBe('Error: bad\nthing')
    expect(reader.annotations).toEqual([
      { level: 'error', message: 'bad\nthing', file: 'a.yml', line: 3 },
    ])
    expect(reader.line('::set-output name=x::1')).toBe('::set-output name=x::1')
    expect(reader.annotations[1]?.message).toBe(
      'The `set-output` command is disabled on GitHub: write to GITHUB_OUTPUT instead.',
    )
  })
})

describe('permissions', () => {
  it("expands and caps a job's permissions as GitHub does", () => {
    expect(expandPermissions(undefined)).toEqual({ contents: 'read', packages: 'read' })
    expect(expandPermissions({ contents: 'read', 'id-token': 'write', issues: 'none' })).toEqual({
      contents: 'read',
      'id-token': 'write',
    })
    expect(
      capPermissions({ contents: 'write', 'id-token': 'write' }, { contents: 'read' }),
    ).toEqual({ contents: 'read' })
    expect(describePermissions({})).toBe('none')
  })
})
