// `uses: ./actions/publish-oidc` in a workspace: a copy of tokenless's own action (a checkout of
// tokenless, or the publish-oidc that release-self.yml downloads beside the package) runs as the
// suite's action, its registry turned to the sandbox's; any other action of that path runs as the
// local JavaScript action it is.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rehearseJson, suiteRoot } from './rehearse-support.js'

const WORKFLOW = `name: local-actions
on: workflow_dispatch
permissions: {}
jobs:
  own:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - name: Write an action of our own at actions/publish-oidc
        run: |
          mkdir -p actions/publish-oidc/dist
          printf 'name: our publish\\nruns:\\n  using: node24\\n  main: dist/index.js\\n' > actions/publish-oidc/action.yml
          echo 'console.log("our own publish ran")' > actions/publish-oidc/dist/index.js
      - uses: ./actions/publish-oidc
        with:
          registry: npm
  copy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - name: Copy tokenless's publish-oidc into the workspace
        env:
          SUITE: ${join(suiteRoot, 'actions', 'publish-oidc')}
        run: mkdir -p actions && cp -R "$SUITE" actions/publish-oidc
      - uses: ./actions/publish-oidc
        continue-on-error: true
        with:
          registry: npm
          packages: nothing-here/*.tgz
`

it("runs a copy of tokenless's action as the suite's, and another action at that path as itself", async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tokenless-local-suite-')), 'local-actions.yml')
  writeFileSync(file, WORKFLOW)
  const { report } = await rehearseJson(['--workflow', file])
  const step = (job: string) => {
    const found = report.attempts.at(-1)?.jobs.find((record) => record.label === job)
    return found?.steps.find((record) => record.label === 'Run ./actions/publish-oidc')
  }
  const own = step('own')
  expect(own?.status).toBe('success')
  expect(own?.log.join('\n')).toContain('our own publish ran')
  expect(own?.notes.join('\n')).not.toContain('the sandbox')
  const copy = step('copy')
  expect(copy?.notes).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^registry npm → the sandbox's npm at http:\/\/127\.0\.0\.1:\d+\/$/),
    ]),
  )
}, 180_000)
