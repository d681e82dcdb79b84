import type { Command } from 'commander'
import { resolve } from 'node:path'
import { backupDatabase } from '../../app/backup'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

/**
 * `abacus backup --out FILE`: an online, checked copy of the SQLite database, safe while the
 * server runs (app/backup.ts); on PostgreSQL, the pg_dump and pg_restore commands to use, and exit 1.
 */
async function backup(options: GlobalOptions & { out: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const summary = await backupDatabase(ctx, database, resolve(options.out))
    if (options.json) printJson(summary)
    say(ctx.lang, options.json, 'cli.backup_done', {
      file: summary.file,
      bytes: summary.bytes,
      rows: summary.rows,
      tables: Object.keys(summary.tables).length,
    })
  } finally {
    await database.close()
  }
}

/** `abacus backup` */
export function registerBackupCommand(program: Command): Command {
  return program
    .command('backup')
    .description(
      'copy the SQLite database while it runs, then check the copy (admins; PostgreSQL: pg_dump guidance)',
    )
    .requiredOption('--out <file>', 'the new backup file (never overwritten)')
    .action(runAction(backup))
}
