import { describe, expect, it } from 'vitest'
import { demoLedger } from './demo-ledger'
import { seededRandom } from '../random/seeded-random'
import { orderTotal } from '../ledger/order-lines'

const customers = Array.from({ length: 120 }, (_, i) => ({
  key: `c${i}`,
  ownerKey: i % 10 === 9 ? null : `rep${i % 3}`,
  status: (i % 17 === 0 ? 'prospect' : i % 13 === 0 ? 'lost' : 'active') as 'prospect' | 'lost' | 'active',
  lostDate: i % 13 === 0 ? '2025-06-30' : null,
}))

describe('demoLedger', () => {
  const make = () => demoLedger(customers, '2026-11-27', seededRandom(3))
  it('is reproducible and stays within three years up to today', () => {
    const ledger = make()
    expect(make()).toEqual(ledger)
    expect(ledger.orders.length).toBeGreaterThan(500)
    for (const o of ledger.orders)
      expect(o.orderDate >= '2023-01-01' && o.orderDate <= '2026-11-27').toBe(true)
    for (const c of ledger.collections) expect(c.collectedOn <= '2026-11-27').toBe(true)
  })
  it('adds up: totals are their lines, collections never exceed their order', () => {
    const { orders, collections } = make()
    const paid = new Map<string, number>()
    for (const c of collections) paid.set(c.orderNumber, (paid.get(c.orderNumber) ?? 0) + c.amountMinor)
    for (const o of orders) {
      expect(o.totalMinor).toBe(orderTotal(o.lines))
      expect(paid.get(o.number) ?? 0).toBeLessThanOrEqual(o.totalMinor)
    }
  })
  it('gives prospects and pool customers no orders, and lost customers none after they were lost', () => {
    const { orders } = make()
    const byKey = new Map(customers.map((c) => [c.key, c]))
    for (const o of orders) {
      const c = byKey.get(o.customerKey)!
      expect(c.status).not.toBe('prospect')
      expect(c.ownerKey).not.toBeNull()
      if (c.lostDate) expect(o.orderDate <= c.lostDate).toBe(true)
    }
  })
  it('makes a few customers large and the tail small (Pareto)', () => {
    const { orders } = make()
    const sales = new Map<string, number>()
    for (const o of orders) sales.set(o.customerKey, (sales.get(o.customerKey) ?? 0) + o.totalMinor)
    const sorted = [...sales.values()].sort((a, b) => b - a)
    const total = sorted.reduce((s, v) => s + v, 0)
    const top20 = sorted.slice(0, Math.ceil(sorted.length * 0.2)).reduce((s, v) => s + v, 0)
    expect(top20 / total).toBeGreaterThan(0.5)
  })
})
