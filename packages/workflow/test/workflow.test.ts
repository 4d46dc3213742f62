import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  evaluateCondition,
  jobWaves,
  loadWorkflow,
  parseWorkflow,
  WorkflowError,
} from '@tokenless/workflow'

function thrown(body: () => unknown): WorkflowError {
  try {
    body()
  } catch (error) {
    if (error instanceof WorkflowError) return error
    throw error
  }
  throw new Error('expected a WorkflowError')
}

const FILE = '.github/workflows/ci.yml'

function parse(text: string) {
  return parseWorkflow(text, FILE)
}

const MINIMAL = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`

describe('parseWorkflow', () => {
  it('reads jobs and steps in file order with their lines', () => {
    const workflow = parse(`name: CI
on: push
env:
  A: 1
jobs:
  zeta:
    runs-on: ubuntu-latest
    steps:
      - name: First
        id: first
        run: |
          echo one
          echo two
        shell: bash
        working-directory: sub
        continue-on-error: true
        timeout-minutes: 5
        env:
          X: \${{ github.ref }}
      - uses: actions/checkout@v5
        if: \${{ success() }}
        with:
          fetch-depth: 0
  alpha:
    needs: zeta
    uses: ./.github/workflows/reusable.yml
    with:
      version: 1.2.0
    secrets: inherit
`)
    expect(workflow.name).toBe('CI')
    expect(workflow.file).toBe(FILE)
    expect(workflow.env).toEqual({ A: 1 })
    expect(workflow.jobs.map((job) => job.id)).toEqual(['zeta', 'alpha'])
    const [zeta, alpha] = workflow.jobs
    expect(zeta).toMatchObject({
      id: 'zeta',
      needs: [],
      line: 6,
      runsOn: 'ubuntu-latest',
      env: {},
      outputs: {},
    })
    expect(zeta!.steps).toEqual([
      {
        index: 0,
        id: 'first',
        name: 'First',
        run: 'echo one\necho two\n',
        shell: 'bash',
        workingDirectory: 'sub',
        continueOnError: true,
        timeoutMinutes: 5,
        with: {},
        env: { X: '${{ github.ref }}' },
        line: 9,
      },
      {
        index: 1,
        uses: 'actions/checkout@v5',
        if: '${{ success() }}',
        with: { 'fetch-depth': 0 },
        env: {},
        line: 20,
      },
    ])
    expect(alpha).toMatchObject({
      id: 'alpha',
      needs: ['zeta'],
      uses: './.github/workflows/reusable.yml',
      with: { version: '1.2.0' },
      secrets: 'inherit',
      steps: [],
      line: 24,
    })
  })

  it.each<[string, Record<string, Record<string, unknown>>]>([
    ['on: push', { push: {} }],
    ['on: [push, workflow_dispatch]', { push: {}, workflow_dispatch: {} }],
    [
      'on:\n  push:\n    tags: [v*]\n  workflow_dispatch:\n  release:\n    types: [published]',
      { push: { tags: ['v*'] }, workflow_dispatch: {}, release: { types: ['published'] } },
    ],
    [
      "on:\n  schedule:\n    - cron: '0 3 * * *'\n    - cron: '0 4 * * 1'",
      { schedule: { cron: ['0 3 * * *', '0 4 * * 1'] } },
    ],
  ])('normalises %p', (on, expected) => {
    expect(parse(`${on}\n${MINIMAL.slice('on: push\n'.length)}`).on).toEqual(expected)
  })

  it('normalises the short forms of needs, environment, concurrency and permissions', () => {
    const workflow = parse(`on: push
permissions: read-all
concurrency: release-\${{ github.ref }}
defaults:
  run:
    shell: bash
    working-directory: app
jobs:
  a:
    runs-on: ubuntu-latest
    steps: [{ run: 'true' }]
  b:
    needs: a
    if: false
    environment: release
    concurrency:
      group: deploy
      cancel-in-progress: true
    permissions:
      id-token: write
      contents: read
    outputs:
      url: \${{ steps.r.outputs.url }}
      count: 3
    strategy:
      fail-fast: false
      max-parallel: 2
      matrix:
        node: [20, 22]
    timeout-minutes: 10
    continue-on-error: \${{ matrix.node == 22 }}
    defaults:
      run:
        shell: pwsh
    steps: [{ run: 'true' }]
  c:
    needs: [a, b]
    if: \${{ always() }}
    environment:
      name: production
      url: https://example.com
    permissions: {}
    steps: [{ run: 'true' }]
