import { DEFAULT_DATABASE_URL } from '../db/connect'
import type { SqliteDurability } from '../db/sqlite-durability'

export type Config = Readonly<{
  databaseUrl: string
  /** The organisation's time zone decides what "today" is (DOMAIN.md). */
  timeZone: string
  sessionDays: number
  /** Login attempts allowed per address and email within `loginWindowMs`. */
  loginMax: number
  loginWindowMs: number
  bodyLimitBytes: number
  /** Send cookies with `Secure`: on behind HTTPS in production. */
  secureCookies: boolean
  /** Expenses above this many cents need an admin's approval after the manager's (DOMAIN.md). */
  expenseAdminLimitMinor: number
  /** The organisation's name, on the titles of its reports and decks (ABACUS_ORG_NAME). */
  organisationName: string
  /** A PNG or JPEG file shown on every slide of its decks, optional (ABACUS_ORG_LOGO). */
  organisationLogo: string | null
  /**
   * How a SQLite file keeps its commits (ABACUS_SQLITE_SYNCHRONOUS, default full;
   * ABACUS_SQLITE_JOURNAL_MODE, default wal); weaker settings only with
   * ABACUS_ALLOW_UNSAFE_DURABILITY=1 (db/sqlite-durability.ts).
   */
  sqliteDurability: SqliteDurability
}>

/** Read once from the environment, then frozen (STYLE.md: config read once). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  return Object.freeze({
    databaseUrl: env.ABACUS_DATABASE_URL || DEFAULT_DATABASE_URL,
    timeZone: env.ABACUS_TIME_ZONE || 'Asia/Taipei',
    sessionDays: Number(env.ABACUS_SESSION_DAYS || 14),
    loginMax: Number(env.ABACUS_LOGIN_MAX || 10),
    loginWindowMs: 60_000,
    bodyLimitBytes: 1024 * 1024,
    secureCookies: env.ABACUS_SECURE_COOKIES === '1',
    expenseAdminLimitMinor: Number(env.ABACUS_EXPENSE_ADMIN_LIMIT || 1_000_000),
    organisationName: env.ABACUS_ORG_NAME?.trim() || 'Abacus',
    organisationLogo: env.ABACUS_ORG_LOGO?.trim() || null,
    sqliteDurability: Object.freeze({
      synchronous: env.ABACUS_SQLITE_SYNCHRONOUS?.trim().toLowerCase() || 'full',
      journalMode: env.ABACUS_SQLITE_JOURNAL_MODE?.trim().toLowerCase() || 'wal',
      allowUnsafe: env.ABACUS_ALLOW_UNSAFE_DURABILITY === '1',
    }),
    ...overrides,
  })
}
