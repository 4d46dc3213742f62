// More shapes found in public release workflows (written for these tests, not copied) where
// doctor reported a hazard that is not one: registry tokens that are not registry tokens, tags
// that are not created, caches that cannot be restored, a Node that is not the runner's, and a
// TestPyPI upload that is itself the test. Where the shape next to it is a real hazard, the same
// test expects that finding.
import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  doctor,
  doctorAt,
  messagesOf,
  removeRepositories,
  rulesFound,
  writeRepository,
} from '../doctor-helpers.js'
import { runDoctorCommand } from '../fix/fix-support.js'

afterAll(removeRepositories)

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0'
const SETUP_NODE = 'actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0'
const CACHE = 'actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830 # v4.3.0'
const PYPI = 'pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0'
const DOWNLOAD = 'actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0'
const RELEASE_PLEASE =
  'googleapis/release-please-action@16a9c90856f42705d54a6fda1823352bdc62cf38 # v4.4.0'

describe('long-lived-token', () => {
  const npmRelease = (registry: string) => `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm test
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: npm
    steps:
      - uses: ${SETUP_NODE}
        with:
          node-version: 22
          registry-url: ${registry}
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`

  test('a token for a publish proxy (registry-url is not registry.npmjs.org) is not called an npm token', () => {
    const proxy = doctor(npmRelease('https://wombat-dressing-room.appspot.com/'))
    expect(messagesOf(proxy, 'long-lived-token')).toEqual([
      "20:28 NODE_AUTH_TOKEN hands a long-lived token (${{ secrets.NPM_TOKEN }}) to https://wombat-dressing-room.appspot.com/, the registry setup-node's `registry-url` names (line 17), not registry.npmjs.org: it is that registry's (or publish proxy's) token, not an npm token, and what it can do is what that service lets it do.",
    ])
    expect(
      proxy.findings.filter((f) => f.rule === 'long-lived-token').map((f) => [f.severity, f.fix]),
    ).toEqual([
      [
        'note',
        'Check what this token can do on that registry or proxy and keep it in an environment only the publishing job uses; if the service accepts short-lived credentials (OIDC), use those instead.',
      ],
    ])
    // A secret handed over under another name is named by its expression.
    expect(
      messagesOf(
        doctor(
          npmRelease('https://wombat-dressing-room.appspot.com/').replace(
            'NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
            'WOMBAT: ${{ secrets.NPM_TOKEN }}',
          ),
        ),
        'long-lived-token',
      ),
    ).toEqual([
      "20:19 ${{ secrets.NPM_TOKEN }} is a long-lived token for https://wombat-dressing-room.appspot.com/, the registry setup-node's `registry-url` names (line 17), not registry.npmjs.org: it is that registry's (or publish proxy's) token, not an npm token, and what it can do is what that service lets it do.",
    ])
    expect(
      messagesOf(doctor(npmRelease('https://registry.npmjs.org')), 'long-lived-token'),
    ).toEqual([
      '20:28 NODE_AUTH_TOKEN hands a long-lived npm token (${{ secrets.NPM_TOKEN }}) to the publish. When it expires or is revoked, npm answers the upload with E404 Not Found, not an auth error; while it lives, any step that can read it can publish anything.',
    ])
  })

  test('--fix leaves a token for a publish proxy alone', async () => {
    // The first setup-node (for the build) names no registry; the one before the publish does.
    const workflow = npmRelease('https://wombat-dressing-room.appspot.com/')
    const withBuildNode = workflow.replace(
      '    environment: npm\n    steps:\n',
      `    environment: npm\n    steps:\n      - uses: ${SETUP_NODE}\n        with: { node-version: 22 }\n`,
    )
    const root = writeRepository({ '.github/workflows/release.yml': withBuildNode })
    expect(messagesOf(doctorAt(root), 'long-lived-token')).toEqual([
      "22:28 NODE_AUTH_TOKEN hands a long-lived token (${{ secrets.NPM_TOKEN }}) to https://wombat-dressing-room.appspot.com/, the registry setup-node's `registry-url` names (line 19), not registry.npmjs.org: it is that registry's (or publish proxy's) token, not an npm token, and what it can do is what that service lets it do.",
    ])
    await runDoctorCommand(['--fix', '--rule', 'long-lived-token'], root)
    expect(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8')).toBe(withBuildNode)
  })

  test('a job that requires a tag ref in a workflow no tag can start has no token finding', () => {
    const workflow = (on: string, condition: string) => `name: main
on: ${on}
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: tox
  release:
    needs: test
    if: ${condition}
    runs-on: ubuntu-latest
    steps:
      - run: tox -e release
        env:
          TWINE_PASSWORD: \${{ secrets.PYPI_TOKEN }}
`
    const TWINE = `16:27 TWINE_PASSWORD hands a long-lived PyPI token (\${{ secrets.PYPI_TOKEN }}) to the publish. When it expires or is revoked, PyPI answers 403 "Invalid or non-existent authentication information"; while it lives, any step that can read it can publish anything.`
    const branchesOnly = '{ push: { branches: [main] }, pull_request: {} }'
    for (const condition of [
      "github.event_name == 'push' && startsWith(github.ref, 'refs/tags/')",
      "github.event_name == 'push' && contains(github.ref, 'refs/tags/')",
      "${{ github.repository == 'o/r' && github.ref_type == 'tag' }}",
    ])
      expect(rulesFound(doctor(workflow(branchesOnly, condition)))).toEqual([])
    // A tag push (or a push with no branch filter) does start it.
    for (const on of ["{ push: { tags: ['v*'] } }", '{ push: {}, pull_request: {} }'])
      expect(
        messagesOf(
          doctor(workflow(on, "startsWith(github.ref, 'refs/tags/')")),
          'long-lived-token',
        ),
      ).toEqual([TWINE])
    // A condition that a branch ref can also meet keeps the job alive.
    expect(
      messagesOf(
        doctor(
          workflow(
            branchesOnly,
            "github.ref == 'refs/heads/main' || startsWith(github.ref, 'refs/tags/')",
          ),
        ),
        'long-lived-token',
      ),
    ).toEqual([TWINE])
  })

  test('an upload to a local service container with a password from the workflow env is no release', () => {
    const workflow = (password: string, url: string) => `name: smoke
on: [push, pull_request]
permissions: {}
env:
  devpi-password: abcd1234
jobs:
  smoke:
    runs-on: ubuntu-latest
    services:
      devpi:
        image: muccg/devpi
        ports: ["3141"]
    steps:
      - run: python -m build && twine upload dist/*
        env:
          TWINE_USERNAME: root
          TWINE_PASSWORD: ${password}
${url}`
    expect(
      rulesFound(
        doctor(
          workflow(
            '${{ env.devpi-password }}',
            "          TWINE_REPOSITORY_URL: http://localhost:${{ job.services.devpi.ports['3141'] }}/root/public/\n",
          ),
        ),
      ),
    ).toEqual([])
    expect(
      rulesFound(
        doctor(
          workflow(
            '${{ env.devpi-password }}',
            '          TWINE_REPOSITORY_URL: http://devpi:3141/root/public/\n',
          ),
        ),
      ),
    ).toEqual([])
    // The same upload to PyPI with a secret is a release with a long-lived token.
    expect(rulesFound(doctor(workflow('${{ secrets.PYPI_TOKEN }}', '')))).toEqual([
      'long-lived-token',
      'publish-before-test',
      'publish-without-environment',
      'release-without-concurrency',
    ])
  })
})

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

  test('a deploy job downstream of the release, checked with `npm run check`, is not its tests', () => {
    const workflow = (
      deploy: string,
    ) => `on: { workflow_dispatch: { inputs: { tag: { required: true, type: string } } } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { id-token: write }
    steps:
      - uses: ${DOWNLOAD}
      - uses: ${PYPI}
  announce:
    needs: publish
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - run: gh release create "$TAG" --target "$GITHUB_SHA"
        env:
          GH_TOKEN: \${{ github.token }}
          TAG: \${{ inputs.tag }}
  deploy-playground:
    needs: announce
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - run: ${deploy}
      - run: npx wrangler pages deploy dist
`
    // Nothing in this workflow tests the release: that is what doctor says, not that the
    // deploy job's check is the tests that run after it.
    const deployed = doctor(workflow('npm ci --ignore-scripts && npm run check'))
    expect(messagesOf(deployed, 'tag-before-test')).toEqual([
      '17:14 Job "announce" creates a GitHub Release (and its tag) with gh release create (line 17) and nothing in this workflow tests that commit first: when the tests (wherever they run) fail afterwards, the version is already tagged and stranded.',
    ])
    expect(messagesOf(deployed, 'publish-before-test')).toEqual([
      '11:15 Job "publish" publishes with pypa/gh-action-pypi-publish (line 11) and nothing in this workflow tests that commit first: the upload cannot be stopped by a failing test, and a published version cannot be replaced.',
    ])
    // A job after the release that runs the test suite is a test that runs after it.
    const tested = doctor(workflow('npm ci && npm test'))
    expect(messagesOf(tested, 'tag-before-test')).toEqual([
      '17:14 Job "announce" creates a GitHub Release (and its tag) with gh release create (line 17) before any test: the tests of this workflow run after it, in job "deploy-playground", so when they fail the version is already tagged and stranded.',
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

describe('cache-in-publish-job', () => {
  test("a composite action's `cache:` is evaluated with the caller's inputs", () => {
    const action = `name: setup
inputs:
  skip-cache:
    default: "false"
runs:
  using: composite
  steps:
    - uses: ${SETUP_NODE}
      with:
        node-version: 24
        package-manager-cache: \${{ inputs.skip-cache != 'true' }}
        cache: \${{ inputs.skip-cache != 'true' && 'npm' || '' }}
`
    const workflow = (inputs: string) => `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm test
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: npm
    permissions: { id-token: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: ./.github/actions/setup
${inputs}      - run: npm publish
`
    const files = { '.github/actions/setup/action.yml': action }
    for (const inputs of [
      '        with: { skip-cache: true }\n',
      "        with: { skip-cache: 'true' }\n",
    ])
      expect(messagesOf(doctor(workflow(inputs), files), 'cache-in-publish-job')).toEqual([])
    for (const inputs of ['', '        with: { skip-cache: false }\n'])
      expect(messagesOf(doctor(workflow(inputs), files), 'cache-in-publish-job')).toEqual([
        `16:15 ${SETUP_NODE.split(' ')[0]} restores a cache in job "publish", which publishes: a cache poisoned by any other workflow run on this repository is unpacked here and runs with the power to publish.`,
      ])
  })

  test('actions/cache keyed on github.run_id can only restore what this run saved', () => {
    const workflow = (keys: string) => `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm test
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: npm
    permissions: { id-token: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: ${CACHE}
        with:
          path: dist
${keys}      - run: npm publish
`
    for (const keys of [
      '          key: build-${{ github.run_id }}\n',
      '          key: ${{ runner.os }}-build-${{ github.ref }}-${{ github.run_id }}\n          restore-keys: |\n            ${{ runner.os }}-build-${{ github.ref }}-${{ github.run_id }}\n',
    ])
      expect(messagesOf(doctor(workflow(keys)), 'cache-in-publish-job')).toEqual([])
    for (const keys of [
      "          key: build-${{ hashFiles('package-lock.json') }}\n",
      '          key: build-${{ github.run_id }}\n          restore-keys: |\n            build-\n',
    ])
      expect(messagesOf(doctor(workflow(keys)), 'cache-in-publish-job')).toEqual([
        `16:15 ${CACHE.split(' ')[0]} restores a cache in job "publish", which publishes: a cache poisoned by any other workflow run on this repository is unpacked here and runs with the power to publish.`,
      ])
  })
})

describe('npm-too-old', () => {
  const workflow = `on: { push: { branches: [main] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  release:
    runs-on: ubuntu-latest
    environment: npm
    permissions: { contents: write, id-token: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: some-org/config/.github/setup@e4b48f16568324f76f467aa4c2aac2f05db632c3
      - run: npm publish
`

  test('a remote setup action runs first: the Node version files decide, else nothing is said', () => {
    expect(messagesOf(doctor(workflow, { '.nvmrc': '24.16.0\n' }), 'npm-too-old')).toEqual([])
    expect(messagesOf(doctor(workflow, { '.node-version': 'v24\n' }), 'npm-too-old')).toEqual([])
    expect(
      messagesOf(
        doctor(workflow, { 'package.json': '{ "volta": { "node": "24.11.0" } }' }),
        'npm-too-old',
      ),
    ).toEqual([])
    expect(messagesOf(doctor(workflow), 'npm-too-old')).toEqual([])
    const old = doctor(workflow, { '.nvmrc': '20\n' })
    expect(messagesOf(old, 'npm-too-old')).toEqual([
      '5:3 Job "release" publishes through trusted publishing (npm publish, line 12) after `some-org/config/.github/setup@e4b48f16568324f76f467aa4c2aac2f05db632c3` (line 11) sets up its tools, which doctor cannot read: if it installs the Node that .nvmrc names (20), that Node\'s npm is older than 11.5.1, never tries OIDC, and the publish fails with ENEEDAUTH or E404.',
    ])
    expect(
      old.findings.filter((f) => f.rule === 'npm-too-old').map((f) => [f.severity, f.fix]),
    ).toEqual([
      [
        'note',
        'Pin Node 24 or later in .nvmrc, or add `run: npm install -g npm@^11.5.1` before the publish.',
      ],
    ])
    // Without that action, the runner's own Node publishes.
    expect(
      messagesOf(
        doctor(workflow.replace(/ {6}- uses: some-org.*\n/, ''), { '.nvmrc': '24.16.0\n' }),
        'npm-too-old',
      ),
    ).toEqual([
      '5:3 Job "release" publishes through trusted publishing (npm publish, line 11) with the runner\'s own Node and npm (Node 20 with npm 10 on ubuntu-latest): npm before 11.5.1 never tries OIDC, so the publish fails with ENEEDAUTH or E404.',
    ])
  })
})

describe('publish-before-test', () => {
  const workflow = (on: string, build: string) => `name: ci
on: ${on}
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: uv run pytest
  test-publish:
    runs-on: ubuntu-latest
    environment: test-pypi
    permissions: { id-token: write }
    steps:
      - run: |
${build}
      - uses: ${PYPI}
        with:
          repository-url: https://test.pypi.org/legacy/
          packages-dir: fixture/dist
          skip-existing: true
`
  const fixture = `          mkdir fixture && cd fixture
          ../uv init --package --name my-test-fixture-pkg
          sed -i "s/0.1.0/0.1.\${GITHUB_RUN_NUMBER}/" pyproject.toml
          ../uv build`
  const own = '          uv build --out-dir fixture/dist'

  test('a TestPyPI upload of a package the job makes, or from a workflow no release starts, is the test', () => {
    const ci = '{ push: { branches: [main] }, pull_request: {}, workflow_dispatch: {} }'
    expect(messagesOf(doctor(workflow(ci, fixture)), 'publish-before-test')).toEqual([])
    expect(
      messagesOf(
        doctor(workflow('{ push: { branches: [main] }, pull_request: {} }', own)),
        'publish-before-test',
      ),
    ).toEqual([])
    // The project's own package, uploaded to TestPyPI by a workflow that also runs on tags.
    expect(
      messagesOf(
        doctor(workflow("{ push: { branches: [main], tags: ['*'] } }", own)),
        'publish-before-test',
      ),
    ).toEqual([
      '16:15 Job "test-publish" publishes with pypa/gh-action-pypi-publish (line 16) without waiting for the tests in job "test": a failing test cannot stop this upload, and a published version cannot be replaced.',
    ])
  })
})
