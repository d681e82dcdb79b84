import SQLite from 'better-sqlite3'

/**
 * SQLite's online backup, in one step. The backup API copies pages and starts over whenever
 * another connection (the server, in another process) writes to the source between two steps;
 * better-sqlite3 copies 100 pages per step by default, so a busy server could keep a large
 * backup from ever finishing. One step copies every page inside one read transaction: a
 * consistent snapshot of the last commit, while writers go on (WAL: readers never block them).
 */
export async function backupSqlite(source: SQLite.Database, file: string): Promise<void> {
  await source.backup(file, { progress: () => 0x7fffffff })
}

export type SqliteCopyCheck = {
  /** `PRAGMA integrity_check`: ['ok'] when sound, else its findings. */
  integrity: string[]
  /** Rows of `PRAGMA foreign_key_check`: references to rows that do not exist. */
  foreignKeyProblems: number
  /** Rows per application table. */
  tables: Record<string, number>
}

/**
 * Opens a copy and checks it as a restore would find it. The copy leaves WAL mode first: a backup
 * is one self-contained file, with no -wal beside it to lose when it is copied away.
 */
export function checkSqliteCopy(file: string): SqliteCopyCheck {
  const copy = new SQLite(file, { fileMustExist: true })
  try {
    copy.pragma('journal_mode = DELETE')
    const integrity = (copy.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    )
    const foreignKeyProblems = (copy.pragma('foreign_key_check') as unknown[]).length
    const names = (
      copy
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name not like 'kysely\\_%' escape '\\' order by name",
        )
        .all() as { name: string }[]
    ).map((r) => r.name)
    const tables = Object.fromEntries(
      names.map((name) => [
        name,
        (copy.prepare(`select count(*) as n from "${name.replace(/"/g, '""')}"`).get() as { n: number }).n,
      ]),
    )
    return { integrity, foreignKeyProblems, tables }
  } finally {
    copy.close()
  }
}
