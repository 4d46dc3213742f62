// More shapes found in public release workflows (written for these tests, not copied) where
// doctor reported a hazard that is not one: registry tokens that are not registry tokens, tags
// that are not created, caches that cannot be restored, a Node that is not the runner's, and a
// TestPyPI upload that is itself the test. Where the shape next to it is a real hazard, the same
// test expects that finding.
import { afterAll, describe, expect, test } from '@jest/globals'
import { doctor, messagesOf, removeRepositories } from '../doctor-helpers.js'

afterAll(removeRepositories)

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0'
const SETUP_NODE = 'actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0'
const RELEASE_PLEASE =
  'googleapis/release-please-action@16a9c90856f42705d54a6fda1823352bdc62cf38 # v4.4.0'

describe('tag-before-test', () => {
  const lerna = (command: string) => `on: { push: { branches: [main] } }
permissions: {}
concurrency: { group: canary, cancel-in-progress: false }
jobs:
  canary:
    runs-on: ubuntu-latest
    environment: npm
    permissions: { id-token: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SETUP_NODE}
        with: { node-version: 24 }
      - run: ${command}
`

  test('lerna publish creates no tag with --canary, --no-git-tag-version, --no-push, from-package or from-git', () => {
    for (const command of [
      'npx lerna publish --canary --preid canary --dist-tag canary --yes',
      'pnpm lerna publish --force-publish --canary --yes',
      'npx lerna publish --no-git-tag-version --no-push --yes',
      'npx lerna publish patch --no-push --yes',
      'npx lerna publish from-package --yes',
      'npx lerna publish from-git --yes',
    ])
      expect(messagesOf(doctor(lerna(command)), 'tag-before-test')).toEqual([])
    expect(messagesOf(doctor(lerna('npx lerna publish --yes')), 'tag-before-test')).toEqual([
      '13:14 Job "canary" creates a tag with lerna publish (line 13) and nothing in this workflow tests that commit first: when the tests (wherever they run) fail afterwards, the version is already tagged and stranded.',
    ])
    expect(messagesOf(doctor(lerna('npx lerna version --yes')), 'tag-before-test')).toEqual([
      '13:14 Job "canary" creates a tag with lerna version (line 13) and nothing in this workflow tests that commit first: when the tests (wherever they run) fail afterwards, the version is already tagged and stranded.',
    ])
  })

  test('release-please with skip-github-release (or v3 `command: release-pr`) creates no release', () => {
    const workflow = (inputs: string) => `on: { push: { branches: [main] } }
permissions: {}
concurrency: { group: rp, cancel-in-progress: false }
jobs:
  release-pr:
    runs-on: ubuntu-latest
    permissions: { contents: write, pull-requests: write }
    steps:
      - uses: ${RELEASE_PLEASE}
        with:
          release-type: node
${inputs}`
    for (const inputs of [
      '          skip-github-release: true\n',
      "          skip-github-release: 'true'\n",
      '          command: release-pr\n',
    ])
      expect(messagesOf(doctor(workflow(inputs)), 'tag-before-test')).toEqual([])
    for (const inputs of [
      '',
      '          skip-github-release: false\n',
      '          command: github-release\n',
    ])
      expect(messagesOf(doctor(workflow(inputs)), 'tag-before-test')).toEqual([
        `9:15 Job "release-pr" creates a GitHub Release (and its tag) with ${RELEASE_PLEASE.split(' ')[0]} (line 9) and nothing in this workflow tests that commit first: when the tests (wherever they run) fail afterwards, the version is already tagged and stranded.`,
      ])
  })
})
