import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  bundleServer,
  createTrialDatabase,
  send,
  signIn,
  spareServer,
  type Reply,
  type RunningServer,
  type ServerBundle,
  type TrialDatabase,
} from '../test-support/crash-harness'
import { ENGINES } from '../test-support/test-database'
import { recordTrustFigures } from '../test-support/trust-figures'

/**
 * Issue 9, point 4: 2–16 writers change the same record at the same version over real parallel
 * connections — to one server process, and to two processes on the same database (on SQLite the
 * same file, where one process's write lock makes the other's SQLITE_BUSY). ARCHITECTURE.md
 * "Versions": exactly one wins per version, the others get 412 with the error shape, no update is
 * lost, and nothing surfaces as a 500 or "database is locked".
 */
const WRITERS = [2, 4, 8, 16] as const
const ROUNDS = 3

type Kept = { version: number; mark: string | null }
/** A versioned record type and its PATCH: each writer's change carries the writer's mark. */
type Target = {
  name: string
  user: 'r1' | 'admin'
  method: 'PATCH' | 'PUT'
  create: (origin: string, cookie: string) => Promise<string>
  path: (id: string) => string
  body: (mark: string) => unknown
  /** The record as stored: its version and whose mark it holds (null: a mixture of marks). */
  read: (origin: string, cookie: string, id: string) => Promise<Kept>
}

const created = (reply: Reply) => {
  if (reply.status !== 201 && reply.status !== 200) throw new Error(`create: ${reply.status} ${reply.text}`)
  return (reply.json() as { id: string }).id
}

const targets = (trial: TrialDatabase): Target[] => [
  {
    name: 'customer',
    user: 'r1',
    method: 'PATCH',
    create: async (origin, cookie) =>
      created(
        await send(origin, 'POST', '/api/v1/customers', {
          cookie,
          body: { name: 'Raced customer', status: 'active' },
        }),
      ),
    path: (id) => `/api/v1/customers/${id}`,
    body: (mark) => ({ notes: mark, tags: [mark] }),
    read: async (origin, cookie, id) => {
      const c = (await send(origin, 'GET', `/api/v1/customers/${id}`, { cookie })).json() as {
        version: number
        notes: string | null
        tags: string[]
      }
      return { version: c.version, mark: c.tags.length === 1 && c.tags[0] === c.notes ? c.notes : null }
    },
  },
  {
    name: 'order with lines',
    user: 'r1',
    method: 'PATCH',
    create: async (origin, cookie) =>
      created(
        await send(origin, 'POST', '/api/v1/orders', {
          cookie,
          body: {
            number: `RACE-${Date.now()}-${Math.random()}`,
            customerId: trial.customers.r1[0],
            orderDate: '2026-11-02',
            total: 100,
          },
        }),
      ),
    path: (id) => `/api/v1/orders/${id}`,
    // Three lines each: a lost or interleaved update would leave lines of several writers.
    body: (mark) => ({
      note: mark,
      lines: [1, 2, 3].map((n) => ({ product: `${mark}/${n}`, quantity: n, unitPrice: 100 })),
    }),
    read: async (origin, cookie, id) => {
      const o = (await send(origin, 'GET', `/api/v1/orders/${id}`, { cookie })).json() as {
        version: number
        note: string | null
        total: number
        lines: { product: string }[]
      }
      const whole =
        o.total === 600 && o.lines.length === 3 && o.lines.every((l, i) => l.product === `${o.note}/${i + 1}`)
      return { version: o.version, mark: whole ? o.note : null }
    },
  },
  {
    name: 'opportunity',
    user: 'r1',
    method: 'PATCH',
    create: async (origin, cookie) =>
      created(
        await send(origin, 'POST', '/api/v1/opportunities', {
          cookie,
          body: { customerId: trial.customers.r1[1], title: 'Raced', amount: 1000, expectedOn: '2027-01-31' },
        }),
      ),
    path: (id) => `/api/v1/opportunities/${id}`,
    body: (mark) => ({ title: mark, note: mark }),
    read: async (origin, cookie, id) => {
      const o = (await send(origin, 'GET', `/api/v1/opportunities/${id}`, { cookie })).json() as {
        version: number
        title: string
        note: string | null
      }
      return { version: o.version, mark: o.title === o.note ? o.title : null }
    },
  },
  {
    name: 'commission plan',
    user: 'admin',
    method: 'PUT',
    create: async (origin, cookie) =>
      created(
        await send(origin, 'POST', '/api/v1/commission/plans', { cookie, body: planBody('Raced plan') }),
      ),
    path: (id) => `/api/v1/commission/plans/${id}`,
    body: (mark) => planBody(mark),
    read: async (origin, cookie, id) => {
      const p = (await send(origin, 'GET', `/api/v1/commission/plans/${id}`, { cookie })).json() as {
        version: number
        name: string
        note: string | null
      }
      return { version: p.version, mark: p.name === p.note ? p.name : null }
    },
  },
]

const planBody = (mark: string) => ({
  name: mark,
  note: mark,
  mode: 'progressive',
  brackets: [
    { from: 0, to: 100_000, rateBp: 300 },
    { from: 100_000, to: null, rateBp: 500 },
  ],
})

