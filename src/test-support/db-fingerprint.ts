import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { Db } from '../db/connect'

/** Kysely's own bookkeeping: never changed by a request. */
const SKIPPED = new Set(['kysely_migration', 'kysely_migration_lock'])

/** Every application table of the database, by name (the same list on both engines). */
export async function tableNames(database: Db): Promise<string[]> {
  const rows =
    database.engine === 'sqlite'
      ? await sql<{
          name: string
        }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(
          database.db,
        )
      : await sql<{
          name: string
        }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(
          database.db,
        )
  return rows.rows.map((r) => r.name).filter((name) => !SKIPPED.has(name))
}

/**
 * A digest of every row of every table, independent of row order: equal digests mean no request
 * wrote anything (issue 9: "the database unchanged after every refused call"). The fixture is
 * small, so the whole database is read each time. Returns the digest per table, so a difference
 * names the tables that changed.
 */
export async function dbFingerprint(database: Db, tables: readonly string[]): Promise<Map<string, string>> {
  const digests = new Map<string, string>()
  if (database.engine === 'sqlite') {
    const sqlite = database.sqlite as NonNullable<Db['sqlite']>
    for (const table of tables) {
      const rows = sqlite.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]
      const lines = rows.map((row) => JSON.stringify(row)).sort()
      digests.set(table, createHash('sha1').update(lines.join('\n')).digest('hex'))
    }
    return digests
  }
  // One round trip on PostgreSQL: each table's rows as text, sorted, digested by the server.
  const columns = tables.map(
    (t) => `(SELECT md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) FROM "${t}" r) AS "${t}"`,
  )
  const result = await sql.raw<Record<string, string>>(`SELECT ${columns.join(', ')}`).execute(database.db)
  const row = result.rows[0] ?? {}
  for (const table of tables) digests.set(table, String(row[table]))
  return digests
}

/** The tables whose digests differ. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before.keys()].filter((table) => before.get(table) !== after.get(table))
}

export type ChangeDetector = {
  /** The tables written since the last reset (committed writes only). */
  changed: () => Promise<string[]>
  /** Call after the database was put back as it was. */
  reset: () => Promise<void>
}

/**
 * What changed since the fixture was made, cheaply enough to ask after each of thousands of calls.
 * SQLite: the fingerprint above, compared with the fixture's. PostgreSQL, where reading every table
 * per call is too slow: a row trigger on every table notes its name in a log (a rolled-back write
 * leaves nothing; an UPDATE to the same values counts, which is stricter). Restoring in replica
 * mode fires no trigger; `reset` empties the log.
 */
export async function changeDetector(database: Db, tables: readonly string[]): Promise<ChangeDetector> {
  if (database.engine === 'sqlite') {
    const baseline = await dbFingerprint(database, tables)
    return {
      changed: async () => changedTables(baseline, await dbFingerprint(database, tables)),
      reset: async () => {},
    }
  }
  await sql.raw(`CREATE TABLE authz_change_log (t text NOT NULL)`).execute(database.db)
  await sql
    .raw(
      `CREATE FUNCTION authz_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN INSERT INTO authz_change_log VALUES (TG_TABLE_NAME); RETURN NULL; END $$`,
    )
    .execute(database.db)
  for (const t of tables)
    await sql
      .raw(
        `CREATE TRIGGER authz_change AFTER INSERT OR UPDATE OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION authz_note_change()`,
      )
      .execute(database.db)
  return {
    changed: async () =>
      (
        await sql<{ t: string }>`SELECT DISTINCT t FROM authz_change_log ORDER BY t`.execute(database.db)
      ).rows.map((r) => r.t),
    reset: async () => {
      await sql`DELETE FROM authz_change_log`.execute(database.db)
    },
  }
}
