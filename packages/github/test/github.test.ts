import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from '@tokenless/errors'
import {
  createCheckRun,
  createGitHubClient,
  createIssue,
  createRelease,
  createTagRef,
  explainGitHubError,
  findCheckRun,
  findIssueByMarker,
  findReleaseByTag,
  getCombinedStatus,
  getEnvironment,
  getTagCommit,
  type GitHubClient,
  hasRequiredReviewers,
  isLoopbackApi,
  parseRetryAfter,
  retryNoteOf,
  sha256Digest,
  updateIssue,
  uploadReleaseAsset,
} from '@tokenless/github'
import { type GitHubSandbox, startGitHubSandbox } from '@tokenless/sandbox'

const repo = { owner: 'acme', repo: 'widget' }
const SHA = 'a'.repeat(40)
const OTHER = 'b'.repeat(40)
let sandbox: GitHubSandbox
let client: GitHubClient
const warnings: string[] = []

function clientFor(
  token = 'sandbox-token',
  extra: Parameters<typeof createGitHubClient>[0] = { token },
) {
  return createGitHubClient({
    ...extra,
    token,
    baseUrl: sandbox.url,
    retryBaseMs: 5,
    writeSpacingMs: 0,
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (message) => warnings.push(message),
      error: () => undefined,
    },
  })
}

beforeEach(async () => {
  sandbox = await startGitHubSandbox({ repositories: [repo] })
  client = clientFor()
  warnings.length = 0
})

afterEach(async () => {
  expect(sandbox.contractViolations).toEqual([])
  await sandbox.stop()
})

/** A file on disk to upload, in a directory of its own. */
function assetFile(name: string, content: string | Buffer) {
  const path = join(mkdtempSync(join(tmpdir(), 'tokenless-asset-')), name)
  writeFileSync(path, content)
  return { name, path, size: Buffer.byteLength(content) }
}

const operation = { action: 'create the release v1.0.0', permission: 'contents: write' }

const statuses = (path: RegExp) =>
  sandbox.requests.filter((request) => path.test(request.path)).map((request) => request.status)

describe('the GitHub client', () => {
  it('retries a 5xx and a dropped connection, then succeeds', async () => {
    sandbox.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', status: 502, times: 1 })
    sandbox.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', drop: true, nth: 2 })
    const { data } = await client.rest.repos.get(repo)
    expect(data.full_name).toBe('acme/widget')
    const calls = sandbox.requests.filter((request) => request.path === '/repos/acme/widget')
    expect(calls.map((request) => (request.dropped ? 'dropped' : request.status))).toEqual([
      502,
      'dropped',
      200,
    ])
  })

  it('never retries a 4xx', async () => {
    await expect(
      client.rest.repos.getReleaseByTag({ ...repo, tag: 'v9.9.9' }),
    ).rejects.toMatchObject({
      status: 404,
    })
    expect(statuses(/releases\/tags/)).toEqual([404])
  })

  it('gives up after the configured number of retries', async () => {
    sandbox.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', status: 503, times: 10 })
    const limited = clientFor('sandbox-token', { token: 'sandbox-token', retries: 2 })
    await expect(limited.rest.repos.get(repo)).rejects.toMatchObject({ status: 503 })
    expect(statuses(/^\/repos\/acme\/widget$/)).toEqual([503, 503, 503])
  })

  it('waits out a secondary rate limit as Retry-After says, and refuses one too long', async () => {
    sandbox.faults.add({
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      secondaryRateLimit: true,
      retryAfter: 1,
    })
    await client.rest.repos.get(repo)
    expect(statuses(/^\/repos\/acme\/widget$/)).toEqual([403, 200])
    expect(warnings[0]).toMatch(
      /^GitHub secondary rate limit on GET .*: retrying in 1 s \(retry 1 of 3\)\.$/,
    )
    sandbox.faults.add({
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      secondaryRateLimit: true,
      retryAfter: 3600,
    })
    await expect(client.rest.repos.get(repo)).rejects.toMatchObject({ status: 403 })
    expect(warnings[1]).toMatch(
      /: GitHub asks to wait 3600 s, more than the 120 s this action waits; giving up\.$/,
    )
  })

  it('waits as long as Retry-After says on a 429 and a 503, even against a loopback API', async () => {
    sandbox.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', status: 429, retryAfter: 1 })
    sandbox.faults.add({
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      status: 503,
      retryAfter: 1,
      nth: 2,
    })
    await client.rest.repos.get(repo)
    expect(statuses(/^\/repos\/acme\/widget$/)).toEqual([429, 503, 200])
    expect(warnings).toEqual([
      'GitHub rate limit on GET /repos/{owner}/{repo}: retrying in 1 s (retry 1 of 3).',
      'GitHub server error on GET /repos/{owner}/{repo}: retrying in 1 s (retry 2 of 3).',
    ])
  })

  it('fails at once when Retry-After asks for more than the cap, and says how long', async () => {
    sandbox.faults.add({
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      status: 429,
      retryAfter: 900,
    })
    const error = await client.rest.repos.get(repo).catch((caught: unknown) => caught)
    expect(statuses(/^\/repos\/acme\/widget$/)).toEqual([429])
    expect(retryNoteOf(error)).toEqual({ attempts: 1, refusedWaitSeconds: 900 })
    expect((explainGitHubError(error, operation) as Error).message).toBe(
      'GitHub answered 429 to the attempt to create the release v1.0.0 and asked to wait 900 s before trying again, longer than this action waits. Rerun the job after that time (GitHub said: Too Many Requests).',
    )
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-07-04T12:00:00Z')
    expect(parseRetryAfter('7', now)).toBe(7)
    expect(parseRetryAfter('Sat, 04 Jul 2026 12:00:30 GMT', now)).toBe(30)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
  })

  it('knows a loopback API from a real one', () => {
    expect(isLoopbackApi('http://127.0.0.1:4000')).toBe(true)
    expect(isLoopbackApi('http://localhost:4000/api/v3')).toBe(true)
    expect(isLoopbackApi('https://api.github.com')).toBe(false)
    expect(isLoopbackApi('not a url')).toBe(false)
    expect(isLoopbackApi(undefined)).toBe(false)
  })
})