describe.each(ENGINES)('concurrent writers on %s', (engine) => {
  let trial: TrialDatabase
  let bundle: ServerBundle
  let servers: RunningServer[] = []
  const cookies = new Map<string, string>()
  const figures = { races: 0, writers: 0, won: 0, refused: 0, errors: 0, lost: 0, failures: 0 }
  let problems: string[] = []
  beforeEach(() => {
    problems = []
  })

  beforeAll(async () => {
    ;[trial, bundle] = await Promise.all([createTrialDatabase(engine, 2), bundleServer()])
    // Two processes on the same database, started one after the other (both migrate at start).
    for (let i = 0; i < 2; i++) servers.push(await spareServer(bundle, trial.env).start())
    for (const user of ['r1', 'admin'] as const) cookies.set(user, await signIn(servers[0]!.origin, user))
  }, 120_000)

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill('SIGTERM')))
    servers = []
    await trial?.drop()
    bundle?.remove()
    recordTrustFigures({
      name: `concurrency (${engine})`,
      cases: figures.races,
      failures: figures.failures,
      detail: {
        writers: figures.writers,
        '412s': figures.refused,
        '500s': figures.errors,
        'lost updates': figures.lost,
      },
    })
  })

  /** Reports a broken promise once, counted as a failure. */
  const fail = (what: string) => {
    figures.failures++
    if (problems.length < 20) problems.push(what)
  }

  /** n writers PATCH the record at the same version at once, through `via` (round robin). */
  async function race(target: Target, id: string, n: number, via: RunningServer[], round: number) {
    const cookie = cookies.get(target.user) as string
    const before = await target.read(via[0]!.origin, cookie, id)
    const marks = Array.from({ length: n }, (_, i) => `${target.name}/${n}/${round}/w${i}`)
    const replies = await Promise.all(
      marks.map((mark, i) =>
        send(via[i % via.length]!.origin, target.method, target.path(id), {
          cookie,
          ifMatch: before.version,
          body: target.body(mark),
        }),
      ),
    )
    figures.races++
    figures.writers += n
    const winners = replies.flatMap((r, i) => (r.status === 200 ? [marks[i] as string] : []))
    figures.won += winners.length
    for (const reply of replies) {
      if (reply.status >= 500) figures.errors++
      if (/database is locked|SQLITE_BUSY|deadlock/i.test(reply.text))
        fail(`${target.name}: a lock error reached the client: ${reply.text}`)
      if (reply.status === 200) continue
      if (reply.status !== 412) {
        fail(`${target.name} (${n} writers): ${reply.status} ${reply.text}`)
        continue
      }
      figures.refused++
      const body = reply.json() as { error?: { code?: string; message?: string } }
      if (body.error?.code !== 'version_mismatch' || !body.error.message)
        fail(`${target.name}: 412 without the error shape: ${reply.text}`)
    }
    if (winners.length !== 1) fail(`${target.name} (${n} writers): ${winners.length} winners`)
    const after = await target.read(via[via.length - 1]!.origin, cookie, id)
    if (after.version !== before.version + 1 || (winners.length === 1 && after.mark !== winners[0])) {
      figures.lost++
      fail(
        `${target.name} (${n} writers): kept ${after.mark} at v${after.version}, winner ${winners[0]} at v${before.version + 1}`,
      )
    }
  }

  const setups = () => [
    { name: 'one server process', via: servers.slice(0, 1) },
    { name: 'two server processes on the same database', via: servers },
  ]

  it('lets exactly one writer win per version; the others get 412 and nothing is lost', async () => {
    for (const setup of setups())
      for (const target of targets(trial)) {
        const cookie = cookies.get(target.user) as string
        const id = await target.create(setup.via[0]!.origin, cookie)
        for (const n of WRITERS)
          for (let round = 0; round < ROUNDS; round++) await race(target, id, n, setup.via, round)
        // Every win, and only a win, left its audit row: one per race plus the creation.
        const database = trial.open()
        const audits = await database.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('entity_id', '=', id)
          .executeTakeFirstOrThrow()
        await database.close()
        expect(Number(audits.n), `${target.name}, ${setup.name}: audit rows`).toBe(
          1 + WRITERS.length * ROUNDS,
        )
      }
    expect(problems).toEqual([])
    expect(figures.errors).toBe(0)
  }, 180_000)

  it('loses no update when 16 writers retry on 412 until each has saved once', async () => {
    const cookie = cookies.get('r1') as string
    const origin = servers[0]!.origin
    const id = created(
      await send(origin, 'POST', '/api/v1/customers', {
        cookie,
        body: { name: 'Tagged by all', status: 'active' },
      }),
    )
    const writers = 16
    let attempts = 0
    await Promise.all(
      Array.from({ length: writers }, async (_, i) => {
        const via = servers[i % servers.length]!.origin
        for (;;) {
          attempts++
          const current = (await send(via, 'GET', `/api/v1/customers/${id}`, { cookie })).json() as {
            version: number
            tags: string[]
          }
          const reply = await send(via, 'PATCH', `/api/v1/customers/${id}`, {
            cookie,
            ifMatch: current.version,
            body: { tags: [...current.tags, `w${i}`] },
          })
          if (reply.status === 200) return
          if (reply.status !== 412) {
            figures.errors += reply.status >= 500 ? 1 : 0
            fail(`retrying writer: ${reply.status} ${reply.text}`)
            return
          }
          figures.refused++
        }
      }),
    )
    figures.races++
    figures.writers += writers
    const final = (await send(origin, 'GET', `/api/v1/customers/${id}`, { cookie })).json() as {
      version: number
      tags: string[]
    }
    const missing = Array.from({ length: writers }, (_, i) => `w${i}`).filter((t) => !final.tags.includes(t))
    if (missing.length > 0 || final.version !== 1 + writers) {
      figures.lost += missing.length
      fail(`retrying writers: version ${final.version}, missing ${missing.join(' ')}`)
    }
    expect(problems).toEqual([])
    expect(final.tags).toHaveLength(writers)
    expect(final.version).toBe(1 + writers)
    expect(attempts).toBeGreaterThan(writers)
  }, 120_000)
})
