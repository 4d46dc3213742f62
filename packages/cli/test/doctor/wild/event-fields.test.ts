// `github.event.<event name>.…`: a field no webhook payload has, so always empty. Seen in real
// publish workflows as a concurrency group keyed on `github.event.push.ref`: one group for every
// tag, with cancel-in-progress one tag's release cancels another's.
import { afterAll, expect, test } from '@jest/globals'
import { doctor, messagesOf, removeRepositories } from '../doctor-helpers.js'

afterAll(removeRepositories)

const publishOnTag = (concurrency: string, extra = '') => `on: { push: { tags: ['*'] } }
permissions: {}
${concurrency}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { id-token: write }
${extra}    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`

test('a publish group keyed on github.event.push.ref with cancel-in-progress is one group for every tag', () => {
  const result = doctor(
    publishOnTag(`concurrency:
  group: publish-\${{ github.event.push.ref }}
  cancel-in-progress: true`),
  )
  const [finding] = result.findings.filter((each) => each.rule === 'event-field-missing')
  expect(finding?.severity).toBe('error')
  expect(messagesOf(result, 'event-field-missing')).toEqual([
    "4:22 `github.event.push.ref` is always empty: no event's payload has a field named `push`. This concurrency group is therefore the same for every run, and with cancel-in-progress: true each run cancels the one before it, whatever tag or branch that one was releasing. Key the group on `github.event.ref` (or `github.ref`).",
  ])
})

test('without cancel-in-progress the runs wait for each other (a warning); a job-level group is read too', () => {
  const result = doctor(
    publishOnTag(
      '',
      `    concurrency: { group: 'pypi-\${{ github.event.push.ref }}' }
`,
    ),
  )
  const [finding] = result.findings.filter((each) => each.rule === 'event-field-missing')
  expect(finding?.severity).toBe('warning')
  expect(messagesOf(result, 'event-field-missing')).toEqual([
    "9:37 `github.event.push.ref` is always empty: no event's payload has a field named `push`. This concurrency group is therefore the same for every run: each run waits for the one before it, whatever tag or branch that one was releasing. Key the group on `github.event.ref` (or `github.ref`).",
  ])
})

test('in an if: or a with:, the field where the payload has it is named', () => {
  const result = doctor(`on:
  pull_request_target: { types: [labeled] }
  workflow_dispatch: { inputs: { channel: { type: string } } }
permissions: {}
jobs:
  label:
    if: github.event.pull_request_target.user.login == 'octocat' || github.event.workflow_dispatch.inputs.channel == 'next'
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.issues.title }}"
`)
  expect(messagesOf(result, 'event-field-missing')).toEqual([
    "7:9 `github.event.pull_request_target.user.login` is always empty: no event's payload has a field named `pull_request_target`. Read `github.event.pull_request.user.login` instead.",
    "7:69 `github.event.workflow_dispatch.inputs.channel` is always empty: no event's payload has a field named `workflow_dispatch`. Read `github.event.inputs.channel` instead.",
    "10:24 `github.event.issues.title` is always empty: no event's payload has a field named `issues`. Read `github.event.issue.title` instead.",
  ])
})

test('fields the payloads have are not reported', () => {
  const result = doctor(
    publishOnTag(`concurrency:
  group: publish-\${{ github.event.ref }}-\${{ github.event.release.tag_name }}-\${{ github.event.pull_request.number }}-\${{ github.event.workflow_run.head_branch }}-\${{ github.event.inputs.version }}
  cancel-in-progress: false`),
  )
  expect(messagesOf(result, 'event-field-missing')).toEqual([])
})
