// A publish started by `workflow_run` whose check of the upstream conclusion is in a gate job's
// script: the gate sets an output that the publishing job's `if:` reads through `needs`.
import { afterAll, expect, test } from '@jest/globals'
import { doctor, messagesOf, removeRepositories } from '../doctor-helpers.js'

afterAll(removeRepositories)

const workflow = (
  condition: string,
) => `on: { workflow_run: { workflows: [CI], types: [completed], branches: [main] } }
permissions: {}
concurrency: { group: canary, cancel-in-progress: false }
jobs:
  gate:
    runs-on: ubuntu-latest
    outputs: { ok: "\${{ steps.check.outputs.ok }}" }
    steps:
      - id: check
        run: |
          if [[ "\${{ github.event.workflow_run.conclusion }}" == "success" ]]; then
            echo ok=true >> "$GITHUB_OUTPUT"
          else
            echo ok=false >> "$GITHUB_OUTPUT"
          fi
  publish:
    needs: gate
    if: ${condition}
    runs-on: ubuntu-latest
    environment: npm
    permissions: { id-token: write }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0
        with: { node-version: 24 }
      - run: npm publish --tag canary
`

test("a gate job's script that checks the conclusion, read by the publisher's if:, counts", () => {
  expect(
    messagesOf(doctor(workflow("needs.gate.outputs.ok == 'true'")), 'workflow-run-unchecked'),
  ).toEqual([])
})

test('the same gate whose output the publisher ignores does not', () => {
  expect(
    messagesOf(doctor(workflow("github.repository == 'example/repo'")), 'workflow-run-unchecked'),
  ).toEqual([
    '26:14 Job "publish" publishes (npm publish) when the workflow_run trigger fires, and nothing checks github.event.workflow_run.conclusion: the trigger fires when the upstream run completes, failed or cancelled too, so a commit whose CI failed is published.',
  ])
})
