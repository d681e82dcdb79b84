import type { CsvRecord } from '../core/csv/csv-records'
import { parseOrderRows, type ImportedOrder, type RowError } from '../core/import/parse-order-rows'
import type { CustomerFields } from '../db/customers.repo'
import { deleteImportedOrders, existingOrderNumbers, setOrderTotals } from '../db/imports.repo'
import { insertLedgerBulk } from '../db/ledger-bulk.repo'
import type { AppContext } from './context'
import { customerMatcher } from './import-customer-matcher'
import { runImport, type ImportOptions, type ImportReport, type ImportRun } from './import-run'
import { newId } from './new-id'
import type { ImportFile } from './sheet-rows'

/** An order this import has met: made (with what it holds so far), already on file, or refused. */
type Seen =
  { state: 'new'; id: string; head: string; lines: number; total: number } | { state: 'unchanged' | 'bad' }

/** What rows of one order must agree on. */
const headOf = (o: ImportedOrder) =>
  `${o.orderDate}\u0000${o.customerExternalId ?? ''}\u0000${o.customerName ?? ''}\u0000${o.rep ?? ''}`

/**
 * `abacus import orders` and the import wizard: a team's order sheet (XLSX, or CSV in UTF-8, Big5
 * or GB18030) into orders, matching customers by external id then exact name (created when missing,
 * owned by the order's rep) and reps by email or name. Rows sharing an order number are one order
 * wherever they stand in the file: rows met in a later batch are added to the order already made.
 * Orders already on file are left unchanged, so the same file imports once.
 */
export function importOrders(
  ctx: AppContext,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportReport> {
  let columns: Partial<Record<string, number>> = {}
  let repHeader = 'rep'
  const seen = new Map<string, Seen>()
  const customers = customerMatcher()

  const batch = async (records: readonly CsvRecord[], run: ImportRun) => {
    const parsed = parseOrderRows(
      records.map((r) => ({ row: r.line, cells: r.cells })),
      columns,
      run.header,
    )
    run.fail(parsed.errors)
    run.counts.rounded += parsed.rounded
    const errors: RowError[] = []
    // An order made from earlier rows with a bad row here is refused whole.
    const refused: string[] = []
    const refuse = (number: string) => {
      const before = seen.get(number)
      if (before?.state === 'new') {
        refused.push(before.id)
        run.counts.created -= 1
      }
      if (before?.state !== 'unchanged') seen.set(number, { state: 'bad' })
    }
    for (const number of parsed.badNumbers) refuse(number)

    const fresh = parsed.orders.filter((o) => !seen.has(o.number))
    const onFile = await existingOrderNumbers(
      run.db,
      fresh.map((o) => o.number),
    )
    await customers.load(
      run,
      fresh
        .filter((o) => !onFile.has(o.number))
        .map((o) => ({ externalId: o.customerExternalId, name: o.customerName })),
    )
    const newCustomers: (CustomerFields & { id: string; searchText: string; contacts: [] })[] = []
    const orders: Parameters<typeof insertLedgerBulk>[1]['orders'] = []
    const lines: Parameters<typeof insertLedgerBulk>[1]['lines'] = []
    const grown: { id: string; total: number }[] = []
    const stamp = { version: 1, created_at: run.now, updated_at: run.now, import_batch_id: run.batchId }
    const addLines = (orderId: string, order: ImportedOrder, from: number) =>
      order.lines.forEach((l, i) =>
        lines.push({
          id: newId(),
          order_id: orderId,
          position: from + i,
          product: l.product,
          quantity_milli: l.quantityMilli,
          unit_price_minor: l.unitPriceMinor,
          discount_minor: l.discountMinor,
          amount_minor: l.amountMinor,
        }),
      )

    for (const order of parsed.orders) {
      const before = seen.get(order.number)
      if (before?.state === 'unchanged' || before?.state === 'bad') continue
      if (before?.state === 'new') {
        if (before.head !== headOf(order)) {
          errors.push({
            row: order.rows[0] as number,
            column: run.header[columns.number as number] ?? 'number',
            key: 'import.inconsistent_order',
            params: { number: order.number },
          })
          refuse(order.number)
          continue
        }
        addLines(before.id, order, before.lines)
        before.lines += order.lines.length
        before.total += order.totalMinor
        grown.push({ id: before.id, total: before.total })
        continue
      }
      if (onFile.has(order.number)) {
        seen.set(order.number, { state: 'unchanged' })
        run.counts.unchanged += 1
        continue
      }
      const ownerId = run.repId(order.rep)
      const customer = ownerId
        ? customers.resolve(
            run,
            { externalId: order.customerExternalId, name: order.customerName },
            ownerId,
            newCustomers,
          )
        : null
      if (!ownerId || !customer || 'error' in customer) {
        errors.push(
          !ownerId
            ? {
                row: order.rows[0] as number,
                column: repHeader,
                key: order.rep ? 'import.unknown_rep' : 'field.required',
                params: { value: order.rep ?? '', field: repHeader },
              }
            : {
                row: order.rows[0] as number,
                column:
                  run.header[(columns.customerExternalId ?? columns.customerName) as number] ?? 'customer',
                key: (customer as { error: RowError['key'] }).error,
                params: { value: order.customerExternalId ?? order.customerName ?? '' },
              },
        )
        seen.set(order.number, { state: 'bad' })
        continue
      }
      const id = newId()
      seen.set(order.number, {
        state: 'new',
        id,
        head: headOf(order),
        lines: order.lines.length,
        total: order.totalMinor,
      })
      run.counts.created += 1
      orders.push({
        id,
        number: order.number,
        external_id: order.number,
        customer_id: customer.id,
        owner_id: ownerId,
        order_date: order.orderDate,
        status: order.status,
        total_minor: order.totalMinor,
        ...stamp,
      })
      addLines(id, order, 0)
    }
    run.fail(errors)
    if (!run.writing()) return
    await customers.write(run, newCustomers)
    await insertLedgerBulk(run.db, { orders, lines, collections: [], plans: [] })
    await setOrderTotals(run.db, grown)
    await deleteImportedOrders(run.db, refused)
  }

  return runImport(ctx, 'orders', file, options, {
    start: (found, header) => {
      columns = found
      repHeader = found.rep === undefined ? 'rep' : (header[found.rep] ?? 'rep')
      return parseOrderRows([], found, header).errors
    },
    batch,
  })
}
