/**
 * A failure to inject into matching calls. Without `status`, `drop` or `secondaryRateLimit`, a
 * fault only delays the call, which then runs normally: that is how a test forces two calls to
 * interleave in a given order.
 */
export interface FaultSpec {
  /** Default: any method. */
  method?: string
  /**
   * GitHub's path template (`/repos/{owner}/{repo}/releases`, matched against the operation the
   * call resolved to, or segment by segment) or a RegExp tested against the path. Paths are
   * relative to the API, uploads or server root the call was made to.
   */
  path: string | RegExp
  /** Answer with this status instead of running the call. */
  status?: number
  /** Seconds for a `retry-after` header. */
  retryAfter?: number
  headers?: Record<string, string>
  /** The answer's JSON body. Default: `{message, documentation_url, status}` for the status. */
  body?: unknown
  /** Wait this long before answering (or before running the call). */
  delayMs?: number
  /** Destroy the socket without answering. */
  drop?: boolean
  /** Affect only from the nth matching call on (1-based). Default: 1. */
  nth?: number
  /** How many calls to affect. Default: 1; `Infinity` for every call. */
  times?: number
  /** Answer 403 with GitHub's secondary rate limit message and `retry-after` (default 60). */
  secondaryRateLimit?: boolean
}

export interface Fault {
  readonly spec: Readonly<FaultSpec>
  /** Calls that matched so far (affected or not). */
  readonly matched: number
  /** Calls this fault affected so far. */
  readonly applied: number
  /** Stops the fault from affecting further calls. */
  remove(): void
}

class ActiveFault implements Fault {
  matched = 0
  applied = 0
  private readonly pattern: RegExp

  constructor(
    readonly spec: Readonly<FaultSpec>,
    readonly remove: () => void,
  ) {
    const nth = spec.nth ?? 1
    if (!Number.isInteger(nth) || nth < 1) {
      throw new Error(`A fault's nth must be a whole number from 1, got ${String(spec.nth)}.`)
    }
    const times = spec.times ?? 1
    if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) {
      throw new Error(
        `A fault's times must be a whole number from 1 or Infinity, got ${String(spec.times)}.`,
      )
    }
    this.pattern =
      typeof spec.path === 'string'
        ? templatePattern(spec.path)
        : new RegExp(spec.path.source, spec.path.flags.replace('g', ''))
  }

  matches(method: string, path: string, template: string | undefined): boolean {
    if (this.spec.method !== undefined && this.spec.method.toUpperCase() !== method) return false
    if (typeof this.spec.path === 'string' && this.spec.path === template) return true
    return this.pattern.test(path)
  }

  /** Counts a matching call; true when this call is one to affect. */
  take(): boolean {
    this.matched++
    const nth = this.spec.nth ?? 1
    const times = this.spec.times ?? 1
    if (this.matched < nth || this.applied >= times) return false
    this.applied++
    return true
  }
}

/** Faults for a sandbox: `add` returns a handle with counters; `clear` removes them all. */
export class FaultInjector {
  private faults: ActiveFault[] = []

  add(spec: FaultSpec): Fault {
    const fault: ActiveFault = new ActiveFault({ ...spec }, () => {
      this.faults = this.faults.filter((f) => f !== fault)
    })
    this.faults.push(fault)
    return fault
  }

  clear(): void {
    this.faults = []
  }

  get active(): readonly Fault[] {
    return [...this.faults]
  }

  /** The fault to apply to a call (the first one that triggers), counting it for every match. */
  select(method: string, path: string, template: string | undefined): Fault | undefined {
    let selected: ActiveFault | undefined
    for (const fault of this.faults) {
      if (!fault.matches(method, path, template)) continue
      if (selected === undefined) {
        if (fault.take()) selected = fault
      } else fault.matched++
    }
    return selected
  }
}

/** `/repos/{owner}/{repo}/releases` as a RegExp: each `{name}` is one path segment. */
function templatePattern(template: string): RegExp {
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}/?$`)
}

/** GitHub's answer when a client trips the secondary rate limit. */
export function secondaryRateLimitMessage(requestId: string): string {
  return (
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
    `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`
  )
}

export const SECONDARY_RATE_LIMIT_DOCUMENTATION =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'

/**
 * The part of a fault every server applies the same way: marks the logged request, waits the
 * fault's delay, and drops the connection when asked. Returns true when the request was dropped
 * (nothing more may be written); the status a fault answers with stays the server's own business.
 */
export async function applyDelayAndDrop(
  fault: Fault,
  entry: { fault: boolean; dropped: boolean },
  request: { socket: { destroy(): void } },
): Promise<boolean> {
  entry.fault = true
  if (fault.spec.delayMs !== undefined) {
    await new Promise((resolve) => setTimeout(resolve, fault.spec.delayMs))
  }
  if (fault.spec.drop !== true) return false
  entry.dropped = true
  request.socket.destroy()
  return true
}
