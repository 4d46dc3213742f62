// Shapes found in public release workflows (written for these tests, not copied) where doctor
// reported a hazard that is not one: each test forbids the finding, and where the shape next to
// it is a real hazard, expects that one.
import { afterAll, describe, expect, test } from '@jest/globals'
import {
  dispatchReleaseJob,
  doctor,
  messagesOf,
  removeRepositories,
  rulesFound,
  SETUP_NODE_24,
} from '../doctor-helpers.js'

afterAll(removeRepositories)

const PYPI = 'pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0'
const DOWNLOAD = 'actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0'

describe('draft releases are not releases', () => {
  test('`gh release create --draft` after a tag push is neither a dead path nor a tag before tests', () => {
    const result = doctor(`on: { push: { tags: ['*'] } }
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  draft:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - run: gh release create --draft --repo "$GITHUB_REPOSITORY" "$GITHUB_REF_NAME" dist/*
        env:
          GH_TOKEN: \${{ github.token }}
`)
    expect(messagesOf(result, 'tag-before-test')).toEqual([])
    expect(messagesOf(result, 'dead-publish-trigger')).toEqual([])
  })

  test('softprops/action-gh-release with `draft: true` creates no release; without it, it does', () => {
    const workflow = (draft: string) => `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: softprops/action-gh-release@3d0d9888cb7fd7b750713d6e236d1fcb99157228 # v3.0.2
        with:
          tag_name: v1.2.3
${draft}`
    expect(rulesFound(doctor(workflow('          draft: true\n')))).not.toContain('tag-before-test')
    expect(rulesFound(doctor(workflow('')))).toContain('tag-before-test')
  })
})

describe('reruns', () => {
  test('a PyPI upload without skip-existing can be rerun (PyPI accepts identical files again)', () => {
    const result = doctor(`on: { release: { types: [published] } }
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
      - run: uv publish dist/*
`)
    expect(messagesOf(result, 'publish-not-rerunnable')).toEqual([])
  })

  test('a one-line loop of `npm publish` cannot be rerun; with `npm view` first it can', () => {
    const workflow = (run: string) =>
      dispatchReleaseJob(`${SETUP_NODE_24}      - run: ${run}\n`, {
        permissions: 'id-token: write',
      })
    expect(
      messagesOf(
        doctor(
          workflow('for pkg in packages/*; do (cd "$pkg" && npm publish --access public); done'),
        ),
        'publish-not-rerunnable',
      ),
    ).toEqual([
      '12:54 npm publish in job "publish" publishes several packages one by one: when one fails, a rerun (`gh run rerun <id> --failed`) stops at the first package the first attempt already published ("You cannot publish over the previously published versions"), and the rest never goes out.',
    ])
    expect(
      messagesOf(
        doctor(
          workflow(
            'for pkg in packages/*; do (cd "$pkg" && npm view "$(jq -r .name package.json)@$(jq -r .version package.json)" || npm publish); done',
          ),
        ),
        'publish-not-rerunnable',
      ),
    ).toEqual([])
  })
})

describe('concurrency groups', () => {
  const workflow = (on: string, group: string, condition = '') => `on: ${on}
permissions: {}
concurrency:
  group: ${group}
  cancel-in-progress: true
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { id-token: write }${condition}
    steps:
      - uses: ${DOWNLOAD}
      - uses: ${PYPI}
`
  test('keyed on github.ref for tags or releases: each release has its own group', () => {
    expect(
      messagesOf(
        doctor(workflow(`{ push: { tags: ['v*'] } }`, '${{ github.workflow }}-${{ github.ref }}')),
        'release-cancel-in-progress',
      ),
    ).toEqual([])
    expect(
      messagesOf(
        doctor(
          workflow(
            '{ push: { branches: [main] }, pull_request: {}, release: { types: [published] } }',
            '${{ github.workflow }}-${{ github.ref }}',
            "\n    if: github.event_name == 'release' && github.event.action == 'published'",
          ),
        ),
        'release-cancel-in-progress',
      ),
    ).toEqual([])
  })

  test('keyed on the commit: only runs of one commit meet', () => {
    expect(
      rulesFound(
        doctor(
          workflow(
            `{ push: { tags: ['v*'], branches: [main] } }`,
            '${{ github.workflow }}-${{ github.event.pull_request.number || github.sha }}',
          ),
        ),
      ),
    ).not.toContain('release-cancel-in-progress')
  })

  test('keyed on a branch that releases on each push: a warning; one fixed group: an error', () => {
    const onBranch = doctor(workflow('{ push: { branches: [main] } }', 'release-${{ github.ref }}'))
    expect(
      onBranch.findings
        .filter((f) => f.rule === 'release-cancel-in-progress')
        .map((f) => f.severity),
    ).toEqual(['warning'])
    expect(messagesOf(onBranch, 'release-cancel-in-progress')).toEqual([
      '5:3 `cancel-in-progress: true` on this workflow, which releases, in a group keyed on the branch: a newer push or dispatch on the same branch cancels this run wherever it is (between two packages, after the tag but before the release), and the rerun meets "version already exists".',
    ])
    const fixed = doctor(workflow('{ push: { branches: [main] } }', 'release'))
    expect(
      fixed.findings.filter((f) => f.rule === 'release-cancel-in-progress').map((f) => f.severity),
    ).toEqual(['error'])
  })
})

