// `${{ inputs.* }}` in the script of a reusable workflow (called only by `workflow_call`) or of a
// local composite action: doctor follows the input back to the callers in this repository, and
// reports it only when some caller can hand it text an outsider writes.
import { afterAll, describe, expect, test } from '@jest/globals'
import { doctor, messagesOf, removeRepositories } from '../doctor-helpers.js'

afterAll(removeRepositories)

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0'

const BUILD_ACTION = `name: build
inputs:
  arch: { required: true }
  features: { required: true }
  profile: { default: release }
runs:
  using: composite
  steps:
    - shell: bash
      run: |
        export TARGET="\${{ inputs.arch }}-unknown-linux-gnu"
        cargo build --profile "\${{ inputs.profile }}" --features="\${{ inputs.features }}" --target="$TARGET"
`

const WHEELS = `on: { push: { tags: ['*'] }, pull_request: {} }
permissions: { contents: read }
jobs:
  build:
    strategy:
      matrix:
        target:
          - { arch: x86_64, features: simd }
          - { arch: aarch64, features: '' }
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - uses: ./.github/actions/build
        with:
          arch: "\${{ matrix.target.arch }}"
          features: "\${{ matrix.target.features }}"
`

const REUSABLE = `on:
  workflow_call:
    inputs:
      check-name: { type: string, required: false }
      runner: { type: string, default: ubuntu-latest }
      sdist: { type: string, required: true }
      env-lines: { type: string, required: false }
      qemu: { type: boolean, default: false }
permissions: { contents: read }
jobs:
  wheel:
    runs-on: \${{ inputs.runner }}
    steps:
      - id: name
        shell: python
        run: |
          import hashlib, os
          inputs = """\${{ toJSON(inputs) }}"""
          with open(os.environ['GITHUB_OUTPUT'], 'a') as out:
              print('hash=' + hashlib.sha512(inputs.encode()).hexdigest(), file=out)
      - run: pipx run cibuildwheel "dist/\${{ inputs.sdist }}"
`

/** A caller of the reusable workflow: `check-name` is what its `with:` passes. */
const ciCalling = (on: string, checkName: string) => `on: ${on}
permissions: { contents: read }
jobs:
  sdist:
    runs-on: ubuntu-latest
    outputs:
      file: \${{ steps.name.outputs.file }}
    steps:
      - uses: ${CHECKOUT}
      - run: pipx run build --sdist
      - id: name
        run: echo "file=$(basename dist/*.tar.gz)" >> "$GITHUB_OUTPUT"
  wheels:
    needs: sdist
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
        qemu: ['']
        include:
          - { os: ubuntu-latest, qemu: ppc64le }
    uses: ./.github/workflows/reusable-wheels.yml
    with:
      check-name: ${checkName}
      runner: \${{ matrix.os }}
      sdist: \${{ needs.sdist.outputs.file }}
      env-lines: |-
        CIBW_ARCHS_LINUX=\${{ matrix.qemu || 'auto' }}
        CIBW_SKIP=pp*
      qemu: \${{ matrix.qemu != '' }}
`

