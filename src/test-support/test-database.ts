import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { connect, type Db, type Engine } from '../db/connect'
import { migrateToLatest } from '../db/migrate'

const pgUrl = process.env.TEST_DATABASE_URL

/**
 * The engines every database suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is
 * set. With ABACUS_REQUIRE_ALL=1 (CI) a missing PostgreSQL is an error, never a silent skip.
 */
export const ENGINES: Engine[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite']
if (!pgUrl) {
  if (process.env.ABACUS_REQUIRE_ALL === '1')
    throw new Error('TEST_DATABASE_URL is not set: the PostgreSQL suites cannot run.')
  console.warn('TEST_DATABASE_URL is not set: database tests run on SQLite only (PostgreSQL skipped).')
}

/** Every engine, and SQLite on a file too, where the largest scans run on the reader's thread (db/connect.ts readerOf). */
export const ENGINE_SETUPS: { engine: Engine; onFile: boolean }[] = [
  ...ENGINES.map((engine) => ({ engine, onFile: false })),
  { engine: 'sqlite', onFile: true },
]

/**
 * A fresh, migrated database: in-memory SQLite, or a new schema of its own on PostgreSQL so that
 * suites running in parallel never see each other's rows. `close` drops it. `onFile`: SQLite in a
 * file of its own (WAL), as the server runs it — with a reader beside it (db/connect.ts readerOf).
 */
export async function openTestDatabase(engine: Engine, options: { onFile?: boolean } = {}): Promise<Db> {
  if (engine === 'sqlite' && options.onFile) {
    const dir = mkdtempSync(join(tmpdir(), 'abacus-test-'))
    const database = connect(`sqlite:${join(dir, 'abacus.db')}`)
    await migrateToLatest(database)
    return {
      ...database,
      close: async () => {
        await database.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  if (engine === 'sqlite') {
    const database = connect('sqlite::memory:')
    await migrateToLatest(database)
    return database
  }
  const schema = `test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: pgUrl })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  await admin.end()
  const database = connect(pgUrl as string, { schema })
  await migrateToLatest(database)
  return {
    ...database,
    close: async () => {
      await database.close()
      const dropper = new pg.Client({ connectionString: pgUrl })
      await dropper.connect()
      await dropper.query(`DROP SCHEMA ${schema} CASCADE`)
      await dropper.end()
    },
  }
}
