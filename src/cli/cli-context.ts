import { loadConfig, type Config } from '../app/config'
import type { AppContext } from '../app/context'
import { findActor } from '../app/find-actor'
import { migrate } from '../app/migrate'
import { parseLang, type Lang } from '../core/i18n/lang'
import { openDatabase, type OpenDatabase } from '../app/open-database'

export type GlobalOptions = { db?: string; lang?: string; json?: boolean; as?: string }

/** The CLI's language: --lang, else ABACUS_LANG, else the shell's LANG (zh_TW.UTF-8 → zh-Hant). */
export function cliLang(options: GlobalOptions): Lang {
  const raw = options.lang ?? process.env.ABACUS_LANG ?? process.env.LC_ALL ?? process.env.LANG ?? ''
  return parseLang(raw.replace(/_/g, '-').replace(/\..*$/, ''), 'en')
}

/**
 * Opens the database named by --db (or ABACUS_DATABASE_URL), migrates it, and makes the context
 * of one command, acting as --as (default: the first admin) when `withActor` is set.
 */
export async function openCli(
  options: GlobalOptions,
  withActor = true,
): Promise<{ ctx: AppContext; config: Config; database: OpenDatabase }> {
  const config = loadConfig(process.env, options.db ? { databaseUrl: options.db } : {})
  const database = openDatabase(config.databaseUrl, { sqlite: config.sqliteDurability })
  await migrate(database)
  const base: AppContext = {
    db: database.db,
    engine: database.engine,
    now: () => new Date(),
    config,
    actor: null,
    lang: cliLang(options),
  }
  const actor = withActor ? await findActor(base, options.as) : null
  return { ctx: { ...base, actor }, config, database }
}
