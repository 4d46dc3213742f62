// Shapes from another hold-out of public release workflows (written for these tests, not
// copied) where doctor reported a hazard that was not there, or missed one that was.
import { afterAll, describe, expect, test } from '@jest/globals'
import { doctor, messagesOf, rulesFound, removeRepositories } from '../doctor-helpers.js'

afterAll(removeRepositories)

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0'
const SCRIPT = 'actions/github-script@f28e40c7f34bde8b3046d885e986cb6290c5673b # v7.1.0'
const SETUP_NODE = 'actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0'

describe('the default branch name is a repository setting', () => {
  test('only admins set it: pasting it into a script is not an injection; a free dispatch input still is', () => {
    const workflow = (value: string) => `on:
  workflow_dispatch:
    inputs:
      note: { type: string }
permissions: { contents: read, pull-requests: write }
jobs:
  open-pr:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SCRIPT}
        with:
          script: |
            const base = "\${{ ${value} }}"
            await github.rest.pulls.create({ ...context.repo, base, head: 'bump', title: 'Bump' })
`
    expect(
      messagesOf(doctor(workflow('github.event.repository.default_branch')), 'script-injection'),
    ).toEqual([])
    expect(messagesOf(doctor(workflow('inputs.note')), 'script-injection')).toHaveLength(1)
  })
})

describe('a release pull request that only bumps package.json', () => {
  const workflow = (bump: string, flag: string) => `on:
  workflow_dispatch:
    inputs:
      version: { type: string }
      bump: { type: choice, options: [patch, minor, major] }
permissions: { contents: read }
jobs:
  release-pr:
    runs-on: ubuntu-latest
    permissions: { contents: write, pull-requests: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SETUP_NODE}
        with: { node-version: 24 }
      - run: |
          npm version ${bump} ${flag}
          git checkout -b "release/v$(jq -r .version package.json)"
          git commit -am "Release"
          git push origin HEAD
          gh pr create --fill
        env:
          GH_TOKEN: \${{ github.token }}
`

  test('`npm version --git-tag-version=false` makes no tag: nothing to race, nothing released before tests', () => {
    for (const bump of ['${{ inputs.bump }}', '${{ inputs.version || inputs.bump }}']) {
      const found = rulesFound(doctor(workflow(bump, '--git-tag-version=false')))
      expect(found).not.toContain('tag-before-test')
      expect(found).not.toContain('release-without-concurrency')
    }
  })

  test('without the flag, npm version tags: still reported', () => {
    expect(rulesFound(doctor(workflow('patch', '')))).toContain('tag-before-test')
  })
})

describe('npm publish in a loop over dist-tags of the one package', () => {
  const workflow = (body: string) => `on:
  workflow_dispatch:
    inputs:
      tags: { type: string }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: npm
    permissions: { id-token: write, contents: read }
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SETUP_NODE}
        with: { node-version: 24 }
      - run: npm test
      - env:
          TAGS: \${{ inputs.tags }}
        run: |
          for tag in $(echo "$TAGS" | jq -r '.[]'); do
            ${body}
          done
`

  test('the loop publishes the folder it stands in each time: one package, not several', () => {
    expect(
      messagesOf(
        doctor(workflow('npm publish --provenance --tag="$tag"')),
        'publish-not-rerunnable',
      ),
    ).toEqual([])
  })

  test('a loop that moves into each package folder, or names one, publishes several: still reported', () => {
    expect(
      messagesOf(doctor(workflow('(cd "packages/$tag" && npm publish)')), 'publish-not-rerunnable'),
    ).toHaveLength(1)
    expect(
      messagesOf(doctor(workflow('npm publish "packages/$tag"')), 'publish-not-rerunnable'),
    ).toHaveLength(1)
    expect(
      messagesOf(doctor(workflow('npm publish --workspace "$tag"')), 'publish-not-rerunnable'),
    ).toHaveLength(1)
  })
})

describe("changesets/action v2's publish-script input", () => {
  const workflow = (input: string) => `on: { push: { branches: [main] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write, pull-requests: write, id-token: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SETUP_NODE}
        with: { node-version: 24 }
      - run: npm ci
      - uses: changesets/action@e0145edc7d9d8679003495b11f87bd8ef63c0cba # v1.5.3
        with:
          ${input}: npm run release
`

  test("publishes like v1's publish input: the install beside it is reported in both", () => {
    expect(messagesOf(doctor(workflow('publish')), 'build-in-publish-job')).toHaveLength(1)
    expect(messagesOf(doctor(workflow('publish-script')), 'build-in-publish-job')).toHaveLength(1)
  })
})
