// The variants of each rule met in real workflows, and the false positives it must not raise:
// each case is one workflow (with other files of the repository when it needs them), the rule,
// and exactly what the rule reports on it.
import { afterAll, expect, test } from '@jest/globals'
import { doctor, messagesOf, removeRepositories } from './doctor-helpers.js'

afterAll(removeRepositories)

const CASES: Record<string, [rule: string, workflow: string, others?: Record<string, string>]> = {
  'a dry run is not a publish': [
    'publish-without-environment',
    `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - run: npm publish --dry-run
      - run: pnpm publish --dry-run --no-git-checks
      - run: uv publish --dry-run
`,
  ],
  'environment given as a map with a name counts; a map without one does not': [
    'publish-without-environment',
    `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  named:
    runs-on: ubuntu-latest
    environment:
      name: release
      url: https://pypi.org/p/example
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
        with: { skip-existing: true }
  unnamed:
    runs-on: ubuntu-latest
    environment:
      url: https://pypi.org/p/example
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
        with: { skip-existing: true }
`,
  ],
  'github.event in env is data, in run it is code': [
    'script-injection',
    `on: { release: { types: [published] } }
permissions: { contents: read }
jobs:
  notes:
    runs-on: ubuntu-latest
    steps:
      - env:
          TITLE: \${{ github.event.release.name }}
          NUMBER: \${{ github.event.release.id }}
        run: echo "$TITLE \${{ github.event.release.id }}"
      - run: echo "\${{ github.event.release.body }}" > notes.md
      - run: git switch "\${{ github.head_ref }}"
      - uses: actions/github-script@v7
        with:
          script: core.info("\${{ github.event.release.name }}")
`,
  ],
  'boolean, number and choice inputs cannot carry a command': [
    'script-injection',
    `on:
  workflow_dispatch:
    inputs:
      dry-run: { type: boolean }
      attempts: { type: number }
      channel: { type: choice, options: [latest, next] }
      notes: { type: string }
permissions: { contents: read }
jobs:
  show:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ inputs.dry-run }} \${{ inputs.attempts }} \${{ inputs.channel }} \${{ github.event.inputs.notes }}
`,
  ],
  'permissions: write-all at the top': [
    'id-token-at-workflow-level',
    `on: { workflow_dispatch: {} }
permissions: write-all
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
        with: { skip-existing: true }
`,
  ],
  'id-token at the top, but every job sets its own permissions': [
    'id-token-at-workflow-level',
    `on: { workflow_dispatch: {} }
permissions: { id-token: write }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  ],
  'job permissions of write-all grant id-token': [
    'publish-without-id-token',
    `on: { workflow_dispatch: {} }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: write-all
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  ],
  'job permissions without id-token; no permissions anywhere': [
    'publish-without-id-token',
    `on: { workflow_dispatch: {} }
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: release
    permissions: { contents: read }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
  npm:
    runs-on: ubuntu-latest
    environment: release
    steps:
      - run: npm publish --provenance
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`,
  ],
  'a caller that does not grant id-token to the reusable workflow that publishes': [
    'publish-without-id-token',
    `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  asks:
    uses: ./.github/workflows/publish-asks.yml
  inherits:
    uses: ./.github/workflows/publish-inherits.yml
  granted:
    uses: ./.github/workflows/publish-asks.yml
    permissions: { id-token: write, contents: read }
`,
    {
      '.github/workflows/publish-asks.yml': `on: { workflow_call: {} }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
      '.github/workflows/publish-inherits.yml': `on: { workflow_call: {} }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    },
  ],
  'if: with and without ${{ }}, and a release job that checks the results': [
    'test-gate-bypass',
    `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
        continue-on-error: true
  plain:
    needs: test
    if: always()
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - run: npm publish
  braced:
    needs: test
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - run: npm publish
  checked:
    needs: test
    if: \${{ !cancelled() && !contains(needs.*.result, 'failure') }}
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - run: npm publish
`,
  ],
  'a test job with continue-on-error': [
    'test-gate-bypass',
    `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    continue-on-error: true
    steps:
      - run: pytest
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  ],
  'GitHub Packages with GITHUB_TOKEN, and yank-notice deprecate token': [
    'long-lived-token',
    `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  github-packages:
    runs-on: ubuntu-latest
    permissions: { packages: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24, registry-url: https://npm.pkg.github.com }
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
  yank:
    runs-on: ubuntu-latest
    steps:
      - uses: owner/tokenless/actions/yank-notice@v1
        with:
          npm-deprecate-token: \${{ secrets.NPM_DEPRECATE_TOKEN }}
`,
  ],
  'tokens written out, in .npmrc, and as an action input': [
    'long-lived-token',
    `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - run: echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > ~/.npmrc
      - run: npm publish
        env:
          NPM_TOKEN: npm_abcdefghijklmnopqrstuvwxyz0123456789
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
        with:
          password: \${{ secrets.PYPI_PASSWORD }}
`,
  ],
  'npm versions: runner default, Node 20, 22 upgraded, 24, node-version-file, publish-oidc': [
    'npm-too-old',
    `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  runner-node:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - run: npm publish
  node-20:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: '20.x' }
      - run: npm install -g npm@latest
      - run: npm publish
  node-22-upgraded:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 22.14.0 }
      - run: npm i -g npm@11.6.0
      - run: npm publish
  node-22-old-upgrade:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: lts/jod }
      - run: npm i -g npm@11.4
      - run: npm publish
  node-24:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      - run: npm publish
  node-version-file:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version-file: .nvmrc }
      - run: npm publish
  publish-oidc:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: owner/tokenless/actions/publish-oidc@v1
        with: { registry: npm }
