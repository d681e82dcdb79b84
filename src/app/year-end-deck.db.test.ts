import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { createAnalysesFixture } from '../test-support/analyses-fixture'
import { ENGINE_SETUPS, openTestDatabase } from '../test-support/test-database'
import { yearEndDeck } from './year-end-deck'

const SETUPS = ENGINE_SETUPS

describe.each(SETUPS)(
  'the year-end deck’s ledger figures on $engine (on a file: $onFile)',
  ({ engine, onFile }) => {
    let database: Db
    let fixture: Awaited<ReturnType<typeof createAnalysesFixture>>
    beforeAll(async () => {
      database = await openTestDatabase(engine, { onFile })
      fixture = await createAnalysesFixture(database)
    })
    afterAll(async () => database.close())

    it('compares the year with the one before and lists its months, for the company and for a team', async () => {
      const { deck } = await yearEndDeck(fixture.org.as('admin'), { year: 2026, scope: 'company' })
      const row = (metric: string) => deck.comparison.find((r) => r.metric === metric)
      // 2026: X 60 + 40 + 120, Y 50 + 40, Z 30 (its 70 deleted), N 25, R 15; 2025: R 999, G 10.
      expect(row('sales')).toMatchObject({ current: 380_00, previous: 1_009_00 })
      expect(row('collections')).toMatchObject({ current: 205_00, previous: 0 })
      expect(row('receivables')).toMatchObject({ current: (1_009 + 380 - 205) * 100, previous: 1_009_00 })
      expect(row('expenses')).toMatchObject({ current: 29_00, previous: 0 })
      // First ordered in 2026: X, Y, Z, N; in 2025: R and G.
      expect(row('newCustomers')).toMatchObject({ current: 4, previous: 2 })
      expect(deck.monthly.map((m) => m.month)).toEqual(
        Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
      )
      expect(deck.monthly.find((m) => m.month === '2026-08')).toEqual({
        month: '2026-08',
        sales: 120_00,
        collections: 0,
      })
      // Up to November, today's month: Y's 40 of 12-31 is in no month listed yet.
      expect(deck.monthly.reduce((sum, m) => sum + m.sales, 0)).toBe(340_00)

      // A rep's own deck: r3's customers only (R and G), through the same reader.
      const own = await yearEndDeck(fixture.org.as('r3'), { year: 2026, scope: 'rep:r3@test.tw' })
      expect(own.deck.comparison.find((r) => r.metric === 'sales')).toMatchObject({
        current: 15_00,
        previous: 1_009_00,
      })
    })
  },
)
