import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { AppError } from '../core/app-error'
import { translate } from '../core/i18n/translate'
import { connect } from './connect'
import { applyDurability, SAFE_DURABILITY, type PragmaRunner } from './sqlite-durability'

const dir = mkdtempSync(join(tmpdir(), 'abacus-durability-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0
const url = () => `sqlite:${join(dir, `d${++files}.db`)}`

/** The AppError `work` throws (the test fails when it throws none, or something else). */
function refusal(work: () => unknown): AppError {
  try {
    work()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('SQLite durability at start', () => {
  it('opens a file in WAL mode with synchronous=FULL by default, and reads both back', async () => {
    const database = connect(url())
    expect(database.sqlite?.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(database.sqlite?.pragma('synchronous', { simple: true })).toBe(2)
    await database.close()
  })

  it.each([
    ['synchronous', { synchronous: 'normal' }, 'ABACUS_SQLITE_SYNCHRONOUS=normal'],
    ['synchronous', { synchronous: 'off' }, 'ABACUS_SQLITE_SYNCHRONOUS=off'],
    ['journal mode', { journalMode: 'memory' }, 'ABACUS_SQLITE_JOURNAL_MODE=memory'],
    ['journal mode', { journalMode: 'off' }, 'ABACUS_SQLITE_JOURNAL_MODE=off'],
  ])('refuses an unsafe %s (%o) before the file is even made', (_, change, said) => {
    const target = url()
    const error = refusal(() => connect(target, { sqlite: { ...SAFE_DURABILITY, ...change } }))
    expect(error.messageKey).toBe('error.sqlite_unsafe_durability')
    expect(translate('en', error.messageKey, error.params)).toContain(said)
    expect(translate('en', error.messageKey, error.params)).toContain('ABACUS_ALLOW_UNSAFE_DURABILITY=1')
    expect(translate('zh-Hant', error.messageKey, error.params)).toContain('斷電')
    expect(translate('zh-Hans', error.messageKey, error.params)).toContain('断电')
    expect(existsSync(target.slice('sqlite:'.length))).toBe(false)
  })

  it('opens with unsafe settings when told explicitly, and they are the ones in force', async () => {
    const database = connect(url(), {
      sqlite: { synchronous: 'normal', journalMode: 'memory', allowUnsafe: true },
    })
    expect(database.sqlite?.pragma('journal_mode', { simple: true })).toBe('memory')
    expect(database.sqlite?.pragma('synchronous', { simple: true })).toBe(1)
    await database.close()
  })

  it('takes the other safe settings: synchronous extra, a rollback journal', async () => {
    const database = connect(url(), {
      sqlite: { ...SAFE_DURABILITY, synchronous: 'extra', journalMode: 'delete' },
    })
    expect(database.sqlite?.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(database.sqlite?.pragma('synchronous', { simple: true })).toBe(3)
    await database.close()
  })

  it('names the setting and what it accepts when the value is unknown, even when unsafe is allowed', () => {
    const error = refusal(() =>
      connect(url(), { sqlite: { ...SAFE_DURABILITY, synchronous: 'fast', allowUnsafe: true } }),
    )
    expect(translate('en', error.messageKey, error.params)).toBe(
      'ABACUS_SQLITE_SYNCHRONOUS must be one of off, normal, full, extra; "fast" is not.',
    )
  })

  /** A database whose file system keeps it out of WAL mode, as some network shares do. */
  const refusingWal = (): PragmaRunner & { said: string[] } => {
    const said: string[] = []
    let synchronous = 2
    return {
      said,
      pragma: (source) => {
        said.push(source)
        if (source.startsWith('journal_mode')) return 'delete'
        if (source === 'synchronous = full') synchronous = 2
        return synchronous
      },
    }
  }

  it('refuses to start when SQLite silently keeps another journal mode than the one asked for', () => {
    const sqlite = refusingWal()
    const error = refusal(() => applyDurability(sqlite, SAFE_DURABILITY, '/mnt/share/abacus.db'))
    expect(error.messageKey).toBe('error.sqlite_setting_not_applied')
    expect(translate('en', error.messageKey, error.params)).toBe(
      'SQLite did not accept ABACUS_SQLITE_JOURNAL_MODE=wal for /mnt/share/abacus.db (it is delete; the file system may not support it), so Abacus does not start: saved changes could be lost. Move the database to a local disk, or set ABACUS_ALLOW_UNSAFE_DURABILITY=1 to accept the risk.',
    )
    expect(translate('zh-Hant', error.messageKey, error.params)).toContain('檔案系統可能不支援')
    // …and goes on when told explicitly.
    expect(() => applyDurability(refusingWal(), { ...SAFE_DURABILITY, allowUnsafe: true }, 'x')).not.toThrow()
  })

  it('refuses when the synchronous level read back is not the one set', () => {
    const stuck: PragmaRunner = {
      pragma: (source) => (source.startsWith('journal_mode') ? 'wal' : 0),
    }
    const error = refusal(() => applyDurability(stuck, SAFE_DURABILITY, 'a.db'))
    expect(error.params).toMatchObject({ setting: 'ABACUS_SQLITE_SYNCHRONOUS', value: 'full', actual: 'off' })
  })

  it('leaves an in-memory database alone: nothing in it outlives the process', async () => {
    const database = connect('sqlite::memory:', { sqlite: { ...SAFE_DURABILITY, synchronous: 'off' } })
    expect(database.sqlite?.pragma('journal_mode', { simple: true })).toBe('memory')
    await database.close()
  })
})
