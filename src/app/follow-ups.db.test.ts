import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateCustomerSchema } from '../contracts/customers'
import { CreateFollowUpSchema } from '../contracts/follow-ups'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import { agenda } from './agenda'
import { createCustomer } from './customers'
import { createFollowUp, customerTimeline, listFollowUps } from './follow-ups'
import { createOrder } from './orders'

describe.each(ENGINES)('follow-ups and the agenda on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  const ids: Record<string, string> = {}
  const log = (who: string, customer: string, at: string, extra: Record<string, unknown> = {}) =>
    createFollowUp(
      org.as(who),
      CreateFollowUpSchema.parse({
        customerId: ids[customer],
        channel: 'phone',
        summary: `call ${customer}`,
        happenedAt: at,
        ...extra,
      }),
    )

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    for (const [name, tier] of [
      ['Alpha', 'A'],
      ['Beta', 'B'],
      ['Gamma', 'C'],
      ['Delta', 'A'],
      ['Fresh', 'C'],
    ] as const) {
      const c = await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name, status: 'active' }))
      ids[name] = c.id
      await database.db
        .updateTable('customers')
        .set({ tier, assigned_at: '2026-09-01' })
        .where('id', '=', c.id)
        .execute()
    }
    // Fresh was assigned today: due today, never followed up.
    await database.db
      .updateTable('customers')
      .set({ assigned_at: '2026-11-27' })
      .where('id', '=', ids.Fresh as string)
      .execute()
  })
  afterAll(async () => database.close())

  it('refuses a follow-up more than a day ahead, a negative duration, an unknown channel, writing nothing', async () => {
    await expect(log('r1', 'Alpha', '2026-11-29T02:00:00Z')).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: 'happenedAt', key: 'error.follow_up_in_future' }],
    })
    expect(() => CreateFollowUpSchema.parse({ customerId: 'x', channel: 'fax', summary: 's' })).toThrow()
    expect(() =>
      CreateFollowUpSchema.parse({ customerId: 'x', channel: 'phone', summary: 's', durationMinutes: -5 }),
    ).toThrow()
    await expect(
      log('r1', 'Alpha', '2026-11-20T02:00:00Z', { nextDate: '2026-11-19' }),
    ).rejects.toMatchObject({
      issues: [{ path: 'nextDate', key: 'error.next_date_before' }],
    })
    expect((await listFollowUps(org.as('admin'), { limit: 50 })).items).toEqual([])
  })

  it('builds the agenda: overdue first, then due today, A before B before C, in Taipei’s day', async () => {
    await log('r1', 'Alpha', '2026-11-10T01:00:00Z') // A, due 11-17: overdue 10 days
    await log('r1', 'Beta', '2026-11-01T01:00:00Z') // B, due 11-16: overdue 11 days
    await log('r1', 'Gamma', '2026-10-28T01:00:00Z') // C, due 11-27: today
    // 2026-11-19 23:30 UTC is 11-20 in Taipei: A due 11-27, today.
    await log('r1', 'Delta', '2026-11-19T23:30:00Z')
    const day = await agenda(org.as('r1'), {})
    expect(day.date).toBe('2026-11-27')
    expect(day.items.map((i) => [i.customerName, i.tier, i.nextDue, i.overdue])).toEqual([
      ['Alpha', 'A', '2026-11-17', true],
      ['Beta', 'B', '2026-11-16', true],
      ['Delta', 'A', '2026-11-27', false],
      ['Fresh', 'C', '2026-11-27', false],
      ['Gamma', 'C', '2026-11-27', false],
    ])
    expect(day).toMatchObject({ overdue: 2, dueToday: 3 })
  })

  it('a follow-up takes a customer off the agenda, and a next date set brings it back earlier', async () => {
    await log('r1', 'Alpha', '2026-11-27T01:00:00Z', { nextDate: '2026-11-28' })
    const tomorrow = await agenda(org.as('r1'), { date: '2026-11-28' })
    expect(tomorrow.items.find((i) => i.customerName === 'Alpha')).toMatchObject({
      nextDue: '2026-11-28',
      overdue: false,
    })
    expect((await agenda(org.as('r1'), {})).items.map((i) => i.customerName)).not.toContain('Alpha')
  })

  it('shows the agenda of a rep to their manager, not to another rep; an admin must name the rep', async () => {
    expect((await agenda(org.as('m1'), { rep: org.users.r1.id })).repName).toBe('R1')
    await expect(agenda(org.as('r2'), { rep: org.users.r1.id })).rejects.toMatchObject({ code: 'not_found' })
    await expect(agenda(org.as('admin'), {})).rejects.toMatchObject({ issues: [{ path: 'rep' }] })
    await expect(log('r3', 'Alpha', '2026-11-27T01:00:00Z')).rejects.toMatchObject({ code: 'validation' })
    await expect(log('finance', 'Alpha', '2026-11-27T01:00:00Z')).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('puts follow-ups, orders and collections on one timeline, newest first, a page at a time', async () => {
    await createOrder(org.as('r1'), {
      number: 'T-1',
      externalId: null,
      customerId: ids.Beta as string,
      orderDate: '2026-11-05',
      status: 'confirmed',
      total: 12_000,
      note: null,
    })
    const first = await customerTimeline(org.as('r1'), ids.Beta as string, { limit: 1 })
    expect(first.items.map((e) => [e.kind, e.date])).toEqual([['order', '2026-11-05']])
    const rest = await customerTimeline(org.as('r1'), ids.Beta as string, {
      limit: 5,
      cursor: first.nextCursor as string,
    })
    expect(rest.items.map((e) => [e.kind, e.date, e.title])).toEqual([
      ['follow_up', '2026-11-01', 'call Beta'],
    ])
    await expect(customerTimeline(org.as('r3'), ids.Beta as string, { limit: 5 })).rejects.toMatchObject({
      code: 'not_found',
    })
  })

  it('pages a rep’s follow-ups newest first across weeks, months and years (the look-back windows)', async () => {
    for (const name of ['Far1', 'Far2']) {
      const c = await createCustomer(org.as('r2'), CreateCustomerSchema.parse({ name, status: 'active' }))
      ids[name] = c.id
    }
    // Today is 2026-11-27: 11-10 lies beyond the first 14 days, 06-01 beyond 90, 2024 beyond 365.
    for (const [customer, at] of [
      ['Far1', '2024-10-01T03:00:00Z'],
      ['Far2', '2026-11-10T03:00:00Z'],
      ['Far1', '2026-11-26T03:00:00Z'],
      ['Far2', '2026-06-01T03:00:00Z'],
      ['Far1', '2026-11-20T03:00:00Z'],
    ] as const)
      await log('r2', customer, at)
    const pages: string[][] = []
    let cursor: string | undefined
    do {
      const page = await listFollowUps(org.as('r2'), { limit: 2, cursor })
      pages.push(page.items.map((f) => f.happenedOn))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(pages).toEqual([['2026-11-26', '2026-11-20'], ['2026-11-10', '2026-06-01'], ['2024-10-01']])
    const since = await listFollowUps(org.as('r2'), { limit: 5, from: '2026-06-01', to: '2026-11-15' })
    expect(since.items.map((f) => f.happenedOn)).toEqual(['2026-11-10', '2026-06-01'])
  })
})
