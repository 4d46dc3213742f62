// Release workflows shaped like real ones, run through the stand-ins for the actions they use:
// what each published is read back from the sandbox.
import { describe, expect, it } from '@jest/globals'
import type { RehearsalReport } from '../../src/rehearse/rehearsal.js'
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
})
