import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkpointAside } from './checkpoint-aside'

describe('a large write’s checkpoint, run aside', () => {
  let dir: string
  let path: string
  let sqlite: SQLite.Database
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'abacus-checkpoint-'))
    path = join(dir, 'db.sqlite')
    sqlite = new SQLite(path)
    sqlite.pragma('journal_mode = wal')
    sqlite.exec('create table blobs (b blob not null)')
  })
  afterEach(() => {
    sqlite.close()
    rmSync(dir, { recursive: true, force: true })
  })

  // ~8 MB in one transaction: 2,000 pages, past the automatic checkpoint's 1,000.
  const write = async () => {
    const insert = sqlite.prepare('insert into blobs (b) values (randomblob(4000))')
    sqlite.transaction(() => {
      for (let i = 0; i < 2_000; i++) insert.run()
    })()
  }
  const fileBytes = () => statSync(path).size
  const MB = 1024 * 1024

  it('the commit copies the log into the file itself, as SQLite does by default', async () => {
    await write()
    expect(fileBytes()).toBeGreaterThan(7 * MB)
  })

  it('around a write, the commit leaves the log to a thread of its own', async () => {
    const aside = checkpointAside(sqlite, path)
    let during = -1
    await aside.around(async () => {
      during = Number(sqlite.pragma('wal_autocheckpoint', { simple: true }))
      await write()
    })
    expect(during).toBe(0)
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    // Committed, readable, but not yet in the file: the commit did not checkpoint.
    expect(sqlite.prepare('select count(*) from blobs').pluck().get()).toBe(2_000)
    expect(fileBytes()).toBeLessThan(MB)
    await aside.settled()
    expect(fileBytes()).toBeGreaterThan(7 * MB)
  })

  it('a write that fails gives its error back, with the automatic checkpoint on again', async () => {
    const aside = checkpointAside(sqlite, path)
    await expect(
      aside.around(async () => {
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    await aside.settled()
  })

  it('overlapping writes: the automatic checkpoint is on again only when the last one ends', async () => {
    const aside = checkpointAside(sqlite, path)
    let release = () => {}
    const first = aside.around(() => new Promise<void>((resolve) => (release = resolve)))
    await aside.around(async () => {})
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0)
    release()
    await first
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    await aside.settled()
  })
})
