// One run of each committed bundle (actions/<name>/dist/index.js), whatever TOKENLESS_TEST_TARGET
// says: the other suites test the sources, this proves that what the runner loads still works.
// Each run goes past the action's first checks, so that the chunks ncc split off load too.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type GitHubSandbox, startGitHubSandbox } from '@tokenless/sandbox'
import { staleBundle } from '../support/bundle-freshness.js'
import { GitFixture } from '../support/git-fixture.js'
import {
  actionCommand,
  type BundleOptions,
  defaultTarget,
  runBundleAsync,
} from '../support/run-bundle.js'

const sandboxes: GitHubSandbox[] = []
afterAll(async () => {
  await Promise.all(sandboxes.map((sandbox) => sandbox.stop()))
})

/** Runs the bundle, after failing with the fix when it is older than its sources. */
function runDist(action: string, options: BundleOptions) {
  const stale = staleBundle(action)
  if (stale !== undefined) {
    throw new Error(
      `actions/${action}/dist is stale: ${stale}. Run \`npm run build\` (the committed bundles are checked by \`npm run check-dist\`).`,
    )
  }
  return runBundleAsync(action, { ...options, target: 'dist' })
}

async function githubRepo(files: Record<string, string>) {
  const repo = GitFixture.create()
  repo.commit('feat: first', files)
  const sandbox = await startGitHubSandbox({
    repositories: [{ owner: 'acme', repo: 'widget', gitDir: repo.dir }],
  })
  sandboxes.push(sandbox)
  const env = {
    GITHUB_API_URL: sandbox.url,
    GITHUB_SERVER_URL: sandbox.serverUrl,
    GITHUB_REPOSITORY: 'acme/widget',
  }
  return { repo, sandbox, env }
}

describe('the committed bundles (dist/index.js)', () => {
  it('validate-tag validates a tag against package.json', async () => {
    const repo = GitFixture.create()
    repo.commit('feat: first', { 'package.json': '{ "name": "widget", "version": "1.2.0" }\n' })
    repo.tag('v1.2.0')
    const result = await runDist('validate-tag', { workspace: repo.dir, inputs: { tag: 'v1.2.0' } })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ version: '1.2.0', tag: 'v1.2.0', sha: repo.head() })
  })

  it('test-gate runs the commands and passes', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'tokenless-smoke-'))
    const result = await runDist('test-gate', {
      workspace,
      inputs: { run: 'echo the tests ran', record: 'false' },
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('the tests ran')
    expect(result.outputs.passed).toBe('true')
  })

  it('create-release creates the release from the changelog', async () => {
    const { repo, sandbox, env } = await githubRepo({
      'package.json': '{ "name": "widget", "version": "1.2.0" }\n',
      'CHANGELOG.md': '# Changelog\n\n## [1.2.0] - 2026-07-04\n\n### Added\n- The widget.\n',
    })
    const result = await runDist('create-release', {
      workspace: repo.dir,
      inputs: { token: 'sandbox-token', tag: 'v1.2.0', sha: repo.head(), notes: 'changelog' },
      env,
    })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ created: 'true', notes: '### Added\n- The widget.' })
    expect(sandbox.state.releases('acme', 'widget')).toHaveLength(1)
  })

  it('yank-notice reaches GitHub and reports a tag without a release', async () => {
    const { repo, env } = await githubRepo({
      'package.json': '{ "name": "widget", "version": "1.0.0" }\n',
    })
    const result = await runDist('yank-notice', {
      workspace: repo.dir,
      inputs: { token: 'sandbox-token', tag: 'v1.0.0', reason: 'It deletes files.' },
      env,
    })
    expect(result.exitCode).toBe(1)
    expect(result.annotations).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringContaining('v1.0.0') }),
    ])
  })

  it('publish-oidc reads the package and refuses a static token', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'tokenless-smoke-'))
    mkdirSync(join(workspace, 'pkg'))
    writeFileSync(
      join(workspace, 'pkg', 'package.json'),
      '{ "name": "smoke-widget", "version": "1.2.0" }\n',
    )
    const result = await runDist('publish-oidc', {
      workspace,
      inputs: { registry: 'npm', packages: 'pkg', version: '1.2.0' },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
        NODE_AUTH_TOKEN: 'npm_static_token_value',
      },
    })
    expect(result.exitCode).toBe(1)
    expect(result.annotations[0]?.message).toContain('NODE_AUTH_TOKEN')
    expect(`${result.stdout}${result.stderr}`).not.toContain('npm_static_token_value')
  })
})

describe('TOKENLESS_TEST_TARGET', () => {
  const saved = process.env.TOKENLESS_TEST_TARGET
  afterEach(() => {
    if (saved === undefined) delete process.env.TOKENLESS_TEST_TARGET
    else process.env.TOKENLESS_TEST_TARGET = saved
  })

  it('runs the sources unless it says dist, and refuses anything else', () => {
    delete process.env.TOKENLESS_TEST_TARGET
    expect(defaultTarget()).toBe('src')
    expect(actionCommand('validate-tag').at(-1)).toMatch(/actions\/validate-tag\/src\/index\.ts$/)
    process.env.TOKENLESS_TEST_TARGET = 'dist'
    expect(actionCommand('validate-tag')).toEqual([
      expect.stringMatching(/actions\/validate-tag\/dist\/index\.js$/),
    ])
    process.env.TOKENLESS_TEST_TARGET = 'bundle'
    expect(() => defaultTarget()).toThrow(
      'TOKENLESS_TEST_TARGET is "bundle", which is not a target. Leave it unset (or src) to test the sources, or set dist to test the bundles.',
    )
  })
})
