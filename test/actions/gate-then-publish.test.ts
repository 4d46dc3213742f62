import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type GitHubSandbox,
  type OidcIssuer,
  startGitHubSandbox,
  startOidcIssuer,
} from '@tokenless/sandbox'
import { runBundleAsync } from '../support/run-bundle.js'

let github: GitHubSandbox
let issuer: OidcIssuer
beforeAll(async () => {
  github = await startGitHubSandbox({ repositories: [{ owner: 'acme', repo: 'widget' }] })
  issuer = await startOidcIssuer()
})
afterAll(async () => {
  await github.stop()
  await issuer.stop()
})

describe('test-gate records, publish-oidc reads', () => {
  it('refuses to publish a commit whose recorded gate is red', async () => {
    const sha = 'd'.repeat(40)
    const workspace = mkdtempSync(join(tmpdir(), 'tokenless-gate-'))
    const env = { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/widget', GITHUB_SHA: sha }
    const gate = await runBundleAsync('test-gate', {
      workspace,
      inputs: { run: 'echo "2 tests, 1 failed"; exit 3', token: 'sandbox-token', sha },
      env,
    })
    expect(gate.exitCode).toBe(1)
    expect(gate.outputs).toMatchObject({ passed: 'false' })
    const runs = github.state
      .checkRuns('acme', 'widget')
      .filter((run) => run.name === 'tokenless/test-gate')
    expect(runs.map((run) => [run.head_sha, run.conclusion])).toEqual([[sha, 'failure']])

    writeFileSync(
      join(workspace, 'package.json'),
      JSON.stringify({ name: 'widget', version: '1.0.0' }),
    )
    const publish = await runBundleAsync('publish-oidc', {
      workspace,
      inputs: {
        registry: 'http://127.0.0.1:9/',
        packages: '.',
        token: 'sandbox-token',
        sha,
        provenance: 'false',
      },
      env: {
        ...env,
        ...issuer.createJob({ repository: 'acme/widget', environment: 'release' }).env,
        HOME: workspace,
      },
    })
    expect(publish.exitCode).toBe(1)
    expect(publish.annotations[0]?.message).toMatch(
      /^The test gate on ddddddd is failure \(.*\): nothing is published for a commit whose tests did not pass\. Fix the tests and release again\.$/,
    )
  })
})
