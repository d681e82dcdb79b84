import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../app/config'
import type { AppContext } from '../app/context'
import { createCustomer } from '../app/customers'
import { deleteRecord } from '../app/delete-record'
import { findActor } from '../app/find-actor'
import { openDatabase } from '../app/open-database'
import { createOrder } from '../app/orders'
import { CreateCustomerSchema } from '../contracts/customers'
import { CreateOrderSchema } from '../contracts/orders'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

describe('abacus recycle-bin', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  let orderId: string
  let oldOrderId: string

  /** Runs app code on the test's database file, as `email`, on the real clock (as the CLI). */
  const onFile = async <T>(email: string, work: (ctx: AppContext) => Promise<T>) => {
    const database = openDatabase(`sqlite:${cli.file}`)
    try {
      const base: AppContext = {
        db: database.db,
        engine: database.engine,
        now: () => new Date(),
        config: loadConfig({ ABACUS_TIME_ZONE: 'Asia/Taipei' }, { databaseUrl: `sqlite:${cli.file}` }),
        actor: null,
        lang: 'en',
      }
      return await work({ ...base, actor: await findActor(base, email) })
    } finally {
      await database.close()
    }
  }

  beforeAll(async () => {
    cli = await startCliDatabase({
      users: [
        { email: 'a@x.tw', name: 'Ada Admin', role: 'admin' },
        { email: 'r@x.tw', name: 'Rex Rep', role: 'rep' },
        { email: 'o@x.tw', name: 'Olga Other', role: 'rep' },
      ],
    })
    ;({ orderId, oldOrderId } = await onFile('r@x.tw', async (ctx) => {
      const customer = await createCustomer(ctx, CreateCustomerSchema.parse({ name: 'CLI Bin Co' }))
      const ids: string[] = []
      for (const number of ['CLI-1', 'CLI-OLD']) {
        const order = await createOrder(
          ctx,
          CreateOrderSchema.parse({ number, customerId: customer.id, orderDate: '2026-11-20', total: 1000 }),
        )
        await deleteRecord(ctx, 'order', order.id, order.version)
        ids.push(order.id)
      }
      // One of them deleted 100 days ago: past restoring, waiting for the purge.
      await ctx.db
        .updateTable('orders')
        .set({ deleted_at: new Date(Date.now() - 100 * 86_400_000).toISOString() })
        .where('id', '=', ids[1] as string)
        .execute()
      return { orderId: ids[0] as string, oldOrderId: ids[1] as string }
    }))
  })
  afterAll(() => cli.close())

  it('lists what the caller may delete, as JSON and in words', async () => {
    const json = await cli.run('--json', '--as', 'r@x.tw', 'recycle-bin', 'list')
    expect(json.code).toBe(0)
    const list = json.json<{
      items: { id: string; label: string; daysLeft: number; deletedByName: string }[]
    }>()
    expect(list.items.map((i) => [i.id, i.label, i.daysLeft, i.deletedByName])).toEqual([
      [orderId, 'CLI-1', 90, 'Rex Rep'],
    ])
    const other = await cli.run('--as', 'o@x.tw', 'recycle-bin', 'list')
    expect(other.stdout).toBe('The recycle bin is empty.\n')
    const zh = await cli.run('--lang', 'zh-Hant', 'recycle-bin', 'list', '--kind', 'order')
    expect(zh.stdout).toContain('訂單 CLI-1 · CLI Bin Co · 2026-11-20 — Rex Rep 於')
    expect(zh.stdout).toContain('還可還原 90 天')
  })

  it('restores for an admin within 90 days, refuses after, and refuses everyone else', async () => {
    const refused = await cli.run('--as', 'o@x.tw', 'recycle-bin', 'restore', 'order', orderId)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('Not found.')
    // Its own rep deleted it, but only an admin restores (DOMAIN.md "restorable by admins").
    const owner = await cli.run('--as', 'r@x.tw', 'recycle-bin', 'restore', 'order', orderId)
    expect(owner.code).toBe(1)
    expect(owner.stdout).toBe('')
    expect(owner.stderr).toContain('Only an administrator can restore from the recycle bin.')
    const zh = await cli.run(
      '--lang',
      'zh-Hans',
      '--as',
      'r@x.tw',
      'recycle-bin',
      'restore',
      'order',
      orderId,
    )
    expect(zh.code).toBe(1)
    expect(zh.stderr).toContain('只有管理员可以从回收站还原。')
    const still = await onFile('a@x.tw', (ctx) =>
      ctx.db.selectFrom('orders').select(['deleted_at', 'version']).where('id', '=', orderId).execute(),
    )
    expect(still).toEqual([{ deleted_at: expect.any(String), version: 2 }])
    const expired = await cli.run('recycle-bin', 'restore', 'order', oldOrderId)
    expect(expired.code).toBe(1)
    expect(expired.stderr).toContain('It was deleted more than 90 days ago and can no longer be restored.')
    const restored = await cli.run('--json', '--as', 'a@x.tw', 'recycle-bin', 'restore', 'order', orderId)
    expect(restored.code).toBe(0)
    expect(restored.json()).toMatchObject({ kind: 'order', id: orderId })
    expect(restored.stderr).toBe(`Order ${orderId} restored.\n`)
  })

  it('purges for admins only: what is past 90 days goes for good', async () => {
    const rep = await cli.run('--as', 'r@x.tw', 'recycle-bin', 'purge')
    expect(rep.code).toBe(1)
    expect(rep.stderr).toContain('You do not have permission')
    const purged = await cli.run('--json', 'recycle-bin', 'purge')
    expect(purged.code).toBe(0)
    expect(purged.json()).toMatchObject({ total: 1, kept: 0, purged: { order: 1 } })
    expect(purged.stderr).toMatch(
      /^Records purged for good: 1 \(deleted before .+\); kept because other records name them: 0\.\n$/,
    )
    const left = await onFile('a@x.tw', (ctx) =>
      ctx.db.selectFrom('orders').select('id').where('id', '=', oldOrderId).execute(),
    )
    expect(left).toEqual([])
  })
})
