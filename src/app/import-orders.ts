import type { CsvRecord } from '../core/csv/csv-records'
import { ownCopy } from '../core/text/own-copy'
import { parseOrderRows, type ImportedOrder, type RowError } from '../core/import/parse-order-rows'
import type { CustomerFields } from '../db/customers.repo'
import { deferOrderIndexes } from '../db/deferred-indexes'
import { countOrders, deleteImportedOrders, ordersOnFile, setOrderTotals } from '../db/imports.repo'
import { insertLedgerBulk } from '../db/ledger-bulk.repo'
import type { AppContext } from './context'
import { customerMatcher } from './import-customer-matcher'
import { runImport, type ImportOptions, type ImportReport, type ImportRun } from './import-run'
import { newId } from './new-id'
import type { ImportFile } from './sheet-rows'

/** Orders an import makes before it may build the orders' random-key indexes after its rows. */
const DEFER_AFTER = 20_000

/**
 * `abacus import orders` and the import wizard: a team's order sheet (XLSX, or CSV in UTF-8, Big5
 * or GB18030) into orders, matching customers by external id then exact name (created when missing,
 * owned by the order's rep) and reps by email or name. Rows sharing an order number are one order
 * wherever they stand in the file: rows met in a later batch are added to the order already made
 * (and must agree with it on date, customer and rep). Orders already on file are left unchanged,
 * so the same file imports once.
 */
export function importOrders(
  ctx: AppContext,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportReport> {
  let columns: Partial<Record<string, number>> = {}
  let repHeader = 'rep'
  // The database holds what this import has made (even a dry run writes, then rolls back); memory
  // keeps only the numbers it refused or found on file, so their later rows are passed over.
  const refused = new Set<string>()
  const unchanged = new Set<string>()
  const customers = customerMatcher()
  // A large import into a small table builds the orders' random-key indexes once, after its rows
  // (db/deferred-indexes.ts): decided once it has made DEFER_AFTER orders and as many as were on file.
  const deferAfter = options.deferIndexesAfter ?? DEFER_AFTER
  let onFileBefore: number | null = null
  let buildIndexes: (() => Promise<void>) | null = null

  const batch = async (records: readonly CsvRecord[], run: ImportRun) => {
    const parsed = parseOrderRows(
      records.map((r) => ({ row: r.line, cells: r.cells })),
      columns,
      run.header,
    )
    run.fail(parsed.errors)
    run.counts.rounded += parsed.rounded
    const onFile = await ordersOnFile(run.db, [
      ...parsed.badNumbers,
      ...parsed.orders.filter((o) => !refused.has(o.number) && !unchanged.has(o.number)).map((o) => o.number),
    ])
    const ours = (number: string) => {
      const order = onFile.get(number)
      return order?.importBatchId === run.batchId ? order : undefined
    }
    const errors: RowError[] = []
    // An order made from earlier rows with a bad row here is refused whole.
    const deleted: string[] = []
    const refuse = (number: string) => {
      const made = ours(number)
      if (made) {
        deleted.push(made.id)
        run.counts.created -= 1
      }
      refused.add(ownCopy(number))
    }
    for (const number of parsed.badNumbers) if (!onFile.has(number) || ours(number)) refuse(number)

    await customers.load(
      run,
      parsed.orders
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
    const fail = (order: ImportedOrder, error: Omit<RowError, 'row'>) => {
      errors.push({ row: order.rows[0] as number, ...error })
      refuse(order.number)
    }
    const customerColumn = () =>
      run.header[(columns.customerExternalId ?? columns.customerName) as number] ?? 'customer'

    for (const order of parsed.orders) {
      if (refused.has(order.number) || unchanged.has(order.number)) continue
      const made = ours(order.number)
      if (onFile.has(order.number) && !made) {
        unchanged.add(ownCopy(order.number))
        run.counts.unchanged += 1
        continue
      }
      const ownerId = run.repId(order.rep)
      if (!ownerId) {
        fail(order, {
          column: repHeader,
          key: order.rep ? 'import.unknown_rep' : 'field.required',
          params: { value: order.rep ?? '', field: repHeader },
        })
        continue
      }
      const customer = customers.resolve(
        run,
        { externalId: order.customerExternalId, name: order.customerName },
        ownerId,
        newCustomers,
      )
      if ('error' in customer) {
        fail(order, {
          column: customerColumn(),
          key: customer.error,
          params: { value: order.customerExternalId ?? order.customerName ?? '' },
        })
        continue
      }
      if (made) {
        // More rows of an order this import made from earlier rows: they must agree with those.
        if (
          made.orderDate !== order.orderDate ||
          made.customerId !== customer.id ||
          made.ownerId !== ownerId
        ) {
          fail(order, {
            column: run.header[columns.number as number] ?? 'number',
            key: 'import.inconsistent_order',
            params: { number: order.number },
          })
          continue
        }
        addLines(made.id, order, made.lines)
        made.lines += order.lines.length
        made.totalMinor += order.totalMinor
        grown.push({ id: made.id, total: made.totalMinor })
        continue
      }
      const id = newId()
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
    await customers.write(run, newCustomers)
    await insertLedgerBulk(run.db, { orders, lines, collections: [], plans: [] })
    await setOrderTotals(run.db, grown)
    await deleteImportedOrders(run.db, deleted)
    if (!buildIndexes && run.counts.created >= deferAfter) {
      // Counted once, when the import first gets this large: a small import never counts.
      onFileBefore ??= (await countOrders(run.db)) - run.counts.created
      if (run.counts.created >= onFileBefore) buildIndexes = await deferOrderIndexes(run.db)
    }
  }

  return runImport(ctx, 'orders', file, options, {
    start: (found, header) => {
      columns = found
      repHeader = found.rep === undefined ? 'rep' : (header[found.rep] ?? 'rep')
      return parseOrderRows([], found, header).errors
    },
    batch,
    finish: async () => {
      // A dry run rolls back, which brings the indexes back as they were: nothing to build.
      if (!options.dryRun) await buildIndexes?.()
    },
  })
}
