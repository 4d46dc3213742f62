// Release workflows shaped like real ones, run through the stand-ins for the actions they use:
// what each published is read back from the sandbox.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import type { RehearsalReport } from '../../src/rehearse/rehearsal.js'
import { INSTALL_UV } from '../../src/rehearse/stand-ins/astral-sh-setup-uv.js'
import { rehearseJson, tokenLines } from './rehearse-support.js'
import { BUILD_DIST, pythonRepository } from './stand-ins-support.js'

function job(
  report: RehearsalReport,
  id: string,
): RehearsalReport['attempts'][number]['jobs'][number] {
  const found = report.attempts[0]?.jobs.find((each) => each.label === id)
  if (found === undefined) throw new Error(`No job ${id}: ${JSON.stringify(report.attempts)}`)
  return found
}

function logOf(report: RehearsalReport): string {
  return JSON.stringify(report.attempts, null, 1)
}

const PYPI_RELEASE = `name: release
on:
  workflow_dispatch:
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.x"
      - run: ${BUILD_DIST}
      - uses: actions/upload-artifact@v4
        with:
          name: python-package-distributions
          path: dist/
  publish-to-pypi:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: pypi
      url: https://pypi.org/p/acme-spanner
    permissions:
      id-token: write
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: python-package-distributions
          path: dist/
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          print-hash: true
          attestations: true
  github-release:
    needs: publish-to-pypi
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/download-artifact@v4
        with:
          name: python-package-distributions
          path: dist/
      - id: release
        uses: softprops/action-gh-release@v2
        with:
          tag_name: v2.1.0
          name: acme-spanner 2.1.0
          body: Spanners, now in 2.1.0.
          files: dist/*
      - name: Attach the checksums with gh
        env:
          GH_TOKEN: \${{ github.token }}
          RELEASE_URL: \${{ steps.release.outputs.url }}
        run: |
          test -n "$RELEASE_URL"
          sha256sum dist/* > SHA256SUMS
          gh release upload v2.1.0 SHA256SUMS
          gh release view v2.1.0 --json assets --jq '.assets[].name'
`

const NOTES_ACTION = `name: notes
description: The release title and notes of a version.
inputs:
  version:
    required: true
  product:
    default: Spanner
outputs:
  title:
    value: \${{ steps.title.outputs.title }}
runs:
  using: composite
  steps:
    - id: title
      shell: bash
      run: echo "title=\${{ inputs.product }} \${{ inputs.version }}" >> "$GITHUB_OUTPUT"
    - shell: bash
      env:
        TITLE: \${{ steps.title.outputs.title }}
      run: |
        printf '## %s\\n\\nSpanners.\\n' "$TITLE" > notes.md
        echo "NOTES_FILE=notes.md" >> "$GITHUB_ENV"
    - if: \${{ inputs.product != 'Spanner' }}
      shell: bash
      run: exit 1
    - shell: bash
      run: test "$NOTES_FILE" = notes.md
`

const GH_RELEASE = `name: release
on:
  workflow_dispatch:
permissions: {}
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v4
      - id: notes
        uses: ./.github/actions/notes
        with:
          version: 2.1.0
      - run: test "$NOTES_FILE" = notes.md
      - env:
          GH_TOKEN: \${{ github.token }}
        run: gh release create v2.1.0 notes.md README.md --title "\${{ steps.notes.outputs.title }}" --notes-file notes.md
`

