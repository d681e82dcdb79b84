import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { OWNER_ROLES } from '../core/access/roles'
import { zonedInstant } from '../core/dates/zoned-instant'
import { parseFollowUpRows, type ImportedFollowUp } from '../core/import/parse-follow-up-rows'
import { insertFollowUpsBulk, refreshCadence, type NewFollowUp } from '../db/follow-ups.repo'
import type { AppContext } from './context'
import { writeScope } from './customer-scope'
import { rowRecordsHandler } from './import-row-records'
import { runImport, type ImportOptions, type ImportReport } from './import-run'
import { newId } from './new-id'
import type { ImportFile } from './sheet-rows'

/**
 * `abacus import follow-ups` and the wizard: a follow-up sheet (跟進記錄), each of a customer
 * (matched, or created owned by the rep), by the rep the sheet names — else the customer's owner,
 * else the importer when they sell — at the sheet's date and time on the organisation's clock.
 * As when logged by hand, none may lie more than a day ahead; the customers' cadence state is
 * brought up to date in the same transaction.
 */
export async function importFollowUps(
  ctx: AppContext,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportReport> {
  // Finance and the auditor read follow-ups; they do not write them.
  if (!(await writeScope(ctx))) throw new AppError('forbidden')
  const latest = ctx.now().getTime() + 86_400_000
  return runImport(
    ctx,
    'follow-ups',
    file,
    options,
    rowRecordsHandler<ImportedFollowUp, NewFollowUp>({
      table: 'follow_ups',
      parse: (rows, columns, header) => {
        const parsed = parseFollowUpRows(rows, columns, header)
        return { records: parsed.followUps, errors: parsed.errors, rounded: 0 }
      },
      content: (f) =>
        [f.customerExternalId, f.customerName, f.date, f.time, f.channel, f.summary, f.rep].join('\u0000'),
      place: (f, key, { run, column, customer, customerOwner, repError, customerError }) => {
        const at = zonedInstant(f.date, f.time, ctx.config.timeZone)
        if (at.getTime() > latest)
          return [{ row: f.row, column: column('date'), key: 'error.follow_up_in_future' }]
        if (f.nextDate && f.nextDate < f.date)
          return [{ row: f.row, column: column('nextDate'), key: 'error.next_date_before' }]
        const owner = customerOwner(f)
        const repId = f.rep
          ? run.repId(f.rep)
          : owner && inScope(run.scope, owner)
            ? owner
            : OWNER_ROLES.includes(run.actor.role)
              ? run.actor.id
              : null
        if (!repId) return repError(f)
        const placed = customer(f, repId)
        if ('error' in placed) return customerError(f, placed.error)
        return {
          id: newId(at.getTime()),
          externalId: key,
          customerId: placed.id,
          repId,
          happenedAt: at.toISOString(),
          happenedOn: f.date,
          channel: f.channel,
          durationMinutes: f.durationMinutes,
          summary: f.summary,
          outcome: f.outcome,
          nextStep: f.nextStep,
          nextDate: f.nextDate,
          importBatchId: run.batchId,
        }
      },
      write: async (run, rows) => {
        await insertFollowUpsBulk(run.db, rows, run.now)
        await refreshCadence(run.db, [...new Set(rows.map((r) => r.customerId))])
      },
    }),
  )
}
