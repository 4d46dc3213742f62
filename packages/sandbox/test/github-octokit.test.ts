import { getOctokit } from '@actions/github'
import { Octokit } from '@octokit/core'
import { runGitHubSandbox } from '../src/index.js'
import { removeTempDirs, sandbox, stopSandboxes, TestRepo } from './github-fixture.js'

afterEach(stopSandboxes)
afterAll(removeTempDirs)

const repo = { owner: 'octo', repo: 'hello' }

describe('octokit against the sandbox', () => {
  it('runs a draft, upload, publish release flow with @actions/github', async () => {
    const s = await sandbox({ immutableReleases: true })
    const octokit = getOctokit('sandbox-token', { baseUrl: s.url })
    const draft = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v1.2.3',
      draft: true,
      name: 'v1.2.3',
    })
    expect(draft.status).toBe(201)
    const asset = await octokit.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: draft.data.id,
      name: 'pkg-1.2.3.tgz',
      label: 'npm package',
      data: 'package bytes' as unknown as string,
      url: draft.data.upload_url,
      headers: { 'content-type': 'application/octet-stream' },
    })
    expect(asset.data).toMatchObject({ name: 'pkg-1.2.3.tgz', label: 'npm package', size: 13 })
    expect(asset.data.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    const published = await octokit.rest.repos.updateRelease({
      ...repo,
      release_id: draft.data.id,
      draft: false,
    })
    expect(published.data).toMatchObject({ draft: false, immutable: true })
    const byTag = await octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v1.2.3' })
    expect(byTag.data.assets.map((a) => a.name)).toEqual(['pkg-1.2.3.tgz'])
    const latest = await octokit.rest.repos.getLatestRelease(repo)
    expect(latest.data.id).toBe(draft.data.id)
    const bytes = await octokit.rest.repos.getReleaseAsset({
      ...repo,
      asset_id: asset.data.id,
      headers: { accept: 'application/octet-stream' },
    })
    expect(Buffer.from(bytes.data as unknown as ArrayBuffer).toString()).toBe('package bytes')
    await expect(
      octokit.rest.repos.uploadReleaseAsset({
        ...repo,
        release_id: draft.data.id,
        name: 'late.txt',
        data: 'late' as unknown as string,
        url: draft.data.upload_url,
      }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Cannot upload assets to an immutable release.'),
    })
  })

  it('sees a 422 already_exists as octokit reports it and finds the release instead', async () => {
    const s = await sandbox()
    const octokit = getOctokit('sandbox-token', { baseUrl: s.url })
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0' })
    const error = await octokit.rest.repos
      .createRelease({ ...repo, tag_name: 'v1.0.0' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 422,
      response: {
        data: { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] },
      },
    })
    expect(
      (await octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v1.0.0' })).data.tag_name,
    ).toBe('v1.0.0')
  })

  it('paginates with octokit.paginate across Link headers', async () => {
    const s = await sandbox()
    const octokit = getOctokit('sandbox-token', { baseUrl: s.url })
    for (let i = 1; i <= 7; i++)
      await octokit.rest.repos.createRelease({ ...repo, tag_name: `v${i}.0.0` })
    const all = await octokit.paginate(octokit.rest.repos.listReleases, { ...repo, per_page: 3 })
    expect(all.map((r) => r.tag_name)).toEqual([
      'v7.0.0',
      'v6.0.0',
      'v5.0.0',
      'v4.0.0',
      'v3.0.0',
      'v2.0.0',
      'v1.0.0',
    ])
    expect(s.requests.filter((r) => r.operationId === 'repos/list-releases')).toHaveLength(3)
  })

  it('handles refs with slashes, tags, statuses, checks and issues through octokit', async () => {
    const git = await TestRepo.init()
    const sha = await git.commit('feat: first')
    const s = await sandbox({ repositories: [{ ...repo, gitDir: git.dir }] })
    const octokit = getOctokit('sandbox-token', { baseUrl: s.url })
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/release/1.x', sha })
    expect(
      (await octokit.rest.git.getRef({ ...repo, ref: 'heads/release/1.x' })).data.object.sha,
    ).toBe(sha)
    expect(await git.run(['rev-parse', 'release/1.x'])).toBe(sha)
    const tag = await octokit.rest.git.createTag({
      ...repo,
      tag: '@acme/core@1.0.0',
      message: 'core',
      object: sha,
      type: 'commit',
    })
    await octokit.rest.git.createRef({
      ...repo,
      ref: 'refs/tags/@acme/core@1.0.0',
      sha: tag.data.sha,
    })
    expect(
      (await octokit.rest.git.getRef({ ...repo, ref: 'tags/@acme/core@1.0.0' })).data.object.type,
    ).toBe('tag')
    await octokit.rest.repos.createRelease({ ...repo, tag_name: '@acme/core@1.0.0' })
    expect(
      (await octokit.rest.repos.getReleaseByTag({ ...repo, tag: '@acme/core@1.0.0' })).data
        .tag_name,
    ).toBe('@acme/core@1.0.0')
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha,
      state: 'success',
      context: 'tokenless',
    })
    expect(
      (await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: 'main' })).data.state,
    ).toBe('success')
    await octokit.rest.checks.create({
      ...repo,
      name: 'publish',
      head_sha: sha,
      conclusion: 'success',
    })
    const runs = await octokit.rest.checks.listForRef({ ...repo, ref: sha, check_name: 'publish' })
    expect(runs.data.check_runs.map((r) => r.conclusion)).toEqual(['success'])
    const issue = await octokit.rest.issues.create({
      ...repo,
      title: 'Yank notice',
      labels: ['release'],
    })
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue.data.number,
      body: 'Deprecated 1.0.0',
    })
    const listed = await octokit.rest.issues.listForRepo({ ...repo, labels: 'release' })
    expect(listed.data.map((i) => i.title)).toEqual(['Yank notice'])
  })

  it('works with a bare @octokit/core and surfaces 403 and 404 as request errors', async () => {
    const s = await sandbox()
    s.tokens.register('reader', { permissions: { contents: 'read' } })
    const octokit = new Octokit({ auth: 'reader', baseUrl: s.url })
    const error = await octokit
      .request('POST /repos/{owner}/{repo}/releases', { ...repo, tag_name: 'v1' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    })
    const missing = await octokit
      .request('GET /repos/{owner}/{repo}/releases/latest', repo)
      .catch((e: unknown) => e)
    expect(missing).toMatchObject({ status: 404 })
  })
})

describe('runGitHubSandbox', () => {
  it('starts a sandbox and prints where it listens', async () => {
    const lines: string[] = []
    const s = await runGitHubSandbox({ repositories: [repo] }, (line) => lines.push(line))
    try {
      expect(lines).toEqual([
        `GitHub sandbox listening on ${s.url}`,
        `GITHUB_API_URL=${s.url}`,
        `GITHUB_SERVER_URL=${s.serverUrl}`,
        `uploads: ${s.uploadsUrl}`,
        'token: sandbox-token (every permission; register others with sandbox.tokens)',
        'repository: octo/hello',
      ])
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect((await fetch(`${s.url}/repos/octo/hello`)).status).toBe(200)
    } finally {
      await s.stop()
    }
  })
})