describe('releases', () => {
  it('finds a draft by its tag, which GitHub’s by-tag route does not', async () => {
    const draft = await createRelease(client, repo, {
      tag_name: 'v1.0.0',
      target_commitish: SHA,
      draft: true,
    })
    expect((await findReleaseByTag(client, repo, 'v1.0.0'))?.id).toBe(draft.id)
    expect(await findReleaseByTag(client, repo, 'v2.0.0')).toBeUndefined()
  })

  it('uploads an asset once, keeps identical bytes, and replaces changed ones', async () => {
    const release = await createRelease(client, repo, {
      tag_name: 'v1.0.0',
      target_commitish: SHA,
      draft: true,
    })
    const file = assetFile('a.tgz', 'bytes')
    expect((await uploadReleaseAsset(client, repo, release, file)).action).toBe('uploaded')
    const again = await uploadReleaseAsset(client, repo, release, file)
    expect(again.action).toBe('unchanged')
    expect(again.asset.digest).toBe(sha256Digest(Buffer.from('bytes')))
    const changed = await uploadReleaseAsset(client, repo, release, assetFile('a.tgz', 'other'))
    expect(changed.action).toBe('replaced')
    expect(sandbox.state.releases('acme', 'widget')[0]?.assets).toHaveLength(1)
  })

  it('streams an asset from disk and opens the file again for a retry', async () => {
    const release = await createRelease(client, repo, {
      tag_name: 'v1.0.0',
      target_commitish: SHA,
      draft: true,
    })
    sandbox.faults.add({
      method: 'POST',
      path: '/repos/{owner}/{repo}/releases/{release_id}/assets',
      status: 502,
    })
    const content = Buffer.alloc(3 * 1024 * 1024, 'x')
    const { asset, action } = await uploadReleaseAsset(
      client,
      repo,
      release,
      assetFile('big.bin', content),
    )
    expect(action).toBe('uploaded')
    expect(asset.size).toBe(content.length)
    expect(asset.digest).toBe(sha256Digest(content))
    const uploads = sandbox.requests.filter((request) => request.host === 'uploads')
    expect(uploads.map((request) => request.status)).toEqual([502, 201])
  })
})

