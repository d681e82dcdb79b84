import { OWNER_ROLES } from '../core/access/roles'
import { parseExpenseRows, type ImportedExpense } from '../core/import/parse-expense-rows'
import { insertExpensesBulk } from '../db/ledger-bulk.repo'
import type { AppContext } from './context'
import { rowRecordsHandler } from './import-row-records'
import { runImport, type ImportOptions, type ImportReport } from './import-run'
import { newId } from './new-id'
import type { ImportFile } from './sheet-rows'

type ExpenseRow = Parameters<typeof insertExpensesBulk>[1][number]

/**
 * `abacus import expenses` and the wizard: a sheet of expenses (費用), each of the rep it names (or
 * the importer, when they sell), optionally for a customer (matched, or created owned by that
 * rep). They arrive as drafts, as if each rep had entered them: the approval flow of DOMAIN.md —
 * submit, the manager's and (above the limit) an admin's approval — is not bypassed by a file.
 */
export function importExpenses(
  ctx: AppContext,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportReport> {
  return runImport(
    ctx,
    'expenses',
    file,
    options,
    rowRecordsHandler<ImportedExpense, ExpenseRow>({
      table: 'expenses',
      parse: (rows, columns, header) => {
        const parsed = parseExpenseRows(rows, columns, header)
        return { records: parsed.expenses, errors: parsed.errors, rounded: parsed.rounded }
      },
      content: (e) =>
        [e.date, e.category, e.amountMinor, e.rep, e.customerExternalId, e.customerName, e.note].join(
          '\u0000',
        ),
      place: (e, key, { run, customer, repError, customerError }) => {
        const repId = e.rep ? run.repId(e.rep) : OWNER_ROLES.includes(run.actor.role) ? run.actor.id : null
        if (!repId) return repError(e)
        const placed = e.customerExternalId || e.customerName ? customer(e, repId) : null
        if (placed && 'error' in placed) return customerError(e, placed.error)
        return {
          id: newId(),
          external_id: key,
          rep_id: repId,
          customer_id: placed?.id ?? null,
          expense_date: e.date,
          category: e.category,
          amount_minor: e.amountMinor,
          note: e.note,
          status: 'draft',
          import_batch_id: run.batchId,
          version: 1,
          created_at: run.now,
          updated_at: run.now,
        }
      },
      write: (run, rows) => insertExpensesBulk(run.db, rows, []),
    }),
  )
}
