import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drawSample } from '../core/callback-audits/draw-sample'
import { excludedCustomers } from '../core/callback-audits/exclusion'
import { CreateCustomerSchema } from '../contracts/customers'
import { CreateFollowUpSchema } from '../contracts/follow-ups'
import { CreateDrawSchema, RecordResultSchema } from '../contracts/callback-audits'
import { listAuditableRecords, listRecentCalls } from '../db/callback-audits.repo'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import {
  auditRatesReport,
  createDraw,
  getDraw,
  listAuditItems,
  listDraws,
  recordResult,
} from './callback-audits'
import { createCustomer } from './customers'
import { createFollowUp } from './follow-ups'
import { newId } from './new-id'
import { listNotifications } from './notifications'

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' }
const result = (input: Record<string, unknown>) => RecordResultSchema.parse(input)

describe.each(ENGINES)('callback audits on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  const customers: Record<string, string> = {}
  const auditLogCount = async () =>
    Number(
      (
        await database.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    // r1 keeps six customers, r2 two, r3 one; r2 also has a checked-in visit not reviewed yet.
    const plan: [string, 'r1' | 'r2' | 'r3', number][] = [
      ['A1', 'r1', 3],
      ['A2', 'r1', 1],
      ['A3', 'r1', 1],
      ['A4', 'r1', 2],
      ['A5', 'r1', 1],
      ['A6', 'r1', 1],
      ['B1', 'r2', 1],
      ['B2', 'r2', 0],
      ['C1', 'r3', 1],
    ]
    for (const [name, rep, count] of plan) {
      const c = await createCustomer(
        org.as(rep),
        CreateCustomerSchema.parse({
          name,
          status: 'active',
          phone: '02-1234-5678',
          contacts: [{ name: `${name} 聯絡人`, phone: '0912-000-111' }],
        }),
      )
      customers[name] = c.id
      for (let i = 0; i < count; i++)
        await createFollowUp(
          org.as(rep),
          CreateFollowUpSchema.parse({
            customerId: c.id,
            channel: 'phone',
            summary: `call ${name} #${i}`,
            happenedAt: `2026-11-${String(10 + i).padStart(2, '0')}T02:00:00Z`,
          }),
        )
    }
    // Outside the period: never drawn.
    await createFollowUp(
      org.as('r1'),
      CreateFollowUpSchema.parse({
        customerId: customers.A1,
        channel: 'visit',
        summary: 'October',
        happenedAt: '2026-10-20T02:00:00Z',
      }),
    )
    const visit = (status: string, followUpId: string | null = null) => ({
      id: newId(),
      customer_id: customers.B2 as string,
      rep_id: org.users.r2.id,
      starts_at: '2026-11-12T02:00:00Z',
      ends_at: '2026-11-12T03:00:00Z',
      starts_on: '2026-11-12',
      place: '台北市信義路',
      status,
      follow_up_id: followUpId,
      version: 1,
      created_at: '2026-11-01T00:00:00Z',
      updated_at: '2026-11-01T00:00:00Z',
    })
    const checkedIn = visit('checked_in')
    await database.db
      .insertInto('visits')
      .values([checkedIn, visit('planned'), visit('cancelled')])
      .execute()
    await database.db
      .insertInto('visit_objectives')
      .values({ id: newId(), visit_id: checkedIn.id, position: 0, kind: 'product', text: '介紹新品' })
      .execute()
  })
  afterAll(async () => database.close())

  it('refuses draws to reps, managers and finance, and bad rules, writing nothing', async () => {
    for (const who of ['r1', 'm1', 'finance'])
      await expect(createDraw(org.as(who), { ...NOVEMBER, sampleCount: 1 })).rejects.toMatchObject({
        code: 'forbidden',
      })
    for (const bad of [
      { ...NOVEMBER, sampleShare: 0 },
      { ...NOVEMBER, sampleShare: 1.5 },
      { ...NOVEMBER, sampleCount: 0 },
      { ...NOVEMBER },
      { ...NOVEMBER, sampleShare: 0.1, sampleCount: 2 },
      { from: '2026-11-30', to: '2026-11-01', sampleCount: 1 },
    ])
      expect(CreateDrawSchema.safeParse(bad).success).toBe(false)
    expect((await listDraws(org.as('auditor'))).items).toEqual([])
  })

  it('draws ceil(share) of each rep’s records, at least one each, one per customer, and stores its seed', async () => {
    const draw = await createDraw(org.as('auditor'), { ...NOVEMBER, sampleShare: 0.25, seed: 20261127 })
    // r1 recorded 9 follow-ups (25 % → 3), r2 one follow-up and one visit (→ 1), r3 one (→ 1).
    expect(draw.reps.map((r) => [r.repName, r.recorded, r.quota, r.drawn])).toEqual([
      ['R1', 9, 3, 3],
      ['R2', 2, 1, 1],
      ['R3', 1, 1, 1],
    ])
    expect(draw).toMatchObject({ seed: 20261127, sampleShare: 0.25, population: 12, sampled: 5 })
    expect(draw.excludedSince).toBe('2026-09-02')
    const { items } = await listAuditItems(org.as('auditor'), { draw: draw.id })
    expect(new Set(items.map((i) => i.customerId)).size).toBe(5)
    expect(items.every((i) => i.recordOn >= NOVEMBER.from && i.recordOn <= NOVEMBER.to)).toBe(true)
    // The work list names whom to call.
    expect(items[0]).toMatchObject({ customerPhone: '02-1234-5678', result: null, version: 1 })
    expect(items[0]?.contacts[0]?.phone).toBe('0912-000-111')
    // Replaying the stored seed on the same data gives the same sample.
    const replay = drawSample({
      population: await listAuditableRecords(database.db, NOVEMBER),
      excludedCustomerIds: new Set(),
      rule: { mode: 'share', shareBp: 2500 },
      seed: draw.seed,
    })
    expect(items.map((i) => i.recordId).sort()).toEqual(replay.sample.map((r) => r.id).sort())
  })

  it('shows a visit’s claim: place, time and objectives', async () => {
    const draw = (await listDraws(org.as('auditor'))).items[0]
    const { items } = await listAuditItems(org.as('auditor'), { draw: draw?.id })
    // Only the visit checked in and not reviewed is in the population, not the planned or cancelled ones.
    const visits = (await listAuditableRecords(database.db, NOVEMBER)).filter((r) => r.kind === 'visit')
    expect(visits.length).toBe(1)
    const r2 = items.find((i) => i.repName === 'R2')
    if (r2?.recordKind === 'visit')
      expect(r2).toMatchObject({ place: '台北市信義路', objectives: [{ kind: 'product', text: '介紹新品' }] })
    else expect(r2?.recordKind).toBe('follow_up')
  })

  it('refuses a result for a record outside the sample, and a correction without its version, writing nothing', async () => {
    const draw = (await listDraws(org.as('auditor'))).items[0] as { id: string }
    const { items } = await listAuditItems(org.as('auditor'), { draw: draw.id })
    const sampled = new Set(items.map((i) => i.recordId))
    const outside = (await listAuditableRecords(database.db, NOVEMBER)).find((r) => !sampled.has(r.id))
    const before = await auditLogCount()
    await expect(
      recordResult(
        org.as('auditor'),
        draw.id,
        outside?.id as string,
        result({ result: 'confirmed', satisfaction: 4 }),
      ),
    ).rejects.toMatchObject({ code: 'domain_rule', messageKey: 'error.audit_not_in_sample' })
    await expect(
      recordResult(
        org.as('r1'),
        draw.id,
        items[0]?.recordId as string,
        result({ result: 'confirmed', satisfaction: 4 }),
      ),
    ).rejects.toMatchObject({ code: 'forbidden' })
    await expect(
      recordResult(
        org.as('auditor'),
        'nope',
        items[0]?.recordId as string,
        result({ result: 'confirmed', satisfaction: 4 }),
      ),
    ).rejects.toMatchObject({ code: 'not_found' })
    await expect(
      recordResult(
        org.as('auditor'),
        draw.id,
        items[0]?.recordId as string,
        result({ result: 'confirmed', satisfaction: 4, calledOn: '2026-11-28' }),
      ),
    ).rejects.toMatchObject({ code: 'validation' })
    expect(await auditLogCount()).toBe(before)
    expect(
      (await listAuditItems(org.as('auditor'), { draw: draw.id })).items.every((i) => i.result === null),
    ).toBe(true)
    expect(RecordResultSchema.safeParse({ result: 'confirmed' }).success).toBe(false)
    expect(RecordResultSchema.safeParse({ result: 'discrepancy', satisfaction: 2 }).success).toBe(false)
    expect(RecordResultSchema.safeParse({ result: 'unreachable' }).success).toBe(true)
    expect(RecordResultSchema.safeParse({ result: 'confirmed', satisfaction: 6 }).success).toBe(false)
  })

  it('records results, notifies the rep’s manager of a discrepancy, and keeps corrections in the audit log', async () => {
    const draw = (await listDraws(org.as('auditor'))).items[0] as { id: string }
    const { items } = await listAuditItems(org.as('auditor'), { draw: draw.id })
    const r1Items = items.filter((i) => i.repName === 'R1')
    const [first, second, third] = r1Items as [(typeof items)[0], (typeof items)[0], (typeof items)[0]]
    const r3Item = items.find((i) => i.repName === 'R3') as (typeof items)[0]
    const confirmed = await recordResult(
      org.as('auditor'),
      draw.id,
      first.recordId,
      result({ result: 'confirmed', satisfaction: 5 }),
    )
    expect(confirmed).toMatchObject({
      result: 'confirmed',
      satisfaction: 5,
      calledOn: '2026-11-27',
      calledByName: 'AUDITOR',
      version: 2,
    })
    await recordResult(
      org.as('admin'),
      draw.id,
      second.recordId,
      result({ result: 'discrepancy', satisfaction: 2, note: '客戶說那天沒有通話' }),
    )
    await recordResult(
      org.as('auditor'),
      draw.id,
      third.recordId,
      result({ result: 'unreachable', calledOn: '2026-11-26' }),
    )
    await recordResult(
      org.as('auditor'),
      draw.id,
      r3Item.recordId,
      result({ result: 'discrepancy', satisfaction: 3, note: '沒見過' }),
    )
    // r1's manager is m1; r3's is boss. Nobody else hears of it.
    const m1 = await listNotifications(org.as('m1'), { limit: 50 })
    expect(m1.unreadCount).toBe(1)
    expect(m1.items[0]).toMatchObject({
      kind: 'callback_audit_discrepancy',
      params: { repName: 'R1', note: '客戶說那天沒有通話', drawId: draw.id, recordId: second.recordId },
    })
    expect((await listNotifications(org.as('boss'), { limit: 50 })).items[0]?.params.repName).toBe('R3')
    expect((await listNotifications(org.as('r1'), { limit: 50 })).unreadCount).toBe(0)

    // A correction must name the version it corrects; the call's day stays the first call's.
    await expect(
      recordResult(
        org.as('auditor'),
        draw.id,
        third.recordId,
        result({ result: 'confirmed', satisfaction: 4 }),
      ),
    ).rejects.toMatchObject({ code: 'precondition_required' })
    await expect(
      recordResult(
        org.as('auditor'),
        draw.id,
        third.recordId,
        result({ result: 'confirmed', satisfaction: 4 }),
        1,
      ),
    ).rejects.toMatchObject({ code: 'version_mismatch' })
    const corrected = await recordResult(
      org.as('auditor'),
      draw.id,
      third.recordId,
      result({ result: 'confirmed', satisfaction: 4 }),
      2,
    )
    expect(corrected).toMatchObject({ result: 'confirmed', calledOn: '2026-11-26', version: 3 })
    const history = await database.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'callback_audit_item')
      .where('entity_id', '=', corrected.id)
      .orderBy('id')
      .execute()
    expect(history.map((h) => JSON.parse(h.after as string).result)).toEqual(['unreachable', 'confirmed'])
    expect(JSON.parse(history[1]?.before as string).result).toBe('unreachable')
  })

  it('lets reps and managers read recorded results of their own and their tree only, never the calls to come', async () => {
    const draw = (await listDraws(org.as('auditor'))).items[0] as { id: string }
    const all = (await listAuditItems(org.as('auditor'), { draw: draw.id })).items
    const r1 = (await listAuditItems(org.as('r1'), { draw: draw.id })).items
    expect(r1.length).toBe(3)
    expect(r1.every((i) => i.repName === 'R1' && i.result !== null)).toBe(true)
    // m1's tree is m1, r1, r2: r2's item is not called yet, r3's is outside.
    const m1 = (await listAuditItems(org.as('m1'), { draw: draw.id })).items
    expect(m1.map((i) => i.repName).sort()).toEqual(['R1', 'R1', 'R1'])
    expect(all.some((i) => i.result === null)).toBe(true)
    expect((await listAuditItems(org.as('r2'), { draw: draw.id })).items).toEqual([])
    expect((await getDraw(org.as('r2'), draw.id)).reps.map((r) => r.repName)).toEqual(['R2'])
    await expect(listAuditItems(org.as('finance'), { draw: draw.id })).rejects.toMatchObject({
      code: 'forbidden',
    })
  })

  it('reports each rep’s confirmation rate without unreachable calls, by draw and by period', async () => {
    const draw = (await listDraws(org.as('auditor'))).items[0] as { id: string }
    const byDraw = await auditRatesReport(org.as('auditor'), { draw: draw.id })
    const r1 = byDraw.reps.find((r) => r.repName === 'R1')
    expect(r1).toMatchObject({ drawn: 3, confirmed: 2, discrepancy: 1, unreachable: 0, pending: 0 })
    expect(r1?.confirmationRate).toBeCloseTo(2 / 3)
    expect(r1?.satisfaction).toBeCloseTo((5 + 2 + 4) / 3)
    expect(byDraw.total).toMatchObject({ drawn: 5, pending: 1, discrepancy: 2 })
    const byPeriod = await auditRatesReport(org.as('m1'), NOVEMBER)
    expect(byPeriod.reps.map((r) => r.repName)).toEqual(['R1', 'R2'])
    expect(byPeriod.total.drawn).toBe(4)
    const own = await auditRatesReport(org.as('r2'), NOVEMBER)
    // A rep's figures count recorded calls only: nothing tells them a call is coming.
    expect(own.total).toMatchObject({ drawn: 0, pending: 0 })
  })

  it('skips customers called in the 90 days before the period’s end, and those still to be called', async () => {
    const since = '2026-09-02'
    const calls = await listRecentCalls(database.db, since)
    const excluded = excludedCustomers(calls, since)
    const second = await createDraw(org.as('auditor'), { ...NOVEMBER, sampleCount: 9, seed: 5 })
    const { items } = await listAuditItems(org.as('auditor'), { draw: second.id })
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) expect(excluded.has(item.customerId)).toBe(false)
    const firstDraw = (await listDraws(org.as('auditor'))).items[1] as { id: string; sampled: number }
    const firstCustomers = (await listAuditItems(org.as('auditor'), { draw: firstDraw.id })).items.map(
      (i) => i.customerId,
    )
    expect(items.filter((i) => firstCustomers.includes(i.customerId))).toEqual([])
    // r3's only customer was called: r3 recorded one record and gets none.
    expect(second.reps.find((r) => r.repName === 'R3')).toMatchObject({ recorded: 1, eligible: 0, drawn: 0 })
    // A call older than 90 days before the period's end no longer counts.
    await database.db
      .updateTable('callback_audit_items')
      .set({ called_on: '2026-09-01' })
      .where('draw_id', '=', firstDraw.id)
      .where('customer_id', '=', customers.C1 as string)
      .execute()
    const third = await createDraw(org.as('auditor'), { ...NOVEMBER, sampleCount: 1, seed: 5 })
    expect(third.reps.find((r) => r.repName === 'R3')).toMatchObject({ eligible: 1, drawn: 1 })
  })
})
