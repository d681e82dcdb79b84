import { randomUUID } from 'node:crypto'
import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { localDateAt } from '../core/dates/local-date'
import { searchText } from '../core/customers/search-text'
import { matchHeaders } from '../core/import/header-synonyms'
import { parseOrderRows, type ImportedOrder, type RowError } from '../core/import/parse-order-rows'
import { isMessageKey, translate } from '../core/i18n/translate'
import type { MessageKey } from '../core/i18n/messages.en'
import { writeAudit } from '../db/audit-log.repo'
import { insertCustomersBulk } from '../db/customers.repo'
import {
  existingOrderNumbers,
  findCustomersForImport,
  findImportBatch,
  insertImportBatch,
  markCustomersImported,
  undoImportBatch,
} from '../db/imports.repo'
import { insertLedgerBulk } from '../db/ledger-bulk.repo'
import { listUsers } from '../db/users.repo'
import { inTransaction, nowIso, type AppContext } from './context'
import { ledgerScope } from './customer-scope'
import { readSheetRows } from './read-sheet-rows'
import { requireActor } from './require-actor'

export const IMPORT_MODES = ['all-or-nothing', 'skip-invalid'] as const
export type ImportMode = (typeof IMPORT_MODES)[number]

/** A field a file lacks, named as the reader knows it (`customerName` → "Customer"). */
const FIELD_LABELS: Record<string, MessageKey> = {
  number: 'label.number',
  orderDate: 'label.orderDate',
  customerName: 'label.customerId',
  customerExternalId: 'label.customerId',
  amount: 'label.amount',
}
const fieldName = (ctx: AppContext, field: string) =>
  FIELD_LABELS[field] ? translate(ctx.lang, FIELD_LABELS[field]) : field

export type ImportReport = {
  batchId: string | null
  committed: boolean
  encoding: string
  rows: number
  orders: { created: number; unchanged: number }
  /** Rows with at least one error. */
  badRows: number
  customersCreated: number
  rounded: number
  errors: { row: number; column: string; message: string }[]
}

/**
 * `abacus import orders` and the import wizard: a team's order sheet (XLSX, or CSV in UTF-8, Big5
 * or GB18030) into orders, matching customers by external id then exact name (created when missing,
 * owned by the order's rep) and reps by email or name. Orders already on file are left unchanged,
 * so the same file imports once. all-or-nothing writes nothing when any row is bad; skip-invalid
 * writes the good orders and reports the bad rows; a dry run reports and writes nothing. What is
 * written is one batch, in one transaction, that `undoImport` takes back.
 */
