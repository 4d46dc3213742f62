// The rehearsal's clock: what time it is for the sandbox and for each job. `--clock` sets where
// the run starts; `--approval-wait` makes every job under an `environment:` wait that long
// (simulated: no real time passes), so the jobs after an approval see the later time, as on
// GitHub. `run:` steps and JavaScript actions see their job's time through libfaketime.
import { existsSync } from 'node:fs'

/** Where Debian and Ubuntu put libfaketime (`apt-get install libfaketime`). */
export const FAKETIME_LIBRARIES = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/faketime/libfaketime.so.1',
  '/usr/local/lib/faketime/libfaketime.so.1',
]

export function findFaketime(
  candidates: string[] = FAKETIME_LIBRARIES,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  return candidates.find((path) => exists(path))
}

export class RehearsalClock {
  /**
   * How far the sandbox's clock is ahead of the machine's, in ms: the `--clock` start, then the
   * latest job's approval waits. The issuer's `iat`/`exp` and the registries' checks read it.
   */
  offsetMs: number
  /** The start's own offset: jobs that waited for nothing run at it. */
  readonly startOffsetMs: number

  constructor(
    start: Date | undefined,
    /** How long each job under an environment waits for its approval, in ms (0: none). */
    readonly approvalWaitMs: number,
    /** libfaketime's library, when the clock moves and it is installed. */
    readonly faketime: string | undefined,
    realNow: number = Date.now(),
  ) {
    this.startOffsetMs = start === undefined ? 0 : start.getTime() - realNow
    this.offsetMs = this.startOffsetMs
  }

  /** True when some job's clock differs from the machine's. */
  get moves(): boolean {
    return this.startOffsetMs !== 0 || this.approvalWaitMs > 0
  }

  readonly now = (): Date => new Date(Date.now() + this.offsetMs)

  /** A job's clock offset: its needs' latest, plus its own wait when under an environment. */
  jobOffset(needsOffsets: number[], environment: boolean): number {
    const ready = Math.max(this.startOffsetMs, ...needsOffsets)
    const offset = ready + (environment ? this.approvalWaitMs : 0)
    if (offset > this.offsetMs) this.offsetMs = offset
    return offset
  }

  /** The variables that move a process's clock by `offsetMs` (libfaketime), or none. */
  processEnv(offsetMs: number): Record<string, string> {
    if (offsetMs === 0 || this.faketime === undefined) return {}
    const seconds = Math.round(offsetMs / 1000)
    return {
      LD_PRELOAD: this.faketime,
      FAKETIME: `${seconds >= 0 ? '+' : ''}${seconds}`,
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    }
  }
}

/** `9h`, `90m`, `1h30m`, `45s`, `2d`: a duration in ms, or undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim())
  if (match === null || text.trim() === '') return undefined
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0))
  return ((((days ?? 0) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60 + (seconds ?? 0)) * 1000
}

/** A duration as the report says it: `9h`, `1h30m`, `45s`. */
export function formatDuration(ms: number): string {
  let seconds = Math.round(ms / 1000)
  const parts: string[] = []
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    const count = Math.floor(seconds / size)
    if (count > 0) parts.push(`${count}${unit}`)
    seconds -= count * size
  }
  return parts.join('') || '0s'
}
