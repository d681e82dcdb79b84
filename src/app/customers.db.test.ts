import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import { CreateCustomerSchema, CustomerListQuerySchema, UpdateCustomerSchema } from '../contracts/customers'
import { AppError } from '../core/app-error'
import {
  countCustomers,
  createCustomer,
  customerHistory,
  deleteCustomer,
  getCustomer,
  listCustomers,
  listDeletedCustomers,
  restoreCustomer,
  updateCustomer,
} from './customers'
import { exportCustomers } from './export-customers'

const input = (fields: Record<string, unknown>) => CreateCustomerSchema.parse(fields)
const query = (fields: Record<string, unknown> = {}) => CustomerListQuerySchema.parse(fields)
const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  )

describe.each(ENGINES)('customers on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    // One customer per owner, with a searchable contact each.
    for (const key of ['r1', 'r2', 'r3', 'm1'] as const) {
      const c = await createCustomer(
        org.as(key),
        input({
          name: `Customer of ${key}`,
          companyName: `${key} Trading Co.`,
          tags: key === 'r1' ? ['vip', 'north'] : ['north'],
          contacts: [{ name: `Contact ${key}`, phone: `0912-000-00${key.length}${key.slice(1)}` }],
        }),
      )
      ids[key] = c.id
    }
  })
  afterAll(async () => database.close())

  describe('visibility', () => {
    const visibleTo = async (key: Parameters<typeof org.as>[0]) =>
      (await listCustomers(org.as(key), query())).items.map((c) => c.name).sort()

    it('gives a rep only their own customers in lists, counts, searches and exports', async () => {
      expect(await visibleTo('r1')).toEqual(['Customer of r1'])
      expect(await countCustomers(org.as('r1'), {})).toBe(1)
      expect((await listCustomers(org.as('r1'), query({ q: 'Contact r2' }))).items).toEqual([])
      expect(await countCustomers(org.as('r1'), { q: 'r2 trading' })).toBe(0)
      const names: unknown[] = []
      for await (const rows of (await exportCustomers(org.as('r1'), {})).pages)
        names.push(...rows.map((r) => r[1]))
      const csv = names.join('\n')
      expect(csv).toContain('Customer of r1')
      expect(csv).not.toContain('Customer of r2')
    })
    it("answers not_found for another rep's customer on every path", async () => {
      expect(await codeOf(getCustomer(org.as('r1'), ids.r2 as string))).toBe('not_found')
      expect(await codeOf(updateCustomer(org.as('r1'), ids.r2 as string, 1, { phone: 'x' }))).toBe(
        'not_found',
      )
      expect(await codeOf(deleteCustomer(org.as('r1'), ids.r2 as string))).toBe('not_found')
      expect(await codeOf(customerHistory(org.as('r1'), ids.r2 as string))).toBe('not_found')
    })
    it('gives a manager their whole reporting tree and nothing outside it', async () => {
      expect(await visibleTo('m1')).toEqual(['Customer of m1', 'Customer of r1', 'Customer of r2'])
      expect(await codeOf(getCustomer(org.as('m1'), ids.r3 as string))).toBe('not_found')
      expect(await visibleTo('boss')).toEqual([
        'Customer of m1',
        'Customer of r1',
        'Customer of r2',
        'Customer of r3',
      ])
    })
    it('lets finance and the auditor read every customer but change none', async () => {
      for (const key of ['finance', 'auditor'] as const) {
        expect(await countCustomers(org.as(key), {})).toBe(4)
        expect(await codeOf(updateCustomer(org.as(key), ids.r1 as string, 1, { phone: 'x' }))).toBe(
          'forbidden',
        )
        expect(await codeOf(createCustomer(org.as(key), input({ name: 'Nope' })))).toBe('forbidden')
      }
    })
    it('refuses to give a customer to someone outside the tree', async () => {
      expect(await codeOf(createCustomer(org.as('r1'), input({ name: 'X', ownerId: org.users.r2.id })))).toBe(
        'validation',
      )
      expect(await codeOf(createCustomer(org.as('m1'), input({ name: 'X', ownerId: org.users.r3.id })))).toBe(
        'validation',
      )
      expect(
        await codeOf(createCustomer(org.as('m1'), input({ name: 'X', ownerId: org.users.finance.id }))),
      ).toBe('validation')
      expect(await countCustomers(org.as('admin'), { q: 'x' })).toBe(0)
    })
  })

  describe('filters, sort and pages', () => {
    it('filters by owner, tag, status and text (contact name, phone without separators)', async () => {
      const admin = org.as('admin')
      expect(
        (await listCustomers(admin, query({ owner: org.users.r2.id }))).items.map((c) => c.name),
      ).toEqual(['Customer of r2'])
      expect((await listCustomers(admin, query({ tag: 'vip' }))).items.map((c) => c.name)).toEqual([
        'Customer of r1',
      ])
      expect(await countCustomers(admin, { tag: 'north' })).toBe(4)
      expect(await countCustomers(admin, { status: 'prospect' })).toBe(4)
      expect(await countCustomers(admin, { status: 'active' })).toBe(0)
      expect((await listCustomers(admin, query({ q: 'CONTACT R3' }))).items.map((c) => c.name)).toEqual([
        'Customer of r3',
      ])
      expect((await listCustomers(admin, query({ q: '09120000023' }))).items.map((c) => c.name)).toEqual([
        'Customer of r3',
      ])
      expect(await countCustomers(admin, { q: '%' })).toBe(0)
    })
    it('pages with a cursor through every row exactly once, in order, both directions', async () => {
      for (const order of ['asc', 'desc'] as const) {
        const seen: string[] = []
        let cursor: string | undefined
        do {
          const page = await listCustomers(
            org.as('admin'),
            query({ limit: 1, order, ...(cursor ? { cursor } : {}) }),
          )
          seen.push(...page.items.map((c) => c.name))
          cursor = page.nextCursor ?? undefined
        } while (cursor)
        const sorted = [...seen].sort()
        expect(seen).toEqual(order === 'asc' ? sorted : sorted.reverse())
        expect(seen).toHaveLength(4)
      }
    })
    it('filters by tier (set by classification) and sorts by last change', async () => {
      await database.db
        .updateTable('customers')
        .set({ tier: 'A' })
        .where('id', '=', ids.r2 as string)
        .execute()
      const admin = org.as('admin')
      expect((await listCustomers(admin, query({ tier: 'A' }))).items.map((c) => c.name)).toEqual([
        'Customer of r2',
      ])
      expect(await countCustomers(org.as('r1'), { tier: 'A' })).toBe(0)
      await database.db
        .updateTable('customers')
        .set({ tier: 'C' })
        .where('id', '=', ids.r2 as string)
        .execute()
      const byChange = (await listCustomers(admin, query({ sort: 'updatedAt', order: 'desc' }))).items.map(
        (c) => c.updatedAt,
      )
      expect(byChange).toEqual([...byChange].sort().reverse())
    })
    it('refuses a forged cursor', async () => {
      expect(await codeOf(listCustomers(org.as('admin'), query({ cursor: 'not-a-cursor' })))).toBe(
        'validation',
      )
    })
  })

  describe('changes', () => {
    it('updates with the right version, refuses a stale one and changes nothing then', async () => {
      const rep = org.as('r1')
      const before = await getCustomer(rep, ids.r1 as string)
      const updated = await updateCustomer(
        rep,
        before.id,
        before.version,
        UpdateCustomerSchema.parse({
          phone: '02-1234-5678',
          preferredTime: 'personal_time',
          meetingStyle: 'formal',
          preferredWeekdays: [5, 2, 2],
          preferredHoursFrom: '18:00',
          preferredHoursTo: '20:00',
          interests: ['golf', 'tea'],
        }),
      )
      expect(updated.version).toBe(before.version + 1)
      expect(updated.preferredWeekdays).toEqual([2, 5])
      expect(updated.contacts.map((c) => c.name)).toEqual(['Contact r1'])
      expect(await codeOf(updateCustomer(rep, before.id, before.version, { phone: 'stale' }))).toBe(
        'version_mismatch',
      )
      expect((await getCustomer(rep, before.id)).phone).toBe('02-1234-5678')
    })
    it('requires a reason and a date to mark a customer lost', async () => {
      const rep = org.as('r1')
      const current = await getCustomer(rep, ids.r1 as string)
      expect(await codeOf(updateCustomer(rep, current.id, current.version, { status: 'lost' }))).toBe(
        'domain_rule',
      )
      const lost = await updateCustomer(rep, current.id, current.version, {
        status: 'lost',
        lostReason: 'price',
        lostDate: '2026-11-01',
      })
      expect(lost.status).toBe('lost')
      const back = await updateCustomer(rep, lost.id, lost.version, { status: 'active' })
      expect([back.lostReason, back.lostDate]).toEqual([null, null])
    })
    it('records who changed what, before and after, newest first', async () => {
      const history = await customerHistory(org.as('m1'), ids.r1 as string)
      expect(history.items.map((e) => e.action)).toEqual(['update', 'update', 'update', 'create'])
      const phoneChange = history.items[2]?.changes.find((c) => c.field === 'phone')
      expect(phoneChange).toEqual({ field: 'phone', before: null, after: '02-1234-5678' })
      expect(history.items[0]?.actorName).toBe('R1')
    })
    it('restarts assignedAt when the owner changes', async () => {
      const m1 = org.as('m1')
      const c = await getCustomer(m1, ids.r2 as string)
      const moved = await updateCustomer(m1, c.id, c.version, { ownerId: org.users.r1.id })
      expect(moved.ownerId).toBe(org.users.r1.id)
      expect(moved.ownerName).toBe('R1')
      expect(moved.assignedAt).toBe('2026-11-27')
      const back = await updateCustomer(m1, moved.id, moved.version, { ownerId: org.users.r2.id })
      expect(back.ownerId).toBe(org.users.r2.id)
    })
    it('soft-deletes into the recycle bin and lets only an admin restore', async () => {
      const created = await createCustomer(org.as('r3'), input({ name: 'To delete' }))
      await deleteCustomer(org.as('r3'), created.id)
      expect(await codeOf(getCustomer(org.as('r3'), created.id))).toBe('not_found')
      expect(await countCustomers(org.as('admin'), { q: 'to delete' })).toBe(0)
      expect((await listDeletedCustomers(org.as('admin'))).items.map((c) => c.name)).toContain('To delete')
      expect(await codeOf(restoreCustomer(org.as('r3'), created.id))).toBe('forbidden')
      expect(await codeOf(listDeletedCustomers(org.as('boss')))).toBe('forbidden')
      const restored = await restoreCustomer(org.as('admin'), created.id)
      expect(restored.deletedAt).toBeNull()
      expect((await getCustomer(org.as('r3'), created.id)).name).toBe('To delete')
      const actions = (await customerHistory(org.as('r3'), created.id)).items.map((e) => e.action)
      expect(actions).toEqual(['restore', 'delete', 'create'])
      expect(await codeOf(restoreCustomer(org.as('admin'), created.id))).toBe('conflict')
    })
    it('keeps external ids unique', async () => {
      await createCustomer(org.as('r3'), input({ name: 'Ext 1', externalId: 'EXT-1' }))
      expect(await codeOf(createCustomer(org.as('r3'), input({ name: 'Ext 2', externalId: 'EXT-1' })))).toBe(
        'conflict',
      )
      expect(await countCustomers(org.as('admin'), { q: 'ext 2' })).toBe(0)
    })
    it('lets exactly one of several concurrent writers of the same version win', async () => {
      const c = await createCustomer(org.as('r3'), input({ name: 'Race' }))
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          codeOf(updateCustomer(org.as('r3'), c.id, c.version, { notes: `writer ${i}` })),
        ),
      )
      expect(results.filter((r) => r === 'ok')).toHaveLength(1)
      expect(results.filter((r) => r === 'version_mismatch')).toHaveLength(5)
      expect((await getCustomer(org.as('r3'), c.id)).version).toBe(c.version + 1)
    })
  })
})
