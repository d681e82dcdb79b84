import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateCustomerSchema } from '../contracts/customers'
import { PlanVisitSchema, ReviewVisitSchema } from '../contracts/visits'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { TEST_NOW, createTestOrg } from '../test-support/test-org'
import type { AppContext } from './context'
import { createCustomer } from './customers'
import { reviewVisit } from './visit-review'
import { sweepMissedVisits } from './visit-sweep'
import { checkInVisit, getVisit, listVisits, planVisit } from './visits'

const at = (ctx: AppContext, iso: string): AppContext => ({ ...ctx, now: () => new Date(iso) })

describe.each(ENGINES)('visits on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  let customerId: string
  const plan = (ctx: AppContext, date: string, startTime = '11:00', endTime = '12:00') =>
    planVisit(
      ctx,
      PlanVisitSchema.parse({
        customerId,
        date,
        startTime,
        endTime,
        objectives: [{ kind: 'collect', text: '收十一月貨款' }],
      }),
    )
  const count = async (table: 'follow_ups' | 'visit_actions' | 'visit_issues') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select(database.db.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    customerId = (
      await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name: '回款客戶', status: 'active' }))
    ).id
  })
  afterAll(async () => database.close())

  it('reads a plan past its end as missed before the sweep writes it, then refuses its check-in', async () => {
    const visit = await plan(org.as('r1'), '2026-11-27')
    const later = at(org.as('r1'), '2026-11-27T04:00:00Z') // 12:00 in Taipei: the end
    expect((await getVisit(later, visit.id)).status).toBe('missed')
    const missed = await listVisits(later, { status: 'missed', limit: 50 })
    expect(missed.items.map((v) => v.id)).toContain(visit.id)
    expect((await listVisits(later, { status: 'planned', limit: 50 })).items.map((v) => v.id)).not.toContain(
      visit.id,
    )
    await expect(checkInVisit(later, visit.id, { place: null })).rejects.toMatchObject({
      code: 'domain_rule',
      messageKey: 'error.visit_missed',
    })
    // Still 'planned' in the row until the sweep; the sweep marks it once.
    const system = { ...at(org.as('admin'), '2026-11-28T00:00:00Z'), actor: null }
    expect(await sweepMissedVisits(system)).toEqual({ missed: 1 })
    expect(await sweepMissedVisits(system)).toEqual({ missed: 0 })
    const row = await database.db
      .selectFrom('visits')
      .select('status')
      .where('id', '=', visit.id)
      .executeTakeFirst()
    expect(row?.status).toBe('missed')
    await expect(sweepMissedVisits(org.as('r1'))).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('writes nothing of a review whose follow-up is refused: one transaction', async () => {
    const visit = await plan(org.as('r1'), '2026-11-27', '14:00', '15:00')
    await checkInVisit(org.as('r1'), visit.id, { place: null })
    const before = [await count('follow_ups'), await count('visit_actions'), await count('visit_issues')]
    // The follow-up use case refuses a next date before the visit, after the review's own writes.
    const review = ReviewVisitSchema.parse({
      objectives: [{ id: visit.objectives[0]?.id, result: 'yes' }],
      actions: [{ text: '寄對帳單', dueOn: '2026-12-01' }],
      issues: ['發票抬頭錯'],
      nextDate: '2026-11-01',
    })
    await expect(reviewVisit(org.as('r1'), visit.id, review)).rejects.toMatchObject({ code: 'validation' })
    expect([await count('follow_ups'), await count('visit_actions'), await count('visit_issues')]).toEqual(
      before,
    )
    const after = await getVisit(org.as('r1'), visit.id)
    expect(after.status).toBe('checked_in')
    expect(after.objectives[0]?.result).toBeNull()
  })

  it('resolves a carried issue and finishes a carried action at a later visit, and they stop being carried', async () => {
    const first = await plan(org.as('r1'), '2026-11-28')
    const morning = at(org.as('r1'), '2026-11-28T03:10:00Z')
    await checkInVisit(morning, first.id, { place: null })
    await reviewVisit(
      morning,
      first.id,
      ReviewVisitSchema.parse({
        objectives: [{ id: first.objectives[0]?.id, result: 'no', reason: '會計休假' }],
        actions: [{ text: '補寄發票', dueOn: '2026-11-30' }],
        issues: ['對帳差 300 元'],
      }),
    )
    const second = await plan(morning, '2026-12-02')
    expect(second.carriedActions.map((a) => a.text)).toEqual(['補寄發票'])
    expect(second.carriedIssues.map((i) => i.text)).toEqual(['對帳差 300 元'])
    const dayOf = at(org.as('r1'), '2026-12-02T03:05:00Z')
    await checkInVisit(dayOf, second.id, { place: '會計室' })
    const reviewed = await reviewVisit(
      dayOf,
      second.id,
      ReviewVisitSchema.parse({
        objectives: [{ id: second.objectives[0]?.id, result: 'yes' }],
        doneActions: [second.carriedActions[0]?.id],
        resolveIssues: [{ id: second.carriedIssues[0]?.id, resolution: '客戶補匯' }],
      }),
    )
    expect(reviewed.carriedActions).toMatchObject([{ text: '補寄發票', doneOn: '2026-12-02' }])
    expect(reviewed.carriedIssues).toMatchObject([{ resolvedOn: '2026-12-02', resolution: '客戶補匯' }])
    const third = await plan(dayOf, '2026-12-09')
    expect([third.carriedActions, third.carriedIssues]).toEqual([[], []])
    // Resolving it twice is refused by name.
    await checkInVisit(at(org.as('r1'), '2026-12-09T03:00:00Z'), third.id, { place: null })
    await expect(
      reviewVisit(
        at(org.as('r1'), '2026-12-09T04:00:00Z'),
        third.id,
        ReviewVisitSchema.parse({
          objectives: [{ id: third.objectives[0]?.id, result: 'yes' }],
          resolveIssues: [{ id: second.carriedIssues[0]?.id }],
        }),
      ),
    ).rejects.toMatchObject({ issues: [{ path: 'resolveIssues.0.id', key: 'field.invalid' }] })
  })

  it('refuses a plan that is already over', async () => {
    await expect(plan(at(org.as('r1'), TEST_NOW.toISOString()), '2026-11-26')).rejects.toMatchObject({
      issues: [{ path: 'date', key: 'field.not_past' }],
    })
  })
})
