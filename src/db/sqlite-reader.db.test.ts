import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase } from '../test-support/test-database'
import { readerOf, type Db } from './connect'
import { sqliteReader } from './sqlite-reader'

describe('the SQLite reader beside a file database', () => {
  let database: Db
  beforeAll(async () => {
    database = await openTestDatabase('sqlite', { onFile: true })
    await sql`create table reader_probe (n integer not null)`.execute(database.db)
    await sql`insert into reader_probe (n) values (1), (2), (3)`.execute(database.db)
  })
  afterAll(async () => database.close())

  const total = async (db: Db['db']) =>
    Number((await sql<{ t: number }>`select sum(n) as t from reader_probe`.execute(db)).rows[0]?.t)

  it('is a second connection, which reads what was committed', async () => {
    const reader = readerOf(database.db)
    expect(reader).not.toBe(database.db)
    expect(await total(reader)).toBe(6)
    await sql`insert into reader_probe (n) values (4)`.execute(database.db)
    expect(await total(reader)).toBe(10)
  })

  it('never sees what a transaction of the main connection has not committed, and is not used inside one', async () => {
    await database.db.transaction().execute(async (trx) => {
      await sql`insert into reader_probe (n) values (100)`.execute(trx)
      expect(readerOf(trx)).toBe(trx)
      expect(await total(trx)).toBe(110)
      expect(await total(readerOf(database.db))).toBe(10)
      await sql`delete from reader_probe where n = 100`.execute(trx)
    })
  })

  it('answers queries asked together each with its own rows', async () => {
    const reader = readerOf(database.db)
    const answers = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        sql<{ n: number }>`select n from reader_probe where n >= ${n} order by n`.execute(reader),
      ),
    )
    expect(answers.map((a) => a.rows.map((r) => r.n))).toEqual([[1, 2, 3, 4], [2, 3, 4], [3, 4], [4]])
  })

  it('refuses writes and transactions, and passes SQL errors on, and goes on answering', async () => {
    const reader = readerOf(database.db)
    await expect(sql`insert into reader_probe (n) values (5)`.execute(reader)).rejects.toThrow(
      /only runs statements that return rows/,
    )
    await expect(sql`select nope from reader_probe`.execute(reader)).rejects.toThrow(/no such column: nope/)
    await expect(reader.transaction().execute(async () => 1)).rejects.toThrow(/no transactions/)
    expect(await total(reader)).toBe(10)
    expect(await total(database.db)).toBe(10)
  })
})

describe('the SQLite reader’s life', () => {
  let database: Db
  let path: string
  beforeAll(async () => {
    database = await openTestDatabase('sqlite', { onFile: true })
    path = (database.sqlite as NonNullable<Db['sqlite']>).name
  })
  afterAll(async () => database.close())

  it('refuses a parameter that cannot cross threads, sends nothing, and goes on answering', async () => {
    const reader = sqliteReader(path)
    try {
      await expect(sql`select ${Symbol('n') as unknown as number} as n`.execute(reader)).rejects.toThrow(
        /could not be cloned/,
      )
      expect((await sql<{ n: number }>`select 2 as n`.execute(reader)).rows).toEqual([{ n: 2 }])
    } finally {
      await reader.destroy()
    }
  })

  it('fails what still waits when it is closed, rather than leaving it unanswered', async () => {
    const reader = sqliteReader(path)
    // Long enough to be still running when the reader closes (~0.3 s here).
    const caught = sql`
      with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000000)
      select count(*) as c from n`
      .execute(reader)
      .then(
        () => 'answered',
        (error: Error) => error.message,
      )
    await new Promise((resolve) => setTimeout(resolve, 50))
    await reader.destroy()
    expect(await caught).toMatch(/closed/)
  })
})

describe('where there is no reader', () => {
  it('answers the database itself in memory', async () => {
    const database = await openTestDatabase('sqlite')
    try {
      expect(readerOf(database.db)).toBe(database.db)
    } finally {
      await database.close()
    }
  })
})
