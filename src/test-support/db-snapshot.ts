import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import type { Db } from '../db/connect'

export type DbSnapshot = {
  /** Puts every table back as it was when the snapshot was taken. */
  restore: () => Promise<void>
  /** Drops the copy (PostgreSQL keeps it in a schema of its own). */
  drop: () => Promise<void>
}

/**
 * A copy of every table's rows, restorable in place, so that one server (and its signed-in
 * sessions) serves a whole matrix of calls while each write starts from the same fixture. SQLite:
 * an attached in-memory database; PostgreSQL: a sibling schema. Foreign keys are set aside during
 * the copy back (all tables are restored together, so nothing dangles afterwards).
 */
export async function snapshotDatabase(database: Db, tables: readonly string[]): Promise<DbSnapshot> {
  if (database.engine === 'sqlite') {
    const sqlite = database.sqlite as NonNullable<Db['sqlite']>
    sqlite.exec(`ATTACH DATABASE ':memory:' AS snap`)
    for (const t of tables) sqlite.exec(`CREATE TABLE snap."${t}" AS SELECT * FROM main."${t}"`)
    const copyBack = sqlite.transaction(() => {
      for (const t of tables) {
        sqlite.exec(`DELETE FROM main."${t}"`)
        sqlite.exec(`INSERT INTO main."${t}" SELECT * FROM snap."${t}"`)
      }
      sqlite.exec(`DELETE FROM main.sqlite_sequence`)
      sqlite.exec(`INSERT INTO main.sqlite_sequence SELECT * FROM snap.seq_copy`)
    })
    sqlite.exec(`CREATE TABLE snap.seq_copy AS SELECT * FROM main.sqlite_sequence`)
    return {
      restore: async () => {
        sqlite.pragma('foreign_keys = OFF')
        try {
          copyBack()
        } finally {
          sqlite.pragma('foreign_keys = ON')
        }
        // Written behind Kysely's back: one writing statement through it moves the data version,
        // so the server's read cache (api/read-cache.ts) keeps nothing from before the restore.
        await sql`delete from users where 0`.execute(database.db)
      },
      drop: async () => {
        sqlite.exec('DETACH DATABASE snap')
      },
    }
  }
  const snap = `snap_${randomBytes(6).toString('hex')}`
  await sql.raw(`CREATE SCHEMA ${snap}`).execute(database.db)
  for (const t of tables) await sql.raw(`CREATE TABLE ${snap}."${t}" AS TABLE "${t}"`).execute(database.db)
  const list = tables.map((t) => `"${t}"`).join(', ')
  const statements = [
    // The test role is a superuser (CI creates it so): replica mode skips the foreign-key triggers.
    `SET LOCAL session_replication_role = replica`,
    `TRUNCATE ${list}`,
    ...tables.map((t) => `INSERT INTO "${t}" SELECT * FROM ${snap}."${t}"`),
  ]
  return {
    restore: async () => {
      await database.db.transaction().execute(async (trx) => {
        for (const statement of statements) await sql.raw(statement).execute(trx)
      })
    },
    drop: async () => {
      await sql.raw(`DROP SCHEMA ${snap} CASCADE`).execute(database.db)
    },
  }
}
