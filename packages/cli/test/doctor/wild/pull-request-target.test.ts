// `pull_request_target` jobs that check out a pull request: an error only when something runs the
// checked-out tree; a checkout that is only read is a warning (in the workspace) or a note (in a
// folder of its own). The cache clause only when a release workflow really restores a cache.
import { afterAll, describe, expect, test } from '@jest/globals'
import { doctor, messagesOf, removeRepositories } from '../doctor-helpers.js'

afterAll(removeRepositories)

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0'
const SETUP_NODE = 'actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0'
const PYPI = 'pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0'

/** A release workflow next to the preview: builds with `pipx run build`, restores no cache. */
const RELEASE = `on: { push: { tags: ['v*'] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - run: pipx run build
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
        with: { name: dist, path: dist }
  publish:
    needs: build
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { id-token: write }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
        with: { name: dist, path: dist }
      - uses: ${PYPI}
`

const docsPreview = (extra = '') => `on:
  pull_request_target:
    types: [labeled, synchronize]
    paths: ['docs/**']
permissions: {}
jobs:
  preview:
    if: contains(github.event.pull_request.labels.*.name, 'docs')
    runs-on: ubuntu-latest
    permissions: { contents: read, pull-requests: write }
    steps:
      - uses: ${CHECKOUT}
        with: { repository: example-org/website, persist-credentials: false }
      - uses: ${CHECKOUT}
        with: { path: project-ci, sparse-checkout: .github, persist-credentials: false }
      - uses: ${CHECKOUT}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          path: pr-docs
          sparse-checkout: docs
          persist-credentials: false
      - uses: ./project-ci/.github/actions/setup-python
      - run: |
          python bin/build-site --docs ./pr-docs/docs
          npm ci && npm run build
${extra}`

const SETUP_ACTION = {
  '.github/actions/setup-python/action.yml': `name: setup
runs:
  using: composite
  steps:
    - run: pip install -r requirements.txt
      shell: bash
`,
}

