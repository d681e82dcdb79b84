import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { createMonitorFixture } from '../test-support/monitor-fixture'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { coverageReport } from './coverage'

const line = (required: number, done: number, counted: number) => ({
  required,
  done,
  counted,
  coverage: required ? counted / required : null,
})

describe.each(ENGINES)('coverage on %s', (engine) => {
  let database: Db
  let fixture: Awaited<ReturnType<typeof createMonitorFixture>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    fixture = await createMonitorFixture(database)
  })
  afterAll(async () => database.close())

  it('counts each rep’s customers against the cadence: Σ min(d, r) / Σ r, per tier (November, 30 days)', async () => {
    const { org } = fixture
    const report = await coverageReport(org.as('admin'), { from: '2026-11-01', to: '2026-11-30' })
    expect(report.tierAsOf).toBe('2026-11-27')
    const byRep = Object.fromEntries(report.reps.map((r) => [r.repName, r]))
    // r1: A1 2 of 4 (A every 7 days: floor(30/7) = 4), B1 3 done but 2 required, C1 none of 1.
    expect(byRep.R1).toMatchObject({
      customers: 3,
      ...line(7, 5, 4),
      byTier: { A: line(4, 2, 2), B: line(2, 3, 2), C: line(1, 0, 0) },
    })
    // r2: the lost customer is not counted; C3, assigned mid-month, needs its one touch.
    expect(byRep.R2).toMatchObject({ customers: 2, ...line(5, 4, 4) })
    expect(byRep.R3).toMatchObject(line(2, 1, 1))
    expect(byRep.M1).toMatchObject(line(1, 1, 1))
    // A manager who owns no customer: nothing required, no coverage to show.
    expect(byRep.BOSS).toMatchObject({ customers: 0, coverage: null })
    expect(report.total).toMatchObject({
      ...line(15, 11, 10),
      byTier: { A: line(8, 6, 6), B: line(4, 4, 3), C: line(3, 1, 1) },
    })
  })

  it('adds up each manager’s tree as a team', async () => {
    const { org } = fixture
    const report = await coverageReport(org.as('admin'), { from: '2026-11-01', to: '2026-11-30' })
    const teams = Object.fromEntries(report.teams.map((t) => [t.managerName, t]))
    expect(teams.M1).toMatchObject({ members: 3, ...line(13, 10, 9) })
    expect(teams.BOSS).toMatchObject({ members: 5, ...line(15, 11, 10) })
    const team = await coverageReport(org.as('boss'), {
      from: '2026-11-01',
      to: '2026-11-30',
      team: org.users.m1.id,
    })
    expect(team.reps.map((r) => r.repName)).toEqual(['M1', 'R1', 'R2'])
    expect(team.total).toMatchObject(line(13, 10, 9))
  })

  it('takes tiers as of the period’s end: the ABC run then, and a manual tier still running then', async () => {
    const { org } = fixture
    // October (31 days): A1 was manually C (until 11-10), B1 was C and C1 was B in the run of 10-31;
    // C3 was not assigned yet.
    const october = await coverageReport(org.as('r1'), { from: '2026-10-01', to: '2026-10-31' })
    expect(october.tierAsOf).toBe('2026-10-31')
    expect(october.reps).toHaveLength(1)
    expect(october.reps[0]).toMatchObject({
      repName: 'R1',
      ...line(4, 1, 1),
      byTier: { A: line(0, 0, 0), B: line(2, 1, 1), C: line(2, 0, 0) },
    })
    const r2 = await coverageReport(org.as('admin'), {
      from: '2026-10-01',
      to: '2026-10-31',
      rep: org.users.r2.id,
    })
    expect(r2.total).toMatchObject({ customers: 1, ...line(4, 0, 0) })
  })

  it('defaults to this month, and refuses a period that ends before it starts', async () => {
    const { org } = fixture
    const report = await coverageReport(org.as('r1'), {})
    expect([report.from, report.to]).toEqual(['2026-11-01', '2026-11-30'])
    await expect(
      coverageReport(org.as('r1'), { from: '2026-11-30', to: '2026-11-01' }),
    ).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: 'to', key: 'field.period_order' }],
    })
  })

  it('shows a rep only themselves and a manager only their tree: anyone else is absent (404)', async () => {
    const { org } = fixture
    const period = { from: '2026-11-01', to: '2026-11-30' }
    expect((await coverageReport(org.as('m1'), period)).reps.map((r) => r.repName)).toEqual([
      'M1',
      'R1',
      'R2',
    ])
    await expect(coverageReport(org.as('r1'), { ...period, rep: org.users.r2.id })).rejects.toMatchObject({
      code: 'not_found',
    })
    await expect(coverageReport(org.as('m1'), { ...period, rep: org.users.r3.id })).rejects.toMatchObject({
      code: 'not_found',
    })
    await expect(coverageReport(org.as('m1'), { ...period, team: org.users.boss.id })).rejects.toMatchObject({
      code: 'not_found',
    })
    expect((await coverageReport(org.as('auditor'), period)).total).toMatchObject(line(15, 11, 10))
  })
})