describe('script-injection follows inputs back to their callers', () => {
  test("a composite action's inputs that every caller fills from a static matrix are constants", () => {
    const result = doctor(WHEELS, { '.github/actions/build/action.yml': BUILD_ACTION })
    expect(messagesOf(result, 'script-injection')).toEqual([])
  })

  test('a caller that hands a composite action the title of an issue is reported, with who passes it', () => {
    const result = doctor(WHEELS, {
      '.github/actions/build/action.yml': BUILD_ACTION,
      '.github/workflows/triage.yml': `on: { issues: { types: [opened] } }
permissions: { contents: read }
jobs:
  try:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - uses: ./.github/actions/build
        with:
          arch: x86_64
          features: \${{ github.event.issue.title }}
`,
    })
    expect(messagesOf(result, 'script-injection')).toEqual([
      '12:67 `${{ inputs.features }}` is pasted into the shell script of composite action ./.github/actions/build before it runs: inputs.features is github.event.issue.title, passed by job "try" (.github/workflows/triage.yml:11), and whoever controls github.event.issue.title (text anyone opening an issue, a pull request, a branch or a release can write) can run their own commands there, with the job\'s token and secrets.',
    ])
  })

  test('`toJSON(inputs)` of a workflow_call-only workflow whose caller passes literals, matrix values, job outputs and booleans is silent', () => {
    const result = doctor(ciCalling("{ push: { tags: ['v*'] }, pull_request: {} }", 'wheels'), {
      '.github/workflows/reusable-wheels.yml': REUSABLE,
    })
    expect(messagesOf(result, 'script-injection')).toEqual([])
  })

  test('the same workflow called with the title of a pull request is reported, through `toJSON(inputs)` too', () => {
    const result = doctor(
      ciCalling('{ pull_request_target: {} }', '${{ github.event.pull_request.title }}'),
      { '.github/workflows/reusable-wheels.yml': REUSABLE },
    )
    expect(messagesOf(result, 'script-injection')).toEqual([
      '18:23 `${{ toJSON(inputs) }}` is pasted into the shell script of job "wheel" before it runs: inputs.check-name is github.event.pull_request.title, passed by job "wheels" (.github/workflows/release.yml:23), and whoever controls github.event.pull_request.title (text anyone opening an issue, a pull request, a branch or a release can write) can run their own commands there, with the job\'s token and secrets.',
    ])
  })

  test('a matrix built from event text is not a constant', () => {
    const result = doctor(
      WHEELS.replace(
        "- { arch: aarch64, features: '' }",
        '- { arch: aarch64, features: "${{ github.event.head_commit.message }}" }',
      ),
      { '.github/actions/build/action.yml': BUILD_ACTION },
    )
    expect(messagesOf(result, 'script-injection')).toEqual([
      '12:67 `${{ inputs.features }}` is pasted into the shell script of composite action ./.github/actions/build before it runs: inputs.features is github.event.head_commit.message, passed by job "build" (.github/workflows/release.yml:16), and whoever controls github.event.head_commit.message (text anyone opening an issue, a pull request, a branch or a release can write) can run their own commands there, with the job\'s token and secrets.',
    ])
  })

  test("an input passed on by another composite action is followed to that action's callers", () => {
    const outer = (features: string) => ({
      '.github/actions/build/action.yml': BUILD_ACTION,
      '.github/actions/release/action.yml': `name: release
inputs:
  arch: { required: true }
  features: { required: true }
runs:
  using: composite
  steps:
    - uses: ./.github/actions/build
      with:
        arch: \${{ inputs.arch }}
        features: \${{ inputs.features }}
`,
      '.github/workflows/ship.yml': `on: { issue_comment: {} }
permissions: { contents: read }
jobs:
  ship:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - uses: ./.github/actions/release
        with: { arch: x86_64, features: "${features}" }
`,
    })
    expect(messagesOf(doctor(WHEELS, outer('simd')), 'script-injection')).toEqual([])
    expect(
      messagesOf(doctor(WHEELS, outer('${{ github.event.comment.body }}')), 'script-injection'),
    ).toEqual([
      '12:67 `${{ inputs.features }}` is pasted into the shell script of composite action ./.github/actions/build before it runs: inputs.features is github.event.comment.body, passed by job "ship" (.github/workflows/ship.yml:9) through composite action ./.github/actions/release (.github/actions/release/action.yml:11), and whoever controls github.event.comment.body (text anyone opening an issue, a pull request, a branch or a release can write) can run their own commands there, with the job\'s token and secrets.',
    ])
  })

  test('an input with a default an outsider writes, that a caller leaves out, is reported', () => {
    const result = doctor(WHEELS, {
      '.github/actions/build/action.yml': BUILD_ACTION.replace(
        'profile: { default: release }',
        'profile: { default: "${{ github.event.pull_request.head.ref }}" }',
      ),
    })
    expect(messagesOf(result, 'script-injection')).toEqual([
      '12:32 `${{ inputs.profile }}` is pasted into the shell script of composite action ./.github/actions/build before it runs: inputs.profile is github.event.pull_request.head.ref, its default when job "build" (.github/workflows/release.yml:13) leaves it out, and whoever controls github.event.pull_request.head.ref (text anyone opening an issue, a pull request, a branch or a release can write) can run their own commands there, with the job\'s token and secrets.',
    ])
  })

  test('a workflow that can also be started by hand, or that no workflow here calls, is still reported', () => {
    const dispatchToo = REUSABLE.replace(
      'on:\n',
      'on:\n  workflow_dispatch:\n    inputs:\n      sdist: { type: string, required: true }\n',
    )
    expect(
      messagesOf(
        doctor(ciCalling("{ push: { tags: ['v*'] } }", 'wheels'), {
          '.github/workflows/reusable-wheels.yml': dispatchToo,
        }),
        'script-injection',
      ),
    ).toEqual([
      '21:23 `${{ toJSON(inputs) }}` is pasted into the shell script of job "wheel" before it runs: whoever controls inputs (whoever starts the workflow or calls it types it) can run their own commands there, with the job\'s token and secrets.',
      '24:42 `${{ inputs.sdist }}` is pasted into the shell script of job "wheel" before it runs: whoever controls inputs.sdist (whoever starts the workflow or calls it types it) can run their own commands there, with the job\'s token and secrets.',
    ])
    expect(messagesOf(doctor(REUSABLE), 'script-injection')).toEqual([
      '18:23 `${{ toJSON(inputs) }}` is pasted into the shell script of job "wheel" before it runs: whoever controls inputs (whoever starts the workflow or calls it types it) can run their own commands there, with the job\'s token and secrets.',
      '21:42 `${{ inputs.sdist }}` is pasted into the shell script of job "wheel" before it runs: whoever controls inputs.sdist (whoever starts the workflow or calls it types it) can run their own commands there, with the job\'s token and secrets.',
    ])
  })

  test('inputs passed around a loop of composite actions are followed only so far, then reported', () => {
    const loop = (self: string, other: string) => `name: ${self}
inputs:
  value: { required: false }
runs:
  using: composite
  steps:
    - shell: bash
      run: echo "\${{ inputs.value }}"
    - uses: ./.github/actions/${other}
      with: { value: "\${{ inputs.value }}" }
`
    const result = doctor(
      `on: { push: { tags: ['*'] } }
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - uses: ./.github/actions/a
        with: { value: constant }
`,
      {
        '.github/actions/a/action.yml': loop('a', 'b'),
        '.github/actions/b/action.yml': loop('b', 'a'),
      },
    )
    expect(messagesOf(result, 'script-injection')).toEqual([
      "8:18 `${{ inputs.value }}` is pasted into the shell script of composite action ./.github/actions/a before it runs: whoever controls inputs.value (whoever starts the workflow or calls it types it) can run their own commands there, with the job's token and secrets.",
      "8:18 `${{ inputs.value }}` is pasted into the shell script of composite action ./.github/actions/b before it runs: whoever controls inputs.value (whoever starts the workflow or calls it types it) can run their own commands there, with the job's token and secrets.",
    ])
  })

  test('event text pasted straight into a script is still reported', () => {
    const result = doctor(`on: { issues: { types: [opened] } }
permissions: { issues: write }
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - run: echo "New issue \${{ github.event.issue.title }}"
`)
    expect(messagesOf(result, 'script-injection')).toEqual([
      '7:30 `${{ github.event.issue.title }}` is pasted into the shell script of job "greet" before it runs: whoever controls github.event.issue.title (text anyone opening an issue, a pull request, a branch or a release can write) can run their own commands there, with the job\'s token and secrets.',
    ])
  })
})
