// What a release workflow uses beyond the actions, each shown in the report as a maintainer reads
// it: matrices, needs results and status functions, continue-on-error, outputs, the runner's env
// files, defaults, concurrency, environments, permissions, masking, actions not rehearsed, and
// mistakes in expressions. Small workflows on the demo, without a registry to start.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RehearsalReport } from '../../src/rehearse/rehearsal.js'
import type { JobRecord } from '../../src/rehearse/run-records.js'
import { rehearseJson, runRehearse, tokenLines } from './rehearse-support.js'

function writeWorkflow(text: string, name = 'features.yml'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tokenless-rehearse-features-')), name)
  writeFileSync(file, text)
  return file
}

const FEATURES = `name: features
on:
  workflow_dispatch:
    inputs:
      fail:
        type: boolean
        default: false
concurrency:
  group: features-\${{ github.ref }}
  cancel-in-progress: false
env:
  TOP: top
jobs:
  matrix:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: true
      max-parallel: 1
      matrix:
        os: [linux, mac]
        node: [20, 22]
        include:
          - os: linux
            node: 24
            experimental: true
        exclude:
          - os: mac
            node: 20
    steps:
      - env:
          OS: \${{ matrix.os }}
          NODE: \${{ matrix.node }}
          INDEX: \${{ strategy.job-index }}
          TOTAL: \${{ strategy.job-total }}
          FAIL_FAST: \${{ strategy.fail-fast }}
        run: echo "$OS $NODE $INDEX/$TOTAL fail-fast $FAIL_FAST"
      - if: matrix.os == 'linux' && matrix.node == 22 && inputs.fail
        run: exit 3
  files:
    runs-on: ubuntu-latest
    environment: release
    concurrency:
      group: files-\${{ github.ref_name }}
      cancel-in-progress: true
    defaults:
      run:
        working-directory: sub
    outputs:
      greeting: \${{ steps.hello.outputs.greeting }}
      carried: \${{ steps.check.outputs.carried }}
    steps:
      - run: mkdir -p sub
        working-directory: .
      - id: hello
        run: |
          echo "greeting=hello from $(basename "$PWD")" >> "$GITHUB_OUTPUT"
          echo "FROM_ENV=carried" >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin"
          printf '#!/bin/sh\\necho mytool ran\\n' > "$RUNNER_TEMP/bin/mytool"
          chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
      - id: check
        run: |
          echo "FROM_ENV=$FROM_ENV TOP=$TOP"
          mytool
          echo "carried=\${{ env.FROM_ENV }}" >> "$GITHUB_OUTPUT"
      - id: flaky
        continue-on-error: true
        run: exit 1
      - env:
          OUTCOME: \${{ steps.flaky.outcome }}
          CONCLUSION: \${{ steps.flaky.conclusion }}
        run: echo "flaky outcome $OUTCOME conclusion $CONCLUSION"
      - env:
          GH_TOKEN: \${{ github.token }}
          SECRET_TOKEN: \${{ secrets.GITHUB_TOKEN }}
        run: |
          echo "token $GH_TOKEN and $SECRET_TOKEN"
          echo "$GH_TOKEN" | base64
          echo "::warning::the token is $GH_TOKEN"
  experimental:
    runs-on: ubuntu-latest
    continue-on-error: true
    permissions:
      contents: read
    steps:
      - run: exit 2
  after:
    needs: [files, matrix, experimental]
    runs-on: ubuntu-latest
    steps:
      - env:
          GREETING: \${{ needs.files.outputs.greeting }}
          CARRIED: \${{ needs.files.outputs.carried }}
          RESULT: \${{ needs.matrix.result }}
          EXPERIMENTAL: \${{ needs.experimental.result }}
        run: echo "$GREETING / $CARRIED / matrix $RESULT / experimental $EXPERIMENTAL"
  notify-on-failure:
    needs: [after, matrix]
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo "the release failed"
  always:
    needs: [matrix]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - env:
          RESULT: \${{ needs.matrix.result }}
        run: echo "matrix $RESULT"
  announce:
    runs-on: ubuntu-latest
    outputs:
      url: \${{ steps.notify.outputs.url }}
    steps:
      - id: notify
        name: Notify the team
        uses: some-org/notify@0123456789abcdef0123456789abcdef01234567
        with:
          channel: releases
      - name: Check the announcement
        env:
          URL: \${{ steps.notify.outputs.url }}
        run: test -n "$URL"
      - name: Say done
        run: echo done
  link:
    needs: announce
    runs-on: ubuntu-latest
    steps:
      - name: Link the announcement
        run: test -n "\${{ needs.announce.outputs.url }}"
`