export async function importOrders(
  ctx: AppContext,
  file: { name: string; bytes: Uint8Array },
  options: { mapping?: Record<string, string>; mode: ImportMode; dryRun: boolean },
): Promise<ImportReport> {
  const actor = requireActor(ctx)
  const scope = await ledgerScope(ctx)
  if (!scope) throw new AppError('forbidden')
  const { encoding, records } = await readSheetRows(file.bytes)
  const [header = [], ...body] = records
  const { columns } = matchHeaders('orders', header, options.mapping)
  const parsed = parseOrderRows(
    body.map((cells, i) => ({ row: i + 2, cells })),
    columns,
    header,
  )
  const errors: RowError[] = [...parsed.errors]
  const repHeader = columns.rep === undefined ? 'rep' : (header[columns.rep] ?? 'rep')

  // Reps by email or name; an order without one belongs to the importer when they sell.
  const users = await listUsers(ctx.db)
  const repOf = (order: ImportedOrder): string | null => {
    if (!order.rep) return OWNER_ROLES.includes(actor.role) ? actor.id : null
    const key = order.rep.toLowerCase()
    const user = users.find((u) => u.email === key) ?? users.find((u) => u.name === order.rep)
    return user && !user.disabled && OWNER_ROLES.includes(user.role as Role) && inScope(scope, user.id)
      ? user.id
      : null
  }
  const known = await existingOrderNumbers(
    ctx.db,
    parsed.orders.map((o) => o.number),
  )
  const customers = await findCustomersForImport(
    ctx.db,
    [...new Set(parsed.orders.flatMap((o) => (o.customerExternalId ? [o.customerExternalId] : [])))],
    [...new Set(parsed.orders.flatMap((o) => (o.customerName ? [o.customerName] : [])))],
  )
  const now = nowIso(ctx)
  const today = localDateAt(ctx.now(), ctx.config.timeZone)
  const newCustomers = new Map<string, Parameters<typeof insertCustomersBulk>[1][number]>()
  const toWrite: { order: ImportedOrder; ownerId: string; customerId: string }[] = []
  let unchanged = 0
  for (const order of parsed.orders) {
    if (known.has(order.number)) {
      unchanged += 1
      continue
    }
    const ownerId = repOf(order)
    if (!ownerId) {
      errors.push({
        row: order.rows[0] as number,
        column: repHeader,
        key: order.rep ? 'import.unknown_rep' : 'field.required',
        params: { value: order.rep ?? '', field: repHeader },
      })
      continue
    }
    const key = order.customerExternalId ?? `name:${order.customerName}`
    const found =
      (order.customerExternalId && customers.byExternalId.get(order.customerExternalId)) ||
      (order.customerName && customers.byName.get(order.customerName)) ||
      undefined
    let customerId = found?.id ?? newCustomers.get(key)?.id
    if (!customerId) {
      const fields = {
        externalId: order.customerExternalId,
        name: order.customerName ?? (order.customerExternalId as string),
        companyName: null,
        taxId: null,
        address: null,
        phone: null,
        website: null,
        industry: null,
        region: null,
        source: null,
        ownerId,
        status: 'active',
        lostReason: null,
        lostDate: null,
        tags: [],
        interests: [],
        preferredTime: null,
        meetingStyle: null,
        preferredWeekdays: [],
        preferredHoursFrom: null,
        preferredHoursTo: null,
        notes: null,
        assignedAt: today,
      }
      customerId = randomUUID()
      newCustomers.set(key, { ...fields, id: customerId, contacts: [], searchText: searchText(fields) })
    }
    toWrite.push({ order, ownerId, customerId })
  }
  const report: ImportReport = {
    batchId: null,
    committed: false,
    encoding,
    rows: body.length,
    orders: { created: toWrite.length, unchanged },
    badRows: new Set(errors.map((e) => e.row)).size,
    customersCreated: newCustomers.size,
    rounded: parsed.rounded,
    errors: errors
      .sort((a, b) => a.row - b.row)
      .map((e) => {
        const column = e.key === 'import.missing_column' ? fieldName(ctx, e.column) : e.column
        const message = isMessageKey(e.key)
          ? translate(ctx.lang, e.key, { field: column, ...e.params, column })
          : e.key
        return { row: e.row, column, message }
      }),
  }
  if (options.dryRun || (errors.length > 0 && options.mode === 'all-or-nothing') || toWrite.length === 0)
    return report
  const batchId = randomUUID()
  await inTransaction(ctx, async (tx) => {
    await insertImportBatch(tx.db, {
      id: batchId,
      kind: 'orders',
      fileName: file.name,
      actorId: actor.id,
      createdAt: now,
      rowsTotal: body.length,
      recordsCreated: toWrite.length,
    })
    await insertCustomersBulk(tx.db, [...newCustomers.values()], now)
    await markCustomersImported(
      tx.db,
      [...newCustomers.values()].map((c) => c.id),
      batchId,
    )
    const stamp = { version: 1, created_at: now, updated_at: now, import_batch_id: batchId }
    const orders = toWrite.map((w) => ({ ...w, id: randomUUID() }))
    await insertLedgerBulk(tx.db, {
      orders: orders.map(({ order, ownerId, customerId, id }) => ({
        id,
        number: order.number,
        external_id: order.number,
        customer_id: customerId,
        owner_id: ownerId,
        order_date: order.orderDate,
        status: order.status,
        total_minor: order.totalMinor,
        ...stamp,
      })),
      lines: orders.flatMap(({ order, id }) =>
        order.lines.map((l, position) => ({
          id: randomUUID(),
          order_id: id,
          position,
          product: l.product,
          quantity_milli: l.quantityMilli,
          unit_price_minor: l.unitPriceMinor,
          discount_minor: l.discountMinor,
          amount_minor: l.amountMinor,
        })),
      ),
      collections: [],
      plans: [],
    })
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'import_batch',
      entityId: batchId,
      action: 'create',
      before: null,
      after: { file: file.name, orders: orders.length, customers: newCustomers.size },
    })
  })
  return { ...report, batchId, committed: true }
}

/** Takes an import back: its orders and the customers it created (if nothing else uses them). */
export async function undoImport(ctx: AppContext, batchId: string) {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const batch = await findImportBatch(tx.db, batchId)
    if (!batch || (batch.actor_id !== actor.id && actor.role !== 'admin')) throw new AppError('not_found')
    if (batch.undone_at) throw new AppError('conflict', 'import.already_undone')
    const now = nowIso(tx)
    const undone = await undoImportBatch(tx.db, batchId, now)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'import_batch',
      entityId: batchId,
      action: 'delete',
      before: null,
      after: undone,
    })
    return undone
  })
}