`)
    expect(workflow.permissions).toBe('read-all')
    expect(workflow.concurrency).toEqual({ group: 'release-${{ github.ref }}' })
    expect(workflow.defaults).toEqual({ run: { shell: 'bash', workingDirectory: 'app' } })
    const [, b, c] = workflow.jobs
    expect(b).toMatchObject({
      needs: ['a'],
      if: false,
      environment: { name: 'release' },
      concurrency: { group: 'deploy', cancelInProgress: true },
      permissions: { 'id-token': 'write', contents: 'read' },
      outputs: { url: '${{ steps.r.outputs.url }}', count: '3' },
      strategy: { failFast: false, maxParallel: 2, matrix: { node: [20, 22] } },
      timeoutMinutes: 10,
      continueOnError: '${{ matrix.node == 22 }}',
      defaults: { run: { shell: 'pwsh' } },
    })
    expect(c).toMatchObject({
      needs: ['a', 'b'],
      if: '${{ always() }}',
      environment: { name: 'production', url: 'https://example.com' },
      permissions: {},
    })
  })

  it('resolves anchors, aliases and merge keys', () => {
    const workflow = parse(`on: push
x-defaults: &job
  runs-on: ubuntu-latest
  env:
    SHARED: yes
  steps:
    - &checkout
      uses: actions/checkout@v5
jobs:
  a:
    <<: *job
    name: A
  b:
    <<: *job
    steps:
      - *checkout
      - run: echo b
