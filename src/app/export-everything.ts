import {
  closeSync,
  mkdirSync,
  createWriteStream,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { once } from 'node:events'
import { dirname } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import type { Kysely } from 'kysely'
import { AppError } from '../core/app-error'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  type ArchiveManifest,
  type EverythingSummary,
} from '../contracts/everything'
import { encodeValue } from '../db/archive-value'
import type { Engine } from '../db/connect'
import { batchOf, EVERYTHING_TABLES, type EverythingTable } from '../db/everything-tables'
import { appliedMigrations, countTableRows, tableRows, tableShape } from '../db/everything.repo'
import type { Database } from '../db/schema'
import { nowIso, type AppContext } from './context'
import { requireActor } from './require-actor'

/**
 * Rows whose `parent` column names another row of the same table, parents first, so each row's
 * reference exists when it is written (a user's manager before the user). A row whose parent is
 * not among them keeps its place at the end: the import's foreign key then says what is wrong.
 */
export function parentsFirst(rows: readonly unknown[][], keyAt: number, parentAt: number): unknown[][] {
  const present = new Set(rows.map((r) => r[keyAt]))
  const placed = new Set<unknown>()
  const ordered: unknown[][] = []
  let waiting = [...rows]
  while (waiting.length > 0) {
    const next: unknown[][] = []
    for (const row of waiting) {
      const parent = row[parentAt]
      if (parent === null || !present.has(parent) || placed.has(parent)) {
        ordered.push(row)
        placed.add(row[keyAt])
      } else next.push(row)
    }
    if (next.length === waiting.length) return [...ordered, ...next]
    waiting = next
  }
  return ordered
}

async function* rowsOf(db: Kysely<Database>, table: EverythingTable, columns: string[], key: string[]) {
  if (!table.parentColumn) {
    yield* tableRows(db, table.name, { columns, key }, batchOf(table.name))
    return
  }
  // Tables that reference themselves are small (people); they are ordered whole.
  const all: unknown[][] = []
  for await (const page of tableRows(db, table.name, { columns, key })) all.push(...page)
  yield parentsFirst(all, columns.indexOf(key[0] as string), columns.indexOf(table.parentColumn))
}

/** Writes the archive of what `db` holds, read inside one snapshot (see exportEverything). */
async function writeArchive(db: Kysely<Database>, engine: Engine, path: string, exportedAt: string) {
  const migrations = await appliedMigrations(db)
  const tables: ArchiveManifest['tables'] = []
  const shapes = new Map<string, { columns: string[]; key: string[] }>()
  for (const table of EVERYTHING_TABLES) {
    const shape = await tableShape(db, engine, table.name)
    if (shape.columns.length === 0 || shape.key.length === 0)
      throw new Error(`the table ${table.name} is missing or has no primary key`)
    shapes.set(table.name, shape)
    tables.push({ name: table.name, columns: shape.columns, rows: await countTableRows(db, table.name) })
  }
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    schemaVersion: migrations[migrations.length - 1] ?? '',
    migrations,
    engine,
    exportedAt,
    tables,
  }
  const gzip = createGzip()
  const done = pipeline(gzip, createWriteStream(path))
  done.catch(() => {}) // awaited below; a failed disk also ends the waits for 'drain'
  const write = async (line: string) => {
    if (!gzip.write(line + '\n')) await Promise.race([once(gzip, 'drain'), done])
  }
  try {
    await write(JSON.stringify(manifest))
    let total = 0
    for (const entry of EVERYTHING_TABLES) {
      const { columns, key } = shapes.get(entry.name) as { columns: string[]; key: string[] }
      let written = 0
      for await (const page of rowsOf(db, entry, columns, key)) {
        for (const row of page) await write(JSON.stringify([entry.name, row.map(encodeValue)]))
        written += page.length
      }
      // One snapshot: the rows read are the rows counted, or the export is wrong and stops here.
      const counted = tables.find((t) => t.name === entry.name)?.rows
      if (written !== counted) throw new Error(`${entry.name}: counted ${counted}, read ${written}`)
      total += written
    }
    await write(JSON.stringify({ end: true, rows: total }))
    gzip.end()
    await done
  } catch (error) {
    gzip.destroy()
    throw error
  }
  // On disk before it takes its name, as a backup should be.
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  return { manifest }
}

/**
 * `abacus export-all`: every table's rows (EVERYTHING_TABLES; sessions excluded, see there) in one
 * engine-neutral archive (contracts/everything.ts), read in one snapshot — SQLite's read
 * transaction, PostgreSQL's repeatable read — so it is one moment of the data while writers go on.
 * Admins only: it holds password hashes and token hashes. Written beside the target name, synced,
 * then renamed: an interrupted export leaves no file that looks whole. A pure read (no audit row,
 * as for `abacus backup`): it needs the database's own URL, which already gives everything.
 */
export async function exportEverything(ctx: AppContext, file: string): Promise<EverythingSummary> {
  requireActor(ctx, ['admin'])
  if (existsSync(file)) throw new AppError('conflict', 'error.file_exists', { file })
  mkdirSync(dirname(file), { recursive: true })
  const partial = `${file}.partial-${process.pid}`
  const exportedAt = nowIso(ctx)
  try {
    // Read only on SQLite too: its transactions otherwise begin IMMEDIATE (db/connect.ts) and would
    // hold the write lock for the whole export, stopping a server that writes to the same file.
    const snapshot =
      ctx.engine === 'postgres'
        ? ctx.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
        : ctx.db.transaction().setAccessMode('read only')
    const { manifest } = await snapshot.execute((trx) => writeArchive(trx, ctx.engine, partial, exportedAt))
    renameSync(partial, file)
    const tables = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0)
    return { file, bytes: statSync(file).size, schemaVersion: manifest.schemaVersion, rows, tables }
  } finally {
    rmSync(partial, { force: true })
  }
}
