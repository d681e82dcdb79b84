import type { Kysely } from 'kysely'
import type { Role } from '../core/access/roles'
import type { Lang } from '../core/i18n/lang'
import type { Engine } from '../db/connect'
import type { Database } from '../db/schema'
import type { Config } from './config'

/** The signed-in person an operation acts for. */
export type ActingUser = {
  id: string
  email: string
  name: string
  role: Role
  managerId: string | null
  /** Their preferred language, used when a request does not say (Accept-Language). */
  lang: Lang | null
}

/**
 * Everything a use case needs, passed first (STYLE.md 3). `now` is the one clock: tests and the
 * demo set it, core never reads one.
 */
export type AppContext = {
  db: Kysely<Database>
  engine: Engine
  now: () => Date
  config: Config
  actor: ActingUser | null
  lang: Lang
}

/** Runs `work` in one transaction: everything it writes commits together or not at all. */
export function inTransaction<T>(ctx: AppContext, work: (tx: AppContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }))
}

export const nowIso = (ctx: AppContext) => ctx.now().toISOString()
