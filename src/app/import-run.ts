import type { Kysely } from 'kysely'
import { AppError } from '../core/app-error'
import { inScope, type Scope } from '../core/access/customer-access'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import type { CsvRecord } from '../core/csv/csv-records'
import { localDateAt } from '../core/dates/local-date'
import { HEADER_SYNONYMS, matchHeaders, type ImportKind } from '../core/import/header-synonyms'
import type { RowError } from '../core/import/parse-order-rows'
import { isMessageKey, translate } from '../core/i18n/translate'
import type { MessageKey } from '../core/i18n/messages.en'
import { writeAudit } from '../db/audit-log.repo'
import { withCheckpointAside } from '../db/connect'
import { insertImportBatch } from '../db/imports.repo'
import type { Database } from '../db/schema'
import { listUsers } from '../db/users.repo'
import { inTransaction, nowIso, type ActingUser, type AppContext } from './context'
import { ledgerScope } from './customer-scope'
import { newId } from './new-id'
import { readSheet, type ImportFile } from './sheet-rows'
import { requireActor } from './require-actor'

export const IMPORT_MODES = ['all-or-nothing', 'skip-invalid'] as const
export type ImportMode = (typeof IMPORT_MODES)[number]

/** How far an import has read: bytes of the file, and rows. */
export type ImportProgress = { bytes: number; totalBytes: number; rows: number }

export type ImportOptions = {
  mapping?: Record<string, string>
  mode: ImportMode
  dryRun: boolean
  onProgress?: (progress: ImportProgress) => void
  /** Rows handed to the kind at a time (default 5,000): small in tests, to cross batch edges. */
  batchRows?: number
  /**
   * Orders an import makes before it builds the orders' random-key indexes after its rows instead
   * of with them (default 20,000, and at least as many as were on file): small in tests.
   */
  deferIndexesAfter?: number
}

export type ImportReport = {
  kind: ImportKind
  /** The file's header row, and which of its columns each field was read from (null: none). */
  header: string[]
  columns: Record<string, string | null>
  batchId: string | null
  committed: boolean
  encoding: string
  rows: number
  created: number
  unchanged: number
  /** Rows with at least one error. */
  badRows: number
  customersCreated: number
  rounded: number
  errors: { row: number; column: string; message: string }[]
  /** Errors beyond the first MAX_ERRORS, counted but not listed. */
  errorsOmitted: number
}

/** Enough to fix a file by; a file with more bad rows than this is the wrong file. */
const MAX_ERRORS = 10_000

/** A field a file lacks, named as the reader knows it (`customerName` → "Customer"). */
const FIELD_LABELS: Record<string, MessageKey> = {
  number: 'label.number',
  orderDate: 'label.orderDate',
  customerName: 'label.customerId',
  customerExternalId: 'label.customerId',
  amount: 'label.amount',
  date: 'label.expenseDate',
  name: 'label.name',
  category: 'label.category',
}

/** What a kind of import is given while it runs: where to write, and what it has met so far. */
export type ImportRun = {
  ctx: AppContext
  actor: ActingUser
  scope: Scope
  /** The import's transaction: write freely, the runner commits or rolls back at the end. */
  db: Kysely<Database>
  batchId: string
  now: string
  today: string
  header: readonly string[]
  fail: (errors: readonly RowError[]) => void
  counts: { created: number; unchanged: number; customersCreated: number; rounded: number }
  /** The user a rep cell names (email or name), when they may own records the importer records. */
  repId: (cell: string | null) => string | null
}

/** One kind of import: what it needs of the header, and what it does with each batch of rows. */
export type ImportHandler = {
  /** Errors for missing columns (row 1), or none; the columns found are the handler's to keep. */
  start: (columns: Partial<Record<string, number>>, header: readonly string[]) => RowError[]
  batch: (records: readonly CsvRecord[], run: ImportRun) => Promise<void>
  /** After the last batch, before the commit. */
  finish?: (run: ImportRun) => Promise<void>
}

const ROLLBACK = Symbol('rollback')

/**
 * Runs an import of any kind (`abacus import …` and the wizard): streams the sheet in batches to
 * the kind's handler inside one transaction, collects the bad rows with their row and column, and
 * commits one batch that `undoImport` can take back — or nothing: a dry run rolls everything
 * back, and so does all-or-nothing when any row is bad (it reads on, so the report lists every
 * bad row). Memory stays flat: only the batch being read and what the handler keeps are held.
 */
