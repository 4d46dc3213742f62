import { type GitHubSandbox, startGitHubSandbox } from '@tokenless/sandbox'
import { GitFixture } from '../support/git-fixture.js'
import { type BundleRun, linesLeaking, runBundleAsync } from '../support/run-bundle.js'

// create-release against a hostile or overloaded GitHub (the sandbox's fault injection) and
// against itself (runs racing for one tag), through the real bundle. Each case: a clear message
// naming the call, nothing duplicated, and no token text anywhere.

const TOKEN = 'ghp_sandboxReleaseToken0123456789'

const sandboxes: GitHubSandbox[] = []
afterAll(async () => {
  await Promise.all(sandboxes.map((sandbox) => sandbox.stop()))
})

async function world() {
  const repo = GitFixture.create()
  repo.commit('feat: first', {
    'package.json': '{ "name": "widget", "version": "1.2.0" }\n',
    'CHANGELOG.md':
      '# Changelog\n\n## [1.3.0-rc.1] - 2026-07-05\n\n- Candidate.\n\n## [1.2.0] - 2026-07-04\n\n- The widget.\n',
    'dist/widget-1.2.0.tgz': 'tarball bytes',
    'dist/SHA256SUMS': 'sums',
  })
  const sandbox = await startGitHubSandbox({
    repositories: [{ owner: 'acme', repo: 'widget', gitDir: repo.dir }],
  })
  sandbox.tokens.register(TOKEN, { permissions: { contents: 'write' } })
  sandboxes.push(sandbox)
  const run = (inputs: Record<string, string>) =>
    runBundleAsync('create-release', {
      workspace: repo.dir,
      inputs: { token: TOKEN, notes: 'changelog', ...inputs },
      env: {
        GITHUB_API_URL: sandbox.url,
        GITHUB_SERVER_URL: sandbox.serverUrl,
        GITHUB_REPOSITORY: 'acme/widget',
      },
    })
  return { repo, sandbox, run }
}

const releasesOf = (sandbox: GitHubSandbox) => sandbox.state.releases('acme', 'widget')

function expectNoLeak(...runs: BundleRun[]): void {
  for (const run of runs) expect(linesLeaking(run, TOKEN)).toEqual([])
}

describe('create-release: runs racing for one tag', () => {
  it('draft-first: the oldest draft wins, exactly one run says created, no duplicate', async () => {
    const { repo, sandbox, run } = await world()
    // Hold every create long enough that all three runs have looked and found nothing.
    sandbox.faults.add({
      method: 'POST',
      path: '/repos/{owner}/{repo}/releases',
      delayMs: 1500,
      times: 3,
    })
    const inputs = { tag: 'v1.2.0', sha: repo.head(), assets: 'dist/*' }
    const runs = await Promise.all([run(inputs), run(inputs), run(inputs)])
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0, 0])
    expect(runs.map((r) => r.outputs.created).sort()).toEqual(['false', 'false', 'true'])
    const creates = sandbox.requests.filter(
      (r) => r.method === 'POST' && r.path === '/repos/acme/widget/releases',
    )
    expect(creates.map((r) => r.status)).toEqual([201, 201, 201])
    const releases = releasesOf(sandbox)
    expect(releases).toHaveLength(1)
    expect(releases[0]).toMatchObject({ tag_name: 'v1.2.0', draft: false })
    expect(releases[0]?.assets.map((a) => a.name).sort()).toEqual([
      'SHA256SUMS',
      'widget-1.2.0.tgz',
    ])
    // Every run reports the one release; the two losers deleted their own drafts, which were
    // younger (higher ids) than the winner.
    expect(new Set(runs.map((r) => r.outputs.id))).toEqual(new Set([String(releases[0]?.id)]))
    const deleted = sandbox.requests.filter(
      (r) => r.method === 'DELETE' && /releases\/\d+$/.test(r.path),
    )
    expect(deleted).toHaveLength(2)
    for (const request of deleted) {
      expect(Number(/(\d+)$/.exec(request.path)?.[1])).toBeGreaterThan(releases[0]?.id ?? 0)
    }
    const joiners = runs.filter((r) => r.outputs.created === 'false')
    for (const joiner of joiners) {
      expect(joiner.stdout).toContain(
        `Another run created the release v1.2.0 at the same time: this run joins it (id ${releases[0]?.id}).`,
      )
    }
    expectNoLeak(...runs)
    expect(sandbox.contractViolations).toEqual([])
  })

  it('published directly: the runs that meet "already_exists" join the release', async () => {
    const { repo, sandbox, run } = await world()
    sandbox.faults.add({
      method: 'POST',
      path: '/repos/{owner}/{repo}/releases',
      delayMs: 1500,
      times: 3,
    })
    const inputs = { tag: 'v1.2.0', sha: repo.head(), 'draft-first': 'false' }
    const runs = await Promise.all([run(inputs), run(inputs), run(inputs)])
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0, 0])
    expect(runs.map((r) => r.outputs.created).sort()).toEqual(['false', 'false', 'true'])
    const creates = sandbox.requests.filter(
      (r) => r.method === 'POST' && r.path === '/repos/acme/widget/releases',
    )
    expect(creates.map((r) => r.status).sort()).toEqual([201, 422, 422])
    const releases = releasesOf(sandbox)
    expect(releases).toHaveLength(1)
    expect(new Set(runs.map((r) => r.outputs.id))).toEqual(new Set([String(releases[0]?.id)]))
    expectNoLeak(...runs)
    expect(sandbox.contractViolations).toEqual([])
  })
})