describe('tags', () => {
  it('creates a tag, accepts it again at the same commit, and reports one at another', async () => {
    expect(await getTagCommit(client, repo, 'v1.0.0')).toBeUndefined()
    expect(await createTagRef(client, repo, 'v1.0.0', SHA)).toEqual({ created: true })
    expect(await createTagRef(client, repo, 'v1.0.0', OTHER)).toEqual({
      created: false,
      existing: { sha: SHA, annotated: false },
    })
    expect(await getTagCommit(client, repo, 'v1.0.0')).toEqual({ sha: SHA, annotated: false })
  })
})

describe('checks, statuses, issues and environments', () => {
  it('creates and finds the newest check run by name', async () => {
    await createCheckRun(client, repo, {
      name: 'tokenless/test-gate',
      headSha: SHA,
      conclusion: 'failure',
      title: 'Tests',
      summary: '1 failed',
    })
    const second = await createCheckRun(client, repo, {
      name: 'tokenless/test-gate',
      headSha: SHA,
      conclusion: 'success',
    })
    expect((await findCheckRun(client, repo, SHA, 'tokenless/test-gate'))?.id).toBe(second.id)
    expect(await findCheckRun(client, repo, SHA, 'other')).toBeUndefined()
    expect((await getCombinedStatus(client, repo, SHA)).state).toBe('pending')
  })

  it('finds an issue again by its marker', async () => {
    await createIssue(client, repo, { title: 'Unrelated', body: 'nothing here' })
    await createIssue(client, repo, {
      title: 'Quotes the marker',
      body: 'Seen in v1.2.3:\n<!-- tokenless:yank v1.2.3 -->\n',
    })
    await createIssue(client, repo, {
      title: 'Marker of a longer tag',
      body: '<!-- tokenless:yank v1.2.3 --> and more\n',
    })
    const tracking = await createIssue(client, repo, {
      title: 'v1.2.3 is yanked',
      body: '<!-- tokenless:yank v1.2.3 -->\nDetails',
    })
    await updateIssue(client, repo, tracking.number, { state: 'closed' })
    expect((await findIssueByMarker(client, repo, '<!-- tokenless:yank v1.2.3 -->'))?.number).toBe(
      tracking.number,
    )
    expect(await findIssueByMarker(client, repo, '<!-- tokenless:yank v9 -->')).toBeUndefined()
  })

  it('reads an environment and its reviewers', async () => {
    expect(await getEnvironment(client, repo, 'release')).toBeUndefined()
    await client.request('PUT /repos/{owner}/{repo}/environments/{environment_name}', {
      ...repo,
      environment_name: 'release',
      reviewers: [{ type: 'User', id: 1 }],
    })
    const environment = await getEnvironment(client, repo, 'release')
    expect(environment?.name).toBe('release')
    expect(hasRequiredReviewers(environment!)).toBe(true)
  })
})

describe('explainGitHubError', () => {
  it('names the permission to add on a 403 from a GITHUB_TOKEN', async () => {
    sandbox.tokens.register('ghs_read', { permissions: { contents: 'read' } })
    const error = await createRelease(clientFor('ghs_read'), repo, {
      tag_name: 'v1.0.0',
      target_commitish: SHA,
    }).catch((caught: unknown) => caught)
    const explained = explainGitHubError(error, operation)
    expect(explained).toBeInstanceOf(ConfigurationError)
    expect((explained as Error).message).toBe(
      'GitHub refused to create the release v1.0.0: 403 Resource not accessible by integration. The token lacks the contents: write permission: add "permissions: { contents: write }" to the job (for GITHUB_TOKEN), or grant it to the app or token used.',
    )
  })

  it('says the token is invalid on a 401, and what a 404 means', async () => {
    const bad = await clientFor('ghs_unknown')
      .rest.repos.get(repo)
      .catch((caught: unknown) => caught)
    expect((explainGitHubError(bad, operation) as Error).message).toBe(
      "GitHub rejected the token while trying to create the release v1.0.0: 401 Bad credentials. The token is invalid or expired: pass a valid one in the token input (default: the job's GITHUB_TOKEN).",
    )
    const missing = await client.rest.repos
      .get({ owner: 'acme', repo: 'nothing' })
      .catch((caught: unknown) => caught)
    expect((explainGitHubError(missing, operation) as Error).message).toBe(
      'GitHub answered 404 Not Found while trying to create the release v1.0.0: the repository does not exist or the token cannot see it. Check the repository name and that the token has contents: write.',
    )
  })

  it('leaves other errors alone', () => {
    const error = new Error('boom')
    expect(explainGitHubError(error, operation)).toBe(error)
  })
})