function jobsOf(report: RehearsalReport): JobRecord[] {
  return report.attempts[report.attempts.length - 1]!.jobs
}

function job(report: RehearsalReport, label: string): JobRecord {
  const found = jobsOf(report).find((candidate) => candidate.label === label)
  if (found === undefined)
    throw new Error(
      `No job ${label} in ${jobsOf(report)
        .map((j) => j.label)
        .join(', ')}`,
    )
  return found
}

function statuses(report: RehearsalReport): Record<string, string> {
  return Object.fromEntries(jobsOf(report).map((record) => [record.label, record.status]))
}

function logOf(record: JobRecord): string[] {
  return record.steps.flatMap((step) => step.log)
}

describe('tokenless rehearse: what a workflow uses besides the actions', () => {
  const workflow = writeWorkflow(FEATURES)

  it('matrix with include/exclude, outputs, env files, defaults, continue-on-error, status functions, concurrency, environment, permissions', async () => {
    const { code, report } = await rehearseJson(['--workflow', workflow])
    // Jobs are listed as they start, which depends on timing: compared as a mapping.
    expect(statuses(report)).toEqual({
      'matrix (linux, 20)': 'success',
      'matrix (linux, 22)': 'success',
      'matrix (mac, 22)': 'success',
      'matrix (linux, 24, true)': 'success',
      files: 'success',
      experimental: 'failure',
      after: 'success',
      'notify-on-failure': 'skipped',
      always: 'success',
      announce: 'success',
      link: 'success',
    })
    // One combination at a time (max-parallel 1), each with its place in the strategy context.
    expect(
      jobsOf(report)
        .filter((record) => record.id === 'matrix')
        .map((record) => logOf(record)[0]),
    ).toEqual([
      'linux 20 0/4 fail-fast true',
      'linux 22 1/4 fail-fast true',
      'mac 22 2/4 fail-fast true',
      'linux 24 3/4 fail-fast true',
    ])
    const files = job(report, 'files')
    expect(logOf(files)).toEqual(
      expect.arrayContaining([
        'FROM_ENV=carried TOP=top',
        'mytool ran',
        'flaky outcome failure conclusion success',
      ]),
    )
    expect(files.steps[3]!.notes).toEqual(['continue-on-error: the job goes on'])
    expect(files.outputs).toEqual({ greeting: 'hello from sub', carried: 'carried' })
    expect(files.environment).toEqual({ name: 'release', url: undefined })
    expect(files.notes).toContain(
      'environment release: approved by the rehearsal (on GitHub its protection rules apply first: required reviewers, wait timer, deployment branches)',
    )
    expect(files.concurrency).toBe('files-main (cancel-in-progress: a second run cancels this one)')
    expect(report.concurrency).toBe('features-refs/heads/main (a second run waits for this one)')
    // No permissions: anywhere: GitHub's restricted default; the job's own when it has some.
    expect(files.permissions).toBe('contents: read, packages: read')
    expect(job(report, 'experimental').permissions).toBe('contents: read')
    expect(job(report, 'experimental').notes).toContain(
      'continue-on-error: the job failed, and the run goes on (needs.experimental.result is success)',
    )
    expect(logOf(job(report, 'after'))).toEqual([
      'hello from sub / carried / matrix success / experimental success',
    ])
    expect(logOf(job(report, 'always'))).toEqual(['matrix success'])
    expect(job(report, 'notify-on-failure').notes).toEqual(['skipped: if: failure() was false'])
    expect(report.verdict).toBe(
      'PASSED: nothing was published; no GitHub release. 3 step(s) were not rehearsed.',
    )
    expect(code).toBe(0)
  })

  it('a token a run: step prints is masked in the log, the annotations and the JSON, base64 too', async () => {
    const { report } = await rehearseJson(['--workflow', workflow])
    const printing = job(report, 'files').steps[5]!
    expect(printing.log[0]).toBe('token *** and ***')
    expect(printing.log[1]).toMatch(/^\*\*\*[A-Za-z0-9+/=]{0,4}$/)
    expect(printing.annotations).toEqual([{ level: 'warning', message: 'the token is ***' }])
    const json = JSON.stringify(report, null, 1)
    expect(tokenLines(json)).toEqual([])
    expect(json).not.toMatch(/ghs_|Z2hzX/)
    const text = await runRehearse(['--workflow', workflow])
    expect(text.stdout).toContain('warning: the token is ***')
    expect(tokenLines(text.stdout)).toEqual([])
    expect(text.stdout).not.toMatch(/ghs_|Z2hzX/)
  })

  it('an action that is neither stood in for nor tokenless: not rehearsed, and so is what reads its outputs', async () => {
    const run = await runRehearse(['--workflow', workflow])
    const { report } = await rehearseJson(['--workflow', workflow])
    const announce = job(report, 'announce')
    expect(announce.steps.map((step) => [step.label, step.status])).toEqual([
      ['Notify the team', 'not-rehearsed'],
      ['Check the announcement', 'not-rehearsed'],
      ['Say done', 'success'],
    ])
    expect(announce.steps[0]!.notes).toEqual([
      "some-org/notify@0123456789abcdef0123456789abcdef01234567 is not rehearsed: the rehearsal runs tokenless's actions, local JavaScript and composite actions and stand-ins for actions/checkout, actions/setup-node, actions/setup-python, actions/upload-artifact, actions/download-artifact, pypa/gh-action-pypi-publish, softprops/action-gh-release, ncipollo/release-action, astral-sh/setup-uv, actions/github-script, hynek/build-and-inspect-python-package, changesets/action, googleapis/release-please-action. The run goes on without it (its outputs are empty).",
    ])
    expect(announce.steps[1]!.notes).toEqual([
      'not rehearsed: it reads steps.notify.outputs.url, from step Notify the team (some-org/notify@0123456789abcdef0123456789abcdef01234567), which was not rehearsed (the rehearsal has no value for it; on GitHub it has one)',
    ])
    expect(announce.notes).toContain(
      'output url: empty in the rehearsal: it reads steps.notify.outputs.url, from step Notify the team (some-org/notify@0123456789abcdef0123456789abcdef01234567), which was not rehearsed',
    )
    expect(job(report, 'link').steps[0]!.notes).toEqual([
      "not rehearsed: it reads needs.announce.outputs.url, from job announce's output url, which was not rehearsed (the rehearsal has no value for it; on GitHub it has one)",
    ])
    expect(report.notRehearsed).toEqual([
      'announce › Notify the team: some-org/notify@0123456789abcdef0123456789abcdef01234567',
      'announce › Check the announcement: reads steps.notify.outputs.url, from step Notify the team (some-org/notify@0123456789abcdef0123456789abcdef01234567)',
      "link › Link the announcement: reads needs.announce.outputs.url, from job announce's output url",
    ])
    expect(run.stdout).toContain(
      '\nNot rehearsed (the run went on without them):\n  ? announce › Notify the team: some-org/notify@0123456789abcdef0123456789abcdef01234567\n',
    )
    expect(run.stdout).toContain('      ? Notify the team ')
    expect(run.code).toBe(0)
  })

  it('fail-fast: a failed combination cancels those not done; needs.*.result, failure() and always() follow', async () => {
    const run = await runRehearse(['--workflow', workflow, '--input', 'fail=true'])
    const { code, report } = await rehearseJson(['--workflow', workflow, '--input', 'fail=true'])
    const labels = [
      'matrix (linux, 20)',
      'matrix (linux, 22)',
      'matrix (mac, 22)',
      'matrix (linux, 24, true)',
      'after',
      'always',
      'notify-on-failure',
    ]
    expect(
      labels.map((label) => [label, job(report, label).status, job(report, label).notes]),
    ).toEqual([
      ['matrix (linux, 20)', 'success', []],
      ['matrix (linux, 22)', 'failure', []],
      [
        'matrix (mac, 22)',
        'cancelled',
        ['cancelled: fail-fast is on, and matrix (linux, 22) failed'],
      ],
      [
        'matrix (linux, 24, true)',
        'cancelled',
        ['cancelled: fail-fast is on, and matrix (linux, 22) failed'],
      ],
      [
        'after',
        'skipped',
        [
          "skipped: matrix did not succeed, and this job's if: does not ask for always() or failure()",
        ],
      ],
      ['always', 'success', []],
      ['notify-on-failure', 'success', []],
    ])
    expect(logOf(job(report, 'always'))).toEqual(['matrix failure'])
    expect(logOf(job(report, 'notify-on-failure'))).toEqual(['the release failed'])
    expect(report.verdict).toBe(
      'FAILED in matrix (linux, 22) › Run exit 3: Process completed with exit code 3.',
    )
    expect(code).toBe(1)
    expect(run.stdout).toMatch(/\n {2}⊘ matrix \(mac, 22\) +cancelled +0\.00 s\n/)
    expect(run.stdout).toContain(
      '      cancelled: fail-fast is on, and matrix (linux, 22) failed\n',
    )
    expect(run.stdout).toContain(
      '\nConcurrency: features-refs/heads/main (a second run waits for this one)\n',
    )
  })
})

