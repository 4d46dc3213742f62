import { type GitHubSandbox, startGitHubSandbox } from '@tokenless/sandbox'
import { GitFixture } from '../support/git-fixture.js'
import {
  type BundleOptions,
  type BundleRun,
  linesLeaking,
  runBundleAsync,
} from '../support/run-bundle.js'

const TOKEN = 'sandbox-token'
const changelog = (sections: Record<string, string>) =>
  `# Changelog\n\n${Object.entries(sections)
    .map(([version, body]) => `## [${version}] - 2026-07-04\n\n${body}\n`)
    .join('\n')}`

interface World {
  repo: GitFixture
  sandbox: GitHubSandbox
  run: (inputs: Record<string, string>, options?: Partial<BundleOptions>) => Promise<BundleRun>
}

const sandboxes: GitHubSandbox[] = []
afterAll(async () => {
  await Promise.all(sandboxes.map((sandbox) => sandbox.stop()))
})

async function world(options: { immutableReleases?: boolean } = {}): Promise<World> {
  const repo = GitFixture.create()
  repo.commit('feat: first', {
    'package.json': '{ "name": "widget", "version": "1.2.0" }\n',
    'CHANGELOG.md': changelog({ '1.2.0': '### Added\n- The widget.' }),
    'dist/widget-1.2.0.tgz': 'tarball bytes',
    'dist/widget-1.2.0-py3-none-any.whl': 'wheel bytes',
    'dist/SHA256SUMS': 'sums',
  })
  const sandbox = await startGitHubSandbox({
    repositories: [{ owner: 'acme', repo: 'widget', gitDir: repo.dir }],
    ...options,
  })
  sandboxes.push(sandbox)
  const run = (inputs: Record<string, string>, extra: Partial<BundleOptions> = {}) =>
    runBundleAsync('create-release', {
      workspace: repo.dir,
      ...extra,
      inputs: { token: TOKEN, ...inputs },
      env: {
        GITHUB_API_URL: sandbox.url,
        GITHUB_SERVER_URL: sandbox.serverUrl,
        GITHUB_REPOSITORY: 'acme/widget',
        ...extra.env,
      },
    })
  return { repo, sandbox, run }
}

function expectNoContractViolation(sandbox: GitHubSandbox): void {
  expect(sandbox.contractViolations).toEqual([])
}

function releasesOf(sandbox: GitHubSandbox) {
  return sandbox.state.releases('acme', 'widget')
}

describe('create-release (bundle, against the sandbox GitHub)', () => {
  it('creates a draft, uploads the assets, publishes, and creates the tag at sha', async () => {
    const { repo, sandbox, run } = await world()
    const result = await run({
      tag: 'v1.2.0',
      sha: repo.head(),
      notes: 'changelog',
      assets: 'dist/*',
    })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ created: 'true', notes: '### Added\n- The widget.' })
    const releases = releasesOf(sandbox)
    expect(releases).toHaveLength(1)
    expect(releases[0]).toMatchObject({ tag_name: 'v1.2.0', draft: false, prerelease: false })
    expect(result.outputs.id).toBe(String(releases[0]?.id))
    expect(releases[0]?.assets.map((asset) => asset.name).sort()).toEqual([
      'SHA256SUMS',
      'widget-1.2.0-py3-none-any.whl',
      'widget-1.2.0.tgz',
    ])
    expect(repo.git('rev-parse', 'v1.2.0^{commit}')).toBe(repo.head())
    expect(result.summary).toContain('## create-release: v1.2.0 created')
    expect(result.summary).toContain('| widget-1.2.0.tgz | 13 | uploaded |')
    expect(linesLeaking(result, TOKEN)).toEqual([])
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`)
    expectNoContractViolation(sandbox)
  })

  it('does the work once: a rerun finds the release and uploads nothing', async () => {
    const { repo, sandbox, run } = await world()
    const inputs = { tag: 'v1.2.0', sha: repo.head(), notes: 'changelog', assets: 'dist/*' }
    await run(inputs)
    const before = sandbox.requests.length
    const again = await run(inputs)
    expect(again.exitCode).toBe(0)
    expect(again.outputs.created).toBe('false')
    expect(releasesOf(sandbox)).toHaveLength(1)
    const writes = sandbox.requests.slice(before).filter((request) => request.method !== 'GET')
    expect(writes).toEqual([])
    expect(again.summary).toContain('| widget-1.2.0.tgz | 13 | unchanged |')
    expectNoContractViolation(sandbox)
  })

  it('ends with one release when two runs race', async () => {
    const { repo, sandbox, run } = await world()
    const inputs = { tag: 'v1.2.0', sha: repo.head(), notes: 'changelog', assets: 'dist/*' }
    const [first, second] = await Promise.all([run(inputs), run(inputs)])
    expect([first.exitCode, second.exitCode]).toEqual([0, 0])
    const releases = releasesOf(sandbox)
    expect(releases).toHaveLength(1)
    expect(releases[0]?.draft).toBe(false)
    expect(releases[0]?.assets).toHaveLength(3)
    expectNoContractViolation(sandbox)
  })

  it('updates the notes of an existing release', async () => {
    const { repo, sandbox, run } = await world()
    await run({ tag: 'v1.2.0', sha: repo.head(), notes: 'changelog' })
    repo.write({ 'CHANGELOG.md': changelog({ '1.2.0': '### Added\n- The widget, documented.' }) })
    const result = await run({ tag: 'v1.2.0', sha: repo.head(), notes: 'changelog' })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain('## create-release: v1.2.0 updated')
    expect(releasesOf(sandbox)[0]?.body).toBe('### Added\n- The widget, documented.')
  })

  it("cuts notes over GitHub's limit at a line, links the full text, and says so", async () => {
    const { repo, sandbox, run } = await world()
    const long = Array.from({ length: 3000 }, (_, i) => `- change ${i} ${'x'.repeat(40)}`).join(
      '\n',
    )
    repo.commit('docs: a long changelog', { 'CHANGELOG.md': changelog({ '1.2.0': long }) })
    const result = await run({ tag: 'v1.2.0', sha: repo.head(), notes: 'changelog' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      `::warning::The notes were ${long.length} characters, more than GitHub's limit of 125000: the release shows the first part and links to the full text in CHANGELOG.md. Shorten the changelog section, or pass shorter notes, to show them whole.`,
    )
    const body = releasesOf(sandbox)[0]?.body ?? ''
    expect(body.length).toBeLessThanOrEqual(125000)
    expect(body).toContain('/blob/v1.2.0/CHANGELOG.md')
  })

  it('works with immutable releases: assets go up before publishing', async () => {
    const { repo, sandbox, run } = await world({ immutableReleases: true })
    const inputs = { tag: 'v1.2.0', sha: repo.head(), notes: 'changelog', assets: 'dist/*' }
    const result = await run(inputs)
    expect(result.exitCode).toBe(0)
    expect(releasesOf(sandbox)[0]?.assets).toHaveLength(3)
    expect((await run(inputs)).exitCode).toBe(0)
    repo.write({ 'dist/widget-1.2.0.tgz': 'other bytes' })
    const changed = await run(inputs)
    expect(changed.exitCode).toBe(1)
    expect(changed.annotations[0]?.message).toMatch(/immutable/i)
    expectNoContractViolation(sandbox)
  })

  it('retries an asset upload that failed with 502', async () => {
    const { repo, sandbox, run } = await world()
    sandbox.faults.add({ method: 'POST', path: /\/assets/, status: 502, times: 1 })
    const result = await run({
      tag: 'v1.2.0',
      sha: repo.head(),
      notes: 'changelog',
      assets: 'dist/*.tgz',
    })
    expect(result.exitCode).toBe(0)
    const uploads = sandbox.requests.filter(
      (request) => request.method === 'POST' && request.path.includes('/assets'),
    )
    expect(uploads.map((request) => request.status)).toEqual([502, 201])
    expect(releasesOf(sandbox)[0]?.assets).toHaveLength(1)
  })

  it('waits out a secondary rate limit as Retry-After says', async () => {
    const { repo, sandbox, run } = await world()
    sandbox.faults.add({
      method: 'POST',
      path: '/repos/{owner}/{repo}/releases',
      secondaryRateLimit: true,
      retryAfter: 1,
      times: 1,
    })
    const result = await run({ tag: 'v1.2.0', sha: repo.head(), notes: 'changelog' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('secondary rate limit')
    const creates = sandbox.requests.filter(
      (request) => request.method === 'POST' && request.path === '/repos/acme/widget/releases',
    )
    expect(creates.map((request) => request.status)).toEqual([403, 201])
    expect(releasesOf(sandbox)).toHaveLength(1)
  })

  it('keeps latest on the highest stable version across 1.x hotfixes and 2.x', async () => {
    const { repo, sandbox, run } = await world()
    const latestTag = async () => {
      const response = await fetch(`${sandbox.url}/repos/acme/widget/releases/latest`, {
        headers: { authorization: `token ${TOKEN}` },
      })
      return ((await response.json()) as { tag_name: string }).tag_name
    }
    const release = async (tag: string) => {
      const sha = repo.commit(`chore: release ${tag}`)
      const result = await run({ tag, sha, notes: 'github' })
      expect(result.exitCode).toBe(0)
    }
    await release('v1.4.2')
    expect(await latestTag()).toBe('v1.4.2')
    await release('v2.0.0')
    expect(await latestTag()).toBe('v2.0.0')
    await release('v1.4.3')
    expect(await latestTag()).toBe('v2.0.0')
    await release('v2.1.0-rc.1')
    expect(await latestTag()).toBe('v2.0.0')
    expect(releasesOf(sandbox).find((r) => r.tag_name === 'v2.1.0-rc.1')?.prerelease).toBe(true)
    await release('v2.1.0')
    expect(await latestTag()).toBe('v2.1.0')
    expectNoContractViolation(sandbox)
  })

  describe('bad input changes nothing', () => {
    it('refuses a tag that does not exist when no sha is given', async () => {
      const { sandbox, run } = await world()
      const result = await run({ tag: 'v1.2.0', notes: 'changelog' })
      expect(result.exitCode).toBe(1)
      expect(result.annotations[0]?.message).toBe(
        "Tag v1.2.0 does not exist on GitHub and no sha was given to create it at. Pass validate-tag's sha output as sha, or push the tag first.",
      )
      expect(releasesOf(sandbox)).toEqual([])
    })

    it('refuses a tag that exists at another commit', async () => {
      const { repo, sandbox, run } = await world()
      const tagged = repo.head()
      repo.tag('v1.2.0')
      const other = repo.commit('fix: later')
      const result = await run({ tag: 'v1.2.0', sha: other, notes: 'changelog' })
      expect(result.annotations[0]?.message).toBe(
        `Tag v1.2.0 already exists on GitHub at ${tagged.slice(0, 7)}, but sha is ${other.slice(0, 7)}. A published tag must not move: release the tagged commit, or choose a new version.`,
      )
      expect(releasesOf(sandbox)).toEqual([])
    })

    it('names the changelog and the headings it has when the version has no section', async () => {
      const { repo, sandbox, run } = await world()
      const result = await run({ tag: 'v1.3.0', sha: repo.head(), notes: 'changelog' })
      expect(result.exitCode).toBe(1)
      expect(result.annotations[0]?.message).toBe(
        'CHANGELOG.md has no section for 1.3.0; the versions it has headings for are: 1.2.0. Add a "## [1.3.0]" section, or choose notes: commits.',
      )
      expect(result.annotations[0]?.properties).toMatchObject({ file: 'CHANGELOG.md', line: '1' })
      expect(releasesOf(sandbox)).toEqual([])
    })

    it('refuses an assets glob that matches nothing, unless assets are optional', async () => {
      const { repo, sandbox, run } = await world()
      const result = await run({
        tag: 'v1.2.0',
        sha: repo.head(),
        notes: 'changelog',
        assets: 'build/*.zip',
      })
      expect(result.annotations[0]?.message).toBe(
        'The assets glob build/*.zip matches no file in .. Build the files before this step, fix the glob, or set assets-required: false.',
      )
      expect(releasesOf(sandbox)).toEqual([])
      const optional = await run({
        tag: 'v1.2.0',
        sha: repo.head(),
        notes: 'changelog',
        assets: 'build/*.zip',
        'assets-required': 'false',
      })
      expect(optional.exitCode).toBe(0)
      expect(optional.annotations.map((a) => a.level)).toContain('warning')
    })

    it('refuses a name over GitHub’s limit', async () => {
      const { repo, sandbox, run } = await world()
      const result = await run({
        tag: 'v1.2.0',
        sha: repo.head(),
        notes: 'changelog',
        name: 'x'.repeat(257),
      })
      expect(result.annotations[0]?.message).toBe(
        'Input name is 257 characters long; GitHub allows at most 256 for a release name. Shorten it (the notes can carry the rest).',
      )
      expect(releasesOf(sandbox)).toEqual([])
    })

    it('says which permission to add on a 403', async () => {
      const { repo, sandbox, run } = await world()
      sandbox.tokens.register('ghs_readonly', {
        permissions: { contents: 'read' },
        kind: 'github-token',
      })
      const result = await run({
        tag: 'v1.2.0',
        sha: repo.head(),
        notes: 'changelog',
        token: 'ghs_readonly',
      })
      expect(result.exitCode).toBe(1)
      expect(result.annotations[0]?.message).toBe(
        'GitHub refused to create the release v1.2.0: 403 Resource not accessible by integration. The token lacks the contents: write permission: add "permissions: { contents: write }" to the job (for GITHUB_TOKEN), or grant it to the app or token used.',
      )
      expect(linesLeaking(result, 'ghs_readonly')).toEqual([])
      expect(releasesOf(sandbox)).toEqual([])
    })
  })

  it('warns that workflows on release will not run for a release made with GITHUB_TOKEN', async () => {
    const { repo, sandbox, run } = await world()
    repo.write({
      '.github/workflows/publish.yml': 'on:\n  release:\n    types: [published]\njobs: {}\n',
    })
    sandbox.tokens.register('ghs_job_token', {
      permissions: { contents: 'write' },
      kind: 'github-token',
    })
    const result = await run({
      tag: 'v1.2.0',
      sha: repo.head(),
      notes: 'changelog',
      token: 'ghs_job_token',
    })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain(
      "This release was made with the job's GITHUB_TOKEN, and GitHub starts no workflow for events made with it: .github/workflows/publish.yml (on: release) will not run.",
    )
    expect(linesLeaking(result, 'ghs_job_token')).toEqual([])
  })

  it('does not count the running workflow, nor one that creates its own release', async () => {
    const { repo, sandbox, run } = await world()
    repo.write({
      '.github/workflows/release.yml': 'on:\n  release:\n    types: [published]\njobs: {}\n',
      '.github/workflows/reusable.yml':
        'on:\n  release:\n    types: [published]\n  workflow_call:\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: owner/tokenless/actions/create-release@v1\n',
    })
    sandbox.tokens.register('ghs_job_token_2', {
      permissions: { contents: 'write' },
      kind: 'github-token',
    })
    const result = await run(
      { tag: 'v1.2.0', sha: repo.head(), notes: 'changelog', token: 'ghs_job_token_2' },
      {
        env: {
          GITHUB_WORKFLOW_REF: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
        },
      },
    )
    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toContain('GitHub starts no workflow')
  })

  it('writes notes from conventional commits since the previous tag', async () => {
    const { repo, sandbox, run } = await world()
    repo.tag('v1.2.0')
    repo.commit('feat(api): add a knob (#12)')
    repo.commit('fix: stop the wobble')
    const sha = repo.commit('docs: explain')
    const result = await run({ tag: 'v1.3.0', sha, notes: 'commits' })
    expect(result.exitCode).toBe(0)
    const body = releasesOf(sandbox)[0]?.body ?? ''
    expect(body).toMatch(/Features[\s\S]*add a knob[\s\S]*Bug Fixes[\s\S]*stop the wobble/)
    expect(body).not.toContain('explain')
    expect(result.summary).toContain('3 commit(s) since v1.2.0')
  })
})
