// Shapes from a third hold-out of public release workflows (written for these tests, not
// copied) where doctor reported a hazard that was not there.
import { afterAll, describe, expect, test } from '@jest/globals'
import { doctor, messagesOf, removeRepositories } from '../doctor-helpers.js'

afterAll(removeRepositories)

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0'
const SETUP_NODE = 'actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0'
const PYPI_PUBLISH =
  'pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc # v1.12.4'

describe('a publishing job whose `if:` is a choice of tag-only conditions', () => {
  const workflow = (condition: string) => `on:
  workflow_dispatch:
  pull_request:
  push:
    tags: ['v*']
  release:
    types: [published]
permissions: {}
concurrency:
  group: release-\${{ github.ref }}
  cancel-in-progress: true
jobs:
  sdist:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: ${CHECKOUT}
      - run: pipx run build
  upload:
    needs: [sdist]
    if: ${condition}
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { id-token: write }
    steps:
      - uses: ${PYPI_PUBLISH}
`

  test('every `||` branch needs a tag or a release: the ref group is one per tag, nothing is cancelled', () => {
    for (const condition of [
      "github.ref_type == 'tag' || (github.event_name == 'release' && github.event.action == 'published')",
      "${{ startsWith(github.ref, 'refs/tags/') || github.event_name == 'release' }}",
    ]) {
      expect(messagesOf(doctor(workflow(condition)), 'release-cancel-in-progress')).toEqual([])
    }
  })

  test('a branch that also lets a branch push or a dispatch through is still reported', () => {
    for (const condition of [
      "github.ref_type == 'tag' || github.event_name == 'workflow_dispatch'",
      "(github.event_name == 'release' || github.ref == 'refs/heads/main')",
      "${{ !startsWith(github.ref, 'refs/tags/') || github.event_name == 'release' }}",
    ]) {
      expect(messagesOf(doctor(workflow(condition)), 'release-cancel-in-progress')).toHaveLength(1)
    }
  })
})

describe('a repository script named for tests, in the job the publisher needs', () => {
  const workflow = (run: string) => `on:
  release:
    types: [published]
permissions: { contents: read }
jobs:
  verify:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SETUP_NODE}
        with: { node-version: 24 }
      - run: ${run}
  release:
    needs: verify
    runs-on: ubuntu-latest
    environment: npm
    permissions: { contents: read, id-token: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SETUP_NODE}
        with: { node-version: 24, registry-url: 'https://registry.npmjs.org' }
      - run: npm publish --provenance
`

  test('`./test.sh`, `scripts/test`, `sh bin/check.sh` run the tests before the publish', () => {
    for (const run of ['./test.sh', 'scripts/test --all', 'sh bin/check.sh', 'bash test.sh']) {
      expect(messagesOf(doctor(workflow(run)), 'publish-before-test')).toEqual([])
    }
  })

  test("a script named for building or CI, or the shell's own `test`, is no test run", () => {
    for (const run of ['./build.sh', 'scripts/ci.sh', 'test -f package.json']) {
      expect(messagesOf(doctor(workflow(run)), 'publish-before-test')).toHaveLength(1)
    }
  })
})

describe('a `validate` script in the job the release needs', () => {
  const workflow = `on: { push: { branches: [main] } }
permissions: { contents: read }
concurrency: { group: release, cancel-in-progress: false }
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SETUP_NODE}
        with: { node-version: 24 }
      - run: npm ci
      - run: npm run validate
  release:
    needs: validate
    runs-on: ubuntu-latest
    environment: npm
    permissions: { contents: write, id-token: write, issues: write, pull-requests: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SETUP_NODE}
        with: { node-version: 24 }
      - run: npm ci
      - run: npx semantic-release
        env:
          GITHUB_TOKEN: \${{ github.token }}
`
  const withValidate = (body: string) => ({
    'package.json': JSON.stringify({ name: 'lib', scripts: { validate: body } }),
  })

  test('`kcd-scripts validate` (lint, test, build) or a body that starts a test runner tests the commit', () => {
    for (const body of ['kcd-scripts validate', 'eslint . && vitest run']) {
      expect(messagesOf(doctor(workflow, withValidate(body)), 'tag-before-test')).toEqual([])
    }
  })

  test('a `validate` that only lints or type-checks is no test run', () => {
    for (const body of ['kcd-scripts lint', 'tsc --noEmit && eslint .']) {
      expect(messagesOf(doctor(workflow, withValidate(body)), 'tag-before-test')).toHaveLength(1)
    }
  })
})

describe('two `npm publish` steps of which only one runs', () => {
  const workflow = (first: string, second: string, folder = '.') => `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: npm
    permissions: { contents: read, id-token: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SETUP_NODE}
        with: { node-version: 24, registry-url: 'https://registry.npmjs.org' }
      - id: channel
        run: echo "pre=$(node -p "require('./package.json').version.includes('-')")" >> "$GITHUB_OUTPUT"
      - if: ${first}
        run: npm publish --provenance --tag next
      - if: ${second}
        working-directory: ${folder}
        run: npm publish --provenance
`

  test("`x == 'true'` against `x != 'true'`, or `x` against `!x`, in one folder: one package", () => {
    for (const [first, second] of [
      ["steps.channel.outputs.pre == 'true'", "steps.channel.outputs.pre != 'true'"],
      ['${{ steps.channel.outputs.pre }}', '${{ !steps.channel.outputs.pre }}'],
    ]) {
      expect(messagesOf(doctor(workflow(first!, second!)), 'publish-not-rerunnable')).toEqual([])
    }
  })

  test('conditions that can both hold, or another folder: still several packages', () => {
    expect(
      messagesOf(
        doctor(workflow("steps.channel.outputs.pre == 'true'", "github.ref == 'refs/heads/main'")),
        'publish-not-rerunnable',
      ),
    ).toHaveLength(1)
    expect(
      messagesOf(
        doctor(
          workflow(
            "steps.channel.outputs.pre == 'true'",
            "steps.channel.outputs.pre != 'true'",
            'packages/cli',
          ),
        ),
        'publish-not-rerunnable',
      ),
    ).toHaveLength(1)
  })
})

describe('a TestPyPI rehearsal next to the real upload, on tags', () => {
  const upload = (id: string, url: string) => `  ${id}:
    needs: dist
    runs-on: ubuntu-latest
    environment: ${id}
    permissions: { id-token: write }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: ${PYPI_PUBLISH}${url ? `\n        with: { repository-url: '${url}' }` : ''}
`
  const workflow = (jobs: string) => `on: { push: { tags: ['v*'] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  dist:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: ${CHECKOUT}
      - run: pipx run build
${jobs}`
  const TEST_PYPI = 'https://test.pypi.org/legacy/'

  test('the untested PyPI upload is reported once, not again for its TestPyPI rehearsal', () => {
    const found = doctor(workflow(upload('testpypi', TEST_PYPI) + upload('pypi', '')))
    expect(messagesOf(found, 'publish-before-test')).toEqual([
      expect.stringContaining('Job "pypi"'),
    ])
  })

  test('a TestPyPI upload alone on tags is still reported', () => {
    expect(
      messagesOf(doctor(workflow(upload('testpypi', TEST_PYPI))), 'publish-before-test'),
    ).toHaveLength(1)
  })
})