`)
    const [a, b] = workflow.jobs
    expect(a).toMatchObject({ name: 'A', runsOn: 'ubuntu-latest', env: { SHARED: 'yes' } })
    expect(a!.steps.map((step) => step.uses)).toEqual(['actions/checkout@v5'])
    expect(b!.steps.map((step) => step.uses ?? step.run)).toEqual(['actions/checkout@v5', 'echo b'])
    // A merged key is placed where it is written, in the anchored mapping.
    expect(workflow.lineOf(['jobs', 'a', 'runs-on'])).toBe(3)
    expect(workflow.lineOf(['jobs', 'a', 'name'])).toBe(12)
  })

  it('gives the line of any path, or of its nearest existing parent', () => {
    const workflow = parse(MINIMAL)
    expect(workflow.lineOf(['jobs'])).toBe(2)
    expect(workflow.lineOf(['jobs', 'build'])).toBe(3)
    expect(workflow.lineOf(['jobs', 'build', 'steps', 0])).toBe(6)
    expect(workflow.lineOf(['jobs', 'build', 'steps', 0, 'run'])).toBe(6)
    expect(workflow.lineOf(['jobs', 'build', 'steps', 7])).toBe(5)
    expect(workflow.lineOf(['jobs', 'nope', 'x'])).toBe(2)
    expect(workflow.lineOf([])).toBe(1)
  })

  it('loads a file from disk', async () => {
    const path = join(import.meta.dirname, '..', '..', '..', 'workflows-examples', 'release.yml')
    const workflow = await loadWorkflow(path)
    expect(workflow.file).toBe(path)
    expect(workflow.name).toBe('release')
  })
})

describe('workflow errors', () => {
  it.each<[string, string, string]>([
    [
      'an empty file',
      '',
      `${FILE}:1: the file is empty. A workflow needs at least \`on:\` (the events that start it) and \`jobs:\`.`,
    ],
    [
      'malformed YAML',
      'on: push\njobs:\n  build:\n    steps: [\n',
      `${FILE}:5: the YAML does not parse:`,
    ],
    [
      'a duplicate key',
      'on: push\non: pull_request\njobs: {}\n',
      `${FILE}:2: the YAML does not parse: Map keys must be unique. Fix the syntax here (indentation, an unquoted ':' or '#' in a value, a missing closing quote).`,
    ],
    [
      'two documents',
      `${MINIMAL}---\n${MINIMAL}`,
      `${FILE}:7: a second YAML document starts here, but a workflow file holds exactly one. Remove the \`---\` separator, or move the second document into a file of its own.`,
    ],
    [
      'a list at the top',
      '- on: push\n',
      `${FILE}:1: a workflow is a mapping with \`on:\` and \`jobs:\`, but this file holds a list. Start from \`on: workflow_dispatch\` and a \`jobs:\` mapping.`,
    ],
    [
      'a scalar at the top',
      'hello\n',
      `${FILE}:1: a workflow is a mapping with \`on:\` and \`jobs:\`, but this file holds string "hello". Start from \`on: workflow_dispatch\` and a \`jobs:\` mapping.`,
    ],
    [
      'no on:',
      MINIMAL.replace('on: push\n', ''),
      `${FILE}:1: the workflow has no \`on:\`, so no event starts it. Add the events, e.g. \`on: workflow_dispatch\`.`,
    ],
    [
      'a number for on:',
      MINIMAL.replace('on: push', 'on: 3'),
      `${FILE}:1: \`on:\` must name the events that start the workflow (a name, a list or a mapping), but it is number 3. Write e.g. \`on: workflow_dispatch\` or \`on: [push, workflow_dispatch]\`.`,
    ],
    [
      'no jobs:',
      'on: push\n',
      `${FILE}:1: the workflow has no \`jobs:\`. Add a \`jobs:\` mapping with at least one job, e.g. \`jobs: { build: { runs-on: ubuntu-latest, steps: [...] } }\`.`,
    ],
    [
      'an empty jobs:',
      'on: push\njobs: {}\n',
      `${FILE}:2: \`jobs:\` must be a mapping of job ids to jobs, but it is empty. Add at least one job under it.`,
    ],
    [
      'a list of jobs',
      'on: push\njobs:\n  - build\n',
      `${FILE}:2: \`jobs:\` must be a mapping of job ids to jobs, but it is a list. Add at least one job under it.`,
    ],
    [
      'a bad job id',
      MINIMAL.replace('build:', '1st build:'),
      `${FILE}:3: job id '1st build' is not valid: a job id starts with a letter or _ and holds only letters, digits, - and _. Rename it, e.g. '_1st-build', and update the needs that name it.`,
    ],
    [
      'a job id with a dot',
      MINIMAL.replace('build:', 'build.linux:'),
      `${FILE}:3: job id 'build.linux' is not valid: a job id starts with a letter or _ and holds only letters, digits, - and _. Rename it, e.g. 'build-linux', and update the needs that name it.`,
    ],
    [
      'a job that is not a mapping',
      'on: push\njobs:\n  build: echo\n',
      `${FILE}:3: job 'build' must be a mapping (runs-on, steps...), but it is string "echo".`,
    ],
    [
      'a job with neither steps nor uses',
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n',
      `${FILE}:3: job 'build' has neither \`steps:\` nor \`uses:\`. Give it the steps to run, or \`uses:\` a reusable workflow.`,
    ],
    [
      'a job with both steps and uses',
      `${MINIMAL}    uses: ./.github/workflows/other.yml\n`,
      `${FILE}:7: job 'build' has both \`uses:\` and \`steps:\`, but a job that calls a reusable workflow runs no steps of its own. Move the steps into another job.`,
    ],
    [
      'steps that are not a list',
      'on: push\njobs:\n  build:\n    steps:\n      run: echo\n',
      `${FILE}:4: \`steps:\` of job 'build' must be a list (each step starts with \`- \`), but it is a mapping.`,
    ],
    [
      'a step that is not a mapping',
      'on: push\njobs:\n  build:\n    steps:\n      - echo hi\n',
      `${FILE}:5: step 1 of job 'build' must be a mapping with \`uses:\` or \`run:\`, but it is string "echo hi".`,
    ],
    [
      'a step with both uses and run',
      `${MINIMAL}      - uses: actions/checkout@v5\n        run: echo\n`,
      `${FILE}:7: step 2 of job 'build' has both \`uses:\` and \`run:\`, but a step does one or the other. Split it into two steps.`,
    ],
    [
      'a step with neither uses nor run',
      `${MINIMAL}      - name: nothing\n`,
      `${FILE}:7: step 2 of job 'build' has neither \`uses:\` nor \`run:\`. Give it an action to use or a command to run.`,
    ],
    [
      'a bad step id',
      `${MINIMAL}        id: 2nd\n`,
      `${FILE}:7: step id '2nd' in job 'build' is not valid: an id starts with a letter or _ and holds only letters, digits, - and _. Rename it, e.g. '_2nd'.`,
    ],
    [
      'a step id used twice',
      `${MINIMAL}        id: tag\n      - run: echo\n        id: TAG\n`,
      `${FILE}:9: step id 'TAG' is used twice in job 'build'. Give each step its own id.`,
    ],
    [
      'needs that is a mapping',
      `${MINIMAL}    needs: { a: 1 }\n`,
      `${FILE}:7: \`needs:\` of job 'build' must be a job id or a list of job ids, but it is a mapping.`,
    ],
    [
      'an environment without a name',
      `${MINIMAL}    environment: { url: x }\n`,
      `${FILE}:7: \`environment:\` of job 'build' needs a name: write \`environment: release\` or \`environment: { name: release, url: ... }\`.`,
    ],
    [
      'a concurrency without a group',
      `${MINIMAL}    concurrency: { cancel-in-progress: true }\n`,
      `${FILE}:7: \`concurrency:\` needs a group: write \`concurrency: <group>\` or \`concurrency: { group: <group>, cancel-in-progress: false }\`.`,
    ],
    [
      'an unknown permission scope',
      `${MINIMAL}    permissions:\n      id_token: write\n`,
      `${FILE}:8: \`id_token\` is not a permission scope. Use one of: actions, attestations, checks, contents, deployments, discussions, id-token, issues, models, packages, pages, pull-requests, repository-projects, security-events, statuses.`,
    ],
    [
      'a bad permission',
      `${MINIMAL}    permissions:\n      contents: admin\n`,
      `${FILE}:8: permission \`contents\` is string "admin", but it must be read, write or none.`,
    ],
    [
      'permissions that are a list',
      `permissions: [read]\n${MINIMAL}`,
      `${FILE}:1: \`permissions:\` must be \`read-all\`, \`write-all\` or a mapping of scopes to read, write or none, but it is a list.`,
    ],
    [
      'env that is a list',
      `${MINIMAL}    env: [A=1]\n`,
      `${FILE}:7: \`env:\` must be a mapping of names to values, but it is a list. Write it as \`name: value\` lines.`,
    ],
    [
      'with: that is a string',
      `${MINIMAL}        with: fetch-depth=0\n`,
      `${FILE}:7: \`with:\` must be a mapping of names to values, but it is string "fetch-depth=0". Write it as \`name: value\` lines.`,
    ],
    [
      'an event whose settings are a list',
      MINIMAL.replace('on: push', 'on:\n  push: [main]'),
      `${FILE}:2: \`push:\` must be a mapping of names to values, but it is a list. Write it as \`name: value\` lines.`,
    ],
    [
      'too many aliases',
      `on: push\nx: &a [1]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nw: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n${MINIMAL.slice(9)}`,
      `${FILE}:1: the YAML cannot be read: Excessive alias count indicates a resource exhaustion attack. Use fewer aliases (*name), or write the values out.`,
    ],
  ])('%s', (_what, text, message) => {
    const error = thrown(() => parse(text))
    if (message.endsWith('does not parse:')) expect(error.message.startsWith(message)).toBe(true)
    else expect(error.message).toBe(message)
    expect(error.file).toBe(FILE)
    expect(error.line).toBe(Number(/:(\d+)/.exec(message)![1]))
  })

  it('gives the line and column of a YAML syntax error', () => {
    const error = thrown(() => parse('on: push\njobs:\n  build: x: y\n'))
    expect(error.message).toBe(
      `${FILE}:3: the YAML does not parse: Nested mappings are not allowed in compact mappings. Fix the syntax here (indentation, an unquoted ':' or '#' in a value, a missing closing quote).`,
    )
    expect([error.line, error.column]).toEqual([3, 10])
  })

  it('is an Error named WorkflowError', () => {
    const error = thrown(() => parse('on: push\n'))
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('WorkflowError')
  })
})

