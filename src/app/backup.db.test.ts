import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../core/app-error'
import { connect, type Db } from '../db/connect'
import { migrateToLatest } from '../db/migrate'
import { countTableRows, databaseTables } from '../db/everything.repo'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg, testConfig, testContext } from '../test-support/test-org'
import { recordTrustFigures } from '../test-support/trust-figures'
import { backupDatabase, postgresBackupCommands } from './backup'
import type { AppContext } from './context'
import { loadDemo } from './demo'
import { findActor } from './find-actor'

const execFileAsync = promisify(execFile)

async function liveCounts(database: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of await databaseTables(database.db, database.engine))
    counts[table] = await countTableRows(database.db, table)
  return counts
}

/** What the writer had acknowledged: every id it printed after its commit. */
type Acks = { orders: Set<string>; followUps: Set<string>; refused: number; total: () => number }

function startWriter(file: string): { child: ChildProcess; acks: Acks; ready: Promise<void> } {
  const child = spawn(
    process.execPath,
    ['bin/tsx.mjs', 'src/test-support/backup-writer-child.ts', `sqlite:${file}`],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  )
  const acks: Acks = {
    orders: new Set(),
    followUps: new Set(),
    refused: 0,
    total: () => acks.orders.size + acks.followUps.size,
  }
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const ready = new Promise<void>((done, fail) => {
    let rest = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n')
      rest = lines.pop() as string
      for (const line of lines) {
        const [kind, value] = line.split(' ')
        if (kind === 'ready') done()
        else if (kind === 'o') acks.orders.add(value as string)
        else if (kind === 'f') acks.followUps.add(value as string)
        else if (kind === 'done') acks.refused = Number(value)
      }
    })
    child.once('exit', (code) => fail(new Error(`the writer exited (${code}):\n${errors}`)))
  })
  ready.catch(() => {})
  return { child, acks, ready }
}

/**
 * What a restored instance must show (issue 9 point 5), as violations: the writer's orders each
 * with lines adding up to the total and one audit row; its follow-ups each with an audit row and
 * their customer's cadence moved; every acknowledged write present.
 */
async function violations(restored: Db, acked: { orders: Set<string>; followUps: Set<string> }) {
  const db = restored.db
  const found: string[] = []
  const one = async (label: string, query: ReturnType<typeof sql<{ n: number }>>) => {
    const n = Number((await query.execute(db)).rows[0]?.n ?? 0)
    if (n > 0) found.push(`${label}: ${n}`)
  }
  await one(
    'orders without lines',
    sql`select count(*) as n from orders o where o.number like 'BK-%'
      and not exists (select 1 from order_lines l where l.order_id = o.id)`,
  )
  await one(
    'orders whose lines do not add up',
    sql`select count(*) as n from orders o where o.number like 'BK-%'
      and o.total_minor <> (select sum(l.amount_minor) from order_lines l where l.order_id = o.id)`,
  )
  await one(
    'orders without exactly one audit row',
    sql`select count(*) as n from orders o where o.number like 'BK-%' and (select count(*) from audit_log a
      where a.entity = 'order' and a.entity_id = o.id and a.action = 'create') <> 1`,
  )
  await one(
    'follow-ups without their audit row',
    sql`select count(*) as n from follow_ups f where f.summary like 'backup load %' and not exists
      (select 1 from audit_log a where a.entity = 'follow_up' and a.entity_id = f.id)`,
  )
  await one(
    'customers whose cadence missed a follow-up',
    sql`select count(*) as n from customers c where exists (select 1 from follow_ups f
      where f.customer_id = c.id and f.summary like 'backup load %'
      and (c.last_follow_up_on is null or f.happened_on > c.last_follow_up_on))`,
  )
  const orders = new Set(
    (await db.selectFrom('orders').select('id').where('number', 'like', 'BK-%').execute()).map((r) => r.id),
  )
  const followUps = new Set(
    (await db.selectFrom('follow_ups').select('id').where('summary', 'like', 'backup load %').execute()).map(
      (r) => r.id,
    ),
  )
  const lost =
    [...acked.orders].filter((id) => !orders.has(id)).length +
    [...acked.followUps].filter((id) => !followUps.has(id)).length
  if (lost > 0) found.push(`acknowledged writes missing: ${lost}`)
  return found
}

