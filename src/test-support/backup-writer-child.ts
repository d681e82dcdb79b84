import { setTimeout as sleep } from 'node:timers/promises'
import { loadConfig } from '../app/config'
import type { AppContext } from '../app/context'
import { findActor } from '../app/find-actor'
import { createFollowUp } from '../app/follow-ups'
import { openDatabase } from '../app/open-database'
import { createOrder } from '../app/orders'
import { parseInput } from '../contracts/parse-input'
import { CreateOrderSchema } from '../contracts/orders'
import { CreateFollowUpSchema } from '../contracts/follow-ups'

/**
 * The other process of the backup test (app/backup.db.test.ts): writes as a server would, through
 * the use cases — an order with its lines and audit row, or a follow-up with its customer's cadence
 * and audit row, each in one transaction — back to back, and prints one line per commit
 * (`o ID` or `f ID`), so the test knows what was acknowledged. `node bin/tsx.mjs THIS sqlite:FILE`;
 * it stops when its stdin closes. A write refused for a busy database is not acknowledged and is
 * simply tried again: the backups write their audit rows meanwhile.
 */
const url = process.argv[2] as string
const database = openDatabase(url)
const base: AppContext = {
  db: database.db,
  engine: database.engine,
  now: () => new Date(),
  config: loadConfig({}, { databaseUrl: url }),
  actor: null,
  lang: 'en',
}
const ctx: AppContext = { ...base, actor: await findActor(base) }
const customers = (
  await database.db
    .selectFrom('customers')
    .select('id')
    .where('owner_id', 'is not', null)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .limit(50)
    .execute()
).map((c) => c.id)

let stopping = false
process.stdin.on('end', () => (stopping = true))
process.stdin.resume()
process.stdout.write('ready\n')

let n = 0
let refused = 0
while (!stopping) {
  // better-sqlite3 answers synchronously: without a turn of the event loop, stdout would never
  // flush and stdin's end would never be seen. A millisecond between writes, as between a
  // server's requests, lets another process's write find the lock free.
  await sleep(1)
  n += 1
  const customerId = customers[n % customers.length] as string
  try {
    if (n % 3 === 0) {
      const followUp = await createFollowUp(
        ctx,
        parseInput(CreateFollowUpSchema, { customerId, channel: 'phone', summary: `backup load ${n}` }),
      )
      process.stdout.write(`f ${followUp.id}\n`)
    } else {
      const lines = Array.from({ length: 1 + (n % 3) }, (_, i) => ({
        product: `P${i}`,
        quantity: 1 + i,
        unitPrice: 100 * (n % 97) + i,
        discount: i,
      }))
      const order = await createOrder(
        ctx,
        parseInput(CreateOrderSchema, {
          number: `BK-${process.pid}-${n}`,
          customerId,
          orderDate: '2026-11-20',
          lines,
        }),
      )
      process.stdout.write(`o ${order.id}\n`)
    }
  } catch (error) {
    if (!/busy|locked/i.test(String(error))) throw error
    refused += 1
  }
}
process.stdout.write(`done ${refused}\n`)
await database.close()
