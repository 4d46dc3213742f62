// Shapes from a second hold-out of public release workflows (written for these tests, not
// copied) where doctor reported a hazard that was not there, or missed one that was.
import { afterAll, describe, expect, test } from '@jest/globals'
import {
  dispatchReleaseJob,
  doctor,
  messagesOf,
  removeRepositories,
  rulesFound,
} from '../doctor-helpers.js'

afterAll(removeRepositories)

const PYPI = 'pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0'
const DOWNLOAD = 'actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0'
const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0'

describe('id-token: write at the top of a workflow whose every job publishes', () => {
  test('two publishing jobs (stable and canary) inherit it and nothing else does: a note, not an error', () => {
    const result = doctor(`on:
  workflow_dispatch:
    inputs:
      channel: { type: choice, options: [latest, canary] }
permissions:
  contents: write
  id-token: write
concurrency: { group: release, cancel-in-progress: false }
jobs:
  stable:
    if: inputs.channel == 'latest'
    runs-on: ubuntu-latest
    environment: npm
    steps:
      - uses: ${CHECKOUT}
      - run: npm publish
  canary:
    if: inputs.channel == 'canary'
    runs-on: ubuntu-latest
    environment: npm
    steps:
      - uses: ${CHECKOUT}
      - run: npm publish --tag canary
`)
    const found = result.findings.filter((each) => each.rule === 'id-token-at-workflow-level')
    expect(found.map((each) => [each.severity, each.message])).toEqual([
      [
        'note',
        '`id-token: write` is granted to the whole workflow. Today only jobs that publish inherit it ("stable", "canary"), and they need it; a job added later (tests, a build) inherits it too.',
      ],
    ])
  })

  test('a test job beside the publishing one inherits it too: reported, naming only the test job', () => {
    const result = doctor(`on: { workflow_dispatch: {} }
permissions:
  contents: read
  id-token: write
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - run: npm ci && npm test
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: npm
    steps:
      - uses: ${CHECKOUT}
      - run: npm publish
`)
    const messages = messagesOf(result, 'id-token-at-workflow-level')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(': "test". A compromised')
  })
})

describe('event fields that GitHub writes', () => {
  test('the pull request URL (html_url) cannot carry a command; its title can', () => {
    const workflow = (field: string) => `on: { pull_request_review: { types: [submitted] } }
permissions: { contents: read }
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.pull_request.${field} }}"
`
    expect(messagesOf(doctor(workflow('html_url')), 'script-injection')).toEqual([])
    expect(messagesOf(doctor(workflow('title')), 'script-injection')).toHaveLength(1)
  })
})

test("a wiki page's address holds its title: still reported", () => {
  const result = doctor(`on: { gollum: {} }
permissions: { contents: read }
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.pages[0].html_url }}"
`)
  expect(messagesOf(result, 'script-injection')).toHaveLength(1)
})

test('`yarn --version` in the publishing job installs nothing; a bare `yarn` does', () => {
  const workflow = (run: string) =>
    dispatchReleaseJob(`      - uses: ${CHECKOUT}\n      - run: ${run}\n      - run: npm publish\n`)
  expect(messagesOf(doctor(workflow('yarn --version')), 'build-in-publish-job')).toEqual([])
  expect(messagesOf(doctor(workflow('yarn')), 'build-in-publish-job')).toHaveLength(1)
})

describe('a dev build to TestPyPI on every push to main, beside the real release', () => {
  const workflow = (testPypiIf: string) => `on:
  push: { branches: [main], tags: ['*'] }
  release: { types: [published] }
permissions: {}
concurrency:
  group: \${{ github.workflow }}-\${{ github.ref }}
  cancel-in-progress: true
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - run: pipx run build
  dev-build:
    if: ${testPypiIf}
    needs: build
    runs-on: ubuntu-latest
    environment: testpypi
    permissions: { id-token: write }
    steps:
      - uses: ${DOWNLOAD}
      - uses: ${PYPI}
        with:
          repository-url: https://test.pypi.org/legacy/
  pypi:
    if: github.event.action == 'published'
    needs: build
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { id-token: write }
    steps:
      - uses: ${DOWNLOAD}
      - uses: ${PYPI}
`

  test('the TestPyPI job runs on no release: neither its upload nor its cancelling is reported', () => {
    const result = doctor(
      workflow("github.event_name == 'push' && github.ref == 'refs/heads/main'"),
    )
    expect(messagesOf(result, 'release-cancel-in-progress')).toEqual([])
    expect(messagesOf(result, 'publish-before-test').join('\n')).not.toContain('"dev-build"')
    expect(messagesOf(result, 'publish-before-test').join('\n')).toContain('"pypi"')
  })

  test('a TestPyPI job that a release or dispatch can start is still judged', () => {
    const result = doctor(workflow("github.event_name != 'pull_request'"))
    // Its untested upload is the real PyPI upload's, which is reported once, for "pypi".
    expect(messagesOf(result, 'publish-before-test').join('\n')).toContain('"pypi"')
    expect(messagesOf(result, 'publish-before-test').join('\n')).not.toContain('"dev-build"')
    expect(rulesFound(result)).toContain('release-cancel-in-progress')
  })
})

