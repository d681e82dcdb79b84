import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import type { Db } from './connect'
import { EVERYTHING_TABLES, EXCLUDED_TABLES } from './everything-tables'
import { databaseTables, foreignKeys, serialColumns, tableShape } from './everything.repo'

/**
 * The list an export of everything walks is the migrated database's: every table exported or
 * excluded with a reason, in an order where each foreign key points back, so a new table or a new
 * reference cannot be forgotten (issue 9 point 5).
 */
describe.each(ENGINES)('the tables of an export of everything on %s', (engine) => {
  let database: Db
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  })
  afterAll(async () => database.close())

  it('are every table of the migrated database, each exported or excluded', async () => {
    const listed = [...EVERYTHING_TABLES.map((t) => t.name), ...Object.keys(EXCLUDED_TABLES)].sort()
    expect(listed).toEqual(await databaseTables(database.db, engine))
    expect(new Set(listed).size).toBe(listed.length)
  })

  it('come after every table they reference; self-references are declared', async () => {
    const position = new Map<string, number>(EVERYTHING_TABLES.map((t, i) => [t.name, i]))
    const excluded = new Set(Object.keys(EXCLUDED_TABLES))
    const keys = await foreignKeys(database.db, engine)
    expect(keys.length).toBeGreaterThan(40)
    for (const key of keys) {
      if (excluded.has(key.table)) continue
      expect(excluded.has(key.references), `${key.table}.${key.column} → an excluded table`).toBe(false)
      if (key.table === key.references) {
        const declared = EVERYTHING_TABLES.find((t) => t.name === key.table)
        expect(declared && 'parentColumn' in declared ? declared.parentColumn : null).toBe(key.column)
      } else
        expect(
          position.get(key.references) as number,
          `${key.table}.${key.column} → ${key.references}`,
        ).toBeLessThan(position.get(key.table) as number)
    }
  })

  it('declare the columns the database numbers itself', async () => {
    const declared = EVERYTHING_TABLES.flatMap((t) =>
      'serial' in t ? [{ table: t.name, column: t.serial }] : [],
    )
    expect(await serialColumns(database.db, engine)).toEqual(declared)
  })

  it('hold only types the archive keeps exactly, and each has a primary key', async () => {
    const known = ['text', 'integer', 'bigint', 'real', 'blob', 'bytea']
    for (const { name } of EVERYTHING_TABLES) {
      const shape = await tableShape(database.db, engine, name)
      expect(shape.key.length, name).toBeGreaterThan(0)
      for (const [column, type] of Object.entries(shape.types))
        expect(known, `${name}.${column}: ${type}`).toContain(type)
    }
  })
})
