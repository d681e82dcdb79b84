import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError } from '../core/app-error'
import type { BackupSummary } from '../contracts/everything'
import { describeDatabaseUrl, type Db } from '../db/connect'
import { backupSqlite, checkSqliteCopy } from '../db/sqlite-backup'
import type { AppContext } from './context'
import { requireActor } from './require-actor'

/** A word for a POSIX shell, quoted only when it needs to be. */
const shellWord = (word: string) =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`

/**
 * PostgreSQL backs up with its own tools, which know its data better than any copy we could make
 * (issue 9 point 5: "pg_dump guidance for PostgreSQL"). The URL's password is masked: the person
 * puts it back or sets PGPASSWORD, so it never lands in a shell history or a log from us.
 */
export function postgresBackupCommands(url: string, file: string): { dump: string; restore: string } {
  const target = shellWord(describeDatabaseUrl(url))
  return {
    dump: `pg_dump --format=custom --no-owner --file=${shellWord(file)} ${target}`,
    restore: `pg_restore --clean --if-exists --no-owner --single-transaction --dbname=${target} ${shellWord(file)}`,
  }
}

/**
 * `abacus backup`: an online copy of a SQLite database, safe while the server writes to it from
 * another process, checked before it counts as done — `integrity_check` and `foreign_key_check`
 * on the copy — and only then given its name (a failed or interrupted backup leaves no file that
 * looks like one). Admins only: the copy holds everything, password hashes included. It writes
 * nothing to the database — no audit row: whoever runs it can read the file anyway, and a write
 * would queue behind the server's under load.
 */
export async function backupDatabase(ctx: AppContext, database: Db, file: string): Promise<BackupSummary> {
  requireActor(ctx, ['admin'])
  if (database.engine !== 'sqlite' || !database.sqlite)
    throw new AppError(
      'domain_rule',
      'error.backup_postgres',
      postgresBackupCommands(ctx.config.databaseUrl, file),
    )
  // Never over an existing file: not an older backup, and above all not the database itself.
  if (existsSync(file)) throw new AppError('conflict', 'error.file_exists', { file })
  mkdirSync(dirname(file), { recursive: true })
  const partial = `${file}.partial-${process.pid}`
  try {
    await backupSqlite(database.sqlite, partial)
    const check = checkSqliteCopy(partial)
    const sound = check.integrity.length === 1 && check.integrity[0] === 'ok'
    if (!sound || check.foreignKeyProblems > 0)
      throw new AppError('internal', 'error.backup_check_failed', {
        detail: sound
          ? `foreign_key_check: ${check.foreignKeyProblems}`
          : check.integrity.slice(0, 5).join('; '),
      })
    renameSync(partial, file)
    const rows = Object.values(check.tables).reduce((sum, n) => sum + n, 0)
    return {
      file,
      bytes: statSync(file).size,
      integrity: 'ok',
      foreignKeyProblems: 0,
      rows,
      tables: check.tables,
    }
  } finally {
    rmSync(partial, { force: true })
  }
}