describe('jobWaves', () => {
  function waves(jobs: string): string[][] {
    return jobWaves(parse(`on: push\njobs:\n${jobs}`))
  }
  const job = (id: string, needs?: string): string =>
    `  ${id}:\n${needs === undefined ? '' : `    needs: ${needs}\n`}    steps: [{ run: 'true' }]\n`

  it('orders jobs by needs, in waves, keeping file order within a wave', () => {
    expect(
      waves(
        job('publish', '[build, test]') +
          job('test', 'validate') +
          job('lint') +
          job('build', 'validate') +
          job('validate') +
          job('release', 'publish'),
      ),
    ).toEqual([['lint', 'validate'], ['test', 'build'], ['publish'], ['release']])
  })

  it('puts independent jobs in one wave', () => {
    expect(waves(job('a') + job('b'))).toEqual([['a', 'b']])
  })

  it('refuses a need that names no job, at the needs line', () => {
    const error = thrown(() => waves(job('a') + job('b', '[a, bulid]')))
    expect(error.message).toBe(
      `${FILE}:6: job 'b' needs 'bulid', but there is no job 'bulid'. Name one of: a, b.`,
    )
    expect(error.line).toBe(6)
  })

  it('refuses a job that needs itself', () => {
    expect(thrown(() => waves(job('a', 'a'))).message).toBe(
      `${FILE}:4: job 'a' needs itself, so it can never start. Remove 'a' from its needs.`,
    )
  })

  it('refuses a cycle, naming it', () => {
    expect(
      thrown(() => waves(job('a') + job('b', '[a, d]') + job('c', 'b') + job('d', 'c'))).message,
    ).toBe(
      `${FILE}:6: jobs 'b' -> 'd' -> 'c' -> 'b' need each other in a cycle, so none of them can start. Remove one of these needs.`,
    )
  })
})

