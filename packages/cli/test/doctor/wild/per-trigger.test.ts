// A workflow with several triggers is judged per trigger: `workflow_run` gates only the runs it
// starts, and a `workflow_run` publish must check that the upstream run succeeded.
import { afterAll, expect, test } from '@jest/globals'
import { doctor, messagesOf, removeRepositories } from '../doctor-helpers.js'

afterAll(removeRepositories)

const publisher = (on: string, condition = '') => `on:
${on}
permissions: {}
concurrency: { group: pypi, cancel-in-progress: false }
jobs:
  pypi:${condition === '' ? '' : `\n    if: ${condition}`}
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { id-token: write }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`

const AFTER_CI = `  workflow_run:
    workflows: [Tests]
    types: [completed]`

test('a workflow_run publish with no conclusion check publishes after failed CI', () => {
  expect(messagesOf(doctor(publisher(AFTER_CI)), 'workflow-run-unchecked')).toEqual([
    '14:15 Job "pypi" publishes (pypa/gh-action-pypi-publish) when the workflow_run trigger fires, and nothing checks github.event.workflow_run.conclusion: the trigger fires when the upstream run completes, failed or cancelled too, so a commit whose CI failed is published.',
  ])
})

test.each([
  "github.event.workflow_run.conclusion == 'success'",
  "github.event_name != 'workflow_run' || github.event.workflow_run.conclusion == 'success'",
])('`if: %s` checks the upstream run', (condition) => {
  expect(messagesOf(doctor(publisher(AFTER_CI, condition)), 'workflow-run-unchecked')).toEqual([])
})

test('a conclusion check in a job the publish needs counts', () => {
  const gated = `on:
${AFTER_CI}
permissions: {}
jobs:
  gate:
    if: \${{ github.event.workflow_run.conclusion == 'success' }}
    runs-on: ubuntu-latest
    steps:
      - run: echo upstream passed
  pypi:
    needs: gate
    runs-on: ubuntu-latest
    environment: pypi
    permissions: { id-token: write }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`
  expect(messagesOf(doctor(gated), 'workflow-run-unchecked')).toEqual([])
})

test('other triggers of the file are named, and judged on their own', () => {
  const both = publisher(`${AFTER_CI}\n  workflow_dispatch:\n  schedule:\n    - cron: '0 3 * * 1'`)
  const result = doctor(both)
  expect(messagesOf(result, 'workflow-run-unchecked')).toEqual([
    '17:15 Job "pypi" publishes (pypa/gh-action-pypi-publish) when the workflow_run trigger fires, and nothing checks github.event.workflow_run.conclusion: the trigger fires when the upstream run completes, failed or cancelled too, so a commit whose CI failed is published. (The workflow_dispatch, schedule triggers are judged on their own.)',
  ])
  // A dispatch or a scheduled run waits for no CI: nothing tests what it publishes.
  expect(messagesOf(result, 'publish-before-test')).toEqual([
    '17:15 Job "pypi" publishes with pypa/gh-action-pypi-publish (line 17) and nothing in this workflow tests that commit first: the upload cannot be stopped by a failing test, and a published version cannot be replaced.',
  ])
})

test('workflow_run alone: the tests ran upstream, so publish-before-test is silent', () => {
  const result = doctor(publisher(AFTER_CI, "github.event.workflow_run.conclusion == 'success'"))
  expect(messagesOf(result, 'publish-before-test')).toEqual([])
})

test('a job that runs only on the workflow_run trigger stays gated by it', () => {
  const result = doctor(
    publisher(
      `${AFTER_CI}\n  workflow_dispatch:`,
      "github.event_name == 'workflow_run' && github.event.workflow_run.conclusion == 'success'",
    ),
  )
  expect(messagesOf(result, 'publish-before-test')).toEqual([])
  expect(messagesOf(result, 'workflow-run-unchecked')).toEqual([])
})