describe('tokenless rehearse: mistakes in expressions', () => {
  it.each([
    [
      'an unknown context',
      '      - run: echo "${{ secret.NPM_TOKEN }}"\n',
      ":7: the workflow is not valid, and GitHub starts none of its jobs: run: Unrecognized named-value: 'secret'. Located at position 1 within expression: secret.NPM_TOKEN",
    ],
    [
      'an unknown function',
      "      - if: contain(github.ref, 'main')\n        run: echo main\n",
      ":7: the workflow is not valid, and GitHub starts none of its jobs: if: Unrecognized function: 'contain'. Located at position 1 within expression: contain(github.ref, 'main')",
    ],
    [
      'an expression left open',
      '      - uses: actions/checkout@v5\n        with:\n          ref: ${{ github.sha\n',
      ':9: the workflow is not valid, and GitHub starts none of its jobs: with.ref: The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.',
    ],
  ])('%s: refused before any job runs, with file:line', async (_, step, message) => {
    const file = writeWorkflow(
      `name: broken\non: workflow_dispatch\njobs:\n  one:\n    runs-on: ubuntu-latest\n    steps:\n${step}`,
      'broken.yml',
    )
    const run = await runRehearse(['--workflow', file])
    expect(run.stderr).toBe(`tokenless rehearse: .github/workflows/broken.yml${message}\n`)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(run.code).toBe(1)
  })

  it('a context this place does not offer: the job or step fails with file:line and the text', async () => {
    const file = writeWorkflow(
      `name: places
on: workflow_dispatch
jobs:
  one:
    runs-on: ubuntu-latest
    if: secrets.TOKEN != ''
    steps:
      - run: echo one
  two:
    runs-on: ubuntu-latest
    steps:
      - run: echo two
      - env:
          WHERE: \${{ jobs.one.result }}
        run: echo "$WHERE"
`,
      'places.yml',
    )
    const run = await runRehearse(['--workflow', file])
    const { code, report } = await rehearseJson(['--workflow', file])
    expect(job(report, 'one').notes).toEqual([
      ".github/workflows/places.yml:6: if: Unrecognized named-value: 'secrets'. Located at position 1 within expression: secrets.TOKEN != ''",
    ])
    expect(job(report, 'two').steps[1]!.log).toEqual([
      "Error: .github/workflows/places.yml:14: env.WHERE: Unrecognized named-value: 'jobs'. Located at position 1 within expression: jobs.one.result",
    ])
    expect(report.verdict).toBe(
      "FAILED in job one: .github/workflows/places.yml:6: if: Unrecognized named-value: 'secrets'. Located at position 1 within expression: secrets.TOKEN != '' (also failed: two)",
    )
    expect(code).toBe(1)
    expect(run.stdout).toContain(
      "      .github/workflows/places.yml:6: if: Unrecognized named-value: 'secrets'.",
    )
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /)
  })

  it("a job's timeout-minutes stops the step that runs past it, with GitHub's words", async () => {
    const file = writeWorkflow(
      `name: slow
on: workflow_dispatch
jobs:
  slow:
    runs-on: ubuntu-latest
    timeout-minutes: 0.02
    steps:
      - run: sleep 30
  after:
    needs: slow
    if: always()
    runs-on: ubuntu-latest
    steps:
      - env:
          RESULT: \${{ needs.slow.result }}
        run: echo "slow was $RESULT"
`,
      'slow.yml',
    )
    const { code, report } = await rehearseJson(['--workflow', file])
    expect(code).toBe(1)
    expect(job(report, 'slow').status).toBe('failure')
    expect(job(report, 'slow').steps[0]!.log).toContain(
      'Error: The job has exceeded its maximum execution time of 0.02 minutes (timeout-minutes).',
    )
    expect(job(report, 'after').steps[0]!.log).toContain('slow was failure')
  })
})