describe('pull-request-target-checkout', () => {
  test("a pull request's docs checked out into a folder of their own and read as data are a note", () => {
    const result = doctor(docsPreview(), {
      '.github/workflows/release.yml': RELEASE,
      '.github/workflows/docs.yml': docsPreview(),
      ...SETUP_ACTION,
    })
    expect(
      result.findings
        .filter((finding) => finding.rule === 'pull-request-target-checkout')
        .map((finding) => `${finding.severity} ${finding.position.line} ${finding.message}`),
    ).toEqual([
      "note 18 This workflow runs on `pull_request_target` (with this repository's secrets and a writable GITHUB_TOKEN) and checks out the pull request's code (`${{ github.event.pull_request.head.sha }}`) in job \"preview\", into `pr-docs`, and no later step runs anything from that folder: it is only read, as data. A step that installs, builds or runs code from `pr-docs` would run a stranger's code with those secrets.",
    ])
  })

  test('the same folder, then built with make -C, is an error; the cache clause only when a release restores a cache', () => {
    const extra = '      - run: make -C pr-docs/docs html\n'
    const files = (release: string) => ({
      '.github/workflows/release.yml': release,
      '.github/workflows/docs.yml': docsPreview(extra),
      ...SETUP_ACTION,
    })
    const messages = (release: string) =>
      doctor(RELEASE, files(release))
        .findings.filter((finding) => finding.rule === 'pull-request-target-checkout')
        .map((finding) => `${finding.severity} ${finding.position.line} ${finding.message}`)
    expect(messages(RELEASE)).toEqual([
      'error 18 This workflow runs on `pull_request_target` (with this repository\'s secrets and a writable GITHUB_TOKEN) and checks out the pull request\'s code (`${{ github.event.pull_request.head.sha }}`) in job "preview", then runs it (`make -C pr-docs/docs html`, line 26): anyone who opens a pull request runs their code here.',
    ])
    const cached = RELEASE.replace(
      '      - run: pipx run build\n',
      `      - uses: ${SETUP_NODE}\n        with: { node-version: 24, cache: npm }\n      - run: pipx run build\n`,
    )
    expect(messages(cached)).toEqual([
      'error 18 This workflow runs on `pull_request_target` (with this repository\'s secrets and a writable GITHUB_TOKEN) and checks out the pull request\'s code (`${{ github.event.pull_request.head.sha }}`) in job "preview", then runs it (`make -C pr-docs/docs html`, line 26): anyone who opens a pull request runs their code here, and can poison the caches the release restores (actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 in .github/workflows/release.yml:9).',
    ])
  })

  const headerFix = (after: string) => `on: pull_request_target
permissions: {}
jobs:
  fix-headers:
    runs-on: ubuntu-latest
    permissions: { contents: write, pull-requests: write }
    steps:
      - uses: ${CHECKOUT}
        with: { persist-credentials: false }
      - run: gh pr checkout \${{ github.event.pull_request.number }}
        env: { GH_TOKEN: "\${{ github.token }}" }
      - uses: example-org/license-header-fixer@61275cc80d0798a405cb070f7d3a8aaf7cf2c2c1 # v0.8.0
        with: { mode: fix }
${after}`

  test('`gh pr checkout` followed only by a pinned action and git commands is a warning', () => {
    const result = doctor(
      headerFix(`      - id: changed
        run: |
          set -ex
          echo "count=$(git status --porcelain | wc -l)" >> "$GITHUB_OUTPUT"
          git diff
      - if: steps.changed.outputs.count != '0'
        run: |
          gh auth setup-git
          git add -A
          git commit -m "Add license headers"
          git push
        env: { GH_TOKEN: "\${{ github.token }}" }
`),
    )
    expect(
      result.findings
        .filter((finding) => finding.rule === 'pull-request-target-checkout')
        .map((finding) => `${finding.severity} ${finding.position.line} ${finding.message}`),
    ).toEqual([
      "warning 10 This workflow runs on `pull_request_target` (with this repository's secrets and a writable GITHUB_TOKEN) and fetches the pull request's code in job \"fix-headers\", into the workspace. No later step of the job installs, builds, tests or runs anything from it, so today it is only read; but any step added after it that does runs a stranger's code with those secrets.",
    ])
  })

  test('`gh pr checkout` followed by an install, or a local action, is an error', () => {
    expect(
      messagesOf(
        doctor(headerFix('      - run: npm ci && npx prettier --write .\n')),
        'pull-request-target-checkout',
      ),
    ).toEqual([
      '10:14 This workflow runs on `pull_request_target` (with this repository\'s secrets and a writable GITHUB_TOKEN) and fetches the pull request\'s code in job "fix-headers", then runs it (`npm ci`, line 14): anyone who opens a pull request runs their code here.',
    ])
    expect(
      messagesOf(
        doctor(headerFix('      - uses: ./.github/actions/setup-python\n'), SETUP_ACTION),
        'pull-request-target-checkout',
      ),
    ).toEqual([
      '10:14 This workflow runs on `pull_request_target` (with this repository\'s secrets and a writable GITHUB_TOKEN) and fetches the pull request\'s code in job "fix-headers", then runs it (the local action `./.github/actions/setup-python`, line 14): anyone who opens a pull request runs their code here.',
    ])
  })

  test('the head checked out into the workspace and tested is an error', () => {
    expect(
      messagesOf(
        doctor(`on: pull_request_target
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: ${SETUP_NODE}
        with: { node-version: 24 }
      - run: npm ci && npm test
`),
        'pull-request-target-checkout',
      ),
    ).toEqual([
      '9:11 This workflow runs on `pull_request_target` (with this repository\'s secrets and a writable GITHUB_TOKEN) and checks out the pull request\'s code (`${{ github.event.pull_request.head.sha }}`) in job "test", then runs it (`npm ci`, line 12): anyone who opens a pull request runs their code here.',
    ])
  })
})
