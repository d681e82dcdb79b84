import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { connect } from './connect'

const dir = mkdtempSync(join(tmpdir(), 'abacus-transactions-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * Two connections to one file, as two server processes have. A use case reads, checks, then writes
 * in one transaction; were it deferred, another process committing between its read and its write
 * would make its write fail at once with SQLITE_BUSY_SNAPSHOT ("database is locked", a 500). It
 * begins IMMEDIATE instead, so the other process waits for it (connect.ts).
 */
describe('SQLite transactions across processes', () => {
  const open = async () => {
    const url = `sqlite:${join(dir, `t${Math.random()}.db`)}`
    const first = connect(url)
    const second = connect(url)
    // The second waits 50 ms, not 5 s: both run on this one thread, so it cannot wait for the first.
    second.sqlite?.pragma('busy_timeout = 50')
    await sql`create table t (id integer primary key, version integer not null)`.execute(first.db)
    await sql`insert into t values (1, 1)`.execute(first.db)
    return { first, second, close: () => Promise.all([first.close(), second.close()]) }
  }

  it('holds the write lock from BEGIN: a write of another process waits for it, not the reverse', async () => {
    const { first, second, close } = await open()
    let other: unknown = null
    await first.db.transaction().execute(async (trx) => {
      await sql`select version from t where id = 1`.execute(trx)
      other = await sql`update t set version = 2 where id = 1`.execute(second.db).catch((e: Error) => e)
      await sql`update t set version = version + 1 where id = 1 and version = 1`.execute(trx)
    })
    expect(String(other)).toMatch(/database is locked/)
    const { rows } = await sql<{ version: number }>`select version from t`.execute(second.db)
    expect(rows).toEqual([{ version: 2 }])
    await close()
  })

  it('keeps a read-only transaction deferred: other processes write during an export', async () => {
    const { first, second, close } = await open()
    const seen = await first.db
      .transaction()
      .setAccessMode('read only')
      .execute(async (trx) => {
        const before = await sql<{ version: number }>`select version from t`.execute(trx)
        await sql`update t set version = 9 where id = 1`.execute(second.db)
        const after = await sql<{ version: number }>`select version from t`.execute(trx)
        return [before.rows[0]?.version, after.rows[0]?.version]
      })
    // One moment of the data: the snapshot does not see the write made meanwhile.
    expect(seen).toEqual([1, 1])
    await close()
  })
})
