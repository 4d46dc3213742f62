// Shapes met when doctor ran over the release workflows of public repositories: each test is a
// small workflow written for it that reproduces one shape doctor got wrong, with the exact text of
// what it reports now.
import { afterAll, describe, expect, test } from '@jest/globals'
import { doctor, messagesOf, removeRepositories, where } from './doctor-helpers.js'

afterAll(removeRepositories)

const SETUP_ACTION = `name: setup
description: install and build
runs:
  using: composite
  steps:
    - run: npm ci
      shell: bash
`

describe('self-repository references (`uses: $/path`)', () => {
  test('a `$/` composite action is followed like `./`, and is not an unpinned action', () => {
    const result = doctor(
      `on: { push: { branches: [main] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: npm
    permissions: { contents: read, id-token: write }
    steps:
      - uses: $/.github/actions/setup
      - run: npm publish
`,
      { '.github/actions/setup/action.yml': SETUP_ACTION },
    )
    expect(messagesOf(result, 'unpinned-action')).toEqual([])
    expect(messagesOf(result, 'missing-local-reference')).toEqual([])
    // the action's `npm ci` is seen in the publishing job
    expect(messagesOf(result, 'build-in-publish-job')).toEqual([
      '10:15 `npm ci` runs in job "publish", which holds `id-token: write`: every dependency\'s install script, build plugin and test runs with the power to mint an OIDC token and publish under this project\'s name.',
    ])
  })

  test('a `$/` reusable workflow is followed, and a missing one is reported', () => {
    const result = doctor(
      `on: { push: { tags: ['v*'] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    uses: $/.github/workflows/publish-pypi.yml
    permissions: { id-token: write }
  docs:
    uses: $/.github/workflows/docs.yml
`,
      {
        '.github/workflows/publish-pypi.yml': `on: { workflow_call: {} }
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
      },
    )
    expect(messagesOf(result, 'unpinned-action')).toEqual([])
    expect(messagesOf(result, 'missing-local-reference')).toEqual([
      '9:11 $/.github/workflows/docs.yml is not in this repository (no workflow file $/.github/workflows/docs.yml): GitHub fails the run before any job starts.',
    ])
    expect(where(result)).toContain(
      '.github/workflows/publish-pypi.yml:3:3 publish-without-environment',
    )
  })

  test('a missing `$/` action is reported even when the job checks out another repository', () => {
    const result = doctor(`on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with: { repository: other/tools, path: tools }
      - uses: $/.github/actions/gone
`)
    expect(messagesOf(result, 'missing-local-reference')).toEqual([
      '9:15 $/.github/actions/gone is not in this repository (no action.yml or action.yaml in $/.github/actions/gone): GitHub fails the job when it reaches this step.',
    ])
  })
})

describe('release-cancel-in-progress', () => {
  test('a group unique to each run (`github.head_ref || github.run_id`) cancels nothing', () => {
    const result = doctor(`on: { push: { tags: ['*'] }, pull_request: {} }
permissions: {}
concurrency:
  group: \${{ github.workflow }}-\${{ github.head_ref || github.run_id }}
  cancel-in-progress: true
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - run: gh release create "$GITHUB_REF_NAME"
        env: { GH_TOKEN: '\${{ github.token }}' }
`)
    expect(messagesOf(result, 'release-cancel-in-progress')).toEqual([])
  })

  test('a group that is the same for every tag still is reported', () => {
    const result = doctor(`on: { push: { tags: ['*'] } }
permissions: {}
concurrency:
  group: publish-\${{ github.event.push.ref }}
  cancel-in-progress: true
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - run: gh release create "$GITHUB_REF_NAME"
        env: { GH_TOKEN: '\${{ github.token }}' }
`)
    expect(messagesOf(result, 'release-cancel-in-progress').length).toBe(1)
  })
})

describe('tests that run only after the tag or the publish', () => {
  const workflow = `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  tag:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - run: git tag v1.0.0 && git push origin v1.0.0
  publish:
    needs: tag
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { id-token: write }
    steps:
      - run: uv sync && uv run pytest
      - run: uv build && uv publish
`

  test('are named as running after it, as a warning, with a fix that makes no cycle', () => {
    const result = doctor(workflow)
    expect(messagesOf(result, 'tag-before-test')).toEqual([
      '9:14 Job "tag" creates a tag with git tag (line 9) before any test: the tests of this workflow run after it, in job "publish", so when they fail the version is already tagged and stranded.',
    ])
    expect(messagesOf(result, 'publish-before-test')).toEqual([])
    const tag = result.findings.find((finding) => finding.rule === 'tag-before-test')!
    expect(tag.severity).toBe('warning')
    expect(tag.fix).toBe('Run the tests in a job that job "tag" needs, and tag only after them.')
  })

  test('a publish whose only tests wait for it', () => {
    const result = doctor(`on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: npm
    permissions: { id-token: write }
    steps:
      - run: npm publish
  smoke:
    needs: publish
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`)
    expect(messagesOf(result, 'publish-before-test')).toEqual([
      '10:14 Job "publish" publishes with npm publish (line 10) before any test: the tests of this workflow run after it, in job "smoke", so a failing test cannot stop this upload, and a published version cannot be replaced.',
    ])
    expect(result.findings.find((f) => f.rule === 'publish-before-test')!.fix).toBe(
      'Run the tests in a job that job "publish" needs, and publish only after them.',
    )
  })

  test('a long list of test jobs is cut short and says "jobs"', () => {
    const tests = ['linux', 'macos', 'windows', 'arm', 'wasm']
      .map(
        (name) => `  test-${name}:
    runs-on: ubuntu-latest
    steps:
      - run: cargo test
`,
      )
      .join('')
    const result = doctor(`on: { push: { tags: ['v*'] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
${tests}  release:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: softprops/action-gh-release@153bb8e04406b158c6c84fc1615b65b24149a1fe # v2
`)
    expect(messagesOf(result, 'tag-before-test')).toEqual([
      '29:15 Job "release" creates a GitHub Release (and its tag) with softprops/action-gh-release@153bb8e04406b158c6c84fc1615b65b24149a1fe (line 29) without waiting for the tests in jobs "test-linux", "test-macos", "test-windows" and 2 more: when they fail, the tag is already out and the version is stranded.',
    ])
  })
})

test('build-in-publish-job names each other line once, with "do" for several', () => {
  const result = doctor(
    `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: npm
    permissions: { id-token: write }
    steps:
      - run: npm ci
      - uses: ./.github/actions/build
      - run: npm run build
      - run: npm publish
`,
    {
      '.github/actions/build/action.yml': `name: build
description: build twice
runs:
  using: composite
  steps:
    - run: npm run build
      shell: bash
    - run: npm run build:types
      shell: bash
`,
    },
  )
  expect(messagesOf(result, 'build-in-publish-job')).toEqual([
    '10:14 `npm ci` runs in job "publish", which holds `id-token: write` (and so do the steps on lines 11, 12): every dependency\'s install script, build plugin and test runs with the power to mint an OIDC token and publish under this project\'s name.',
  ])
})

describe('script-injection', () => {
  const run = (on: string, script: string) =>
    messagesOf(
      doctor(`on: ${on}
permissions: { contents: read }
jobs:
  job:
    runs-on: ubuntu-latest
    steps:
      - run: ${script}
`),
      'script-injection',
    )

  test('the base branch of a pull request is not text an outsider writes', () => {
    expect(
      run('{ pull_request: {} }', 'git checkout ${{ github.event.pull_request.base.ref }}'),
    ).toEqual([])
    expect(
      run('{ pull_request: {} }', 'git checkout ${{ github.event.pull_request.head.ref }}'),
    ).toEqual([
      '7:27 `${{ github.event.pull_request.head.ref }}` is pasted into the shell script of job "job" before it runs: whoever controls github.event.pull_request.head.ref (text anyone opening an issue, a pull request, a branch or a release can write) can run their own commands there, with the job\'s token and secrets.',
    ])
  })

  test('a conclusion, status or action is one of a few fixed words', () => {
    expect(
      run(
        '{ workflow_run: { workflows: [CI], types: [completed] } }',
        'echo ${{ github.event.workflow_run.conclusion }} ${{ github.event.action }}',
      ),
    ).toEqual([])
  })

  test('anything in a repository_dispatch payload is text its sender chose', () => {
    expect(
      run('{ repository_dispatch: {} }', 'echo ${{ github.event.client_payload.action }}'),
    ).toEqual([
      '7:19 `${{ github.event.client_payload.action }}` is pasted into the shell script of job "job" before it runs: whoever controls github.event.client_payload.action (a value of the triggering event) can run their own commands there, with the job\'s token and secrets.',
    ])
  })

  test('an input the workflow does not declare, or an event that does not start it, is always empty', () => {
    expect(
      run(
        '{ workflow_dispatch: {}, pull_request: { types: [closed] } }',
        'notify --tag ${{ github.event.inputs.tag || github.event.release.tag_name }}',
      ),
    ).toEqual([])
    expect(
      run(
        '{ workflow_dispatch: { inputs: { tag: { type: string } } } }',
        'notify ${{ inputs.tag }}',
      ),
    ).toEqual([
      '7:21 `${{ inputs.tag }}` is pasted into the shell script of job "job" before it runs: whoever controls inputs.tag (whoever starts the workflow or calls it types it) can run their own commands there, with the job\'s token and secrets.',
    ])
  })

  test("a reusable workflow sees its caller's event, whatever its own triggers", () => {
    expect(run('{ workflow_call: {} }', 'echo ${{ github.event.release.name }}')).toEqual([
      '7:19 `${{ github.event.release.name }}` is pasted into the shell script of job "job" before it runs: whoever controls github.event.release.name (text anyone opening an issue, a pull request, a branch or a release can write) can run their own commands there, with the job\'s token and secrets.',
    ])
  })
})

describe('release-it', () => {
  const workflow = (script: string) => `on: { workflow_dispatch: {} }
permissions: { contents: write }
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci
      - run: ${script}
        env: { GITHUB_TOKEN: '\${{ secrets.GITHUB_TOKEN }}' }
`
  const manifest = (config: object) =>
    JSON.stringify({ name: 'x', scripts: { release: 'release-it' }, 'release-it': config })

  test('arguments after `npm run release --` reach release-it: --no-npm.publish, --no-git.tag', () => {
    const result = doctor(workflow('npm run release -- --ci --no-npm.publish --no-git.tag'), {
      'package.json': manifest({}),
    })
    expect(messagesOf(result, 'publish-without-environment')).toEqual([])
    expect(messagesOf(result, 'tag-before-test')).toEqual([])
  })

  test('`npm.publish: false` in package.json means it does not publish; it still tags', () => {
    const result = doctor(workflow('npm run release -- --ci'), {
      'package.json': manifest({ npm: { publish: false } }),
    })
    expect(messagesOf(result, 'publish-without-environment')).toEqual([])
    expect(messagesOf(result, 'tag-before-test')).toEqual([
      '8:14 Job "release" creates a tag with release-it (line 8) and nothing in this workflow tests that commit first: when the tests (wherever they run) fail afterwards, the version is already tagged and stranded.',
    ])
  })

  test('.release-it.json with a GitHub Release; its defaults publish to npm', () => {
    const result = doctor(workflow('npx release-it --ci'), {
      '.release-it.json': JSON.stringify({ github: { release: true } }),
    })
    expect(messagesOf(result, 'tag-before-test')).toEqual([
      '8:14 Job "release" creates a GitHub Release (and its tag) with release-it (line 8) and nothing in this workflow tests that commit first: when the tests (wherever they run) fail afterwards, the version is already tagged and stranded.',
    ])
    expect(messagesOf(result, 'publish-without-environment')).toEqual([
      '4:3 Job "release" publishes to npm with release-it (line 8) but has no `environment:`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job\'s token (npm answers E404 on the upload, PyPI "invalid-publisher").',
    ])
  })
})

test('tools started by `pnpm exec`: `nx release publish` publishes, `vitest` tests', () => {
  const result = doctor(`on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - run: pnpm exec vitest run
      - run: pnpm exec nx release publish --tag canary
      - run: pnpm exec nx release version --skip-publish
`)
  expect(messagesOf(result, 'publish-without-environment')).toEqual([
    '4:3 Job "release" publishes to npm with nx release publish (line 8) but has no `environment:`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job\'s token (npm answers E404 on the upload, PyPI "invalid-publisher").',
  ])
  expect(messagesOf(result, 'publish-before-test')).toEqual([])
})

test('test-gate-bypass: an input that forces a release without changes is not a test bypass', () => {
  const workflow = (input: string) => `on:
  workflow_dispatch:
    inputs:
      ${input}: { type: boolean, default: false }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  release:
    runs-on: ubuntu-latest
    environment: npm
    permissions: { id-token: write }
    steps:
      - run: npm publish --force="\${{ inputs.${input} }}"
`
  expect(messagesOf(doctor(workflow('force_release_without_changes')), 'test-gate-bypass')).toEqual(
    [],
  )
  expect(messagesOf(doctor(workflow('force_release')), 'test-gate-bypass')).toEqual([
    '4:7 Input "force_release" lets whoever starts this release skip the tests: the one run that skips them is the one that ships the broken version.',
  ])
})

test('changesets/action/publish (the v2 sub-action) publishes to npm', () => {
  const result = doctor(`on: { push: { branches: [main] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions: { contents: write, id-token: write }
    steps:
      - uses: changesets/action/publish@22ccf9aa43179fe9e27dc62e575971d28cce197c # v2.0.0
`)
  expect(messagesOf(result, 'publish-without-environment')).toEqual([
    '5:3 Job "publish" publishes to npm with changesets/action/publish (line 9) but has no `environment:`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job\'s token (npm answers E404 on the upload, PyPI "invalid-publisher").',
  ])
})
