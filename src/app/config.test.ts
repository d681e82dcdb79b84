import { describe, expect, it } from 'vitest'
import { SAFE_DURABILITY } from '../db/sqlite-durability'
import { loadConfig } from './config'

describe('loadConfig: how SQLite keeps a commit', () => {
  it('reads ABACUS_SQLITE_SYNCHRONOUS, ABACUS_SQLITE_JOURNAL_MODE and ABACUS_ALLOW_UNSAFE_DURABILITY', () => {
    expect(loadConfig({}).sqliteDurability).toEqual(SAFE_DURABILITY)
    expect(
      loadConfig({
        ABACUS_SQLITE_SYNCHRONOUS: ' NORMAL ',
        ABACUS_SQLITE_JOURNAL_MODE: 'Delete',
        ABACUS_ALLOW_UNSAFE_DURABILITY: '1',
      }).sqliteDurability,
    ).toEqual({ synchronous: 'normal', journalMode: 'delete', allowUnsafe: true })
    // Only "1" allows: "true" or "yes" are not an explicit, documented consent.
    expect(loadConfig({ ABACUS_ALLOW_UNSAFE_DURABILITY: 'true' }).sqliteDurability.allowUnsafe).toBe(false)
  })
})