describe('stand-ins for the actions of real release workflows', () => {
  it("publishes to the sandbox's PyPI with pypa's action and releases with softprops and gh", async () => {
    const dir = pythonRepository({ '.github/workflows/release.yml': PYPI_RELEASE })
    const { code, report } = await rehearseJson([], { cwd: dir })
    expect(report.trustedPublishers).toEqual([
      expect.objectContaining({
        registry: 'pypi',
        name: 'acme-spanner',
        workflow: 'release.yml',
        environment: 'pypi',
      }),
    ])
    expect(report.readBack.pypi).toEqual([
      expect.objectContaining({
        registry: 'pypi',
        name: 'acme-spanner',
        published: ['2.1.0'],
      }),
    ])
    const [release] = report.readBack.releases
    expect(release).toEqual(
      expect.objectContaining({ tag: 'v2.1.0', name: 'acme-spanner 2.1.0', draft: false }),
    )
    expect(release?.assets.map((asset) => asset.name).sort()).toEqual([
      'SHA256SUMS',
      'acme_spanner-2.1.0-py3-none-any.whl',
      'acme_spanner-2.1.0.tar.gz',
    ])
    const publish = job(report, 'publish-to-pypi')
    expect(publish.steps[1]?.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^stand-in: repository-url https:\/\/upload\.pypi\.org\/legacy\/ → the sandbox's PyPI/,
        ),
        "stand-in: trusted publishing: the job's OIDC token exchanged at the sandbox's PyPI",
      ]),
    )
    expect(publish.steps[1]?.log).toEqual(
      expect.arrayContaining(['Showing hash values of files to be uploaded:']),
    )
    const gh = job(report, 'github-release').steps[3]
    expect(gh?.log).toEqual(
      expect.arrayContaining(['SHA256SUMS', 'acme_spanner-2.1.0-py3-none-any.whl']),
    )
    expect(tokenLines(logOf(report))).toEqual([])
    expect(report.result).toBe('passed')
    expect(code).toBe(0)
  })

  it('runs a local composite action step by step and creates a release with gh release create', async () => {
    const dir = pythonRepository({
      '.github/workflows/release.yml': GH_RELEASE,
      '.github/actions/notes/action.yml': NOTES_ACTION,
    })
    const { code, report } = await rehearseJson([], { cwd: dir })
    const [release] = report.readBack.releases
    expect(release).toEqual(
      expect.objectContaining({
        tag: 'v2.1.0',
        name: 'Spanner 2.1.0',
        body: '## Spanner 2.1.0\n\nSpanners.\n',
      }),
    )
    expect(release?.assets.map((asset) => asset.name).sort()).toEqual(['README.md', 'notes.md'])
    expect(job(report, 'release').steps[1]?.notes).toEqual([
      'composite action .github/actions/notes: 4 step(s) run one by one',
    ])
    expect(report.result).toBe('passed')
    expect(code).toBe(0)
  })

  it('says what the pypa action and uv need when the job lacks them', async () => {
    const workflow = `name: release
on:
  workflow_dispatch:
permissions: {}
jobs:
  uv:
    runs-on: ubuntu-latest
    steps:
      - uses: astral-sh/setup-uv@v6
      - run: uv build
  publish:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v4
      - run: ${BUILD_DIST}
      - uses: pypa/gh-action-pypi-publish@release/v1
`
    const dir = pythonRepository({ '.github/workflows/release.yml': workflow })
    const { report } = await rehearseJson([], { cwd: dir })
    const publish = job(report, 'publish').steps[2]
    expect(publish?.status).toBe('failure')
    expect(publish?.log).toEqual(
      expect.arrayContaining([
        'Error: OpenID Connect token retrieval failed: GitHub: missing or insufficient OIDC token permissions, the ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset\n\nThis generally indicates a workflow configuration error, such as insufficient permissions. Make sure that your workflow has `id-token: write` configured at the job level.',
      ]),
    )
    const uv = job(report, 'uv')
    const whichUv = execFileSync('sh', ['-c', 'command -v uv || true'], { encoding: 'utf8' })
    if (whichUv.trim() === '') {
      expect(uv.steps[0]?.annotations[0]?.message).toBe(
        `${INSTALL_UV} The steps that run uv or uvx fail.`,
      )
      expect(uv.steps[1]?.log).toEqual(expect.arrayContaining([INSTALL_UV]))
    } else {
      expect(uv.steps[0]?.status).toBe('success')
    }
    expect(report.result).toBe('failed')
  })

  it('runs github-script for real, its octokit creating a release on the sandbox', async () => {
    const workflow = `name: release
on:
  workflow_dispatch:
permissions: {}
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - id: create
        uses: actions/github-script@v7
        with:
          script: |
            const { data } = await github.rest.repos.createRelease({
              ...context.repo,
              tag_name: 'v2.1.0',
              name: 'Spanner ' + context.repo.repo,
              body: 'Made by github-script.',
            })
            core.info('created ' + data.tag_name)
            return data.id
      - run: test -n "\${{ steps.create.outputs.result }}"
`
    const dir = pythonRepository({ '.github/workflows/release.yml': workflow })
    const { code, report } = await rehearseJson([], { cwd: dir })
    expect(report.readBack.releases).toEqual([
      expect.objectContaining({
        tag: 'v2.1.0',
        name: 'Spanner spanner',
        body: 'Made by github-script.',
      }),
    ])
    expect(job(report, 'release').steps[0]?.log).toEqual(expect.arrayContaining(['created v2.1.0']))
    expect(report.result).toBe('passed')
    expect(code).toBe(0)
  })

  it("builds with hynek's action into Packages and publishes it to TestPyPI with pypa's action", async () => {
    const workflow = `name: release
on:
  workflow_dispatch:
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v4
      - id: baipp
        uses: hynek/build-and-inspect-python-package@v2
      - run: test "\${{ steps.baipp.outputs.artifact-name }}" = Packages
  publish:
    needs: build
    runs-on: ubuntu-latest
    environment: testpypi
    permissions:
      id-token: write
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: Packages
          path: dist
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          repository-url: https://test.pypi.org/legacy/
          skip-existing: true
`
    const dir = pythonRepository({ '.github/workflows/release.yml': workflow })
    const { code, report } = await rehearseJson([], { cwd: dir })
    expect(report.readBack.pypi).toEqual([
      expect.objectContaining({ registry: 'testpypi', name: 'acme-spanner', published: ['2.1.0'] }),
    ])
    expect(report.result).toBe('passed')
    expect(code).toBe(0)
  })
})