describe('create-release: what GitHub answers is said plainly', () => {
  const CREATE = '/repos/{owner}/{repo}/releases'
  const UPLOAD = '/repos/{owner}/{repo}/releases/{release_id}/assets'

  const cases: Array<{
    title: string
    fault: Parameters<GitHubSandbox['faults']['add']>[0]
    message: string
    assets?: boolean
  }> = [
    {
      title: 'a 422 with errors[] names the field and the code',
      fault: {
        method: 'POST',
        path: CREATE,
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }],
          documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
        },
      },
      message:
        "GitHub refused to create the release v1.2.0: 422 Validation Failed (target_commitish invalid). Fix the value GitHub names (the tag, the name, the notes or an asset's name), then rerun.",
    },
    {
      title: 'a 409 says another change happened',
      fault: { method: 'POST', path: CREATE, status: 409 },
      message:
        'GitHub answered 409 Conflict to the attempt to create the release v1.2.0: the repository changed at the same time (another run, or a push). Rerun the job: it picks up what is there (GitHub said: Conflict).',
    },
    {
      title: 'a 429 that lasts is a rate limit, after the retries',
      fault: { method: 'POST', path: CREATE, status: 429, retryAfter: 1, times: Infinity },
      message:
        "GitHub's rate limit stopped the attempt to create the release v1.2.0: 429 (4 attempts). Rerun the job later, or use a GitHub App's token, which has a limit of its own (GitHub said: Too Many Requests).",
    },
    {
      title: 'a Retry-After over the cap fails at once and says how long',
      fault: { method: 'POST', path: CREATE, status: 503, retryAfter: 3600, times: Infinity },
      message:
        'GitHub answered 503 to the attempt to create the release v1.2.0 and asked to wait 3600 s before trying again, longer than this action waits. Rerun the job after that time (GitHub said: Service Unavailable).',
    },
    {
      title: 'a 5xx that lasts names the upload and the asset',
      assets: true,
      fault: { method: 'POST', path: UPLOAD, status: 500, times: Infinity },
      message:
        "GitHub failed to upload SHA256SUMS to the release v1.2.0: 500 (4 attempts). It is a fault on GitHub's side: check https://www.githubstatus.com and rerun the job (GitHub said: Internal Server Error).",
    },
    {
      title: 'a 403 on the upload names the permission',
      assets: true,
      fault: {
        method: 'POST',
        path: UPLOAD,
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      },
      message:
        'GitHub refused to upload SHA256SUMS to the release v1.2.0: 403 Resource not accessible by integration. The token lacks the contents: write permission: add "permissions: { contents: write }" to the job (for GITHUB_TOKEN), or grant it to the app or token used.',
    },
  ]

  it.each(cases)('$title', async ({ fault, message, assets }) => {
    const { repo, sandbox, run } = await world()
    sandbox.faults.add(fault)
    const result = await run({
      tag: 'v1.2.0',
      sha: repo.head(),
      ...(assets ? { assets: 'dist/*' } : {}),
    })
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter((a) => a.level === 'error')
    expect(errors.map((a) => a.message)).toEqual([message])
    expectNoLeak(result)
    // Nothing published: at most the draft a rerun completes.
    expect(releasesOf(sandbox).filter((release) => !release.draft)).toEqual([])
    expect(releasesOf(sandbox).length).toBeLessThanOrEqual(1)
  })
})

describe('create-release: the summary', () => {
  it('says Latest: no for a prerelease and yes for a stable release under make-latest auto', async () => {
    const { repo, run } = await world()
    const stable = await run({ tag: 'v1.2.0', sha: repo.head() })
    expect(stable.exitCode).toBe(0)
    expect(stable.summary).toMatch(/\| published \| no \| yes \| CHANGELOG\.md[^|]*\|/)
    const candidate = await run({ tag: 'v1.3.0-rc.1', sha: repo.head() })
    expect(candidate.exitCode).toBe(0)
    expect(candidate.summary).toMatch(/\| published \| yes \| no \| CHANGELOG\.md[^|]*\|/)
    expectNoLeak(stable, candidate)
  })
})
