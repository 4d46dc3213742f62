// YAML as it is found: anchors and merge keys, several documents in one file, files that do not
// parse (reported with their line, never a crash), CRLF line ends, and `# tokenless-ignore:`.
import { afterAll, expect, test } from '@jest/globals'
import { RULES } from '../../src/doctor/rules/index.js'
import {
  doctor as doctorWithAllRules,
  doctorAt as doctorAtWithAllRules,
  messagesOf,
  removeRepositories,
  where,
  writeRepository,
} from './doctor-helpers.js'

afterAll(removeRepositories)

// These workflows have no tests: leave that out to keep each case about its YAML.
const RULES_BUT_TESTS = RULES.filter((rule) => rule.id !== 'publish-before-test')
const doctor = (workflow: string) => doctorWithAllRules(workflow, {}, RULES_BUT_TESTS)
const doctorAt = (root: string) => doctorAtWithAllRules(root, RULES_BUT_TESTS)

const PUBLISH = `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
        with: { skip-existing: true }
`

test('an aliased step is read where its anchor is, merge keys included', () => {
  const result = doctor(`on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  first:
    runs-on: ubuntu-latest
    environment: release
    permissions: &publish-permissions
      id-token: write
    steps:
      - &publish
        uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
        with: { skip-existing: true }
  second:
    runs-on: ubuntu-latest
    permissions: *publish-permissions
    steps:
      - *publish
  third:
    runs-on: ubuntu-latest
    permissions:
      <<: *publish-permissions
      contents: read
    steps:
      - *publish
`)
  expect(messagesOf(result, 'publish-without-environment')).toEqual([
    '14:3 Job "second" publishes to PyPI with pypa/gh-action-pypi-publish (line 12) but has no `environment:`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job\'s token (npm answers E404 on the upload, PyPI "invalid-publisher").',
    '19:3 Job "third" publishes to PyPI with pypa/gh-action-pypi-publish (line 12) but has no `environment:`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job\'s token (npm answers E404 on the upload, PyPI "invalid-publisher").',
  ])
  // The merged `id-token: write` counts: no job lacks it.
  expect(messagesOf(result, 'publish-without-id-token')).toEqual([])
})

test('each document of a multi-document file is a workflow of its own', () => {
  const result = doctor(`${PUBLISH}---
on: { workflow_dispatch: { inputs: { name: {} } } }
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.inputs.name }}"
`)
  expect(result.repository.workflows.length).toBe(2)
  expect(where(result)).toEqual([
    '.github/workflows/release.yml:5:3 publish-without-environment',
    '.github/workflows/release.yml:18:20 script-injection',
  ])
})

test('a file that is not YAML is reported with its line; the other files are still checked', () => {
  const root = writeRepository({
    '.github/workflows/broken.yml': `name: broken
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
	- run: npm publish
`,
    '.github/workflows/release.yml': PUBLISH,
  })
  const result = doctorAt(root)
  expect(where(result)).toEqual([
    '.github/workflows/broken.yml:8:1 invalid-yaml',
    '.github/workflows/release.yml:5:3 publish-without-environment',
  ])
  expect(messagesOf(result, 'invalid-yaml')).toEqual([
    '8:1 .github/workflows/broken.yml is not valid YAML: Tabs are not allowed as indentation (and 3 more errors after it). GitHub does not run a workflow it cannot parse: nothing in this file runs until it is fixed.',
  ])
})

test('an unclosed flow list, and a document that breaks after a good one', () => {
  const result = doctor(`${PUBLISH}---
jobs: { x: [1, 2
`)
  expect(where(result)).toEqual([
    '.github/workflows/release.yml:5:3 publish-without-environment',
    '.github/workflows/release.yml:13:1 invalid-yaml',
  ])
})

test('empty files, files that are not workflows, and CRLF line ends', () => {
  const root = writeRepository({
    '.github/workflows/empty.yml': '',
    '.github/workflows/comment-only.yaml': '# nothing here yet\n',
    '.github/workflows/list.yml': '- just\n- a list\n',
    '.github/workflows/release.yml': PUBLISH.replace(/\n/g, '\r\n'),
  })
  const result = doctorAt(root)
  expect(result.repository.files.map((file) => file.rel)).toEqual([
    '.github/workflows/comment-only.yaml',
    '.github/workflows/empty.yml',
    '.github/workflows/list.yml',
    '.github/workflows/release.yml',
  ])
  expect(where(result)).toEqual(['.github/workflows/release.yml:5:3 publish-without-environment'])
})

test('tokenless-ignore on the line, alone on the line above, or for another rule', () => {
  const result = doctor(`on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  same-line: # tokenless-ignore: publish-without-environment TestPyPI only, no reviewer needed
    runs-on: ubuntu-latest
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
        with: { skip-existing: true }
  # tokenless-ignore: publish-without-environment, unpinned-action staging index
  # (the environment is on the caller)
  line-above:
    runs-on: ubuntu-latest
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
        with: { skip-existing: true }
  other-rule: # tokenless-ignore: cache-in-publish-job not this one
    runs-on: ubuntu-latest
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
        with: { skip-existing: true }
`)
  expect(where(result)).toEqual(['.github/workflows/release.yml:19:3 publish-without-environment'])
  expect(result.ignored.map((f) => `${f.position.line} ${f.rule}: ${f.reason}`)).toEqual([
    '5 publish-without-environment: TestPyPI only, no reviewer needed',
    '13 publish-without-environment: staging index',
  ])
})

test('a tokenless-ignore text inside a string is not a comment', () => {
  const result = doctor(`on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions: { id-token: write }
    steps:
      - run: |
          echo "# tokenless-ignore: publish-without-environment no"
          uv publish --check-url https://pypi.org/simple/
`)
  expect(where(result)).toEqual(['.github/workflows/release.yml:5:3 publish-without-environment'])
})
