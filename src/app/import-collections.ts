import { inScope } from '../core/access/customer-access'
import { OWNER_ROLES } from '../core/access/roles'
import { parseCollectionRows, type ImportedCollection } from '../core/import/parse-collection-rows'
import { ordersByNumber } from '../db/imports.repo'
import { insertLedgerBulk } from '../db/ledger-bulk.repo'
import type { AppContext } from './context'
import { rowRecordsHandler } from './import-row-records'
import { runImport, type ImportOptions, type ImportReport } from './import-run'
import { newId } from './new-id'
import type { ImportFile } from './sheet-rows'

type CollectionRow = Parameters<typeof insertLedgerBulk>[1]['collections'][number]

/**
 * `abacus import collections` and the wizard: a sheet of collections (回款), each of a customer
 * (matched by external id then name, created when missing), optionally paying an order (by its
 * number, which must be the same customer's). As when recorded by hand, a collection is credited
 * to the rep the sheet names, else the order's rep, else the customer's owner.
 */
export function importCollections(
  ctx: AppContext,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportReport> {
  let orders = new Map<string, { id: string; customerId: string; ownerId: string }>()
  return runImport(
    ctx,
    'collections',
    file,
    options,
    rowRecordsHandler<ImportedCollection, CollectionRow>({
      table: 'collections',
      parse: (rows, columns, header) => {
        const parsed = parseCollectionRows(rows, columns, header)
        return { records: parsed.collections, errors: parsed.errors, rounded: parsed.rounded }
      },
      content: (c) =>
        [
          c.customerExternalId,
          c.customerName,
          c.orderNumber,
          c.date,
          c.amountMinor,
          c.method,
          c.rep,
          c.note,
        ].join('\u0000'),
      prepare: async (records, run) => {
        const numbers = [...new Set(records.flatMap((c) => (c.orderNumber ? [c.orderNumber] : [])))]
        orders = await ordersByNumber(run.db, numbers)
      },
      place: (c, key, { run, column, customer, customerOwner, repError, customerError }) => {
        const order = c.orderNumber ? orders.get(c.orderNumber) : undefined
        if (c.orderNumber && (!order || !inScope(run.scope, order.ownerId)))
          return [
            {
              row: c.row,
              column: column('orderNumber'),
              key: 'import.unknown_order',
              params: { value: c.orderNumber },
            },
          ]
        const matchedOwner = customerOwner(c)
        // A collection that pays an order is the order's rep's (app/collections.ts), whatever rep
        // the sheet names: otherwise one rep's receivable would carry another's payment.
        const ownerId = order
          ? order.ownerId
          : c.rep
            ? run.repId(c.rep)
            : ((matchedOwner && inScope(run.scope, matchedOwner) ? matchedOwner : null) ??
              (OWNER_ROLES.includes(run.actor.role) ? run.actor.id : null))
        if (!ownerId) return repError(c)
        const placed = customer(c, ownerId)
        if ('error' in placed) return customerError(c, placed.error)
        if (order && order.customerId !== placed.id)
          return [
            {
              row: c.row,
              column: column('orderNumber'),
              key: 'error.order_customer_mismatch',
            },
          ]
        return {
          id: newId(),
          external_id: key,
          customer_id: placed.id,
          order_id: order?.id ?? null,
          owner_id: ownerId,
          collected_on: c.date,
          amount_minor: c.amountMinor,
          method: c.method,
          note: c.note,
          import_batch_id: run.batchId,
          version: 1,
          created_at: run.now,
          updated_at: run.now,
        }
      },
      write: (run, rows) => insertLedgerBulk(run.db, { orders: [], lines: [], collections: rows, plans: [] }),
    }),
  )
}
