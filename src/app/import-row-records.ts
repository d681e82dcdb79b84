import { createHash } from 'node:crypto'
import type { CsvRecord } from '../core/csv/csv-records'
import { ownCopy } from '../core/text/own-copy'
import type { RawRow, RowError } from '../core/import/parse-order-rows'
import type { MessageKey } from '../core/i18n/messages.en'
import type { CustomerFields } from '../db/customers.repo'
import { existingExternalIds } from '../db/imports.repo'
import { customerMatcher } from './import-customer-matcher'
import type { ImportHandler, ImportRun } from './import-run'

/** What every one-row record (a collection, an expense) carries: its key, customer, rep and row. */
export type RowRecord = {
  externalId: string | null
  customerExternalId: string | null
  customerName: string | null
  rep: string | null
  row: number
}

type NewCustomers = (CustomerFields & { id: string; searchText: string; contacts: [] })[]

/** Where a record goes: its customer (made if missing) and owner, or why it cannot be placed. */
export type Placing = {
  run: ImportRun
  columns: Partial<Record<string, number>>
  /** The file's header of a field, to name the column of an error. */
  column: (field: string) => string
  /** The customer's id (created, owned by `ownerId`, when on file nowhere), or an error key. */
  customer: (record: RowRecord, ownerId: string) => { id: string } | { error: MessageKey }
  /** Owner of a customer already on file (matched), for records credited to the customer's owner. */
  customerOwner: (record: RowRecord) => string | null | undefined
  /** The error of a row whose rep is unknown (named) or missing (not named, nobody to default to). */
  repError: (record: RowRecord) => RowError[]
  /** The error of a row whose customer cannot be used, on the column that named it. */
  customerError: (record: RowRecord, key: MessageKey) => RowError[]
}

/**
 * The shared handler of imports whose rows are one record each (collections, expenses): parses a
 * batch with the kind's parser, drops what is already on file (by external id; rows without one
 * get a key made from their content and how many times that content came before in the file, so
 * re-importing the same file changes nothing), refuses an external id met on an earlier row,
 * matches customers, and lets the kind turn each record into a table row.
 */
export function rowRecordsHandler<R extends RowRecord, Row>(spec: {
  table: 'collections' | 'expenses' | 'follow_ups'
  parse: (
    rows: RawRow[],
    columns: Partial<Record<string, number>>,
    header: readonly string[],
  ) => { records: R[]; errors: RowError[]; rounded: number }
  /** Everything that makes a row the same record, for the made-up key of rows without an id. */
  content: (record: R) => string
  /** Looks up, once per batch, what the kind needs besides customers (the orders collections pay). */
  prepare?: (records: readonly R[], run: ImportRun) => Promise<void>
  /** The record as a table row, or the errors that refuse it. */
  place: (record: R, key: string, placing: Placing) => Row | RowError[]
  write: (run: ImportRun, rows: Row[]) => Promise<void>
}): ImportHandler {
  let columns: Partial<Record<string, number>> = {}
  const firstRow = new Map<string, number>()
  const occurrences = new Map<string, number>()
  const customers = customerMatcher()
  const column = (header: readonly string[], field: string) =>
    columns[field] === undefined ? field : (header[columns[field] as number] ?? field)

  const keyOf = (record: R) => {
    if (record.externalId) return record.externalId
    const digest = createHash('sha256').update(spec.content(record)).digest('base64url').slice(0, 22)
    const seen = occurrences.get(digest) ?? 0
    occurrences.set(digest, seen + 1)
    return `row:${digest}:${seen}`
  }

  const batch = async (records: readonly CsvRecord[], run: ImportRun) => {
    const parsed = spec.parse(
      records.map((r) => ({ row: r.line, cells: r.cells })),
      columns,
      run.header,
    )
    run.fail(parsed.errors)
    run.counts.rounded += parsed.rounded
    const errors: RowError[] = []
    const keyed: { record: R; key: string }[] = []
    for (const record of parsed.records) {
      const key = keyOf(record)
      const first = firstRow.get(key)
      if (first !== undefined) {
        errors.push({
          row: record.row,
          column: column(run.header, 'externalId'),
          key: 'import.duplicate_id',
          params: { value: key, first },
        })
        continue
      }
      firstRow.set(ownCopy(key), record.row)
      keyed.push({ record, key })
    }
    const onFile = await existingExternalIds(
      run.db,
      spec.table,
      keyed.map((k) => k.key),
    )
    const fresh = keyed.filter((k) => !onFile.has(k.key))
    run.counts.unchanged += keyed.length - fresh.length
    const refs = fresh
      .filter((k) => k.record.customerExternalId || k.record.customerName)
      .map((k) => ({ externalId: k.record.customerExternalId, name: k.record.customerName }))
    await customers.load(run, refs)
    await spec.prepare?.(
      fresh.map((k) => k.record),
      run,
    )
    const newCustomers: NewCustomers = []
    const placing: Placing = {
      run,
      columns,
      column: (field) => column(run.header, field),
      customer: (record, ownerId) => {
        const made = customers.resolve(
          run,
          { externalId: record.customerExternalId, name: record.customerName },
          ownerId,
          newCustomers,
        )
        return 'error' in made ? { error: made.error } : made
      },
      customerOwner: (record) =>
        customers.known({ externalId: record.customerExternalId, name: record.customerName })?.ownerId,
      repError: (record) => [
        {
          row: record.row,
          column: column(run.header, 'rep'),
          key: record.rep ? 'import.unknown_rep' : 'field.required',
          params: { value: record.rep ?? '', field: column(run.header, 'rep') },
        },
      ],
      customerError: (record, key) => [
        {
          row: record.row,
          column: column(run.header, record.customerExternalId ? 'customerExternalId' : 'customerName'),
          key,
          params: { value: record.customerExternalId ?? record.customerName ?? '' },
        },
      ],
    }
    const rows: Row[] = []
    for (const { record, key } of fresh) {
      const placed = spec.place(record, key, placing)
      if (Array.isArray(placed)) errors.push(...placed)
      else rows.push(placed)
    }
    run.fail(errors)
    run.counts.created += rows.length
    await customers.write(run, newCustomers)
    await spec.write(run, rows)
  }

  return {
    start: (found, header) => {
      columns = found
      return spec.parse([], found, header).errors
    },
    batch,
  }
}