export async function runImport(
  ctx: AppContext,
  kind: ImportKind,
  file: ImportFile,
  options: ImportOptions,
  handler: ImportHandler,
): Promise<ImportReport> {
  const actor = requireActor(ctx)
  const scope = await ledgerScope(ctx)
  if (!scope) throw new AppError('forbidden')
  const users = await listUsers(ctx.db)
  const repId = (cell: string | null): string | null => {
    if (!cell) return OWNER_ROLES.includes(actor.role) ? actor.id : null
    const key = cell.toLowerCase()
    const user = users.find((u) => u.email === key) ?? users.find((u) => u.name === cell)
    return user && !user.disabled && OWNER_ROLES.includes(user.role as Role) && inScope(scope, user.id)
      ? user.id
      : null
  }
  const errors: RowError[] = []
  const badRows = new Set<number>()
  let errorCount = 0
  let rows = 0
  let bytes = 0
  const sheet = await readSheet(file, {
    ...(options.batchRows ? { batchRows: options.batchRows } : {}),
    onBytes: (n) => {
      bytes = n
    },
  })
  let columns: Partial<Record<string, number>> = {}
  const report = (committed: boolean, batchId: string | null, run: ImportRun): ImportReport => ({
    kind,
    header: [...run.header],
    columns: Object.fromEntries(
      Object.keys(HEADER_SYNONYMS[kind]).map((field) => {
        const index = columns[field]
        return [field, index === undefined ? null : (run.header[index] ?? null)]
      }),
    ),
    batchId,
    committed,
    encoding: sheet.encoding,
    rows,
    ...run.counts,
    badRows: badRows.size,
    errors: errors
      .sort((a, b) => a.row - b.row)
      .map((e) => {
        const column =
          e.key === 'import.missing_column' && FIELD_LABELS[e.column]
            ? translate(ctx.lang, FIELD_LABELS[e.column] as MessageKey)
            : e.column
        const message = isMessageKey(e.key)
          ? translate(ctx.lang, e.key, { field: column, ...e.params, column })
          : e.key
        return { row: e.row, column, message }
      }),
    errorsOmitted: errorCount - errors.length,
  })

  const execute = async (db: Kysely<Database>): Promise<ImportRun> => {
    const run: ImportRun = {
      ctx,
      actor,
      scope,
      db,
      batchId: newId(),
      now: nowIso(ctx),
      today: localDateAt(ctx.now(), ctx.config.timeZone),
      header: [],
      fail: (found) => {
        for (const e of found) {
          errorCount += 1
          badRows.add(e.row)
          if (errors.length < MAX_ERRORS) errors.push(e)
        }
      },
      counts: { created: 0, unchanged: 0, customersCreated: 0, rounded: 0 },
      repId,
    }
    let started = false
    for await (const batch of sheet.batches) {
      let records = batch
      if (!started) {
        started = true
        const header = (records[0]?.cells ?? []).map((h) => h.trim())
        run.header = header
        records = records.slice(1)
        columns = matchHeaders(kind, header, options.mapping).columns
        const missing = handler.start(columns, header)
        if (missing.length) {
          run.fail(missing)
          return run
        }
      }
      rows += records.length
      await handler.batch(records, run)
      if (options.onProgress) {
        options.onProgress({ bytes, totalBytes: file.size, rows })
        // SQLite answers synchronously: without a turn of the event loop, progress written to a
        // streamed response would leave all at once at the end.
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    if (!started) run.fail(handler.start({}, []))
    await handler.finish?.(run)
    return run
  }

  // Even a dry run writes, inside the transaction it then rolls back: the database itself keeps
  // what the import has made so far (the orders a later row adds to), and memory stays flat.
  let finished: ImportRun | null = null
  try {
    // A commit of a large import leaves the log's checkpoint to another thread (db/checkpoint-aside.ts).
    await withCheckpointAside(ctx.db, () =>
      inTransaction(ctx, async (tx) => {
        const run = await execute(tx.db)
        finished = run
        const written = run.counts.created + run.counts.customersCreated
        if (options.dryRun || (options.mode === 'all-or-nothing' && errorCount > 0) || written === 0)
          throw ROLLBACK
        await insertImportBatch(tx.db, {
          id: run.batchId,
          kind,
          fileName: file.name,
          actorId: actor.id,
          createdAt: run.now,
          rowsTotal: rows,
          recordsCreated: run.counts.created,
        })
        await writeAudit(tx.db, {
          at: run.now,
          actorId: actor.id,
          entity: 'import_batch',
          entityId: run.batchId,
          action: 'create',
          before: null,
          after: {
            kind,
            file: file.name,
            created: run.counts.created,
            customers: run.counts.customersCreated,
          },
        })
      }),
    )
  } catch (error) {
    if (error !== ROLLBACK) throw error
    return report(false, null, finished as unknown as ImportRun)
  }
  const run = finished as unknown as ImportRun
  return report(true, run.batchId, run)
}
