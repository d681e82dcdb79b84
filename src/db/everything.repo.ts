import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Engine } from './connect'
import { insertBulk } from './insert-bulk'
import type { Database } from './schema'

/**
 * What an export of everything reads and an import writes, table by table, on either engine: the
 * tables and columns as the migrated database has them (so a new column travels without a change
 * here), rows in primary-key pages, rows in bulk. Driver values pass through untouched; the archive
 * codec (archive-value.ts) keeps them exact.
 */

export type TableShape = {
  /** Columns in the database's order. */
  columns: string[]
  /** The primary key's columns, in key order. */
  key: string[]
  /** Declared type per column, lower case: text, integer, bigint, real… */
  types: Record<string, string>
}

type Db = Kysely<Database>

/** The application's tables: every table but the migrator's and SQLite's own. */
export async function databaseTables(db: Db, engine: Engine): Promise<string[]> {
  const { rows } =
    engine === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)
  return rows
    .map((r) => r.name)
    .filter((name) => !name.startsWith('sqlite_') && !name.startsWith('kysely_'))
    .sort()
}

export async function tableShape(db: Db, engine: Engine, table: string): Promise<TableShape> {
  if (engine === 'sqlite') {
    const { rows } = await sql<{ name: string; type: string; pk: number }>`
      select name, type, pk from pragma_table_info(${table}) order by cid`.execute(db)
    return {
      columns: rows.map((r) => r.name),
      key: rows
        .filter((r) => r.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((r) => r.name),
      types: Object.fromEntries(rows.map((r) => [r.name, r.type.toLowerCase()])),
    }
  }
  const { rows } = await sql<{ name: string; type: string }>`
    select column_name as name, data_type as type from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(db)
  const key = await sql<{ name: string }>`
    select k.column_name as name
    from information_schema.table_constraints c
    join information_schema.key_column_usage k
      on k.constraint_name = c.constraint_name and k.constraint_schema = c.constraint_schema
     and k.table_name = c.table_name
    where c.constraint_type = 'PRIMARY KEY' and c.table_schema = current_schema() and c.table_name = ${table}
    order by k.ordinal_position`.execute(db)
  return {
    columns: rows.map((r) => r.name),
    key: key.rows.map((r) => r.name),
    types: Object.fromEntries(rows.map((r) => [r.name, r.type.toLowerCase()])),
  }
}

export type ForeignKey = { table: string; column: string; references: string }

/** Every foreign key of the application's tables (for the test that checks the import order). */
export async function foreignKeys(db: Db, engine: Engine): Promise<ForeignKey[]> {
  if (engine === 'sqlite') {
    const keys: ForeignKey[] = []
    for (const table of await databaseTables(db, engine)) {
      const { rows } = await sql<{ from: string; table: string }>`
        select "from", "table" from pragma_foreign_key_list(${table})`.execute(db)
      for (const r of rows) keys.push({ table, column: r.from, references: r.table })
    }
    return keys
  }
  const { rows } = await sql<ForeignKey>`
    select c.table_name as "table", k.column_name as "column", u.table_name as "references"
    from information_schema.table_constraints c
    join information_schema.key_column_usage k
      on k.constraint_name = c.constraint_name and k.constraint_schema = c.constraint_schema
    join information_schema.constraint_column_usage u
      on u.constraint_name = c.constraint_name and u.constraint_schema = c.constraint_schema
    where c.constraint_type = 'FOREIGN KEY' and c.table_schema = current_schema()`.execute(db)
  return rows
}

/** Columns the database numbers itself: PostgreSQL's serials, SQLite's AUTOINCREMENT keys. */
export async function serialColumns(db: Db, engine: Engine): Promise<{ table: string; column: string }[]> {
  if (engine === 'postgres') {
    const { rows } = await sql<{ table: string; column: string }>`
      select table_name as "table", column_name as "column" from information_schema.columns
      where table_schema = current_schema() and column_default like 'nextval(%'`.execute(db)
    return rows.filter((r) => !r.table.startsWith('kysely_'))
  }
  const found: { table: string; column: string }[] = []
  const { rows } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = 'table' and sql like '%autoincrement%'`.execute(db)
  for (const { name } of rows) {
    if (name.startsWith('kysely_')) continue
    const shape = await tableShape(db, engine, name)
    for (const column of shape.key) found.push({ table: name, column })
  }
  return found
}

/** The migrations the database has applied, in order: the archive's schema version. */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)
  return rows.map((r) => r.name)
}

export async function countTableRows(db: Db, table: string): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
    db,
  )
  return Number(rows[0]?.n ?? 0)
}

const refs = (columns: readonly string[]) => sql.join(columns.map((c) => sql.ref(c)))

/**
 * A table's rows as arrays in `columns` order, in pages of `size` by primary key (keyset: each
 * page starts after the last key of the one before, so a page costs the same at any depth).
 */
export async function* tableRows(
  db: Db,
  table: string,
  shape: Pick<TableShape, 'columns' | 'key'>,
  size = 2_000,
): AsyncGenerator<unknown[][]> {
  const keyAt = shape.key.map((k) => shape.columns.indexOf(k))
  let after: unknown[] | null = null
  for (;;) {
    const from: RawBuilder<unknown> = after ? sql`where (${refs(shape.key)}) > (${sql.join(after)})` : sql``
    const { rows } = await sql<Record<string, unknown>>`
      select ${refs(shape.columns)} from ${sql.table(table)} ${from}
      order by ${refs(shape.key)} limit ${size}`.execute(db)
    if (rows.length === 0) return
    const page = rows.map((row) => shape.columns.map((c) => row[c]))
    yield page
    if (rows.length < size) return
    const last = page[page.length - 1] as unknown[]
    after = keyAt.map((i) => last[i])
  }
}

/** Rows (arrays in `columns` order) into a table, in bulk. */
export async function insertTableRows(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const objects = rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])))
  await insertBulk(db, table as keyof Database, objects as never)
}

/**
 * After rows came in with their own numbers, PostgreSQL's sequence still starts at 1: move it past
 * the largest (SQLite's AUTOINCREMENT keeps its high-water mark itself).
 */
export async function moveSerialPast(db: Db, engine: Engine, table: string, column: string): Promise<void> {
  if (engine !== 'postgres') return
  await sql`select setval(pg_get_serial_sequence(${table}, ${column}),
      coalesce(max(${sql.ref(column)}), 1), max(${sql.ref(column)}) is not null)
    from ${sql.table(table)}`.execute(db)
}