describe('the reference release workflow', () => {
  const path = join(import.meta.dirname, '..', '..', '..', 'workflows-examples', 'release.yml')
  const workflow = parseWorkflow(readFileSync(path, 'utf8'), 'workflows-examples/release.yml')

  it('has its jobs, in file order, and its triggers', () => {
    expect(workflow.jobs.map((job) => job.id)).toEqual([
      'validate',
      'test',
      'build',
      'publish-npm',
      'publish-pypi',
      'create-release',
    ])
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch', 'release', 'workflow_call'])
    expect(workflow.on.release).toEqual({ types: ['published'] })
    expect(workflow.permissions).toEqual({})
    expect(workflow.concurrency).toEqual({
      group: 'release-${{ github.event.release.tag_name || inputs.version || github.ref }}',
      cancelInProgress: false,
    })
  })

  it('runs in needs order', () => {
    expect(jobWaves(workflow)).toEqual([
      ['validate'],
      ['test'],
      ['build'],
      ['publish-npm', 'publish-pypi'],
      ['create-release'],
    ])
  })

  it('publishes under the release environment with id-token and nothing else', () => {
    for (const id of ['publish-npm', 'publish-pypi']) {
      const job = workflow.jobs.find((j) => j.id === id)!
      expect(job.environment).toEqual({ name: 'release' })
      expect(job.permissions).toEqual({ 'id-token': 'write', contents: 'read', checks: 'read' })
    }
  })

  const createRelease = workflow.jobs.find((job) => job.id === 'create-release')!
  const needs = (validate: string, npm: string, pypi: string) => ({
    validate: { result: validate, outputs: {} },
    'publish-npm': { result: npm, outputs: {} },
    'publish-pypi': { result: pypi, outputs: {} },
  })

  it.each([
    ['success', 'success', 'success', true],
    ['success', 'success', 'skipped', true],
    ['success', 'skipped', 'skipped', true],
    ['success', 'failure', 'success', false],
    ['success', 'success', 'cancelled', false],
    ['failure', 'skipped', 'skipped', false],
    ['skipped', 'skipped', 'skipped', false],
  ])(
    'create-release runs when validate is %s, publish-npm %s, publish-pypi %s: %p',
    (validate, npm, pypi, runs) => {
      const results = [validate, npm, pypi]
      // What success() means for a job: every job it needs succeeded (skipped counts as not).
      const status = {
        success: results.every((r) => r === 'success'),
        failure: results.includes('failure'),
        cancelled: false,
      }
      const contexts = { github: {}, inputs: {}, vars: {}, needs: needs(validate, npm, pypi) }
      expect(evaluateCondition(createRelease.if, { contexts, status })).toBe(runs)
    },
  )

  it('skips publish-npm when there is no npm package or a need failed', () => {
    const publishNpm = workflow.jobs.find((job) => job.id === 'publish-npm')!
    const contexts = (npm: string) => ({
      github: {},
      inputs: {},
      vars: {},
      needs: { validate: { result: 'success', outputs: { npm } } },
    })
    expect(evaluateCondition(publishNpm.if, { contexts: contexts('true') })).toBe(true)
    expect(evaluateCondition(publishNpm.if, { contexts: contexts('') })).toBe(false)
    const failed = { success: false, failure: true, cancelled: false }
    expect(evaluateCondition(publishNpm.if, { contexts: contexts('true'), status: failed })).toBe(
      false,
    )
  })
})
