// Shapes found in public release workflows (written for these tests, not copied) where doctor
// missed a publish: package runners and aliases.
import { afterAll, expect, test } from '@jest/globals'
import {
  dispatchReleaseJob,
  doctor,
  messagesOf,
  removeRepositories,
  SETUP_NODE_24,
} from '../doctor-helpers.js'

afterAll(removeRepositories)

const workflow = (run: string) => `on: { push: { branches: [main] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write, id-token: write }
    steps:
      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0
        with: { node-version: 24 }
      - run: ${run}
`

test.each([
  ['yarn semantic-release', 'semantic-release'],
  ['pnpm changeset publish', 'changeset publish'],
  ['yarn changeset publish', 'changeset publish'],
  ['pn publish -r --no-git-checks', 'pnpm publish'],
  ['npm stage publish', 'npm stage publish'],
])('`%s` is a publish to npm', (run, tool) => {
  expect(messagesOf(doctor(workflow(run)), 'publish-without-environment')).toEqual([
    `5:3 Job "release" publishes to npm with ${tool} (line 11) but has no \`environment:\`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job's token (npm answers E404 on the upload, PyPI "invalid-publisher").`,
  ])
})

test.each([
  ['npm stage publish --provenance', 'npm stage publish'],
  ['pnpm -r stage publish --no-git-checks', 'pnpm stage publish'],
])('`%s` before the tests: the version is staged, not published', (run, tool) => {
  expect(messagesOf(doctor(workflow(run)), 'publish-before-test')).toEqual([
    `11:14 Job "release" stages a version on npm with ${tool} (line 11) and nothing in this workflow tests that commit first: the upload cannot be stopped by a failing test: the staged version goes public as soon as someone approves it on npm, with no test result to go by.`,
  ])
})

test('`pnpm run release` resolving to a package.json script that publishes', () => {
  const result = doctor(workflow('pnpm run release'), {
    'package.json': JSON.stringify({ scripts: { release: 'pnpm build && changeset publish' } }),
  })
  expect(messagesOf(result, 'publish-without-environment')).toHaveLength(1)
})

test('a script of the same name wins over the bin: `yarn semantic-release` running a dry run', () => {
  const result = doctor(workflow('yarn semantic-release'), {
    'package.json': JSON.stringify({
      scripts: { 'semantic-release': 'semantic-release --dry-run' },
    }),
  })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([])
})

const releaseJob = (run: string) => `on: { push: { branches: [main] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
env:
  DRY_RUN: true
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write, id-token: write }
    steps:
      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0
        with: { node-version: 24 }
      - name: Release for real on main
        if: github.ref_name == 'main'
        run: echo "DRY_RUN=false" >> "$GITHUB_ENV"
      - run: ${run}
`

test.each([
  ['pnpm semantic-release --dry-run "$DRY_RUN"'],
  ['pnpm semantic-release --dry-run false'],
  ['pnpm semantic-release --dry-run=${{ env.DRY_RUN }}'],
])('`%s` may be a real release: it publishes', (run) => {
  expect(messagesOf(doctor(releaseJob(run)), 'publish-without-environment')).toEqual([
    `7:3 Job "release" publishes to npm with semantic-release (line 16) but has no \`environment:\`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job's token (npm answers E404 on the upload, PyPI "invalid-publisher").`,
  ])
})

test.each([
  ['pnpm semantic-release --dry-run'],
  ['pnpm semantic-release --dry-run=true'],
  ['pnpm semantic-release --dry-run true'],
  ['npm publish --dry-run'],
])('`%s` is a sure dry run: no publish', (run) => {
  expect(messagesOf(doctor(releaseJob(run)), 'publish-without-environment')).toEqual([])
})

const tokenJob = (run: string) =>
  dispatchReleaseJob(
    `${SETUP_NODE_24}      - run: ${run}
      - run: npm publish --provenance
        env:
          SHIP_KEY: \${{ secrets.SHIP_KEY }}
`,
    { permissions: 'contents: read, id-token: write' },
  )

test.each([
  [String.raw`npm config set '//registry.npmjs.org/:_authToken'=\${SHIP_KEY}`],
  ['npm config set "//registry.npmjs.org/:_authToken" "$SHIP_KEY"'],
  ['npm config set //registry.npmjs.org/:_authToken=${SHIP_KEY}'],
  ['echo "//registry.npmjs.org/:_authToken=${SHIP_KEY}" >> .npmrc'],
])('`%s` writes a long-lived token into the npm configuration', (run) => {
  expect(messagesOf(doctor(tokenJob(run)), 'long-lived-token')).toEqual([
    '12:14 The script writes a registry token into .npmrc (`_authToken=`): npm then uses this token instead of trusted publishing, and when it expires the publish fails with E404 Not Found.',
  ])
})

test.each([
  ['npm config delete //registry.npmjs.org/:_authToken'],
  ["npm config delete '//registry.npmjs.org/:_authToken' && npm whoami || true"],
  ['npm config get //registry.npmjs.org/:_authToken | wc -c'],
])('`%s` writes no token', (run) => {
  expect(messagesOf(doctor(tokenJob(run)), 'long-lived-token')).toEqual([])
})

test('aio-libs/create-release creates the GitHub Release: tag-before-test points at it', () => {
  const deploy = `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { contents: write, id-token: write }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - name: Make the release page
        uses: aio-libs/create-release@8b5a5ee8b0c7e0bfa9da2e3d6bd8ef13e4cd6a83 # v1.6.6
        with:
          changes_file: CHANGES.rst
          version_file: src/pkg/__init__.py
          github_token: \${{ secrets.GITHUB_TOKEN }}
`
  expect(messagesOf(doctor(deploy), 'tag-before-test')).toEqual([
    '12:15 Job "deploy" creates a GitHub Release (and its tag) with aio-libs/create-release@8b5a5ee8b0c7e0bfa9da2e3d6bd8ef13e4cd6a83 (line 12) and nothing in this workflow tests that commit first: when the tests (wherever they run) fail afterwards, the version is already tagged and stranded.',
  ])
})
