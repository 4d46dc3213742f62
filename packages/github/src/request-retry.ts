import type { Octokit } from '@octokit/core'

/**
 * One retry policy for every GitHub call, whatever the API's host: a 5xx, a dropped connection, a
 * 429 and a rate-limited 403 are retried; the wait is what GitHub asks for (`Retry-After`, or the
 * rate limit's reset), else a backoff; a wait longer than the cap is not made: the call fails and
 * the error says how long GitHub asked to wait.
 */

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number
  /** Backoff without a Retry-After: (n + 1)^2 times this. */
  baseMs: number
  /** A wait GitHub asks for that is longer than this is not made. */
  maxRetryAfterSeconds: number
}

/** What the retry policy left on an error it gave up on. */
export interface RetryNote {
  /** Attempts made, the first included. */
  attempts: number
  /** GitHub asked for a wait longer than the cap: its seconds. */
  refusedWaitSeconds?: number
}

export type RetryLog = (message: string) => void

interface ErrorShape {
  status?: unknown
  message?: unknown
  response?: { headers?: Record<string, unknown>; data?: unknown }
}

const NOTE = Symbol.for('tokenless.retry-note')

export function retryNoteOf(error: unknown): RetryNote | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  return (error as { [NOTE]?: RetryNote })[NOTE]
}

function noteOn(error: unknown, note: RetryNote): void {
  if (typeof error === 'object' && error !== null) {
    Object.defineProperty(error, NOTE, { value: note, enumerable: false, configurable: true })
  }
}

function header(error: ErrorShape, name: string): string | undefined {
  const value = error.response?.headers?.[name]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

/** `Retry-After` in seconds: a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  if (/^\s*\d+\s*$/.test(value)) return Number(value)
  const date = Date.parse(value)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}

export type LimitKind =
  'rate limit' | 'secondary rate limit' | 'server error' | 'dropped connection'

/** Which kind of transient failure an error is, or undefined when retrying cannot help. */
export function transientKind(error: unknown): LimitKind | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const shape = error as ErrorShape
  const status = typeof shape.status === 'number' ? shape.status : undefined
  const message = typeof shape.message === 'string' ? shape.message : ''
  if (status === undefined) {
    // fetch's own failures (reset, refused) carry no status.
    return /fetch failed|ECONNRESET|socket hang up|other side closed|ECONNREFUSED|terminated/i.test(
      message,
    )
      ? 'dropped connection'
      : undefined
  }
  if (status === 429) return /secondary rate/i.test(message) ? 'secondary rate limit' : 'rate limit'
  if (status === 403) {
    if (/secondary rate/i.test(message)) return 'secondary rate limit'
    if (header(shape, 'x-ratelimit-remaining') === '0' || /rate limit exceeded/i.test(message))
      return 'rate limit'
    if (header(shape, 'retry-after') !== undefined) return 'rate limit'
    return undefined
  }
  if (status >= 500) {
    // octokit reports a connection that failed as status 500 with fetch's message.
    return /fetch failed|other side closed|socket|ECONN|terminated/i.test(message) &&
      shape.response === undefined
      ? 'dropped connection'
      : 'server error'
  }
  return undefined
}

/** Seconds GitHub asked to wait before the next try, if it said. */
export function askedWaitSeconds(error: unknown, now: number): number | undefined {
  const shape = error as ErrorShape
  const retryAfter = parseRetryAfter(header(shape, 'retry-after'), now)
  if (retryAfter !== undefined) return retryAfter
  if (header(shape, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(shape, 'x-ratelimit-reset'))
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, Math.ceil(reset - now / 1000) + 1)
  }
  // GitHub's advice for a secondary rate limit without Retry-After: wait at least a minute.
  if (transientKind(error) === 'secondary rate limit') return 60
  return undefined
}

export interface RetryDecision {
  kind: LimitKind
  /** Milliseconds to wait before the next attempt; undefined when giving up. */
  waitMs?: number
  message: string
}

/**
 * Whether attempt `attempt` (0 = the first) of `method url` that failed with `error` is retried,
 * and after how long. Undefined when the error is not transient.
 */
export function decideRetry(
  error: unknown,
  attempt: number,
  policy: RetryPolicy,
  call: { method: string; url: string },
  now: number = Date.now(),
): RetryDecision | undefined {
  const kind = transientKind(error)
  if (kind === undefined) return undefined
  const asked = askedWaitSeconds(error, now)
  const where = `GitHub ${kind} on ${call.method} ${call.url}`
  if (asked !== undefined && asked > policy.maxRetryAfterSeconds) {
    noteOn(error, { attempts: attempt + 1, refusedWaitSeconds: asked })
    return {
      kind,
      message: `${where}: GitHub asks to wait ${asked} s, more than the ${policy.maxRetryAfterSeconds} s this action waits; giving up.`,
    }
  }
  if (attempt >= policy.retries) {
    noteOn(error, { attempts: attempt + 1 })
    return { kind, message: `${where}: giving up.` }
  }
  const waitMs = asked !== undefined ? asked * 1000 : (attempt + 1) ** 2 * policy.baseMs
  const shown = asked !== undefined ? `${asked} s` : `${waitMs} ms`
  return {
    kind,
    waitMs,
    message: `${where}: retrying in ${shown} (retry ${attempt + 1} of ${policy.retries}).`,
  }
}

/**
 * The octokit plugin: `retryPolicy` and `retryLog` come from the client's options. A call whose
 * body is a stream passes `request.body`, a function that opens it again for each attempt, and
 * may lower `request.retries`.
 */
export function retryPlugin(octokit: Octokit, octokitOptions: object): Record<string, never> {
  const options = octokitOptions as { retryPolicy?: RetryPolicy; retryLog?: RetryLog }
  const policy = options.retryPolicy ?? { retries: 3, baseMs: 1000, maxRetryAfterSeconds: 120 }
  const log = options.retryLog ?? (() => undefined)
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const extra = requestOptions.request as { retries?: number; body?: () => unknown } | undefined
    const retries = extra?.retries ?? policy.retries
    for (let attempt = 0; ; attempt++) {
      // Hooks share one options object (a copy would not reach the inner ones): set it in place.
      if (extra?.body) Object.assign(requestOptions, { data: extra.body() })
      try {
        return await request(requestOptions)
      } catch (error) {
        const decision = decideRetry(
          error,
          attempt,
          { ...policy, retries },
          {
            method: String(requestOptions.method ?? 'GET'),
            url: String(requestOptions.url).replace(/\{\?[^}]*\}$/, ''),
          },
        )
        if (decision === undefined) throw error
        log(decision.message)
        if (decision.waitMs === undefined) throw error
        await new Promise((resolve) => setTimeout(resolve, decision.waitMs))
      }
    }
  })
  return {}
}
