import type { IncomingMessage } from 'node:http'

export interface HttpResponse {
  status: number
  statusText: string
  ok: boolean
  headers: IncomingMessage['headers']
  text(): Promise<string>
  json(): Promise<unknown>
}

/**
 * A small HTTP(S) request over node:http, for the few JSON calls of an action's fast path: the
 * global fetch loads undici on first use, which costs more start-up time than the calls themselves.
 * Proxies are not honoured here; use fetch where a runner may need one.
 */
export async function httpRequest(
  url: string | URL,
  options: {
    method?: string
    headers?: Record<string, string>
    body?: string
    timeoutMs?: number
  } = {},
): Promise<HttpResponse> {
  const target = new URL(url)
  const { request } =
    target.protocol === 'https:' ? await import('node:https') : await import('node:http')
  return new Promise((resolve, reject) => {
    const call = request(
      target,
      {
        method: options.method ?? 'GET',
        headers: {
          ...options.headers,
          ...(options.body === undefined
            ? {}
            : { 'content-length': String(Buffer.byteLength(options.body)) }),
        },
        timeout: options.timeoutMs ?? 60_000,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8')
          const status = response.statusCode ?? 0
          resolve({
            status,
            statusText: response.statusMessage ?? '',
            ok: status >= 200 && status < 300,
            headers: response.headers,
            text: () => Promise.resolve(body),
            json: () => Promise.resolve().then(() => JSON.parse(body) as unknown),
          })
        })
      },
    )
    call.on('timeout', () => call.destroy(new Error(`${target.origin} did not answer in time`)))
    call.on('error', reject)
    call.end(options.body)
  })
}
