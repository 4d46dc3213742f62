import { pypiAttestationsOff } from '../../src/doctor/rules/attestations.js'
import { doctor, messagesOf, removeRepositories } from './doctor-helpers.js'

afterEach(removeRepositories)

const RULE = 'pypi-attestations-off'

function workflow(uses: string, attestations: string): string {
  return `on:
  workflow_dispatch: {}
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: ${uses}
        with:
${attestations}
`
}

const PYPA = 'pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e'
const OURS = 'owner/tokenless/actions/publish-oidc@v1'

describe('pypi-attestations-off', () => {
  it('finds attestations turned off without a reason', () => {
    const result = doctor(workflow(PYPA, '          attestations: false'), {}, [
      pypiAttestationsOff,
    ])
    expect(messagesOf(result, RULE)).toEqual([
      '12:25 pypa/gh-action-pypi-publish uploads to PyPI with attestations: false and no comment saying why: the files go up without PEP 740 attestations, so nothing ties them to this workflow. Remove the line (attestations are on by default), or say why on it.',
    ])
  })

  it("finds publish-oidc's attestations input turned off", () => {
    const result = doctor(
      workflow(OURS, '          registry: pypi\n          attestations: false'),
      {},
      [pypiAttestationsOff],
    )
    expect(messagesOf(result, RULE)).toHaveLength(1)
  })

  it('accepts a reason on the line or just above, and attestations left on', () => {
    for (const text of [
      '          attestations: false # the mirror refuses the attestations field',
      '          # a private index: no Sigstore there\n          attestations: false',
      '          attestations: true',
    ]) {
      expect(messagesOf(doctor(workflow(PYPA, text), {}, [pypiAttestationsOff]), RULE)).toEqual([])
    }
  })
})
