import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeSetting } from '../db/settings.repo'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { TEST_NOW, createTestOrg, testContext } from '../test-support/test-org'
import { CreateCustomerSchema, CustomerListQuerySchema } from '../contracts/customers'
import { PoolListQuerySchema } from '../contracts/pool'
import { AppError } from '../core/app-error'
import { DEFAULT_POLICY } from '../core/follow-ups/follow-up-policy'
import { addDays } from '../core/dates/local-date'
import { listAudit } from '../db/audit-log.repo'
import type { AppContext } from './context'
import { createCustomer, customerHistory, getCustomer, listCustomers, updateCustomer } from './customers'
import { savePolicy } from './follow-up-policy'
import { listNotifications } from './notifications'
import { assignCustomer, claimCustomer, listPool, releaseCustomer } from './pool'
import { poolFlows, poolHistory, poolWarnings } from './pool-reports'
import { returnIdleCustomers } from './return-idle-customers'

type Org = Awaited<ReturnType<typeof createTestOrg>>
const TODAY = '2026-11-27' // TEST_NOW in Asia/Taipei

const failure = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? `${e.code}:${e.messageKey}` : String(e)),
  )
const codeOf = async (promise: Promise<unknown>) => (await failure(promise)).split(':')[0]

const poolCustomer = async (org: Org, name: string) =>
  (await createCustomer(org.as('admin'), CreateCustomerSchema.parse({ name, ownerId: null }))).id

const ownerOf = async (org: Org, id: string) => (await getCustomer(org.as('admin'), id)).ownerId

