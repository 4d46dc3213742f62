// PyPI's PEP 740 attestations: on by default in pypa/gh-action-pypi-publish and publish-oidc;
// turning them off is a choice the workflow should explain where it is made.
import type { SourceFile, YNode } from '@tokenless/workflow'
import type { Rule } from '../rule.js'

/** A `#` comment on the line of `node` or alone on the line above it. */
function hasReason(file: SourceFile, node: YNode): boolean {
  const line = node.pos().line
  const own = file.lines[line - 1] ?? ''
  const above = file.lines[line - 2] ?? ''
  return /\s#\s*\S/.test(own) || /^\s*#\s*\S/.test(above)
}

export const pypiAttestationsOff: Rule = {
  id: 'pypi-attestations-off',
  severity: 'warning',
  title: 'A PyPI upload turns attestations off without a comment saying why.',
  why: 'PEP 740 attestations tie each uploaded file to the workflow that built it, signed with Sigstore and verified by PyPI against the trusted publisher; pypa/gh-action-pypi-publish and publish-oidc make them by default. Turned off silently, they stay off long after the reason is gone, and users who verify provenance find none.',
  fix: 'Remove `attestations: false`, or keep it with a comment on the same line or just above saying why (a private index, a mirror that refuses the field).',
  bad: `on:
  workflow_dispatch: {}
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
        with:
          attestations: false
`,
  good: `on:
  workflow_dispatch: {}
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      for (const job of workflow.jobs) {
        for (const publish of facts.jobPublishes(job)) {
          if (publish.registry !== 'pypi' && publish.registry !== 'testpypi') continue
          const node = publish.step.with?.get('attestations')
          if (node === undefined || node.str()?.trim().toLowerCase() !== 'false') continue
          if (hasReason(publish.step.action?.file ?? workflow.file, node)) continue
          report(
            node,
            `${publish.tool} uploads to PyPI with attestations: false and no comment saying why: the files go up without PEP 740 attestations, so nothing ties them to this workflow. Remove the line (attestations are on by default), or say why on it.`,
          )
        }
      }
    }
  },
}
