import { AppError } from '../core/app-error'

/**
 * How SQLite keeps a commit (ABACUS_SQLITE_SYNCHRONOUS, ABACUS_SQLITE_JOURNAL_MODE): by default
 * synchronous=FULL in WAL mode, where a commit is on disk before it is acknowledged and survives a
 * crash or a power cut. Anything weaker is refused at start unless ABACUS_ALLOW_UNSAFE_DURABILITY=1
 * says the risk is taken knowingly (issue 9: "refuses to start on settings that could lose commits").
 */
export type SqliteDurability = Readonly<{
  synchronous: string
  journalMode: string
  /** ABACUS_ALLOW_UNSAFE_DURABILITY=1: start even where a commit could be lost. */
  allowUnsafe: boolean
}>

export const SAFE_DURABILITY: SqliteDurability = {
  synchronous: 'full',
  journalMode: 'wal',
  allowUnsafe: false,
}

/** SQLite's levels in the order of its `PRAGMA synchronous` numbers (0–3). */
const SYNCHRONOUS = ['off', 'normal', 'full', 'extra'] as const
const JOURNAL_MODES = ['wal', 'delete', 'truncate', 'persist', 'memory', 'off'] as const
/** NORMAL may lose the last commits at a power cut; OFF at any OS crash. */
const SAFE_SYNCHRONOUS: readonly string[] = ['full', 'extra']
/** MEMORY and OFF keep no journal on disk: a crash mid-commit can corrupt the database. */
const SAFE_JOURNAL_MODES: readonly string[] = ['wal', 'delete', 'truncate', 'persist']

const SETTING = {
  synchronous: 'ABACUS_SQLITE_SYNCHRONOUS',
  journalMode: 'ABACUS_SQLITE_JOURNAL_MODE',
} as const

/** The one method of better-sqlite3's Database this needs (a fake in tests). */
export type PragmaRunner = { pragma: (source: string, options: { simple: true }) => unknown }

function checkValue(which: keyof typeof SETTING, value: string, allowed: readonly string[]) {
  if (!allowed.includes(value))
    throw new AppError('internal', 'error.sqlite_setting_invalid', {
      setting: SETTING[which],
      value,
      allowed: allowed.join(', '),
    })
}

/** Refuses values SQLite does not know, and unsafe ones unless allowed: before anything is opened. */
export function checkDurability(settings: SqliteDurability): void {
  checkValue('synchronous', settings.synchronous, SYNCHRONOUS)
  checkValue('journalMode', settings.journalMode, JOURNAL_MODES)
  if (settings.allowUnsafe) return
  if (!SAFE_SYNCHRONOUS.includes(settings.synchronous))
    throw new AppError('internal', 'error.sqlite_unsafe_durability', {
      setting: SETTING.synchronous,
      value: settings.synchronous,
    })
  if (!SAFE_JOURNAL_MODES.includes(settings.journalMode))
    throw new AppError('internal', 'error.sqlite_unsafe_durability', {
      setting: SETTING.journalMode,
      value: settings.journalMode,
    })
}

/**
 * Sets the journal mode and synchronous level on a database file and reads them back: a file
 * system that refuses WAL (some network shares do) leaves SQLite in another mode without an
 * error, and the server would run on settings nobody chose. A difference is refused unless
 * unsafe settings are allowed.
 */
export function applyDurability(sqlite: PragmaRunner, settings: SqliteDurability, path: string): void {
  checkDurability(settings)
  const journal = String(sqlite.pragma(`journal_mode = ${settings.journalMode}`, { simple: true }))
  sqlite.pragma(`synchronous = ${settings.synchronous}`, { simple: true })
  const level = Number(sqlite.pragma('synchronous', { simple: true }))
  const synchronous = SYNCHRONOUS[level] ?? String(level)
  const differs = (which: keyof typeof SETTING, wanted: string, actual: string) => {
    if (actual.toLowerCase() !== wanted && !settings.allowUnsafe)
      throw new AppError('internal', 'error.sqlite_setting_not_applied', {
        setting: SETTING[which],
        value: wanted,
        actual: actual.toLowerCase(),
        path,
      })
  }
  differs('journalMode', settings.journalMode, journal)
  differs('synchronous', settings.synchronous, synchronous)
}