`,
  ],
  'registry-url with tokenless publish-oidc': [
    'setup-node-registry-url',
    `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24, registry-url: 'https://registry.npmjs.org' }
      - uses: owner/tokenless/actions/publish-oidc@v1
        with: { registry: npm }
`,
  ],
  'tags pushed with GITHUB_TOKEN by another workflow; an App token is fine': [
    'dead-publish-trigger',
    `on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    {
      '.github/workflows/bump.yml': `on: { workflow_dispatch: {} }
permissions: { contents: write }
jobs:
  bump:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: |
          git tag "v$(date +%Y.%-m.%-d)"
          git push --tags
`,
      '.github/workflows/app.yml': `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - id: app
        uses: actions/create-github-app-token@v2
        with: { app-id: 1, private-key: x }
      - uses: softprops/action-gh-release@v2
        with:
          token: \${{ steps.app.outputs.token }}
`,
    },
  ],
  'release types that fire twice, on edits, or miss drafted prereleases': [
    'release-trigger-types',
    `on:
  release:
    types: [created, published]
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    {
      '.github/workflows/edited.yml': `on:
  release:
    types: [published, edited]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - run: npm publish
`,
      '.github/workflows/prereleased.yml': `on:
  release:
    types: [prereleased]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - run: npm publish --tag next
`,
    },
  ],
  'a date computed in each leg of a matrix': [
    'version-computed-twice',
    `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  build:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
    steps:
      - run: python -c "import datetime; print('version=' + datetime.date.today().strftime('%Y.%m.%d'))" >> "$GITHUB_OUTPUT"
`,
  ],
  'a tag and a publish with no tests anywhere in the workflow': [
    'tag-before-test',
    `on: { push: { branches: [main] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: softprops/action-gh-release@v2
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  ],
  'gh pr checkout under pull_request_target': [
    'pull-request-target-checkout',
    `on: pull_request_target
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: gh pr checkout \${{ github.event.pull_request.number }} && npm ci
`,
  ],
  'cancel-in-progress on a publishing job, and as an expression': [
    'release-cancel-in-progress',
    `on: { push: { branches: [main] } }
permissions: {}
concurrency:
  group: release-\${{ github.ref }}
  cancel-in-progress: \${{ github.ref != 'refs/heads/main' }}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    concurrency:
      group: publish
      cancel-in-progress: true
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  ],
  'a reusable workflow needs no concurrency of its own': [
    'release-without-concurrency',
    `on: { workflow_call: {} }
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  ],
  'a missing reusable workflow': [
    'missing-local-reference',
    `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  test:
    uses: ./.github/workflows/tests.yml
`,
  ],
  'actions of this repository, GitHub, Docker images': [
    'unpinned-action',
    `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - uses: actions/checkout@v5
      - uses: github/codeql-action/init@v3
      - uses: example-repo/example-repo/actions/check@v1
      - uses: other/example-repo/actions/missing@v1
      - uses: docker://alpine:3.20
      - uses: docker://alpine@sha256:0000000000000000000000000000000000000000000000000000000000000000
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    {
      'package.json': `{ "name": "example-repo" }
`,
      'actions/check/action.yml': `name: check
description: d
runs: { using: node24, main: index.js }
`,
    },
  ],
  'ignore comments without a reason or a rule': [
    'ignore-directive',
    `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci # tokenless-ignore: build-in-publish-job
      - run: npm test # tokenless-ignore:
`,
  ],
  'a job that holds id-token without publishing': [
    'build-in-publish-job',
    `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: { id-token: write }
    steps:
      - run: npm ci --ignore-scripts
      - run: npm install -g npm@latest
      - run: npm run build
`,
  ],
  'on: [workflow_call] as a list': [
    'pypi-reusable-workflow',
    `on: [workflow_call]
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - run: uv publish
`,
  ],
}

const EXPECTED: Record<keyof typeof CASES, string[]> = {
  'a dry run is not a publish': [],
  'environment given as a map with a name counts; a map without one does not': [
    '14:3 Job "unnamed" publishes to PyPI with pypa/gh-action-pypi-publish (line 20) but has no `environment:`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job\'s token (npm answers E404 on the upload, PyPI "invalid-publisher").',
  ],
  'github.event in env is data, in run it is code': [
    '11:20 `${{ github.event.release.body }}` is pasted into the shell script of job "notes" before it runs: whoever controls github.event.release.body (text anyone opening an issue, a pull request, a branch or a release can write) can run their own commands there, with the job\'s token and secrets.',
    '12:26 `${{ github.head_ref }}` is pasted into the shell script of job "notes" before it runs: whoever controls github.head_ref (the branch name of a pull request) can run their own commands there, with the job\'s token and secrets.',
    '15:30 `${{ github.event.release.name }}` is pasted into the github-script code of job "notes" before it runs: whoever controls github.event.release.name (text anyone opening an issue, a pull request, a branch or a release can write) can run their own commands there, with the job\'s token and secrets.',
  ],
  'boolean, number and choice inputs cannot carry a command': [
    '13:86 `${{ github.event.inputs.notes }}` is pasted into the shell script of job "show" before it runs: whoever controls github.event.inputs.notes (whoever starts the workflow or calls it types it) can run their own commands there, with the job\'s token and secrets.',
  ],
  'permissions: write-all at the top': [
    '2:1 `permissions: write-all` (which includes `id-token: write`) is granted to the whole workflow, so every job without `permissions:` of its own can mint an OIDC token and publish as this repository: "publish". A compromised test dependency or action in any of them can publish a release.',
  ],
  'id-token at the top, but every job sets its own permissions': [],
  'job permissions of write-all grant id-token': [],
  'job permissions without id-token; no permissions anywhere': [
    '6:5 Job "pypi" publishes through trusted publishing (pypa/gh-action-pypi-publish, line 8) but its `permissions:` (line 6) do not include `id-token: write`: the upload to PyPI has no credentials and fails.',
    '9:3 Job "npm" asks for provenance, which needs an OIDC token (npm publish, line 13) but neither the job nor the workflow sets `permissions:`, and GitHub\'s default token has no `id-token: write`: npm skips the OIDC exchange without a word and the upload fails with ENEEDAUTH or E404.',
  ],
  'a caller that does not grant id-token to the reusable workflow that publishes': [
    '5:11 Job "asks" calls ./.github/workflows/publish-asks.yml, whose job "publish" asks for `id-token: write`, but a called workflow gets at most what its caller grants and this job does not grant it: GitHub refuses to start the run ("is requesting \'id-token: write\', but is only allowed \'id-token: none\'").',
    '7:11 Job "inherits" calls ./.github/workflows/publish-inherits.yml, whose job "publish" publishes through trusted publishing with the caller\'s permissions, and this job does not grant `id-token: write`: the publish has no OIDC token and fails.',
  ],
  'if: with and without ${{ }}, and a release job that checks the results': [
    '9:9 The test step `npm test` has `continue-on-error: true`: a failing test no longer fails job "test", and the release goes ahead.',
    '12:9 Job "plain" releases with `if: always()`, which runs it even when the tests in job "test" failed or were skipped.',
    '20:9 Job "braced" releases with `if: ${{ !cancelled() }}`, which runs it even when the tests in job "test" failed or were skipped.',
  ],
  'a test job with continue-on-error': [
    '6:5 Job "test" runs the tests with `continue-on-error: true`: a failing test no longer fails the job, and the release goes ahead.',
  ],
  'GitHub Packages with GITHUB_TOKEN, and yank-notice deprecate token': [],
  'tokens written out, in .npmrc, and as an action input': [
    '7:14 The script writes a registry token into .npmrc (`_authToken=`): npm then uses this token instead of trusted publishing, and when it expires the publish fails with E404 Not Found.',
    "10:22 NPM_TOKEN is set to a literal value: a npm token written into the workflow file is readable by anyone who can read the repository, and it stops working (E404 on npm's upload, 403 on PyPI's) the day it expires or is revoked.",
    '13:21 ${{ secrets.PYPI_PASSWORD }} is a long-lived PyPI token. When it expires or is revoked, PyPI answers 403 "Invalid or non-existent authentication information", and the release dies halfway; while it lives, any step that can read it can copy it and publish anything.',
  ],
  'npm versions: runner default, Node 20, 22 upgraded, 24, node-version-file, publish-oidc': [
    '4:3 Job "runner-node" publishes through trusted publishing (npm publish, line 9) with the runner\'s own Node and npm (Node 20 with npm 10 on ubuntu-latest): npm before 11.5.1 never tries OIDC, so the publish fails with ENEEDAUTH or E404.',
    '16:17 Node 20.x is below 22.14.0, the minimum npm documents for trusted publishing, and its npm (10 or older) never tries OIDC: npm publish (line 18) fails with ENEEDAUTH or E404.',
    '34:17 Node lts/jod bundles npm 10, older than 11.5.1, and nothing upgrades npm before npm publish (line 36): npm never tries OIDC and the publish fails with ENEEDAUTH or E404.',
  ],
  'registry-url with tokenless publish-oidc': [
    '10:35 setup-node\'s `registry-url` writes an .npmrc with the placeholder token XXXXX-XXXXX-XXXXX-XXXXX in job "publish": tokenless publish-oidc refuses to publish while a token is in reach, so this release stops here.',
  ],
  'tags pushed with GITHUB_TOKEN by another workflow; an App token is fine': [
    '2:3 This workflow publishes when a tag is pushed (`push: tags`), but the tags of this repository are created by git tag in .github/workflows/bump.yml:8 with GITHUB_TOKEN, and events caused by GITHUB_TOKEN start no workflow: this publish never runs, and the versions tagged there never reach the registry.',
  ],
  'release types that fire twice, on edits, or miss drafted prereleases': [
    '3:12 `types:` includes `edited`: editing or removing a release starts the publish again.',
    '3:12 `prereleased` does not fire for a prerelease published from a draft (only `published` does): prereleases drafted first are never published.',
    '3:12 `types: [created, published]`: a release published at once (not saved as a draft first) fires both `created` and `published`, so the publish runs twice for one release and the second run fails on "version already exists" (or uploads a rebuilt file).',
  ],
  'a date computed in each leg of a matrix': [
    '10:14 Job "build" computes the date in each leg of its matrix: the legs start at different times (a queue, a retry), and one can land on the next day UTC with another version.',
  ],
  'a tag and a publish with no tests anywhere in the workflow': [
    '9:15 Job "release" creates a GitHub Release (and its tag) with softprops/action-gh-release@v2 (line 9) and nothing in this workflow tests that commit first: when the tests (wherever they run) fail afterwards, the version is already tagged and stranded.',
  ],
  'gh pr checkout under pull_request_target': [
    '7:14 This workflow runs on `pull_request_target` (with this repository\'s secrets and a writable GITHUB_TOKEN) and fetches the pull request\'s code in job "build", then runs it (`npm ci`, line 7): anyone who opens a pull request runs their code here.',
  ],
  'cancel-in-progress on a publishing job, and as an expression': [
    '13:7 `cancel-in-progress: true` on job "publish", which releases: a newer run cancels this one wherever it is (between the npm and the PyPI upload, after the tag but before the release), leaving a half-done release that a rerun cannot finish ("version already exists").',
  ],
  'a reusable workflow needs no concurrency of its own': [],
  'a missing reusable workflow': [
    '5:11 ./.github/workflows/tests.yml is not in this repository (no workflow file ./.github/workflows/tests.yml): GitHub fails the run before any job starts.',
  ],
  'actions of this repository, GitHub, Docker images': [
    '13:15 `other/example-repo/actions/missing@v1` runs whatever the tag v1 points to on the day of the release (its owner, or whoever takes over the account, can move it), in job "publish", which can mint a publish token.',
    '14:15 `docker://alpine:3.20` runs whatever a Docker tag points to on the day of the release (its owner, or whoever takes over the account, can move it), in job "publish", which can mint a publish token.',
  ],
  'ignore comments without a reason or a rule': [
    '7:21 `# tokenless-ignore: build-in-publish-job` gives no reason: say why the risk is accepted, for the next maintainer.',
    '8:23 `# tokenless-ignore:` names no rule, so it ignores nothing.',
  ],
  // In a workflow that publishes nothing, no trusted publisher names this file: its token
  // (docs, previews, attestations) cannot publish.
  'a job that holds id-token without publishing': [],
  'on: [workflow_call] as a list': [
    '1:1 This reusable workflow publishes to PyPI (uv publish, line 8). PyPI\'s trusted publisher must name this file, release.yml, and only workflows of this repository can publish through it: a caller in another repository gets "invalid-publisher".',
  ],
}

test.each(Object.keys(CASES))('%s', (name) => {
  const [rule, workflow, others] = CASES[name]!
  expect(messagesOf(doctor(workflow, others), rule)).toEqual(EXPECTED[name])
})

test('every case has its expectation', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(CASES).sort())
})
