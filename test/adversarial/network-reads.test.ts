import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { HttpLimitError, httpRequest } from '@tokenless/action-kit'
import { exchangeNpmToken, mintPypiToken, requestIdToken } from '@tokenless/oidc'

// Hostile or broken servers on loopback: one that trickles bytes and never ends, one that sends
// far more than any answer needs, one that asks to wait. Every read must end, with a message that
// says which limit and where, and never the token it carried.

const REQUEST_TOKEN = 'runner-request-token-secret'
const ID_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvd2lkZ2V0In0.c2lnbmF0dXJl'

type Handler = (request: IncomingMessage, response: ServerResponse) => void

const servers: Server[] = []
const timers = new Set<NodeJS.Timeout>()

afterEach(async () => {
  for (const timer of timers) clearInterval(timer)
  timers.clear()
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        }),
    ),
  )
})

async function serve(handler: Handler): Promise<{ url: string; calls: () => number }> {
  let calls = 0
  const server = createServer((request, response) => {
    calls++
    handler(request, response)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: () => calls,
  }
}

/** Sends a JSON prefix, then one byte every 50 ms, forever. */
const trickle: Handler = (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' })
  response.write('{"value": "')
  const timer = setInterval(() => response.write('x'), 50)
  timers.add(timer)
  response.on('close', () => clearInterval(timer))
}

/** Sends `bytes` of JSON-looking text, chunked (no Content-Length to refuse it by). */
const oversized =
  (bytes: number): Handler =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' })
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let sent = 0
    const push = (): void => {
      while (sent < bytes) {
        sent += chunk.length
        if (!response.write(chunk)) {
          response.once('drain', push)
          return
        }
      }
      response.end()
    }
    response.on('error', () => undefined)
    push()
  }

describe('httpRequest bounds every read', () => {
  it('abandons an answer that trickles past the deadline, and says so', async () => {
    const { url } = await serve(trickle)
    const error = await httpRequest(`${url}/pkg`, { deadlineMs: 400 }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(HttpLimitError)
    expect((error as Error).message).toBe(
      `GET ${url}/pkg did not finish answering within 0.4 s; the call was abandoned. The service is too slow or stuck: rerun the job later.`,
    )
  })

  it('stops reading an answer larger than the limit, declared or not', async () => {
    const chunked = await serve(oversized(3 * 1024 * 1024))
    const error = await httpRequest(`${chunked.url}/pkg`, { maxBytes: 1024 * 1024 }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(HttpLimitError)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^GET ${chunked.url}/pkg sent an answer larger than 1 MiB, the most such an answer may be: it was not read\\. Check that the URL names the right service\\.$`,
      ),
    )
    const declared = await serve((_request, response) => {
      response.writeHead(200, { 'content-length': String(300 * 1024 * 1024) })
      response.write('{')
    })
    await expect(httpRequest(`${declared.url}/pkg`)).rejects.toThrow(
      `GET ${declared.url}/pkg sent an answer larger than 50 MiB, the most such an answer may be: it was not read. Check that the URL names the right service.`,
    )
  })

  it('waits as Retry-After says on a 429, and gives up on a wait over the cap', async () => {
    const { url, calls } = await serve((_request, response) => {
      if (calls() === 1) {
        response.writeHead(429, { 'retry-after': '1' })
        response.end()
        return
      }
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end('{"ok":true}')
    })
    const answer = await httpRequest(`${url}/pkg`, { retries: 2 })
    expect(answer.status).toBe(200)
    expect(calls()).toBe(2)

    const slow = await serve((_request, response) => {
      response.writeHead(503, { 'retry-after': '3600' })
      response.end()
    })
    expect((await httpRequest(`${slow.url}/pkg`, { retries: 2 })).status).toBe(503)
    expect(slow.calls()).toBe(1)
  })
})

describe('the id-token request', () => {
  const request = (url: string) => ({ requestUrl: `${url}/token`, requestToken: REQUEST_TOKEN })

  it('does not hang on a token service that trickles bytes', async () => {
    const { url, calls } = await serve(trickle)
    const error = (await requestIdToken(request(url), 'npm:registry.npmjs.org', () => undefined, {
      retries: 1,
      backoffMs: 10,
      deadlineMs: 300,
    }).catch((caught: unknown) => caught)) as Error
    expect(error.message).toBe(
      `Could not get an OIDC token from GitHub for audience npm:registry.npmjs.org after 2 attempts (GET ${url}/token did not finish answering within 0.3 s; the call was abandoned. The service is too slow or stuck: rerun the job later.). GitHub's token service may be down: rerun the job later.`,
    )
    expect(calls()).toBe(2)
    expect(error.message).not.toContain(REQUEST_TOKEN)
  })

  it('refuses a 300 MB answer at once, without reading it and without retrying', async () => {
    const { url, calls } = await serve(oversized(300 * 1024 * 1024))
    const error = (await requestIdToken(request(url), 'pypi', () => undefined, {
      backoffMs: 10,
    }).catch((caught: unknown) => caught)) as Error
    expect(error.message).toBe(
      `Could not get an OIDC token for audience pypi: GET ${url}/token sent an answer larger than 64 KiB, the most such an answer may be: it was not read. Check that the URL names the right service. ACTIONS_ID_TOKEN_REQUEST_URL must be the runner's own token service.`,
    )
    expect(calls()).toBe(1)
    expect(error.message).not.toContain(REQUEST_TOKEN)
  })

  it('waits as Retry-After says on a 503, then gets the token', async () => {
    const { url, calls } = await serve((_request, response) => {
      if (calls() === 1) {
        response.writeHead(503, { 'retry-after': '1' })
        response.end()
        return
      }
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ value: ID_TOKEN }))
    })
    const masked: string[] = []
    const token = await requestIdToken(request(url), 'pypi', (secret) => masked.push(secret), {
      backoffMs: 10,
    })
    expect(token).toBe(ID_TOKEN)
    expect(masked).toEqual([ID_TOKEN])
    expect(calls()).toBe(2)
  })
})

describe('the registry exchanges', () => {
  const claims = {
    repository: 'acme/widget',
    workflow_ref: 'acme/widget/.github/workflows/r.yml@x',
  }

  it('npm: an endless exchange answer is cut off, and the OIDC token is not in the message', async () => {
    const { url } = await serve(oversized(5 * 1024 * 1024))
    const error = (await exchangeNpmToken({
      registry: `${url}/`,
      packageName: 'widget',
      idToken: ID_TOKEN,
      claims,
      mask: () => undefined,
    }).catch((caught: unknown) => caught)) as Error
    expect(error).toBeInstanceOf(HttpLimitError)
    expect(error.message).toBe(
      `POST ${url}/-/npm/v1/oidc/token/exchange/package/widget sent an answer larger than 1 MiB, the most such an answer may be: it was not read. Check that the URL names the right service.`,
    )
    expect(error.message).not.toContain(ID_TOKEN)
  })

  it('PyPI: an endless audience answer is cut off, and no id-token is asked for', async () => {
    let asked = 0
    const big = await serve(oversized(2 * 1024 * 1024))
    const error = (await mintPypiToken({
      uploadUrl: `${big.url}/legacy/`,
      getIdToken: () => {
        asked++
        return Promise.resolve(ID_TOKEN)
      },
      mask: () => undefined,
    }).catch((caught: unknown) => caught)) as Error
    expect(error.message).toBe(
      `GET ${big.url}/_/oidc/audience sent an answer larger than 1 MiB, the most such an answer may be: it was not read. Check that the URL names the right service.`,
    )
    expect(asked).toBe(0)
  })
})
