// `tokenless doctor --fix`, one kind of fix at a time (`--rule` picks it): the text before and
// after, comments and untouched lines kept byte for byte.
import { afterAll, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { removeRepositories, writeRepository } from '../doctor-helpers.js'
import { runDoctorCommand } from './fix-support.js'

afterAll(removeRepositories)

async function fixed(rule: string, workflow: string): Promise<{ text: string; stdout: string }> {
  const root = writeRepository({ '.github/workflows/release.yml': workflow })
  const run = await runDoctorCommand(['--fix', '--rule', rule], root)
  return {
    text: readFileSync(join(root, '.github/workflows/release.yml'), 'utf8'),
    stdout: run.stdout,
  }
}

const NPM_TOKEN_JOB = `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      # publish what the build made
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }} # the automation token
          NPM_CONFIG_PROVENANCE: true
`

test('long-lived-token: NODE_AUTH_TOKEN leaves the publish step, the rest stays', async () => {
  const { text, stdout } = await fixed('long-lived-token', NPM_TOKEN_JOB)
  expect(text).toBe(
    NPM_TOKEN_JOB.replace(
      '          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }} # the automation token\n',
      '',
    ),
  )
  expect(stdout).toContain(`tokenless doctor --fix: changed .github/workflows/release.yml:
  long-lived-token: removed NODE_AUTH_TOKEN from a step of job "publish"
`)
})

test('long-lived-token: an `env:` left empty goes with its last variable', async () => {
  const workflow = NPM_TOKEN_JOB.replace('          NPM_CONFIG_PROVENANCE: true\n', '')
  const { text } = await fixed('long-lived-token', workflow)
  expect(text).toBe(
    workflow.replace(
      '        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }} # the automation token\n',
      '',
    ),
  )
})

const TWINE = `on:
  push:
    tags: ['v*']
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - run: ls dist
      - name: Publish to PyPI
        run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: \${{ secrets.PYPI_API_TOKEN }}
`

test('long-lived-token: TWINE_PASSWORD goes, `__token__` stays (twine 6.1 does trusted publishing then)', async () => {
  const { text, stdout } = await fixed('long-lived-token', TWINE)
  expect(text).toBe(TWINE.replace('          TWINE_PASSWORD: ${{ secrets.PYPI_API_TOKEN }}\n', ''))
  expect(stdout).toContain(
    '  long-lived-token: removed TWINE_PASSWORD from step "Publish to PyPI" of job "pypi"\n',
  )
  expect(stdout).toContain(
    "Once a release has published through trusted publishing, delete the secret PYPI_API_TOKEN (Settings -> Secrets and variables -> Actions, and any environment's secrets) and revoke the token on the registry.\n",
  )
})

const PYPA = `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
        with:
          password: \${{ secrets.PYPI_TOKEN }}
          skip-existing: true
`

test("long-lived-token: pypa/gh-action-pypi-publish's `password:` goes", async () => {
  const { text, stdout } = await fixed('long-lived-token', PYPA)
  expect(text).toBe(PYPA.replace('          password: ${{ secrets.PYPI_TOKEN }}\n', ''))
  expect(stdout).toContain(
    '  long-lived-token: removed password (the input of pypa/gh-action-pypi-publish) from a step of job "pypi"\n',
  )
})

const REGISTRY_URL = `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with:
          node-version: 24 # npm 11
          registry-url: https://registry.npmjs.org # writes an .npmrc
      - run: npm publish
`

test('setup-node-registry-url: the `registry-url` line goes, block style', async () => {
  const { text, stdout } = await fixed('setup-node-registry-url', REGISTRY_URL)
  expect(text).toBe(
    REGISTRY_URL.replace(
      '          registry-url: https://registry.npmjs.org # writes an .npmrc\n',
      '',
    ),
  )
  expect(stdout).toContain(
    `  setup-node-registry-url: removed setup-node's \`registry-url\` from job "publish"\n`,
  )
})

test('setup-node-registry-url: flow style keeps the other inputs', async () => {
  const workflow = REGISTRY_URL.replace(
    '        with:\n          node-version: 24 # npm 11\n          registry-url: https://registry.npmjs.org # writes an .npmrc\n',
    "        with: { node-version: 24, registry-url: 'https://registry.npmjs.org' } # setup\n",
  )
  const { text } = await fixed('setup-node-registry-url', workflow)
  expect(text).toBe(
    workflow.replace(
      "{ node-version: 24, registry-url: 'https://registry.npmjs.org' }",
      '{ node-version: 24 }',
    ),
  )
})

const WORKFLOW_ID_TOKEN = `# Release on a tag.
on:
  push:
    tags: ['v*']
permissions:
  contents: write # releases
  id-token: write # npm
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm test
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: release
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      - run: npm publish
`

test('id-token-at-workflow-level: `permissions: {}` at the top, each job keeps its grants, id-token only where it publishes', async () => {
  const { text, stdout } = await fixed('id-token-at-workflow-level', WORKFLOW_ID_TOKEN)
  expect(text).toBe(`# Release on a tag.
on:
  push:
    tags: ['v*']
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - run: npm ci && npm test
  publish:
    needs: test
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
    environment: release
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      - run: npm publish
`)
  expect(stdout).toContain(
    '  id-token-at-workflow-level: `permissions: {}` at the top; each job keeps what it had (contents: write), and `id-token: write` is granted only to job "publish"\n',
  )
})

const NO_ID_TOKEN = `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions:
      contents: read # checkout
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      - run: npm publish
`

test("publish-without-id-token: `id-token: write` joins the job's permissions", async () => {
  const { text, stdout } = await fixed('publish-without-id-token', NO_ID_TOKEN)
  expect(text).toBe(
    NO_ID_TOKEN.replace(
      '      contents: read # checkout\n',
      '      contents: read # checkout\n      id-token: write\n',
    ),
  )
  expect(stdout).toContain(
    '  publish-without-id-token: granted `id-token: write` to job "publish"\n',
  )
})

test("publish-without-id-token: a job without permissions gets the workflow's and id-token", async () => {
  const workflow = NO_ID_TOKEN.replace(
    '    permissions:\n      contents: read # checkout\n',
    '',
  ).replace('permissions: {}', 'permissions: { contents: read }')
  const { text, stdout } = await fixed('publish-without-id-token', workflow)
  expect(text).toBe(
    workflow.replace(
      '    runs-on: ubuntu-latest\n',
      '    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n      id-token: write\n',
    ),
  )
  expect(stdout).toContain(
    '  publish-without-id-token: granted `id-token: write` to job "publish" (with contents: read)\n',
  )
})

const NO_ENVIRONMENT = `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    # the only job
    runs-on: ubuntu-latest
    permissions: { id-token: write, contents: read }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`

test('publish-without-environment: `environment: release` after runs-on', async () => {
  const { text, stdout } = await fixed('publish-without-environment', NO_ENVIRONMENT)
  expect(text).toBe(
    NO_ENVIRONMENT.replace(
      '    runs-on: ubuntu-latest\n',
      '    runs-on: ubuntu-latest\n    environment: release\n',
    ),
  )
  expect(stdout).toContain(
    '  publish-without-environment: added `environment: release` to job "publish"\n',
  )
})

const OLD_NODE = `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with:
          node-version: '20' # LTS
      - run: npm publish --access public
`

test('npm-too-old: Node below 22.14 becomes Node 24', async () => {
  const { text, stdout } = await fixed('npm-too-old', OLD_NODE)
  expect(text).toBe(OLD_NODE.replace("node-version: '20' # LTS", 'node-version: 24 # LTS'))
  expect(stdout).toContain(
    '  npm-too-old: set node-version 20 to 24 in job "publish" (npm 11.5.1 or later, for trusted publishing)\n',
  )
})

test('npm-too-old: Node 22 gets npm 11.5.1 or later before the publish', async () => {
  const workflow = OLD_NODE.replace("'20'", '22')
  const { text, stdout } = await fixed('npm-too-old', workflow)
  expect(text).toBe(
    workflow.replace(
      '      - run: npm publish --access public\n',
      '      - name: npm 11.5.1 or later, for trusted publishing\n        run: npm install -g npm@^11.5.1\n      - run: npm publish --access public\n',
    ),
  )
  expect(stdout).toContain(
    '  npm-too-old: added `npm install -g npm@^11.5.1` before the publish in job "publish" (Node 22 bundles an older npm)\n',
  )
})

const BARE_RELEASE = `on:
  release: # when a release is made
  workflow_dispatch:
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`

test('release-trigger-types: a bare `release:` gets `types: [published]`', async () => {
  const { text, stdout } = await fixed('release-trigger-types', BARE_RELEASE)
  expect(text).toBe(
    BARE_RELEASE.replace(
      '  release: # when a release is made\n',
      '  release: # when a release is made\n    types: [published]\n',
    ),
  )
  expect(stdout).toContain(
    '  release-trigger-types: added `types: [published]` to the `release:` trigger\n',
  )
})

const NO_CONCURRENCY = `name: release
on: { workflow_dispatch: {} }
permissions: {} # nothing by default

jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`

test('release-without-concurrency: one release run per ref, none cancelled', async () => {
  const { text, stdout } = await fixed('release-without-concurrency', NO_CONCURRENCY)
  expect(text).toBe(
    NO_CONCURRENCY.replace(
      'permissions: {} # nothing by default\n',
      'permissions: {} # nothing by default\nconcurrency:\n  group: release-${{ github.ref }}\n  cancel-in-progress: false\n',
    ),
  )
  expect(stdout).toContain(
    '  release-without-concurrency: added `concurrency: { group: release-${{ github.ref }}, cancel-in-progress: false }` (one release run at a time per ref, none cancelled)\n',
  )
})