describe("a refused upload through pypa's action", () => {
  it('names the file, the status and what the index said', async () => {
    const workflow = `name: release
on:
  workflow_dispatch:
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: ${BUILD_DIST}
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: Rebuild after a change, same version
        run: |
          echo 'SIZE = 11' > acme_spanner/__init__.py
          rm -rf dist
          ${BUILD_DIST}
      - uses: pypa/gh-action-pypi-publish@release/v1
`
    const dir = pythonRepository({ '.github/workflows/release.yml': workflow })
    const { code, report } = await rehearseJson([], { cwd: dir })
    const second = job(report, 'publish').steps[4]
    expect(second?.status).toBe('failure')
    expect(second?.log.at(-1)).toMatch(
      /^Error: the upload was refused: acme_spanner-2\.1\.0-py3-none-any\.whl to http:\/\/127\.0\.0\.1:\d+\/legacy\/: 400 File already exists \('acme_spanner-2\.1\.0-py3-none-any\.whl', with blake2_256 hash '[0-9a-f]{64}'\)\. See https:\/\/pypi\.org\/help\/#file-name-reuse for more information\.$/,
    )
    expect(report.result).toBe('failed')
    expect(code).toBe(1)
  })
})

describe('a release the token may not create', () => {
  it.each([
    [
      '',
      `GitHub answers 403 "Resource not accessible by integration" to a write the token may not make: the job's GITHUB_TOKEN has contents: read, packages: read (no permissions: in the workflow or the job, so GitHub's default for a repository created today, read only). Give the job the permission the call needs, for a release or a tag \`permissions: { contents: write }\` (a repository whose Settings › Actions › Workflow permissions are "Read and write" gives more, but a new one does not: say it in the workflow).`,
    ],
    [
      '    permissions: { contents: read }\n',
      `GitHub answers 403 "Resource not accessible by integration" to a write the token may not make: the job's GITHUB_TOKEN has contents: read (the permissions: this workflow gives the job). Give the job the permission the call needs, for a release or a tag \`permissions: { contents: write }\`.`,
    ],
  ])('says which permissions the token had and what to give (%#)', async (permissions, note) => {
    const workflow = `name: release
on:
  workflow_dispatch:
jobs:
  release:
    runs-on: ubuntu-latest
${permissions}    steps:
      - env:
          GH_TOKEN: \${{ github.token }}
        run: gh release create v2.1.0 --notes "Spanners."
`
    const dir = pythonRepository({ '.github/workflows/release.yml': workflow })
    const { code, report } = await rehearseJson([], { cwd: dir })
    const step = job(report, 'release').steps[0]
    expect(step?.status).toBe('failure')
    expect(step?.notes).toContain(note)
    expect(code).toBe(1)
  })
})