describe('backup of SQLite under write load', () => {
  let dir: string
  let database: Db
  let ctx: AppContext
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'abacus-backup-'))
    database = connect(`sqlite:${join(dir, 'live.db')}`)
    await migrateToLatest(database)
    await loadDemo(testContext(database), { scale: 'small', seed: 5, customers: 300 })
    ctx = testContext(database, await findActor(testContext(database)))
  }, 60_000)
  afterAll(async () => {
    await database.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('copies while another process commits orders and follow-ups: every copy restores whole', async () => {
    const writer = startWriter(join(dir, 'live.db'))
    await writer.ready
    const failures: string[] = []
    let backups = 0
    let writesDuring = 0
    const started = Date.now()
    try {
      // Most backups in this process (the test is the "server" beside the writer); two through the
      // real binary, a third process on the same file.
      for (let i = 0; i < 12; i += 1) {
        await sleep(20 + ((i * 37) % 100))
        const out = join(dir, `backup-${i}.db`)
        const ackedBefore = { orders: new Set(writer.acks.orders), followUps: new Set(writer.acks.followUps) }
        const before = await liveCounts(database)
        let tables: Record<string, number>
        if (i % 6 === 5) {
          const { stdout } = await execFileAsync('node', [
            'bin/abacus.mjs',
            '--db',
            `sqlite:${join(dir, 'live.db')}`,
            'backup',
            '--out',
            out,
            '--json',
          ])
          tables = (JSON.parse(stdout) as { tables: Record<string, number> }).tables
        } else tables = (await backupDatabase(ctx, database, out)).tables
        const after = await liveCounts(database)
        writesDuring += writer.acks.total() - ackedBefore.orders.size - ackedBefore.followUps.size
        backups += 1
        // Restoring is copying the file (README "Backups"), then opening it as the server would.
        const restoredFile = join(dir, `restored-${i}.db`)
        copyFileSync(out, restoredFile)
        const restored = connect(`sqlite:${restoredFile}`)
        try {
          const problems: string[] = []
          if ((await migrateToLatest(restored)) !== 0) problems.push('the copy needed migrations')
          const integrity = restored.sqlite?.pragma('integrity_check') as { integrity_check: string }[]
          if (integrity.map((r) => r.integrity_check).join() !== 'ok') problems.push('integrity_check failed')
          if ((restored.sqlite?.pragma('foreign_key_check') as unknown[]).length > 0)
            problems.push('foreign_key_check failed')
          const counts = await liveCounts(restored)
          for (const [table, n] of Object.entries(counts)) {
            if (tables[table] !== n) problems.push(`${table}: reported ${tables[table]}, restored ${n}`)
            if (n < (before[table] ?? 0) || n > (after[table] ?? 0))
              problems.push(`${table}: ${n} rows, not within ${before[table]}..${after[table]}`)
          }
          problems.push(...(await violations(restored, ackedBefore)))
          failures.push(...problems.map((p) => `backup ${i}: ${p}`))
        } finally {
          await restored.close()
        }
      }
    } finally {
      writer.child.stdin?.end()
      await new Promise((done) => writer.child.once('exit', done))
    }
    // Every backup is a whole file: no -wal beside it, no partial file left behind.
    const leftovers = readdirSync(dir).filter((f) => /partial|backup-\d+\.db-(wal|shm)$/.test(f))
    failures.push(...leftovers.map((f) => `left behind: ${f}`))
    recordTrustFigures({
      name: 'backups (sqlite)',
      cases: backups,
      failures: failures.length,
      detail: {
        'writes during backups': writesDuring,
        'acknowledged writes': writer.acks.total(),
        'writes refused as busy, tried again': writer.acks.refused,
        'backups through the CLI': 2,
        seconds: Math.round((Date.now() - started) / 1000),
      },
    })
    expect(failures).toEqual([])
    expect(writesDuring).toBeGreaterThan(0)
  }, 180_000)

  it('is for admins, never overwrites a file, and leaves nothing when refused', async () => {
    const { users } = await createTestOrg(database)
    const out = join(dir, 'refused.db')
    await expect(backupDatabase(testContext(database, users.r1), database, out)).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(backupDatabase(testContext(database, users.finance), database, out)).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(backupDatabase(testContext(database), database, out)).rejects.toMatchObject({
      code: 'unauthenticated',
    })
    expect(existsSync(out)).toBe(false)
    await expect(backupDatabase(ctx, database, join(dir, 'live.db'))).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'error.file_exists',
    })
  })
})

describe('backup guidance for PostgreSQL', () => {
  it('masks the password and quotes for the shell', () => {
    expect(
      postgresBackupCommands('postgres://abacus:s3cr%40t@db.example:5432/crm', '/backups/crm 1.dump'),
    ).toEqual({
      dump: "pg_dump --format=custom --no-owner --file='/backups/crm 1.dump' 'postgres://abacus:***@db.example:5432/crm'",
      restore:
        "pg_restore --clean --if-exists --no-owner --single-transaction --dbname='postgres://abacus:***@db.example:5432/crm' '/backups/crm 1.dump'",
    })
    expect(postgresBackupCommands('postgresql://u@h/d', 'a.dump').dump).toBe(
      'pg_dump --format=custom --no-owner --file=a.dump postgresql://u@h/d',
    )
  })

  it.each(ENGINES.filter((e) => e === 'postgres'))(
    'refuses on %s with the commands, writing nothing',
    async (engine) => {
      const database = await openTestDatabase(engine)
      const dir = mkdtempSync(join(tmpdir(), 'abacus-backup-pg-'))
      try {
        const { users } = await createTestOrg(database)
        const url = process.env.TEST_DATABASE_URL as string
        const ctx = { ...testContext(database, users.admin), config: { ...testConfig, databaseUrl: url } }
        const out = join(dir, 'pg.dump')
        const error = (await backupDatabase(ctx, database, out).catch((e: unknown) => e)) as AppError
        expect(error).toBeInstanceOf(AppError)
        expect(error).toMatchObject({ code: 'domain_rule', messageKey: 'error.backup_postgres' })
        expect(error.params.dump).toContain('pg_dump --format=custom')
        expect(error.params.restore).toContain('pg_restore')
        const password = new URL(url).password
        if (password) expect(JSON.stringify(error.params)).not.toContain(`:${password}@`)
        expect(readdirSync(dir)).toEqual([])
        await expect(backupDatabase(testContext(database, users.r1), database, out)).rejects.toMatchObject({
          code: 'forbidden',
        })
      } finally {
        rmSync(dir, { recursive: true, force: true })
        await database.close()
      }
    },
  )
})
