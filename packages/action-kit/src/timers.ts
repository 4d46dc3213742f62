/**
 * The longest delay a Node timer keeps: setTimeout fires a longer one (2^31 ms, about 24.8 days,
 * or more) after 1 ms instead, with only a warning.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1

/** A timer made by setLongTimeout. */
export interface LongTimeout {
  clear(): void
}

/**
 * setTimeout for any delay: waits in steps of at most MAX_TIMER_MS, so that a long delay is
 * never cut to 1 ms. Infinity never fires; a negative delay or NaN fires at once, as
 * setTimeout's do (callers validate their numbers: see test-gate's minutes inputs).
 */
export function setLongTimeout(callback: () => void, ms: number): LongTimeout {
  const due = Date.now() + (Number.isNaN(ms) ? 0 : Math.max(0, ms))
  let timer: ReturnType<typeof setTimeout> | undefined
  const arm = (): void => {
    if (due === Number.POSITIVE_INFINITY) return
    const left = due - Date.now()
    if (left <= MAX_TIMER_MS) {
      timer = setTimeout(callback, Math.max(0, left))
    } else {
      timer = setTimeout(arm, MAX_TIMER_MS)
    }
  }
  arm()
  return {
    clear: () => {
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
    },
  }
}

/** Resolves after `ms` milliseconds, however many (setLongTimeout's rules). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    setLongTimeout(resolve, ms)
  })
}
