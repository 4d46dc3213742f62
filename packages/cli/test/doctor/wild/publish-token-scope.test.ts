// npm's and PyPI's trusted publishers name one workflow file: an OIDC token minted in any other
// workflow (a review bot, a label cleaner) is refused by the registry. Only jobs of workflows that
// publish, or of reusable workflows they call, "can mint a publish token".
import { afterAll, describe, expect, test } from '@jest/globals'
import type { DoctorResult } from '../../../src/doctor/analyze.js'
import { doctor, removeRepositories } from '../doctor-helpers.js'

afterAll(removeRepositories)

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0'
const SETUP_NODE = 'actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0'

const unpinned = (result: DoctorResult) =>
  result.findings
    .filter((finding) => finding.rule === 'unpinned-action')
    .map((finding) => `${finding.file.rel}:${finding.position.line} ${finding.message}`)

const RELEASE = `on: { release: { types: [published] } }
permissions: {}
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
    permissions: { contents: read, id-token: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SETUP_NODE}
        with: { node-version: 24 }
      - uses: some-org/changelog-check@v2
      - run: npm publish
`

const REVIEW = `on: { pull_request: {}, issue_comment: { types: [created] } }
permissions: {}
jobs:
  review:
    runs-on: ubuntu-latest
    permissions: { contents: read, pull-requests: write, id-token: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: some-org/ai-review@v1
        with: { prompt: review this pull request }
`

describe('unpinned-action names the publish token only where the registry accepts it', () => {
  test('an id-token job of a workflow that publishes nothing is not reported; the publishing job still is', () => {
    const result = doctor(RELEASE, { '.github/workflows/review.yml': REVIEW })
    expect(unpinned(result)).toEqual([
      '.github/workflows/release.yml:19 `some-org/changelog-check@v2` runs whatever the tag v2 points to on the day of the release (its owner, or whoever takes over the account, can move it), in job "publish", which can mint a publish token.',
    ])
  })

  test('a reusable workflow called by the publishing workflow mints tokens the registry accepts', () => {
    const result = doctor(
      `${RELEASE}  provenance:
    needs: publish
    permissions: { contents: read, id-token: write }
    uses: ./.github/workflows/sign.yml
`,
      {
        '.github/workflows/review.yml': REVIEW,
        '.github/workflows/sign.yml': `on: { workflow_call: {} }
jobs:
  sign:
    runs-on: ubuntu-latest
    permissions: { contents: read, id-token: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: some-org/sign-tarballs@v1
`,
      },
    )
    expect(unpinned(result)).toEqual([
      '.github/workflows/release.yml:19 `some-org/changelog-check@v2` runs whatever the tag v2 points to on the day of the release (its owner, or whoever takes over the account, can move it), in job "publish", which can mint a publish token.',
      '.github/workflows/sign.yml:8 `some-org/sign-tarballs@v1` runs whatever the tag v1 points to on the day of the release (its owner, or whoever takes over the account, can move it), in job "sign", which can mint a publish token.',
    ])
  })

  test('an id-token job of a workflow that only tags is reported without the publish token', () => {
    const result = doctor(`on: { push: { branches: [main] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write, id-token: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: some-org/attest@v1
      - run: gh release create "v$(jq -r .version package.json)" --generate-notes
        env: { GH_TOKEN: "\${{ github.token }}" }
`)
    expect(unpinned(result)).toEqual([
      '.github/workflows/release.yml:10 `some-org/attest@v1` runs whatever the tag v1 points to on the day of the release (its owner, or whoever takes over the account, can move it), in a workflow that releases.',
    ])
  })
})

test('the jobs of a release workflow that cannot release: one note listing their actions', () => {
  const result = doctor(`on: { push: { tags: ['v*'] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - uses: some-org/setup-rust@v1
      - uses: some-org/lint-action@main
  test:
    strategy: { matrix: { python: ['3.12', '3.13'] } }
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - uses: some-org/setup-rust@v1
      - uses: some-org/setup-uv@v7
      - run: uv run pytest
  publish:
    needs: [lint, test]
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { contents: read, id-token: write }
    steps:
      - uses: some-org/setup-uv@v7
      - run: uv build && uv publish
`)
  expect(unpinned(result)).toEqual([
    '.github/workflows/release.yml:9 4 actions run by a tag or branch that its owner (or whoever takes over the account) can move, in 2 jobs of this release workflow that neither release nor can mint a publish token: `some-org/setup-rust@v1` (job "lint", line 9), `some-org/lint-action@main` (job "lint", line 10), `some-org/setup-rust@v1` (job "test", line 16), `some-org/setup-uv@v7` (job "test", line 17). What they build or cache can still reach the release.',
    '.github/workflows/release.yml:25 `some-org/setup-uv@v7` runs whatever the tag v7 points to on the day of the release (its owner, or whoever takes over the account, can move it), in job "publish", which can mint a publish token.',
  ])
  expect(
    result.findings.filter((f) => f.rule === 'unpinned-action').map((f) => f.severity),
  ).toEqual(['note', 'warning'])
})
