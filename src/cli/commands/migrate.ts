import type { Command } from 'commander'
import { migrate as migrateDatabase } from '../../app/migrate'
import { loadConfig } from '../../app/config'
import { openDatabase } from '../../app/open-database'
import { cliLang, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

async function migrate(options: GlobalOptions) {
  const config = loadConfig(process.env, options.db ? { databaseUrl: options.db } : {})
  const database = openDatabase(config.databaseUrl, { sqlite: config.sqliteDurability })
  try {
    const count = await migrateDatabase(database)
    if (options.json) printJson({ applied: count })
    say(cliLang(options), options.json, 'cli.migrated', { count })
  } finally {
    await database.close()
  }
}

/** `abacus migrate` */
export function registerMigrateCommand(program: Command): Command {
  return program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(runAction(migrate))
}