describe.each(ENGINES)('customer pool on %s', (engine) => {
  describe('claim, assign, release', () => {
    let database: Db
    let org: Org
    const ids: Record<string, string> = {}

    beforeAll(async () => {
      database = await openTestDatabase(engine)
      const created = await createTestOrg(database)
      // A clock that moves a millisecond per reading, on the same day: events keep their order.
      let tick = TEST_NOW.getTime()
      org = { ...created, as: (key, lang) => ({ ...created.as(key, lang), now: () => new Date(tick++) }) }
      await savePolicy(org.as('admin'), {
        ...DEFAULT_POLICY,
        pool: { ...DEFAULT_POLICY.pool, ownedLimit: 2 },
      })
      for (const name of ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']) ids[name] = await poolCustomer(org, name)
    })
    afterAll(async () => database.close())

    it('lists the pool to everyone, with the claimer’s owned count and limit', async () => {
      const page = await listPool(org.as('r1'), PoolListQuerySchema.parse({}))
      expect(page.items.map((c) => c.name)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6'])
      expect(page.claim).toEqual({ owned: 0, limit: 2 })
      expect((await listPool(org.as('finance'), PoolListQuerySchema.parse({}))).claim).toBeNull()
      const searched = await listPool(org.as('m1'), PoolListQuerySchema.parse({ q: 'p3', limit: 1 }))
      expect(searched.items.map((c) => c.name)).toEqual(['P3'])
    })
    it('lets a rep read a pool customer but not change it, and keeps it out of their customer list', async () => {
      expect((await getCustomer(org.as('r1'), ids.P1 as string)).name).toBe('P1')
      expect((await customerHistory(org.as('r1'), ids.P1 as string)).items[0]?.action).toBe('create')
      expect(await codeOf(updateCustomer(org.as('r1'), ids.P1 as string, 1, { phone: 'x' }))).toBe(
        'forbidden',
      )
      expect(
        (await listCustomers(org.as('r1'), CustomerListQuerySchema.parse({ owner: 'none' }))).items,
      ).toEqual([])
    })
    it('claims up to the owned limit, then refuses with a domain error naming the limit', async () => {
      const claimed = await claimCustomer(org.as('r1'), ids.P1 as string)
      expect(claimed).toMatchObject({ ownerId: org.users.r1.id, assignedAt: TODAY, version: 2 })
      await claimCustomer(org.as('r1'), ids.P2 as string)
      const refused = await failure(claimCustomer(org.as('r1'), ids.P3 as string))
      expect(refused).toBe('domain_rule:error.pool_owned_limit')
      expect(await ownerOf(org, ids.P3 as string)).toBeNull()
      expect((await listPool(org.as('r1'), PoolListQuerySchema.parse({}))).claim).toEqual({
        owned: 2,
        limit: 2,
      })
    })
    it('answers 409 for a customer no longer in the pool, and refuses claims by those who cannot own', async () => {
      expect(await failure(claimCustomer(org.as('r2'), ids.P1 as string))).toBe('conflict:error.pool_taken')
      expect(await codeOf(claimCustomer(org.as('finance'), ids.P3 as string))).toBe('forbidden')
      expect(await codeOf(claimCustomer(org.as('admin'), ids.P3 as string))).toBe('forbidden')
      expect(await codeOf(claimCustomer(org.as('r2'), 'no-such-customer'))).toBe('not_found')
      // A manager claims for themselves.
      expect((await claimCustomer(org.as('m1'), ids.P6 as string)).ownerId).toBe(org.users.m1.id)
    })
    it('lets a manager assign within their team only (the limit binds claims, not assignments)', async () => {
      const assigned = await assignCustomer(org.as('m1'), ids.P3 as string, org.users.r1.id)
      expect(assigned).toMatchObject({ ownerId: org.users.r1.id, assignedAt: TODAY })
      expect(await failure(assignCustomer(org.as('m1'), ids.P4 as string, org.users.r3.id))).toBe(
        'forbidden:error.pool_outside_team',
      )
      expect(await codeOf(assignCustomer(org.as('m1'), ids.P4 as string, org.users.finance.id))).toBe(
        'validation',
      )
      expect(await codeOf(assignCustomer(org.as('r1'), ids.P4 as string, org.users.r1.id))).toBe('forbidden')
      expect(await ownerOf(org, ids.P4 as string)).toBeNull()
      // Reassigning r1's customer to r2, within the team, with the version read.
      const before = await getCustomer(org.as('m1'), ids.P3 as string)
      expect(await codeOf(assignCustomer(org.as('m1'), ids.P3 as string, org.users.r2.id, 1))).toBe(
        'version_mismatch',
      )
      const moved = await assignCustomer(org.as('m1'), ids.P3 as string, org.users.r2.id, before.version)
      expect(moved.ownerId).toBe(org.users.r2.id)
      expect(moved.version).toBe(before.version + 1)
      // An admin assigns to anyone who may own customers.
      expect((await assignCustomer(org.as('admin'), ids.P4 as string, org.users.r3.id)).ownerId).toBe(
        org.users.r3.id,
      )
      // m1 cannot even see r3's customer now.
      expect(await codeOf(assignCustomer(org.as('m1'), ids.P4 as string, org.users.r1.id))).toBe('not_found')
    })
    it('lets the owner or their manager release, with a reason; others are refused', async () => {
      expect(await codeOf(releaseCustomer(org.as('r2'), ids.P1 as string, null))).toBe('not_found')
      expect(await codeOf(releaseCustomer(org.as('finance'), ids.P1 as string, null))).toBe('forbidden')
      const released = await releaseCustomer(org.as('r1'), ids.P1 as string, 'Moved abroad')
      expect(released).toMatchObject({ ownerId: null, assignedAt: null })
      expect(await failure(releaseCustomer(org.as('r1'), ids.P1 as string, null))).toBe(
        'conflict:error.pool_already',
      )
      expect((await releaseCustomer(org.as('m1'), ids.P3 as string, null)).ownerId).toBeNull()
      const entry = (await listPool(org.as('r2'), PoolListQuerySchema.parse({ q: 'P1' }))).items[0]
      expect(entry).toMatchObject({ name: 'P1', enteredOn: TODAY, previousOwnerName: 'R1' })
    })
    it('keeps every move as pool history and in the audit log', async () => {
      const history = await poolHistory(org.as('r2'), ids.P3 as string)
      expect(history.items.map((e) => [e.kind, e.fromOwnerName, e.toOwnerName, e.actorName])).toEqual([
        ['release', 'R2', null, 'M1'],
        ['assign', 'R1', 'R2', 'M1'],
        ['assign', null, 'R1', 'M1'],
      ])
      expect((await poolHistory(org.as('r1'), ids.P1 as string)).items[0]).toMatchObject({
        kind: 'release',
        reason: 'Moved abroad',
        onDate: TODAY,
      })
      expect(await codeOf(poolHistory(org.as('r1'), ids.P4 as string))).toBe('not_found')
      const audit = await listAudit(database.db, 'customer', ids.P1 as string)
      expect(audit.map((a) => [a.action, a.before?.ownerId, a.after?.ownerId])).toEqual([
        ['update', org.users.r1.id, null],
        ['update', null, org.users.r1.id],
        ['create', undefined, null],
      ])
    })
    it('counts customers in and out per rep over a period, within the caller’s scope', async () => {
      const flows = await poolFlows(org.as('admin'), { from: TODAY, to: TODAY })
      const row = (name: string) => flows.items.find((f) => f.ownerName === name)
      expect(row('R1')).toMatchObject({
        claimed: 2,
        assigned: 1,
        in: 3,
        released: 1,
        reassignedAway: 1,
        out: 2,
      })
      expect(row('R2')).toMatchObject({ claimed: 0, assigned: 1, in: 1, released: 1, out: 1 })
      expect(row('R3')).toMatchObject({ assigned: 1, in: 1, out: 0 })
      expect(row('M1')).toMatchObject({ claimed: 1, in: 1 })
      expect(flows.items.some((f) => f.ownerName === 'FINANCE')).toBe(false)
      expect(
        (await poolFlows(org.as('r1'), { from: TODAY, to: TODAY })).items.map((f) => f.ownerName),
      ).toEqual(['R1'])
      expect(
        (await poolFlows(org.as('m1'), { from: TODAY, to: TODAY })).items.map((f) => f.ownerName).sort(),
      ).toEqual(['M1', 'R1', 'R2'])
      const before = await poolFlows(org.as('admin'), { from: addDays(TODAY, -30), to: addDays(TODAY, -1) })
      expect(before.items.every((f) => f.in === 0 && f.out === 0)).toBe(true)
    })
  })

  describe('automatic return and warnings', () => {
    let database: Db
    let org: Org
    const at = (day: string): AppContext => ({
      ...testContext(database),
      now: () => new Date(`${day}T02:00:00Z`),
    })
    /** A customer of r1 whose clock last moved on `touchOn` (a follow-up), of `tier`. */
    const owned = async (name: string, touchOn: string, fields: Record<string, string | null> = {}) => {
      const c = await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name }))
      await database.db
        .updateTable('customers')
        .set({ assigned_at: '2025-01-01', last_follow_up_on: touchOn, tier: 'C', ...fields })
        .where('id', '=', c.id)
        .execute()
      return c.id
    }
    let orderNo = 0
    const order = async (customerId: string, orderDate: string, status = 'confirmed', deleted = false) =>
      database.db
        .insertInto('orders')
        .values({
          id: `order-${++orderNo}`,
          number: `SO-${orderNo}`,
          customer_id: customerId,
          owner_id: org.users.r1.id,
          order_date: orderDate,
          status,
          total_minor: 100,
          version: 1,
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
          deleted_at: deleted ? '2026-01-02T00:00:00Z' : null,
        })
        .execute()

    const ids: Record<string, string> = {}
    beforeAll(async () => {
      database = await openTestDatabase(engine)
      org = await createTestOrg(database)
      // The pool has been running for years (its clock starts on the first automatic run).
      await writeSetting(database.db, 'pool_clock_start', '2020-01-01')
      // C: 60 days. Returns on TODAY exactly.
      ids.due = await owned('Due today', addDays(TODAY, -60))
      // One day short of it.
      ids.notYet = await owned('Not yet', addDays(TODAY, -59))
      // Idle long, but a confirmed order within the 60 days keeps it; cancelled or deleted ones do not.
      ids.ordered = await owned('Ordered', '2025-06-01')
      await order(ids.ordered, addDays(TODAY, -59))
      ids.cancelled = await owned('Cancelled order', addDays(TODAY, -60))
      await order(ids.cancelled, addDays(TODAY, -10), 'cancelled')
      await order(ids.cancelled, addDays(TODAY, -10), 'confirmed', true)
      // An override to A (30 days) wins over the computed C while it lasts.
      ids.overridden = await owned('Override A', addDays(TODAY, -30), { tier_override: 'A' })
      ids.expired = await owned('Expired override', addDays(TODAY, -30), {
        tier_override: 'A',
        tier_override_until: addDays(TODAY, -1),
      })
      // Never followed up: counted from the assignment.
      ids.neverFollowed = await owned('Never followed', addDays(TODAY, -40), {
        last_follow_up_on: null,
        assigned_at: addDays(TODAY, -60),
      })
      // Returns in 3 days: warned today.
      ids.soon = await owned('Soon', addDays(TODAY, -57))
    })
    afterAll(async () => database.close())

    it('returns nothing the day before, and warns those within warnDays', async () => {
      const run = await returnIdleCustomers(at(addDays(TODAY, -1)), addDays(TODAY, -1))
      expect(run.returned).toBe(0)
      expect(await ownerOf(org, ids.due as string)).toBe(org.users.r1.id)
      const warned = (await poolHistory(org.as('r1'), ids.due as string)).items
      expect(warned.map((e) => [e.kind, e.returnOn, e.fromOwnerName, e.actorId])).toEqual([
        ['warn', TODAY, 'R1', null],
      ])
      // The owner is told, once for the run: how many, and the first return date.
      expect(run.warned).toBeGreaterThan(0)
      const told = await listNotifications(org.as('r1'), { limit: 20 })
      expect(told.items.filter((n) => n.kind === 'pool_return_warning').map((n) => n.params)).toEqual([
        { count: run.warned, returnOn: TODAY },
      ])
      expect((await listNotifications(org.as('r2'), { limit: 20 })).items).toEqual([])
      // A second run that day warns nobody again, and tells nobody again.
      expect((await returnIdleCustomers(at(addDays(TODAY, -1)), addDays(TODAY, -1))).warned).toBe(0)
      expect((await listNotifications(org.as('r1'), { limit: 20 })).items).toHaveLength(1)
    })
    it('returns exactly those due on the day, in one run, with event, audit and version', async () => {
      const versionBefore = (await getCustomer(org.as('r1'), ids.due as string)).version
      const run = await returnIdleCustomers(at(TODAY), TODAY)
      const returned = ['due', 'cancelled', 'overridden', 'neverFollowed']
      for (const key of returned) expect(await ownerOf(org, ids[key] as string), key).toBeNull()
      for (const key of ['notYet', 'ordered', 'expired', 'soon'])
        expect(await ownerOf(org, ids[key] as string), key).toBe(org.users.r1.id)
      expect(run.returned).toBe(returned.length)
      const due = await getCustomer(org.as('r1'), ids.due as string)
      expect(due).toMatchObject({ ownerId: null, assignedAt: null, version: versionBefore + 1 })
      expect((await poolHistory(org.as('r2'), ids.due as string)).items[0]).toMatchObject({
        kind: 'return',
        fromOwnerName: 'R1',
        toOwnerId: null,
        actorId: null,
        onDate: TODAY,
      })
      const audit = await listAudit(database.db, 'customer', ids.due as string)
      expect(audit[0]).toMatchObject({
        action: 'update',
        actorId: null,
        after: { ownerId: null, assignedAt: null },
      })
    })
    it('warns once per customer and return date, and a second run on a day changes nothing', async () => {
      const warnsOf = async (key: string) =>
        (await poolHistory(org.as('r1'), ids[key] as string)).items.filter((e) => e.kind === 'warn')
      expect((await warnsOf('soon')).map((e) => [e.onDate, e.returnOn])).toEqual([[TODAY, addDays(TODAY, 3)]])
      expect((await warnsOf('notYet')).map((e) => e.returnOn)).toEqual([addDays(TODAY, 1)])
      expect(await returnIdleCustomers(at(TODAY), TODAY)).toEqual({ date: TODAY, returned: 0, warned: 0 })
      const next = await returnIdleCustomers(at(addDays(TODAY, 1)), addDays(TODAY, 1))
      expect(next.returned).toBe(2) // notYet, and Ordered: its order was 60 days before
      expect(await warnsOf('soon')).toHaveLength(1)
      // A follow-up moves the return date: a new date is warned again when its window comes.
      await database.db
        .updateTable('customers')
        .set({ last_follow_up_on: addDays(TODAY, 2) })
        .where('id', '=', ids.soon as string)
        .execute()
      expect((await returnIdleCustomers(at(addDays(TODAY, 3)), addDays(TODAY, 3))).returned).toBe(0)
      const late = addDays(TODAY, 2 + 60 - 3)
      await returnIdleCustomers(at(late), late)
      expect((await warnsOf('soon')).map((e) => e.returnOn)).toEqual([addDays(TODAY, 62), addDays(TODAY, 3)])
    })
    it('lists the caller’s customers about to return, with their return date', async () => {
      const day = addDays(TODAY, 100)
      await owned('In two days', addDays(day, 2 - 60))
      await owned('In ten days', addDays(day, 10 - 60))
      const ctx = { ...org.as('r1'), now: () => new Date(`${day}T02:00:00Z`) }
      const warnings = await poolWarnings(ctx)
      expect(warnings.warnDays).toBe(3)
      // Soon is past its date (no run since): it shows as returning today.
      expect(warnings.items.map((w) => [w.customerName, w.returnOn, w.daysLeft])).toEqual([
        ['Soon', addDays(TODAY, 62), 0],
        ['In two days', addDays(day, 2), 2],
      ])
      expect((await poolWarnings({ ...ctx, actor: org.users.r2 })).items).toEqual([])
      expect((await poolWarnings({ ...ctx, actor: org.users.m1 })).items).toHaveLength(2)
    })
    it('refuses a person other than an admin', async () => {
      expect(await codeOf(returnIdleCustomers(org.as('m1'), TODAY))).toBe('forbidden')
    })
  })
})

describe.each(ENGINES)('the pool clock on %s', (engine) => {
  it('starts on the first automatic run: customers idle since before it stay with their owner', async () => {
    const database = await openTestDatabase(engine)
    try {
      const org = await createTestOrg(database)
      const { id } = await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name: 'Old friend' }))
      await database.db
        .updateTable('customers')
        .set({ assigned_at: '2020-01-01' })
        .where('id', '=', id)
        .execute()
      const first = await returnIdleCustomers(org.as('admin'), '2026-11-27')
      expect(first.returned).toBe(0)
      // 60 days (tier C) after the clock started, it returns.
      const later = await returnIdleCustomers(org.as('admin'), addDays('2026-11-27', 60))
      expect(later.returned).toBe(1)
    } finally {
      await database.close()
    }
  })
})
