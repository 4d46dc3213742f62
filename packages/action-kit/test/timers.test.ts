import { jest } from '@jest/globals'
import { MAX_TIMER_MS, setLongTimeout, sleep } from '@tokenless/action-kit'

describe('setLongTimeout', () => {
  beforeEach(() => {
    jest.useFakeTimers()
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('waits the whole of a delay past 2^31-1 ms, where setTimeout would fire after 1 ms', () => {
    const fired = jest.fn()
    // 35,792 minutes: the timeout-minutes that once stopped the tests at once.
    const delay = 35_792 * 60_000
    expect(delay).toBeGreaterThan(MAX_TIMER_MS)
    setLongTimeout(fired, delay)
    jest.advanceTimersByTime(1000)
    expect(fired).not.toHaveBeenCalled()
    jest.advanceTimersByTime(MAX_TIMER_MS)
    expect(fired).not.toHaveBeenCalled()
    jest.advanceTimersByTime(delay - MAX_TIMER_MS - 1001)
    expect(fired).not.toHaveBeenCalled()
    jest.advanceTimersByTime(1)
    expect(fired).toHaveBeenCalledTimes(1)
  })

  it('fires a short delay once, and never after clear, even between steps of a long one', () => {
    const short = jest.fn()
    setLongTimeout(short, 10)
    jest.advanceTimersByTime(10)
    expect(short).toHaveBeenCalledTimes(1)
    const cleared = jest.fn()
    const timer = setLongTimeout(cleared, MAX_TIMER_MS * 2)
    jest.advanceTimersByTime(MAX_TIMER_MS + 5)
    timer.clear()
    jest.advanceTimersByTime(MAX_TIMER_MS * 2)
    expect(cleared).not.toHaveBeenCalled()
  })

  it('never fires for Infinity, and fires a negative delay or NaN at once', () => {
    const never = jest.fn()
    setLongTimeout(never, Number.POSITIVE_INFINITY)
    jest.advanceTimersByTime(MAX_TIMER_MS * 10)
    expect(never).not.toHaveBeenCalled()
    const negative = jest.fn()
    const nan = jest.fn()
    setLongTimeout(negative, -5)
    setLongTimeout(nan, Number.NaN)
    jest.advanceTimersByTime(0)
    expect(negative).toHaveBeenCalledTimes(1)
    expect(nan).toHaveBeenCalledTimes(1)
  })

  it('sleep resolves after its delay', async () => {
    let done = false
    const slept = sleep(MAX_TIMER_MS + 10).then(() => (done = true))
    await jest.advanceTimersByTimeAsync(MAX_TIMER_MS)
    expect(done).toBe(false)
    await jest.advanceTimersByTimeAsync(10)
    await slept
    expect(done).toBe(true)
  })
})
