import { GitHub, getOctokitOptions } from '@actions/github/lib/utils'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger } from '@tokenless/platform'
import Bottleneck from 'bottleneck/light.js'
import { type RetryPolicy, retryPlugin } from './request-retry.js'

// The retry plugin sits inside throttling's write spacing; throttling itself never retries.
const RetryingGitHub = GitHub.plugin(retryPlugin, throttling)

/** An octokit with REST methods, pagination, retries of 5xx and rate-limit handling. */
export type GitHubClient = InstanceType<typeof RetryingGitHub>

export interface GitHubClientLog {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export interface GitHubClientOptions {
  token: string
  /** The REST API's base URL: GITHUB_API_URL on the runner (GHES, the sandbox). */
  baseUrl?: string
  userAgent?: string
  log?: GitHubClientLog
  /** Retries of a 5xx, a dropped connection, a 429 or a rate limit. Default 3. */
  retries?: number
  /**
   * Base of the backoff between retries when GitHub names no wait: (n + 1)^2 times this. Default
   * 1000 ms. A Retry-After (or a rate limit's reset) is always waited as GitHub says, on any host.
   */
  retryBaseMs?: number
  /** A Retry-After longer than this is not waited for: the request fails. Default 120 s. */
  maxRetryAfterSeconds?: number
  /**
   * Spacing of content-creating requests (POST, PATCH, PUT, DELETE), as GitHub asks of clients to
   * avoid secondary rate limits: default 1000 ms, and three times that for requests that notify
   * people (issues, comments, releases).
   */
  writeSpacingMs?: number
}

const DEFAULT_API = 'https://api.github.com'

/** Whether the API is on this machine (the sandbox): no need to space writes or back off long. */
export function isLoopbackApi(baseUrl: string | undefined): boolean {
  if (!baseUrl) return false
  try {
    const { hostname } = new URL(baseUrl)
    return hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.')
  } catch {
    return false
  }
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log
  const writeSpacing = options.writeSpacingMs ?? 1000
  const never = () => false
  const octokitOptions = getOctokitOptions(options.token, {
    baseUrl: (options.baseUrl ?? DEFAULT_API).replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'tokenless',
    log: {
      debug: (message: string) => log?.debug(message),
      info: (message: string) => log?.debug(message),
      warn: (message: string) => log?.warn(message),
      error: (message: string) => log?.error(message),
    },
    throttle: {
      // Rate limits are retried by the retry plugin, with the rest.
      onRateLimit: never,
      onSecondaryRateLimit: never,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeSpacing }),
      // Writes that notify people (issues, comments, releases) are spaced three times as far.
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeSpacing * 3 }),
    },
  })
  const retryPolicy = {
    retries: options.retries ?? 3,
    baseMs: options.retryBaseMs ?? 1000,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 120,
  }
  const retryLog = (message: string) => log?.warn(message)
  const client = new RetryingGitHub({ ...octokitOptions, retryPolicy, retryLog })
  clientSettings.set(client, { retryPolicy, retryLog, userAgent: options.userAgent ?? 'tokenless' })
  return client
}

/** What calls made beside octokit (streamed uploads) need of a client's settings. */
export const clientSettings = new WeakMap<
  object,
  { retryPolicy: RetryPolicy; retryLog: (message: string) => void; userAgent: string }
>()

/**
 * The client an action uses: GitHub's API at `apiUrl` (GITHUB_API_URL), retries and rate limits
 * reported in the action's log, and no write spacing or long backoff against the sandbox (a
 * Retry-After is still waited as asked).
 */
export function createClientForAction(options: {
  token: string
  apiUrl: string | undefined
  log: Logger
}): GitHubClient {
  const { log } = options
  return createGitHubClient({
    token: options.token,
    baseUrl: options.apiUrl,
    log: {
      debug: (message) => log.debug(message),
      info: (message) => log.info(message),
      warn: (message) => log.warning(message),
      error: (message) => log.error(message),
    },
    ...(isLoopbackApi(options.apiUrl) ? { writeSpacingMs: 0, retryBaseMs: 20 } : {}),
  })
}
