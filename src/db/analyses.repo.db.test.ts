import fc from 'fast-check'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Scope } from '../core/access/customer-access'
import { createAnalysesFixture } from '../test-support/analyses-fixture'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { periodFigures } from './analyses.repo'
import type { Db } from './connect'

describe.each(ENGINES)('the figures of periods on %s', (engine) => {
  let database: Db
  let fixture: Awaited<ReturnType<typeof createAnalysesFixture>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    fixture = await createAnalysesFixture(database)
  })
  afterAll(async () => database.close())

  it('figures any periods at once — overlapping, in any order, for any scope — as the rows add up (property)', async () => {
    type Dated = { day: string; amount: number | string; owner: string; customer: string }
    const rows = async (query: ReturnType<typeof sql<Dated>>) => (await query.execute(database.db)).rows
    // The rows an analysis counts (live customers; confirmed orders; approved expenses), with whose
    // they are: the figures are those rows summed by date.
    const orders = await rows(sql<Dated>`
      select o.order_date as day, o.total_minor as amount, c.owner_id as owner, o.customer_id as customer
      from orders o join customers c on c.id = o.customer_id
      where o.deleted_at is null and o.status = 'confirmed' and c.deleted_at is null`)
    const collections = await rows(sql<Dated>`
      select k.collected_on as day, k.amount_minor as amount, c.owner_id as owner, k.customer_id as customer
      from collections k join customers c on c.id = k.customer_id
      where k.deleted_at is null and c.deleted_at is null`)
    const expenses = await rows(sql<Dated>`
      select e.expense_date as day, e.amount_minor as amount, e.rep_id as owner, '' as customer
      from expenses e where e.deleted_at is null and e.status = 'approved'`)
    expect(orders.length).toBeGreaterThan(5)
    expect(expenses.length).toBeGreaterThan(1)
    const expected = (scope: Scope, p: { from: string; to: string }) => {
      const seen = (r: Dated) => scope.kind === 'all' || scope.ownerIds.includes(r.owner)
      const sum = (list: readonly Dated[], keep: (day: string) => boolean) =>
        list.filter((r) => seen(r) && keep(r.day)).reduce((total, r) => total + Number(r.amount), 0)
      const inside = (day: string) => day >= p.from && day <= p.to
      const upto = (day: string) => day <= p.to
      const firstDay = new Map<string, string>()
      for (const o of orders.filter(seen))
        if (!firstDay.has(o.customer) || o.day < (firstDay.get(o.customer) as string))
          firstDay.set(o.customer, o.day)
      return {
        sales: sum(orders, inside),
        collections: sum(collections, inside),
        receivable: sum(orders, upto) - sum(collections, upto),
        expenses: sum(expenses, inside),
        newCustomers: [...firstDay.values()].filter(inside).length,
      }
    }
    const { users } = fixture.org
    const scopes: Scope[] = [
      { kind: 'all' },
      { kind: 'owners', ownerIds: [users.r1.id] },
      { kind: 'owners', ownerIds: [users.r2.id, users.r3.id] },
    ]
    const dayOf = (n: number) => new Date(Date.UTC(2025, 4, 1) + n * 86_400_000).toISOString().slice(0, 10)
    const period = fc
      .tuple(fc.integer({ min: 0, max: 640 }), fc.integer({ min: 0, max: 640 }))
      .map(([a, b]) => ({ from: dayOf(Math.min(a, b)), to: dayOf(Math.max(a, b)) }))
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...scopes),
        fc.array(period, { minLength: 1, maxLength: 3 }),
        async (scope, periods) => {
          const figures = await periodFigures(database.db, { scope, periods })
          expect(figures).toEqual(periods.map((p) => expected(scope, p)))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('has nothing to show for a scope of no one, and no figures for no period', async () => {
    const none = { sales: 0, collections: 0, receivable: 0, expenses: 0, newCustomers: 0 }
    const year = { from: '2026-01-01', to: '2026-12-31' }
    expect(
      await periodFigures(database.db, { scope: { kind: 'owners', ownerIds: [] }, periods: [year] }),
    ).toEqual([none])
    expect(await periodFigures(database.db, { scope: { kind: 'all' }, periods: [] })).toEqual([])
  })
})
