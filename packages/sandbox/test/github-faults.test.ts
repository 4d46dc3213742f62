import { Octokit } from '@octokit/core'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { call, sandbox, stopSandboxes, until } from './github-fixture.js'

afterEach(stopSandboxes)

const RELEASES = '/repos/octo/hello/releases'
const TEMPLATE = '/repos/{owner}/{repo}/releases'

describe('fault injection', () => {
  it('answers with a status once, with GitHub’s body, and records the faulted call', async () => {
    const s = await sandbox()
    const fault = s.faults.add({ method: 'GET', path: TEMPLATE, status: 502 })
    const failed = await call(s.url, 'GET', RELEASES)
    expect(failed.status).toBe(502)
    expect(failed.body).toEqual({
      message: 'Bad Gateway',
      documentation_url: 'https://docs.github.com/rest',
      status: '502',
    })
    expect((await call(s.url, 'GET', RELEASES)).status).toBe(200)
    expect(fault).toMatchObject({ matched: 2, applied: 1 })
    expect(s.requests.map((r) => [r.status, r.fault])).toEqual([
      [502, true],
      [200, false],
    ])
    // A fault for another method leaves the call alone.
    s.faults.add({ method: 'POST', path: TEMPLATE, status: 500 })
    expect((await call(s.url, 'GET', RELEASES)).status).toBe(200)
  })

  it('sends a custom body and headers, and Retry-After', async () => {
    const s = await sandbox()
    s.faults.add({
      path: TEMPLATE,
      status: 503,
      retryAfter: 7,
      headers: { 'x-custom': 'yes' },
      body: { message: 'Down for maintenance' },
    })
    const answer = await call(s.url, 'GET', RELEASES)
    expect(answer.status).toBe(503)
    expect(answer.body).toEqual({ message: 'Down for maintenance' })
    expect(answer.headers.get('retry-after')).toBe('7')
    expect(answer.headers.get('x-custom')).toBe('yes')
  })

  it('affects only the nth matching call, or `times` calls', async () => {
    const s = await sandbox()
    s.faults.add({ path: TEMPLATE, method: 'GET', status: 500, nth: 2 })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await call(s.url, 'GET', RELEASES)).status)
    expect(statuses).toEqual([200, 500, 200])

    s.faults.clear()
    s.faults.add({ path: TEMPLATE, method: 'GET', status: 500, times: 2 })
    statuses.length = 0
    for (let i = 0; i < 3; i++) statuses.push((await call(s.url, 'GET', RELEASES)).status)
    expect(statuses).toEqual([500, 500, 200])

    s.faults.clear()
    s.faults.add({ path: TEMPLATE, method: 'GET', status: 500, nth: 2, times: Infinity })
    statuses.length = 0
    for (let i = 0; i < 4; i++) statuses.push((await call(s.url, 'GET', RELEASES)).status)
    expect(statuses).toEqual([200, 500, 500, 500])
  })

  it('matches RegExp paths, templates segment by segment, and the uploads and server roots', async () => {
    const s = await sandbox()
    const release = (await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1' } })).body
    s.faults.add({ path: /\/releases\/\d+$/, status: 500 })
    expect((await call(s.url, 'GET', `${RELEASES}/${release.id as number}`)).status).toBe(500)
    s.faults.add({ path: '/repos/octo/{repo}/releases/latest', status: 418 })
    expect((await call(s.url, 'GET', `${RELEASES}/latest`)).status).toBe(418)
    s.faults.add({
      path: '/repos/{owner}/{repo}/releases/{release_id}/assets',
      method: 'POST',
      status: 502,
    })
    const upload = await call(
      s.uploadsUrl,
      'POST',
      `${RELEASES}/${release.id as number}/assets?name=a.txt`,
      { raw: 'a' },
    )
    expect(upload.status).toBe(502)
    expect(s.requests.at(-1)).toMatchObject({ host: 'uploads', fault: true, status: 502 })
    await call(s.uploadsUrl, 'POST', `${RELEASES}/${release.id as number}/assets?name=a.txt`, {
      raw: 'a',
    })
    s.faults.add({ path: '/{owner}/{repo}/releases/download/{tag}/{name}', status: 503 })
    expect((await fetch(`${s.serverUrl}/octo/hello/releases/download/v1/a.txt`)).status).toBe(503)
  })

  it('delays a call so that a later one overtakes it', async () => {
    const s = await sandbox()
    s.faults.add({ method: 'POST', path: TEMPLATE, delayMs: 100 })
    const finished: string[] = []
    const send = (name: string) =>
      call(s.url, 'POST', RELEASES, { body: { tag_name: name } }).then((answer) => {
        expect(answer.status).toBe(201)
        finished.push(name)
      })
    const slow = send('slow')
    await until(() => s.requests.length === 1, 'the sandbox holds the first call')
    await Promise.all([slow, send('fast')])
    expect(finished).toEqual(['fast', 'slow'])
    expect(s.requests.map((r) => r.fault)).toEqual([true, false])
  })

  it('drops the connection without an answer', async () => {
    const s = await sandbox()
    s.faults.add({ path: TEMPLATE, drop: true })
    await expect(call(s.url, 'GET', RELEASES)).rejects.toThrow('fetch failed')
    expect(s.requests[0]).toMatchObject({ dropped: true, fault: true, status: undefined })
    expect((await call(s.url, 'GET', RELEASES)).status).toBe(200)
  })

  it('trips the secondary rate limit with GitHub’s message and retry-after', async () => {
    const s = await sandbox()
    s.faults.add({ path: TEMPLATE, secondaryRateLimit: true })
    const answer = await call(s.url, 'GET', RELEASES)
    expect(answer.status).toBe(403)
    expect(answer.headers.get('retry-after')).toBe('60')
    const requestId = answer.headers.get('x-github-request-id')!
    expect(answer.body).toEqual({
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
        `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
      documentation_url:
        'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    })
  })

  it('is handled by octokit’s throttling and retry plugins', async () => {
    const s = await sandbox()
    s.faults.add({ method: 'GET', path: TEMPLATE, secondaryRateLimit: true, retryAfter: 1 })
    s.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', status: 500 })
    const limited: number[] = []
    const Client = Octokit.plugin(retry, throttling)
    const octokit = new Client({
      auth: 'sandbox-token',
      baseUrl: s.url,
      retry: { retryAfterBaseValue: 1 },
      throttle: {
        retryAfterBaseValue: 1,
        onRateLimit: () => false,
        onSecondaryRateLimit: (retryAfter: number) => {
          limited.push(retryAfter)
          return true
        },
      },
    })
    const releases = await octokit.request('GET /repos/{owner}/{repo}/releases', {
      owner: 'octo',
      repo: 'hello',
    })
    expect(releases.status).toBe(200)
    expect(limited).toEqual([1])
    const repo = await octokit.request('GET /repos/{owner}/{repo}', {
      owner: 'octo',
      repo: 'hello',
    })
    expect(repo.data.full_name).toBe('octo/hello')
    expect(s.requests.map((r) => `${r.route ?? ''} ${String(r.status)}`)).toEqual([
      '/repos/{owner}/{repo}/releases 403',
      '/repos/{owner}/{repo}/releases 200',
      '/repos/{owner}/{repo} 500',
      '/repos/{owner}/{repo} 200',
    ])
  })

  it('can be removed one by one and refuses nonsense counts', async () => {
    const s = await sandbox()
    const fault = s.faults.add({ path: TEMPLATE, status: 500, times: Infinity })
    expect(s.faults.active).toHaveLength(1)
    fault.remove()
    expect(s.faults.active).toHaveLength(0)
    expect((await call(s.url, 'GET', RELEASES)).status).toBe(200)
    expect(() => s.faults.add({ path: TEMPLATE, nth: 0 })).toThrow(
      "A fault's nth must be a whole number from 1, got 0.",
    )
    expect(() => s.faults.add({ path: TEMPLATE, times: 1.5 })).toThrow(
      "A fault's times must be a whole number from 1 or Infinity, got 1.5.",
    )
  })
})
