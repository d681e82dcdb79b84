import { afterEach, describe, expect, it, vi } from 'vitest'
import { startDailyTimer } from './daily-timer'

describe('startDailyTimer', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs at the given local time each day, and not again once stopped', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T20:00:00Z') }) // 04:00 in Taipei
    const runs: string[] = []
    const stop = startDailyTimer({
      at: '08:00',
      timeZone: 'Asia/Taipei',
      now: () => new Date(),
      run: async () => {
        runs.push(new Date().toISOString())
      },
    })
    await vi.advanceTimersByTimeAsync(4 * 3_600_000 - 1)
    expect(runs).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(runs).toEqual(['2026-11-27T00:00:00.000Z'])
    await vi.advanceTimersByTimeAsync(24 * 3_600_000)
    expect(runs).toEqual(['2026-11-27T00:00:00.000Z', '2026-11-28T00:00:00.000Z'])
    stop()
    await vi.advanceTimersByTimeAsync(48 * 3_600_000)
    expect(runs).toHaveLength(2)
  })

  it('arms the next day even when a run fails, and refuses a time that is no HH:MM', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-27T01:00:00Z') })
    let calls = 0
    const stop = startDailyTimer({
      at: '09:30',
      timeZone: 'Asia/Taipei',
      now: () => new Date(),
      run: async () => {
        calls += 1
        throw new Error('chat down')
      },
    })
    await vi.advanceTimersByTimeAsync(2 * 24 * 3_600_000)
    expect(calls).toBe(2)
    stop()
    expect(() =>
      startDailyTimer({ at: '8am', timeZone: 'UTC', now: () => new Date(), run: async () => {} }),
    ).toThrow()
  })
})
