import {
  mintToken,
  RELEASE_JOB,
  RELEASE_PUBLISHER,
  setup,
  stopAll,
} from './fixtures/pypi/harness.js'

afterEach(stopAll)

describe('PyPI sandbox faults', () => {
  it('answers a status with a plain body, or the body given, and records the call', async () => {
    const s = await setup()
    const fault = s.pypi.faults.add({ method: 'GET', path: '/pypi/{name}/json', status: 502 })
    const failed = await fetch(`${s.pypi.url}/pypi/acme-widget/json`)
    expect(failed.status).toBe(502)
    expect(failed.statusText).toBe('Bad Gateway')
    expect(await failed.text()).toBe('502 Bad Gateway')
    expect((await fetch(`${s.pypi.url}/pypi/acme-widget/json`)).status).toBe(404)
    expect(fault).toMatchObject({ matched: 2, applied: 1 })
    expect(s.pypi.requests.map((r) => [r.route, r.status, r.fault])).toEqual([
      ['/pypi/{name}/json', 502, true],
      ['/pypi/{name}/json', 404, false],
    ])

    s.pypi.faults.add({
      path: '/_/oidc/mint-token',
      status: 503,
      retryAfter: 30,
      body: { message: 'Service unavailable' },
    })
    const mint = await fetch(`${s.pypi.url}/_/oidc/mint-token`, { method: 'POST', body: '{}' })
    expect(mint.status).toBe(503)
    expect(mint.headers.get('retry-after')).toBe('30')
    expect(await mint.json()).toEqual({ message: 'Service unavailable' })
  })

  it('fails only the nth matching call, and stops when removed', async () => {
    const s = await setup()
    const fault = s.pypi.faults.add({ path: /^\/simple\//, status: 500, nth: 2, times: Infinity })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${s.pypi.url}/simple/`)).status)
    expect(statuses).toEqual([200, 500, 500])
    fault.remove()
    expect((await fetch(`${s.pypi.url}/simple/`)).status).toBe(200)
  })

  it('delays a call so that a later one overtakes it', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    s.pypi.faults.add({ path: '/_/oidc/mint-token', delayMs: 250 })
    const finished: string[] = []
    const exchange = async (name: string) => {
      const minted = await mintToken(s, await s.issuer.mint(RELEASE_JOB, 'pypi'))
      expect(minted.status).toBe(200)
      finished.push(name)
    }
    const slow = exchange('slow')
    while (s.pypi.requests.length === 0) await new Promise((resolve) => setImmediate(resolve))
    await Promise.all([slow, exchange('fast')])
    expect(finished).toEqual(['fast', 'slow'])
  })

  it('drops a connection without an answer', async () => {
    const s = await setup()
    s.pypi.faults.add({ path: '/_/oidc/audience', drop: true })
    await expect(fetch(`${s.pypi.url}/_/oidc/audience`)).rejects.toThrow('fetch failed')
    expect(s.pypi.requests[0]).toMatchObject({ dropped: true, fault: true, status: undefined })
    expect((await fetch(`${s.pypi.url}/_/oidc/audience`)).status).toBe(200)
  })
})
