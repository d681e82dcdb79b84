import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateCustomerSchema } from '../contracts/customers'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import { createCustomer } from './customers'
import { acceptSlot, dropSlot, moveSlot, proposeWeek, setAsideSlot } from './schedule'

// Today is Friday 2026-11-27 (Taipei); the week planned is the next one, Monday 11-30 … Sunday 12-06.
const MON = '2026-11-30'
const TUE = '2026-12-01'
const WED = '2026-12-02'

describe.each(ENGINES)('scheduling a rep’s week on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  const ids: Record<string, string> = {}
  const count = async (table: 'planned_follow_ups' | 'audit_log') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const slotsOf = (week: Awaited<ReturnType<typeof proposeWeek>>) =>
    week.proposed.map((p) => [p.customerName, p.tier, p.date, p.start, p.end])

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    const add = async (
      name: string,
      tier: string,
      last: string | null,
      extra: Record<string, unknown> = {},
    ) => {
      const c = await createCustomer(
        org.as('r1'),
        CreateCustomerSchema.parse({ name, status: 'active', ...extra }),
      )
      ids[name] = c.id
      await database.db
        .updateTable('customers')
        .set({ tier, last_follow_up_on: last, assigned_at: '2026-09-01' })
        .where('id', '=', c.id)
        .execute()
    }
    // Added C, B, A so that input order cannot be what puts A first.
    await add('Cedar', 'C', '2026-10-01') // due 10-31
    await add('Birch', 'B', '2026-11-10') // due 11-25
    await add('Aspen', 'A', '2026-11-25') // due 12-02, inside the week
    await add('Later', 'A', '2026-12-01') // due 12-08: after the week
    await add('Wednesday', 'C', '2026-10-15', { preferredWeekdays: [3], meetingStyle: 'formal' }) // due 11-14
    const other = await createCustomer(
      org.as('r2'),
      CreateCustomerSchema.parse({ name: 'Elm', status: 'active' }),
    )
    ids.Elm = other.id
  })
  afterAll(async () => database.close())

  it('proposes the due customers A before B before C, honouring preferences, and not those due later', async () => {
    const week = await proposeWeek(org.as('r1'), { week: '2026-12-03' })
    expect(week).toMatchObject({ weekStart: MON, weekEnd: '2026-12-06', today: '2026-11-27', repName: 'R1' })
    expect(slotsOf(week)).toEqual([
      ['Birch', 'B', MON, '09:00', '09:30'],
      ['Cedar', 'C', MON, '09:30', '10:00'],
      ['Aspen', 'A', WED, '09:00', '09:30'],
      ['Wednesday', 'C', WED, '09:30', '11:00'],
    ])
    // Aspen is taken first (tier A) but on its due date; the overdue B and C fill Monday.
    expect(week.proposed.find((p) => p.customerName === 'Aspen')).toMatchObject({
      nextDue: WED,
      overdue: false,
      dueReason: 'interval',
    })
    expect(week.proposed.map((p) => p.customerName)).not.toContain('Later')
    expect(week.proposed.map((p) => p.customerName)).not.toContain('Elm')
    expect(week.unplaced).toEqual([])
    expect(week.accepted).toEqual([])
  })

  it('stores an accepted slot, does not propose it again, and plans around its time', async () => {
    const before = await count('audit_log')
    const slot = await acceptSlot(org.as('r1'), {
      customerId: ids.Birch,
      date: MON,
      start: '09:00',
      end: '09:30',
    })
    expect(slot).toMatchObject({
      repId: org.users.r1.id,
      customerName: 'Birch',
      status: 'accepted',
      version: 1,
    })
    expect(await count('audit_log')).toBe(before + 1)
    const week = await proposeWeek(org.as('r1'), { week: MON })
    expect(week.accepted).toMatchObject([
      { id: slot.id, customerName: 'Birch', tier: 'B', date: MON, start: '09:00' },
    ])
    expect(slotsOf(week)).toEqual([
      ['Cedar', 'C', MON, '09:30', '10:00'],
      ['Aspen', 'A', WED, '09:00', '09:30'],
      ['Wednesday', 'C', WED, '09:30', '11:00'],
    ])
  })

  it('refuses a slot overlapping another planned visit of the rep that day, writing nothing', async () => {
    const before = await count('planned_follow_ups')
    await expect(
      acceptSlot(org.as('r1'), { customerId: ids.Cedar, date: MON, start: '09:15', end: '09:45' }),
    ).rejects.toMatchObject({
      code: 'domain_rule',
      messageKey: 'error.slot_overlap',
      params: { customer: 'Birch' },
    })
    // Back to back is fine.
    const cedar = await acceptSlot(org.as('r1'), {
      customerId: ids.Cedar,
      date: MON,
      start: '09:30',
      end: '10:00',
    })
    expect(await count('planned_follow_ups')).toBe(before + 1)
    await expect(
      moveSlot(org.as('r1'), cedar.id, { date: MON, start: '09:00', end: '10:00' }),
    ).rejects.toMatchObject({
      code: 'domain_rule',
    })
  })

  it('moves a slot (its old time is free again) and drops it (the customer is listed, set aside)', async () => {
    const week = await proposeWeek(org.as('r1'), { week: MON })
    const birch = week.accepted.find((s) => s.customerName === 'Birch')
    if (!birch) throw new Error('Birch is not planned')
    await expect(
      moveSlot(org.as('r1'), birch.id, { date: TUE, start: '14:00', end: '14:30' }, 9),
    ).rejects.toMatchObject({
      code: 'version_mismatch',
    })
    const moved = await moveSlot(
      org.as('r1'),
      birch.id,
      { date: TUE, start: '14:00', end: '14:30' },
      birch.version,
    )
    expect(moved).toMatchObject({ date: TUE, start: '14:00', status: 'accepted', version: 2 })
    const dropped = await dropSlot(org.as('r1'), birch.id)
    expect(dropped).toMatchObject({ status: 'dropped', version: 3 })
    const after = await proposeWeek(org.as('r1'), { week: MON })
    expect(after.accepted.map((s) => s.customerName)).toEqual(['Cedar'])
    expect(after.unplaced).toMatchObject([
      { customerName: 'Birch', reason: 'dropped', slotId: birch.id, overdue: true },
    ])
    expect(after.proposed.map((p) => p.customerName)).not.toContain('Birch')
    // Moved again, a dropped slot is planned again.
    expect(await moveSlot(org.as('r1'), birch.id, { date: MON, start: '09:00', end: '09:30' })).toMatchObject(
      {
        status: 'accepted',
      },
    )
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity', '=', 'planned_follow_up')
      .where('entity_id', '=', birch.id)
      .orderBy('id')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'update'])
  })

  it('sets a proposal aside without taking its time', async () => {
    const week = await proposeWeek(org.as('r1'), { week: MON })
    const aspen = week.proposed.find((p) => p.customerName === 'Aspen')
    if (!aspen) throw new Error('Aspen is not proposed')
    const { customerId, date, start, end } = aspen
    const aside = await setAsideSlot(org.as('r1'), { customerId, date, start, end })
    expect(aside.status).toBe('dropped')
    const after = await proposeWeek(org.as('r1'), { week: MON })
    expect(after.unplaced.map((u) => [u.customerName, u.reason])).toContainEqual(['Aspen', 'dropped'])
    expect(after.proposed.find((p) => p.customerName === 'Wednesday')).toMatchObject({
      date: WED,
      start: '09:00',
    })
  })

  it('refuses a week that is no date, and any bad slot, writing nothing', async () => {
    const [slots, audit] = [await count('planned_follow_ups'), await count('audit_log')]
    await expect(proposeWeek(org.as('r1'), { week: '2026-02-30' })).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: 'week', key: 'field.invalid_date' }],
    })
    await expect(proposeWeek(org.as('r1'), { week: 'next week' })).rejects.toMatchObject({
      issues: [{ path: 'week' }],
    })
    await expect(
      acceptSlot(org.as('r1'), { customerId: ids.Aspen, date: '2026-13-01', start: '09:00', end: '09:30' }),
    ).rejects.toMatchObject({ issues: [{ path: 'date' }] })
    await expect(
      acceptSlot(org.as('r1'), { customerId: ids.Aspen, date: MON, start: '11:00', end: '10:00' }),
    ).rejects.toMatchObject({ issues: [{ path: 'end', key: 'field.time_order' }] })
    await expect(
      acceptSlot(org.as('r1'), { customerId: ids.Aspen, date: MON, start: '9:00', end: '10:00' }),
    ).rejects.toMatchObject({ issues: [{ path: 'start', key: 'field.invalid_hour' }] })
    expect([await count('planned_follow_ups'), await count('audit_log')]).toEqual([slots, audit])
  })

  it('lets a rep plan only their own week; their manager and an admin may plan it', async () => {
    const [slots, audit] = [await count('planned_follow_ups'), await count('audit_log')]
    await expect(proposeWeek(org.as('r2'), { rep: org.users.r1.id, week: MON })).rejects.toMatchObject({
      code: 'not_found',
    })
    await expect(
      acceptSlot(org.as('r2'), { customerId: ids.Aspen, date: TUE, start: '16:00', end: '16:30' }),
    ).rejects.toMatchObject({ code: 'validation', issues: [{ path: 'customerId' }] })
    const r1Slot = (await proposeWeek(org.as('r1'), { week: MON })).accepted[0]
    if (!r1Slot) throw new Error('r1 has no planned visit')
    await expect(dropSlot(org.as('r2'), r1Slot.id)).rejects.toMatchObject({ code: 'not_found' })
    await expect(
      moveSlot(org.as('r3'), r1Slot.id, { date: TUE, start: '16:00', end: '16:30' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    })
    await expect(proposeWeek(org.as('finance'), { rep: org.users.r1.id, week: MON })).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(proposeWeek(org.as('admin'), { week: MON })).rejects.toMatchObject({
      issues: [{ path: 'rep' }],
    })
    expect([await count('planned_follow_ups'), await count('audit_log')]).toEqual([slots, audit])

    const managed = await proposeWeek(org.as('m1'), { rep: org.users.r1.id, week: MON })
    expect(managed.repName).toBe('R1')
    expect(
      (await proposeWeek(org.as('admin'), { rep: org.users.r2.id, week: MON })).proposed[0],
    ).toMatchObject({
      customerName: 'Elm',
    })
    const byManager = await acceptSlot(org.as('m1'), {
      customerId: ids.Elm,
      date: TUE,
      start: '16:00',
      end: '16:30',
    })
    expect(byManager.repId).toBe(org.users.r2.id)
  })

  it('proposes nothing in the time of this week already gone (it is 10:00 on Friday)', async () => {
    const week = await proposeWeek(org.as('r1'), {})
    expect(week.weekStart).toBe('2026-11-23')
    expect(week.proposed.length).toBeGreaterThan(0)
    expect(
      week.proposed.every((p) => p.date > '2026-11-27' || (p.date === '2026-11-27' && p.start >= '10:00')),
    ).toBe(true)
    expect(week.proposed[0]).toMatchObject({ date: '2026-11-27', start: '10:00' })
  })
})
