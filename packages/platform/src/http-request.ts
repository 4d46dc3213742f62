import type { IncomingMessage } from 'node:http'

export interface HttpResponse {
  status: number
  statusText: string
  ok: boolean
  headers: IncomingMessage['headers']
  text(): Promise<string>
  json(): Promise<unknown>
}

export interface HttpRequestOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
  /** Longest silence on the connection. Default 60 s. */
  timeoutMs?: number
  /** Longest time for the whole exchange, answer read to its end. Default 120 s. */
  deadlineMs?: number
  /** Largest answer body read; a longer one fails the call. Default 50 MiB. */
  maxBytes?: number
  /**
   * Retries of a 429 or 5xx answer (only for requests safe to repeat). The wait is the answer's
   * Retry-After when it has one (at most `maxRetryAfterSeconds`, else the call gives up at once),
   * else 1, 4, 9 ... times `retryBaseMs`. Default 0.
   */
  retries?: number
  retryBaseMs?: number
  /** Default 60 s. */
  maxRetryAfterSeconds?: number
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

/** A read that broke one of httpRequest's limits: the message says which and where. */
export class HttpLimitError extends Error {
  constructor(
    message: string,
    readonly limit: 'size' | 'deadline',
  ) {
    super(message)
    this.name = 'HttpLimitError'
  }
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / 1024 / 1024)} MiB`
    : `${Math.round(bytes / 1024)} KiB`
}

/** The answer's Retry-After in seconds (a number or an HTTP date), if it has one. */
export function retryAfterSeconds(headers: IncomingMessage['headers']): number | undefined {
  const value = headers['retry-after']
  if (typeof value !== 'string' || value.trim() === '') return undefined
  if (/^\s*\d+\s*$/.test(value)) return Number(value)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

/**
 * A small HTTP(S) request over node:http, for the few JSON calls of an action's fast path: the
 * global fetch loads undici on first use, which costs more start-up time than the calls themselves.
 * Every read is bounded: a total deadline (a server that trickles bytes cannot hold the job) and a
 * body size limit (an endless answer is not read whole). Proxies are not honoured here; use fetch
 * where a runner may need one.
 */
export async function httpRequest(
  url: string | URL,
  options: HttpRequestOptions = {},
): Promise<HttpResponse> {
  const retries = options.retries ?? 0
  for (let attempt = 0; ; attempt++) {
    const response = await requestOnce(url, options)
    if (attempt >= retries || !(response.status === 429 || response.status >= 500)) return response
    const asked = retryAfterSeconds(response.headers)
    if (asked !== undefined && asked > (options.maxRetryAfterSeconds ?? 60)) return response
    const waitMs =
      asked !== undefined ? asked * 1000 : (attempt + 1) ** 2 * (options.retryBaseMs ?? 1000)
    await new Promise((resolve) => setTimeout(resolve, waitMs))
  }
}

async function requestOnce(url: string | URL, options: HttpRequestOptions): Promise<HttpResponse> {
  const target = new URL(url)
  const method = options.method ?? 'GET'
  const where = `${method} ${target.origin}${target.pathname}`
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const deadlineMs = options.deadlineMs ?? 120_000
  const { request } =
    target.protocol === 'https:' ? await import('node:https') : await import('node:http')
  return new Promise((resolve, reject) => {
    const call = request(
      target,
      {
        method,
        headers: {
          ...options.headers,
          ...(options.body === undefined
            ? {}
            : { 'content-length': String(Buffer.byteLength(options.body)) }),
        },
        timeout: options.timeoutMs ?? 60_000,
      },
      (response) => {
        const declared = Number(response.headers['content-length'])
        if (Number.isFinite(declared) && declared > maxBytes) {
          call.destroy(tooLarge())
          return
        }
        const chunks: Buffer[] = []
        let received = 0
        response.on('data', (chunk: Buffer) => {
          received += chunk.length
          if (received > maxBytes) {
            call.destroy(tooLarge())
            return
          }
          chunks.push(chunk)
        })
        response.on('error', reject)
        response.on('end', () => {
          clearTimeout(deadline)
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
    const tooLarge = () =>
      new HttpLimitError(
        `${where} sent an answer larger than ${describeSize(maxBytes)}, the most such an answer may be: it was not read. Check that the URL names the right service.`,
        'size',
      )
    const deadline = setTimeout(() => {
      call.destroy(
        new HttpLimitError(
          `${where} did not finish answering within ${Number((deadlineMs / 1000).toFixed(1))} s; the call was abandoned. The service is too slow or stuck: rerun the job later.`,
          'deadline',
        ),
      )
    }, deadlineMs)
    call.on('timeout', () => call.destroy(new Error(`${target.origin} did not answer in time`)))
    call.on('error', (error) => {
      clearTimeout(deadline)
      reject(error)
    })
    call.end(options.body)
  })
}
