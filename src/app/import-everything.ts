import { createReadStream, existsSync, statSync } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { AppError } from '../core/app-error'
import {
  ArchiveEndSchema,
  ArchiveManifestSchema,
  type ArchiveManifest,
  type EverythingSummary,
} from '../contracts/everything'
import { decodeValue } from '../db/archive-value'
import { batchOf, EVERYTHING_TABLES } from '../db/everything-tables'
import {
  appliedMigrations,
  countTableRows,
  insertTableRows,
  moveSerialPast,
  tableShape,
} from '../db/everything.repo'
import { inTransaction, type AppContext } from './context'

/**
 * The archive's lines, one at a time; a damaged or cut gzip stream throws. A line longer than a
 * chunk (a run's ranking: megabytes) is kept as pieces and joined once, not joined again with each
 * chunk that arrives.
 */
async function* archiveLines(file: string): AsyncGenerator<string> {
  const source = createReadStream(file)
  const gunzip = createGunzip()
  source.on('error', (error) => gunzip.destroy(error))
  source.pipe(gunzip).setEncoding('utf8')
  let pieces: string[] = []
  for await (const chunk of gunzip as AsyncIterable<string>) {
    let start = 0
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      pieces.push(chunk.slice(start, end))
      yield pieces.join('')
      pieces = []
      start = end + 1
    }
    if (start < chunk.length) pieces.push(chunk.slice(start))
  }
  if (pieces.length > 0) yield pieces.join('')
}

const unreadable = (file: string, detail: string) =>
  new AppError('validation', 'error.archive_unreadable', { file, detail })

/** A line's JSON, or undefined when it is not JSON (which then matches no line's schema). */
function tryJson(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return undefined
  }
}

/** The manifest must describe this version's tables and columns exactly. */
async function checkManifest(ctx: AppContext, manifest: ArchiveManifest) {
  const migrations = await appliedMigrations(ctx.db)
  const database = migrations[migrations.length - 1] ?? ''
  const mismatch = (archive: string) =>
    new AppError('conflict', 'error.archive_schema', { archive, database })
  if (manifest.migrations.join('\n') !== migrations.join('\n')) throw mismatch(manifest.schemaVersion)
  const names = manifest.tables.map((t) => t.name)
  if (names.join('\n') !== EVERYTHING_TABLES.map((t) => t.name).join('\n'))
    throw mismatch(`${manifest.schemaVersion} (${names.length} tables)`)
  for (const table of manifest.tables) {
    const columns = (await tableShape(ctx.db, ctx.engine, table.name)).columns
    if ([...table.columns].sort().join('\n') !== [...columns].sort().join('\n'))
      throw mismatch(`${manifest.schemaVersion} (${table.name}: ${table.columns.join(', ')})`)
  }
}

/** Everything is loaded only into a database that holds nothing, so nothing can be mixed or lost. */
async function checkEmpty(ctx: AppContext) {
  for (const { name } of EVERYTHING_TABLES) {
    const count = await countTableRows(ctx.db, name)
    if (count > 0) throw new AppError('conflict', 'error.archive_target_not_empty', { table: name, count })
  }
}

/**
 * `abacus import-all FILE`: an archive of everything (exportEverything) into an empty database of
 * the same schema version, on either engine, in one transaction — an error anywhere (a cut file, a
 * bad value, a row the database refuses) leaves the database as empty as it was. No audit row:
 * the result is the source's data exactly, its audit log included. There is nobody to act as in
 * an empty database; whoever reaches it from the shell runs this, as for the first `user add`.
 */
export async function importEverything(ctx: AppContext, file: string): Promise<EverythingSummary> {
  const lines = archiveLines(file)
  try {
    if (!existsSync(file)) throw new AppError('not_found', 'error.file_missing', { file })
    const notExport = new AppError('validation', 'error.archive_not_export', { file })
    // Not gzip, or gzip of something else: the first line is not our manifest.
    const first = await lines.next().catch(() => {
      throw notExport
    })
    const parsed = ArchiveManifestSchema.safeParse(first.done ? undefined : tryJson(first.value))
    if (!parsed.success) throw notExport
    const manifest = parsed.data
    await checkManifest(ctx, manifest)
    const tables = await inTransaction(ctx, async (tx) => {
      await checkEmpty(tx)
      return loadRows(tx, manifest, lines).catch((error: unknown) => {
        throw error instanceof AppError ? error : unreadable(file, (error as Error).message)
      })
    })
    const rows = Object.values(tables).reduce((sum, n) => sum + n, 0)
    return { file, bytes: statSync(file).size, schemaVersion: manifest.schemaVersion, rows, tables }
  } finally {
    await lines.return(undefined)
  }
}

/** The rows after the manifest, table after table, checked against it as they come. */
async function loadRows(
  tx: AppContext,
  manifest: ArchiveManifest,
  lines: AsyncGenerator<string>,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(manifest.tables.map((t) => [t.name, 0]))
  const index = new Map(manifest.tables.map((t, i) => [t.name, i]))
  let current = 0
  let batch: unknown[][] = []
  const flush = async () => {
    const table = manifest.tables[current]
    if (batch.length === 0 || !table) return
    await insertTableRows(tx.db, table.name, table.columns, batch)
    batch = []
  }
  let end: { rows: number } | null = null
  for await (const line of lines) {
    if (end) throw new Error('there are lines after the end')
    const value = tryJson(line)
    if (!Array.isArray(value)) {
      const parsed = ArchiveEndSchema.safeParse(value)
      if (!parsed.success) throw new Error('a line is neither a row nor the end')
      end = parsed.data
      continue
    }
    const [name, values] = value as [unknown, unknown]
    const at = typeof name === 'string' ? index.get(name) : undefined
    const table = at === undefined ? undefined : manifest.tables[at]
    if (at === undefined || !table || !Array.isArray(values) || values.length !== table.columns.length)
      throw new Error(`a row does not match the manifest: ${line.slice(0, 80)}`)
    // Rows come table after table, in the order foreign keys need (EVERYTHING_TABLES).
    if (at < current) throw new Error(`the rows of ${table.name} are out of order`)
    if (at > current) {
      await flush()
      current = at
    }
    batch.push(values.map(decodeValue))
    counts[table.name] = (counts[table.name] ?? 0) + 1
    if (batch.length >= batchOf(table.name)) await flush()
  }
  await flush()
  if (!end) throw new Error('the archive ends early: its last line is missing')
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0)
  for (const table of manifest.tables)
    if (counts[table.name] !== table.rows)
      throw new Error(
        `${table.name}: the manifest says ${table.rows} rows, the archive holds ${counts[table.name]}`,
      )
  if (end.rows !== total) throw new Error(`the end says ${end.rows} rows, the archive holds ${total}`)
  for (const table of EVERYTHING_TABLES)
    if ('serial' in table) await moveSerialPast(tx.db, tx.engine, table.name, table.serial)
  return counts
}