test('a publishing job that waits for a tag-only job runs only on tags: a group keyed on the ref is one per tag', () => {
  const workflow = (deployIf: string) => `on:
  push: { branches: [main], tags: ['v*'] }
  pull_request: {}
permissions: {}
concurrency:
  group: \${{ github.ref }}-\${{ github.workflow }}
  cancel-in-progress: true
jobs:
  wheels:
    if: github.event_name == 'push' && contains(github.ref, 'refs/tags/')
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - run: pipx run cibuildwheel
  deploy:
${deployIf}    needs: wheels
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { id-token: write }
    steps:
      - uses: ${DOWNLOAD}
      - uses: ${PYPI}
`
  expect(messagesOf(doctor(workflow('')), 'release-cancel-in-progress')).toEqual([])
  expect(
    messagesOf(doctor(workflow('    if: always()\n')), 'release-cancel-in-progress'),
  ).toHaveLength(1)
})

describe('a quoted value whose continuation lines start at the left margin', () => {
  const workflow = (closing: string) => `on: { schedule: [{ cron: '0 3 * * *' }] }
permissions: { issues: write }
jobs:
  sweep:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/stale@5bef64f19d7facfb25b37b414482c7164d639639 # v9.1.0
        with:
          stale-issue-message: 'This issue has had no activity for a while. If it still
matters to you, leave a comment${closing}
          days-before-close: 7
`
  test('GitHub reads it (the lines fold into the value): not invalid YAML', () => {
    const result = doctor(workflow(" and it stays open.'"))
    expect(rulesFound(result)).not.toContain('invalid-yaml')
  })

  test('a quote never closed is still invalid YAML', () => {
    expect(rulesFound(doctor(workflow(' and it stays open.')))).toContain('invalid-yaml')
  })
})

test('`changelogen --publish` publishes to npm (a nightly from every push); without --publish it does not', () => {
  const workflow = (flags: string) => `on: { push: { branches: [main] } }
permissions: { contents: read, id-token: write }
concurrency: { group: nightly, cancel-in-progress: false }
jobs:
  nightly:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - run: pnpm install && pnpm test
      - run: pnpm changelogen --canary nightly ${flags}
`
  expect(messagesOf(doctor(workflow('--publish')), 'publish-without-environment')).toEqual([
    expect.stringContaining('publishes to npm with changelogen --publish'),
  ])
  expect(rulesFound(doctor(workflow('--bump')))).not.toContain('publish-without-environment')
})

test('a `ci:install` script installs, it does not test: release-it after it still tags untested code', () => {
  const workflow = (script: string) =>
    dispatchReleaseJob(
      `      - uses: ${CHECKOUT}
      - run: yarn ${script}
      - run: npx release-it --ci
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
`,
      { job: 'release', permissions: 'contents: write, id-token: write' },
    )
  const scripts = (script: string, body: string) => ({
    'package.json': JSON.stringify({ name: 'x', version: '1.0.0', scripts: { [script]: body } }),
  })
  expect(
    rulesFound(
      doctor(workflow('ci:install'), scripts('ci:install', 'yarn install --frozen-lockfile')),
    ),
  ).toContain('tag-before-test')
  expect(rulesFound(doctor(workflow('ci:test'), scripts('ci:test', 'jest')))).not.toContain(
    'tag-before-test',
  )
})

test("another repository's reusable workflow by tag, handed id-token: write on a tag push, is unpinned", () => {
  const workflow = (ref: string, permissions: string) => `on: { push: { tags: ['v*'] } }
jobs:
  release:
    uses: someone/shared-workflows/.github/workflows/release.yml@${ref}
    with:
      publish: true
    permissions: ${permissions}
`
  expect(
    messagesOf(doctor(workflow('v1', '{ contents: write, id-token: write }')), 'unpinned-action'),
  ).toEqual([
    expect.stringContaining('`someone/shared-workflows/.github/workflows/release.yml@v1`'),
  ])
  expect(
    messagesOf(
      doctor(
        workflow(
          '0123456789abcdef0123456789abcdef01234567',
          '{ contents: write, id-token: write }',
        ),
      ),
      'unpinned-action',
    ),
  ).toEqual([])
  expect(messagesOf(doctor(workflow('v1', '{ contents: read }')), 'unpinned-action')).toEqual([])
})

test('`npm i -fg corepack` (grouped short flags) is a global install: the project install after it is the one named', () => {
  const result = doctor(`on: { push: { branches: [main] } }
permissions: {}
concurrency: { group: nightly, cancel-in-progress: false }
jobs:
  nightly:
    runs-on: ubuntu-latest
    environment: npm
    permissions: { contents: read, id-token: write }
    steps:
      - uses: ${CHECKOUT}
      - run: npm i -fg corepack && corepack enable
      - run: pnpm install
      - run: pnpm publish
`)
  expect(messagesOf(result, 'build-in-publish-job')).toEqual([
    expect.stringContaining('`pnpm install` runs in job "nightly"'),
  ])
})