describe('what a job can mint and what counts as tests', () => {
  test('a docs job holding id-token in a workflow that publishes nothing is not a publish job', () => {
    const result = doctor(`on: { push: { branches: [main] } }
permissions: {}
jobs:
  docs:
    runs-on: ubuntu-latest
    permissions: { id-token: write, pages: write }
    steps:
      - run: pip install -r docs/requirements.txt && mkdocs build
`)
    expect(messagesOf(result, 'build-in-publish-job')).toEqual([])
  })

  test('cibuildwheel with a test command, and tox -e py312, are tests; tox -e release-notes is not', () => {
    const workflow = (test: string, env = '') => `on: { push: { tags: ['v*'] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  wheels:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - ${test}${env}
  publish:
    needs: wheels
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { id-token: write }
    steps:
      - uses: ${DOWNLOAD}
      - uses: ${PYPI}
`
    const cibw = 'uses: pypa/cibuildwheel@ee63bf16da6cddfb925f542f2c7b59ad50e93969 # v2.22.0'
    expect(
      rulesFound(
        doctor(workflow(cibw, '\n        env: { CIBW_TEST_COMMAND: pytest {project}/tests }')),
      ),
    ).not.toContain('publish-before-test')
    expect(
      rulesFound(
        doctor(workflow(cibw), {
          'pyproject.toml': '[tool.cibuildwheel]\ntest-command = "pytest {project}/tests"\n',
        }),
      ),
    ).not.toContain('publish-before-test')
    expect(rulesFound(doctor(workflow(cibw)))).toContain('publish-before-test')
    expect(rulesFound(doctor(workflow('run: tox -e py312')))).not.toContain('publish-before-test')
    expect(rulesFound(doctor(workflow('run: nox -s tests')))).not.toContain('publish-before-test')
    expect(rulesFound(doctor(workflow('run: tox -e release-notes')))).toContain(
      'publish-before-test',
    )
  })
})

describe('values that are not what they look like', () => {
  test('`date -I` as a cache key, in two jobs, is not a version computed twice', () => {
    const job = (name: string) => `  ${name}:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - id: get-date
        run: printf 'date=%s\\n' "$(date -I)" >> "$GITHUB_OUTPUT"
      - uses: actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830 # v4.3.0
        with:
          path: ~/.cache/pip
          key: pip-\${{ steps.get-date.outputs.date }}
      - run: pytest
`
    const result = doctor(`on: { push: { branches: [main] } }
permissions: {}
jobs:
${job('lint')}${job('test')}`)
    expect(messagesOf(result, 'version-computed-twice')).toEqual([])
  })

  test('login names cannot carry a command', () => {
    const result = doctor(`on: { issues: { types: [labeled] } }
permissions: {}
jobs:
  reply:
    runs-on: ubuntu-latest
    permissions: { issues: write }
    steps:
      - run: gh issue comment "$N" --body "Thanks @\${{ github.event.issue.user.login }}, from \${{ github.actor }} and \${{ github.triggering_actor }}"
`)
    expect(messagesOf(result, 'script-injection')).toEqual([])
  })

  test("repository names cannot either (a fork's included); the title next to them can", () => {
    const result = doctor(`on:
  release: { types: [published] }
  workflow_run: { workflows: [CI], types: [completed] }
permissions: {}
jobs:
  notes:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.repository.name }} \${{ github.event.workflow_run.head_repository.full_name }} \${{ github.event.workflow_run.head_branch }}"
`)
    expect(messagesOf(result, 'script-injection').map((text) => text.split(' ')[0])).toEqual([
      '9:115',
    ])
  })
})
