import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { createMonitorFixture } from '../test-support/monitor-fixture'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { teamMonitor } from './team-monitor'
import { monitorCustomers } from './team-monitor-customers'

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' }
const tiers = (A: number, B: number, C: number) => ({ A, B, C, total: A + B + C })

describe.each(ENGINES)('the team monitor on %s', (engine) => {
  let database: Db
  let fixture: Awaited<ReturnType<typeof createMonitorFixture>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    fixture = await createMonitorFixture(database)
  })
  afterAll(async () => database.close())

  it('puts every rep side by side: overdue today by tier, coverage, untouched, touches, tier changes, conversions', async () => {
    const { org } = fixture
    const monitor = await teamMonitor(org.as('admin'), NOVEMBER)
    expect(monitor).toMatchObject({ ...NOVEMBER, today: '2026-11-27' })
    const row = Object.fromEntries(monitor.reps.map((r) => [r.repName, r]))
    expect(Object.keys(row)).toEqual(['BOSS', 'M1', 'R1', 'R2', 'R3'])
    // R1: A1 due 11-17 (its manual C ran out on 11-10) and C1 due 11-14 are overdue; B1 is not.
    expect(row.R1).toMatchObject({
      overdue: tiers(1, 0, 1),
      untouched: tiers(0, 0, 1),
      touches: 5,
      promoted: 1,
      demoted: 1,
      converted: 1,
      coverage: { required: 7, counted: 4 },
    })
    // R2: the lost customer's follow-up is R2's work but not coverage; A2's first confirmed order
    // is 11-12 (the cancelled one does not count); A2 went A→B→A: no net change.
    expect(row.R2).toMatchObject({
      overdue: tiers(0, 0, 1),
      untouched: tiers(0, 0, 1),
      touches: 5,
      promoted: 0,
      demoted: 0,
      converted: 1,
    })
    expect(row.R3).toMatchObject({ overdue: tiers(0, 1, 0), touches: 1, converted: 0 })
    expect(row.BOSS).toMatchObject({
      overdue: tiers(0, 0, 0),
      touches: 0,
      coverage: { customers: 0, coverage: null },
    })
    expect(monitor.total).toMatchObject({
      overdue: tiers(1, 1, 2),
      untouched: tiers(0, 0, 2),
      touches: 12,
      promoted: 1,
      demoted: 1,
      converted: 2,
      coverage: { required: 15, counted: 10 },
    })
  })

  it('compares the last ABC run in the period with the last one before it', async () => {
    const { org } = fixture
    // 11-21 to 11-30: the run of 11-25 against that of 11-20, so A2's B→A is a promotion.
    const late = await teamMonitor(org.as('admin'), { from: '2026-11-21', to: '2026-11-30' })
    expect(late.reps.find((r) => r.repName === 'R2')).toMatchObject({ promoted: 1, demoted: 0 })
    // October has one run and none before it: nothing to compare, no change.
    const october = await teamMonitor(org.as('admin'), { from: '2026-10-01', to: '2026-10-31' })
    expect(october.total).toMatchObject({ promoted: 0, demoted: 0, converted: 0, touches: 1 })
  })

  it('shows a rep themselves, a manager their tree, admin, finance and the auditor everyone', async () => {
    const { org } = fixture
    const names = async (who: Parameters<typeof org.as>[0]) =>
      (await teamMonitor(org.as(who), NOVEMBER)).reps.map((r) => r.repName)
    expect(await names('r1')).toEqual(['R1'])
    expect(await names('m1')).toEqual(['M1', 'R1', 'R2'])
    expect(await names('boss')).toEqual(['BOSS', 'M1', 'R1', 'R2', 'R3'])
    for (const who of ['admin', 'finance', 'auditor']) expect(await names(who)).toHaveLength(5)
    // The total is over what the caller sees: m1's team has 3 overdue customers, not r3's.
    expect((await teamMonitor(org.as('m1'), NOVEMBER)).total.overdue).toEqual(tiers(1, 0, 2))
  })

  it('lists the customers behind each number', async () => {
    const { org, ids } = fixture
    const drill = async (
      what: 'overdue' | 'untouched' | 'promoted' | 'demoted' | 'converted',
      rep: string,
      tier?: 'A' | 'B' | 'C',
    ) => (await monitorCustomers(org.as('m1'), { ...NOVEMBER, rep, what, ...(tier ? { tier } : {}) })).items
    const r1 = org.users.r1.id
    expect(await drill('overdue', r1)).toEqual([
      expect.objectContaining({ customerId: ids.A1, tier: 'A', nextDue: '2026-11-17', daysOverdue: 10 }),
      expect.objectContaining({ customerName: 'C1', tier: 'C', nextDue: '2026-11-14', daysOverdue: 13 }),
    ])
    expect((await drill('overdue', r1, 'C')).map((c) => c.customerName)).toEqual(['C1'])
    expect(await drill('untouched', r1)).toEqual([
      expect.objectContaining({ customerName: 'C1', lastFollowUpOn: '2026-10-15', nextDue: '2026-11-14' }),
    ])
    expect(await drill('promoted', r1)).toEqual([
      expect.objectContaining({ customerName: 'B1', tier: 'B', previousTier: 'C' }),
    ])
    expect(await drill('demoted', r1)).toEqual([
      expect.objectContaining({ customerName: 'C1', tier: 'C', previousTier: 'B' }),
    ])
    expect(await drill('converted', org.users.r2.id)).toEqual([
      expect.objectContaining({ customerName: 'A2', firstOrderOn: '2026-11-12' }),
    ])
  })

  it('refuses the customers of a rep outside the caller’s view as absent (404)', async () => {
    const { org } = fixture
    const ask = (who: 'r1' | 'm1', rep: string) =>
      monitorCustomers(org.as(who), { ...NOVEMBER, rep, what: 'overdue' })
    await expect(ask('r1', org.users.r2.id)).rejects.toMatchObject({ code: 'not_found' })
    await expect(ask('m1', org.users.r3.id)).rejects.toMatchObject({ code: 'not_found' })
    expect((await ask('r1', org.users.r1.id)).repName).toBe('R1')
  })
})
