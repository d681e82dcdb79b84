import { describe, expect, it } from 'vitest'
import { daysBetween } from '../dates/local-date'
import { seededRandom } from '../random/seeded-random'
import { demoFollowUps } from './demo-follow-ups'

describe('demoFollowUps', () => {
  const customers = ['good', 'fair', 'poor'].flatMap((rep) =>
    Array.from({ length: 30 }, (_, i) => ({
      key: `${rep}-${i}`,
      ownerKey: rep,
      status: 'active',
      interval: 15,
    })),
  )
  const followUps = demoFollowUps(
    [
      ...customers,
      { key: 'gone', ownerKey: 'good', status: 'lost', interval: 7 },
      { key: 'pool', ownerKey: null, status: 'active', interval: 7 },
    ],
    ['good', 'fair', 'poor'],
    '2026-11-27',
    24 * 60,
    seededRandom(7),
  )
  const gaps = (rep: string) => {
    const byCustomer = new Map<string, string[]>()
    for (const f of followUps.filter((f) => f.repKey === rep))
      byCustomer.set(f.customerKey, [...(byCustomer.get(f.customerKey) ?? []), f.happenedOn])
    return [...byCustomer.values()].flatMap((days) =>
      days.slice(1).map((d, i) => daysBetween(days[i] as string, d)),
    )
  }
  it('lies within the last 180 days, none for lost or pool customers', () => {
    expect(followUps.every((f) => f.happenedOn <= '2026-11-27' && f.happenedOn >= '2026-05-31')).toBe(true)
    expect(followUps.some((f) => f.customerKey === 'gone' || f.customerKey === 'pool')).toBe(false)
  })
  it('keeps the disciplined rep inside the interval and lets the careless one drift', () => {
    expect(Math.max(...gaps('good'))).toBeLessThanOrEqual(15)
    expect(gaps('poor').filter((g) => g > 15).length).toBeGreaterThan(gaps('poor').length / 2)
  })
  it('has the disciplined rep keep every next date they set, and the careless one forget them', () => {
    const promises = (rep: string) => {
      const mine = followUps.filter((f) => f.repKey === rep)
      const set = mine.filter((f) => f.nextDate !== null && f.nextDate < '2026-11-27')
      const kept = set.filter((f) =>
        mine.some(
          (g) =>
            g.customerKey === f.customerKey &&
            g.happenedOn > f.happenedOn &&
            g.happenedOn <= (f.nextDate as string),
        ),
      )
      return { set: set.length, kept: kept.length }
    }
    const good = promises('good')
    expect(good.set).toBeGreaterThan(10)
    expect(good.kept).toBe(good.set)
    const poor = promises('poor')
    expect(poor.kept).toBeLessThan(poor.set / 2)
  })
  it('is the same for the same seed', () => {
    expect(
      demoFollowUps(customers, ['good', 'fair', 'poor'], '2026-11-27', 24 * 60, seededRandom(7)),
    ).toEqual(demoFollowUps(customers, ['good', 'fair', 'poor'], '2026-11-27', 24 * 60, seededRandom(7)))
  })
  it('has nothing later today than now', () => {
    const early = demoFollowUps(customers, ['good', 'fair', 'poor'], '2026-11-27', 10 * 60, seededRandom(7))
    const todays = followUps.filter((f) => f.happenedOn === '2026-11-27')
    expect(todays.some((f) => f.minute > 10 * 60)).toBe(true)
    expect(early.filter((f) => f.happenedOn === '2026-11-27').every((f) => f.minute <= 10 * 60)).toBe(true)
  })
})
