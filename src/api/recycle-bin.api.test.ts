import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'
import { recordTrustFigures } from '../test-support/trust-figures'

type Role = 'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor'
const ROLES: readonly Role[] = ['admin', 'boss', 'm1', 'r1', 'r2', 'r3', 'finance', 'auditor']

/**
 * The recycle bin through HTTP: DELETE per kind with If-Match, one bin listing what the caller may
 * change, the admin's restore per kind and purge; each role, and refusals that leave the data as it was.
 */
describe.each(ENGINES)('recycle bin API on %s', (engine) => {
  let server: TestServer
  let customerId: string
  let cases = 0
  let failures = 0
  /** One case of the role matrix: counted, and a failure counted before the expectation fails. */
  const check = (actual: unknown, expected: unknown) => {
    cases += 1
    if (JSON.stringify(actual) !== JSON.stringify(expected)) failures += 1
    expect(actual).toEqual(expected)
  }
  const call = async (
    who: Role | null,
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    headers: Record<string, string> = {},
    payload?: object,
  ) =>
    server.app.inject({
      method,
      url,
      headers: { ...(who ? { cookie: await server.cookie(who) } : {}), ...headers },
      ...(payload ? { payload } : {}),
    })
  const dbState = async () =>
    JSON.stringify([
      await server.database.db
        .selectFrom('orders')
        .select(['id', 'version', 'deleted_at'])
        .orderBy('id')
        .execute(),
      await server.database.db
        .selectFrom('expenses')
        .select(['id', 'version', 'deleted_at'])
        .orderBy('id')
        .execute(),
      await server.database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .execute(),
    ])

  beforeAll(async () => {
    server = await startTestServer(engine)
    customerId = (await call('r1', 'POST', '/api/v1/customers', {}, { name: 'API Bin Co' })).json().id
  })
  afterAll(async () => {
    recordTrustFigures({ name: `recycle bin roles (${engine})`, cases, failures })
    await server.close()
  })

  const newOrder = async (number: string) =>
    (
      await call(
        'r1',
        'POST',
        '/api/v1/orders',
        {},
        { number, customerId, orderDate: '2026-11-20', total: 12_345 },
      )
    ).json() as { id: string; version: number }

  it('deletes with If-Match only, lists the bin, restores, and keeps the customer alias', async () => {
    const order = await newOrder('API-BIN-1')
    expect((await call('r1', 'DELETE', `/api/v1/orders/${order.id}`)).statusCode).toBe(428)
    expect(
      (await call('r1', 'DELETE', `/api/v1/orders/${order.id}`, { 'if-match': '"99"' })).statusCode,
    ).toBe(412)
    const deleted = await call('r1', 'DELETE', `/api/v1/orders/${order.id}`, {
      'if-match': `"${order.version}"`,
    })
    expect(deleted.statusCode).toBe(204)
    expect((await call('r1', 'GET', `/api/v1/orders/${order.id}`)).statusCode).toBe(404)
    const listed = await call('r1', 'GET', '/api/v1/recycle-bin?kind=order')
    expect(listed.statusCode).toBe(200)
    expect(listed.json()).toMatchObject({
      items: [{ kind: 'order', id: order.id, label: 'API-BIN-1', daysLeft: 90, deletedByName: 'R1' }],
      nextCursor: null,
    })
    // Its rep deleted it, and sees it in the bin; an admin restores it (DOMAIN.md).
    const notAdmin = await call('r1', 'POST', `/api/v1/recycle-bin/order/${order.id}/restore`)
    expect(notAdmin.statusCode).toBe(403)
    expect(notAdmin.json().error.message).toBe('Only an administrator can restore from the recycle bin.')
    const restored = await call('admin', 'POST', `/api/v1/recycle-bin/order/${order.id}/restore`)
    expect(restored.statusCode).toBe(200)
    expect(restored.json()).toEqual({ kind: 'order', id: order.id, version: order.version + 2 })
    expect((await call('r1', 'GET', `/api/v1/orders/${order.id}`)).statusCode).toBe(200)

    const customer = (await call('r1', 'POST', '/api/v1/customers', {}, { name: 'Alias Co' })).json()
    expect((await call('r1', 'DELETE', `/api/v1/customers/${customer.id}`)).statusCode).toBe(204)
    const aliasRefused = await call('r1', 'POST', `/api/v1/customers/${customer.id}/restore`, {
      'accept-language': 'zh-TW',
    })
    expect(aliasRefused.statusCode).toBe(403)
    expect(aliasRefused.json().error.message).toBe('只有管理員可以從回收站還原。')
    const alias = await call('admin', 'POST', `/api/v1/customers/${customer.id}/restore`)
    expect(alias.statusCode).toBe(200)
    expect(alias.json()).toMatchObject({ id: customer.id, name: 'Alias Co', deletedAt: null })
  })

  it('pages the bin newest first with a cursor, and refuses a kind it does not know', async () => {
    for (const n of [1, 2, 3]) {
      const o = await newOrder(`API-PAGE-${n}`)
      await call('r1', 'DELETE', `/api/v1/orders/${o.id}`, { 'if-match': `"${o.version}"` })
    }
    const first = (await call('r1', 'GET', '/api/v1/recycle-bin?limit=2')).json()
    expect(first.items).toHaveLength(2)
    const second = (
      await call('r1', 'GET', `/api/v1/recycle-bin?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)
    ).json()
    const labels = [...first.items, ...second.items].map((i: { label: string }) => i.label)
    expect(labels.slice(0, 3).sort()).toEqual(['API-PAGE-1', 'API-PAGE-2', 'API-PAGE-3'])
    expect(new Set(labels).size).toBe(labels.length)
    const bad = await call('r1', 'GET', '/api/v1/recycle-bin?kind=invoice')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.details[0].path).toBe('kind')
    expect((await call('r1', 'POST', '/api/v1/recycle-bin/invoice/x/restore')).statusCode).toBe(400)
  })

  it('lists and deletes as for editing, restores for admins only; the database unchanged after a refusal', async () => {
    const order = await newOrder('API-ROLES')
    await call('r1', 'DELETE', `/api/v1/orders/${order.id}`, { 'if-match': `"${order.version}"` })
    // Whose bin shows it: r1's own, their managers', admin and finance (they keep the books).
    const shows: Record<Role, boolean> = {
      admin: true,
      boss: true,
      m1: true,
      r1: true,
      r2: false,
      r3: false,
      finance: true,
      auditor: false,
    }
    for (const role of ROLES) {
      const items = (await call(role, 'GET', '/api/v1/recycle-bin?kind=order&limit=200')).json().items
      check([role, items.some((i: { id: string }) => i.id === order.id)], [role, shows[role]])
    }
    // Restoring: an admin's. Who cannot read it 404 (never confirmed), everyone else 403.
    const refused: Record<string, number> = {
      r1: 403,
      r2: 404,
      r3: 404,
      m1: 403,
      boss: 403,
      finance: 403,
      auditor: 403,
    }
    for (const [role, status] of Object.entries(refused)) {
      const before = await dbState()
      const response = await call(role as Role, 'POST', `/api/v1/recycle-bin/order/${order.id}/restore`)
      check([role, response.statusCode], [role, status])
      check([role, await dbState()], [role, before])
    }
    const anonymous = await call(null, 'GET', '/api/v1/recycle-bin')
    check(anonymous.statusCode, 401)
    check((await call(null, 'POST', `/api/v1/recycle-bin/order/${order.id}/restore`)).statusCode, 401)
    const restored = await call('admin', 'POST', `/api/v1/recycle-bin/order/${order.id}/restore`)
    check(restored.statusCode, 200)

    // Deleting: the same people; refusals write nothing.
    const again = (await call('r1', 'GET', `/api/v1/orders/${order.id}`)).json()
    for (const [role, status] of [
      ['r2', 404],
      ['auditor', 403],
      [null, 401],
    ] as const) {
      const before = await dbState()
      const response = await call(role, 'DELETE', `/api/v1/orders/${order.id}`, {
        'if-match': `"${again.version}"`,
      })
      check([role, response.statusCode], [role, status])
      check([role, await dbState()], [role, before])
    }
    check(
      (await call('finance', 'DELETE', `/api/v1/orders/${order.id}`, { 'if-match': `"${again.version}"` }))
        .statusCode,
      204,
    )
  })

  it('says in the reader’s language why an approved expense is not deleted, and writes nothing', async () => {
    const expense = (
      await call(
        'r1',
        'POST',
        '/api/v1/expenses',
        {},
        { expenseDate: '2026-11-20', category: 'travel', amount: 800 },
      )
    ).json()
    const submitted = (
      await call('r1', 'POST', `/api/v1/expenses/${expense.id}/submit`, {
        'if-match': `"${expense.version}"`,
      })
    ).json().expense
    const approved = (
      await call('m1', 'POST', `/api/v1/expenses/${submitted.id}/approve`, {
        'if-match': `"${submitted.version}"`,
      })
    ).json()
    expect(approved.status).toBe('approved')
    const before = await dbState()
    const refused = await call('admin', 'DELETE', `/api/v1/expenses/${expense.id}`, {
      'if-match': `"${approved.version}"`,
      'accept-language': 'zh-TW',
    })
    expect(refused.statusCode).toBe(422)
    expect(refused.json().error.message).toBe('已核准的費用已入帳，無法刪除。')
    expect(await dbState()).toBe(before)
  })

  it('deletes a follow-up and a collection plan by If-Match on the version their lists give', async () => {
    const followUp = (
      await call(
        'r1',
        'POST',
        '/api/v1/follow-ups',
        {},
        { customerId, channel: 'phone', summary: 'Wrong one' },
      )
    ).json()
    expect(followUp.version).toBe(1)
    expect(
      (await call('r1', 'DELETE', `/api/v1/follow-ups/${followUp.id}`, { 'if-match': '"1"' })).statusCode,
    ).toBe(204)
    const plan = (
      await call(
        'r1',
        'POST',
        '/api/v1/collection-plans',
        {},
        { customerId, dueOn: '2026-12-31', amount: 500 },
      )
    ).json()
    expect(plan.version).toBe(1)
    expect(
      (await call('r1', 'DELETE', `/api/v1/collection-plans/${plan.id}`, { 'if-match': '"1"' })).statusCode,
    ).toBe(204)
    const kinds = (await call('r1', 'GET', '/api/v1/recycle-bin?limit=200'))
      .json()
      .items.map((i: { kind: string }) => i.kind)
    expect(kinds).toEqual(expect.arrayContaining(['follow_up', 'collection_plan']))
  })

  it('purges for admins only', async () => {
    expect((await call('r1', 'POST', '/api/v1/recycle-bin/purge')).statusCode).toBe(403)
    const purged = await call('admin', 'POST', '/api/v1/recycle-bin/purge')
    expect(purged.statusCode).toBe(200)
    // Nothing is 90 days old yet.
    expect(purged.json()).toMatchObject({ total: 0, kept: 0 })
  })
})
