import type { Command } from 'commander'
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { extname } from 'node:path'
import { AppError } from '../../core/app-error'
import type { TableForFile } from '../../core/tables/table-for-file'
import { exportCustomers } from '../../app/export-customers'
import { exportLedger, LEDGER_EXPORTS, type LedgerExport } from '../../app/export-ledger'
import { requireActor } from '../../app/require-actor'
import { tableToCsv } from '../../reports/table-csv'
import { writeTableXlsx } from '../../reports/table-xlsx'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

const KINDS = ['customers', ...LEDGER_EXPORTS] as const

/** The same table, counting its rows as they pass. */
function counted(table: TableForFile) {
  const count = { rows: 0 }
  async function* pages() {
    for await (const rows of table.pages) {
      count.rows += rows.length
      yield rows
    }
  }
  return { table: { ...table, pages: pages() }, count }
}

/**
 * `abacus export customers|orders|collections|expenses --out FILE.(csv|xlsx)`: what the acting user
 * (--as) may see, nothing more, streamed to the file.
 */
async function exportData(what: string, options: GlobalOptions & { out: string }) {
  const { ctx, database } = await openCli(options)
  try {
    requireActor(ctx)
    if (!(KINDS as readonly string[]).includes(what))
      throw new AppError('validation', 'error.validation', {}, [
        { path: 'what', key: 'field.invalid_value', params: { options: KINDS.join(', ') } },
      ])
    const format = extname(options.out).toLowerCase()
    if (format !== '.csv' && format !== '.xlsx')
      throw new AppError('validation', 'error.unknown_format', { file: options.out })
    const source =
      what === 'customers' ? await exportCustomers(ctx, {}) : await exportLedger(ctx, what as LedgerExport)
    const { table, count } = counted(source)
    const file = createWriteStream(options.out)
    if (format === '.xlsx') await writeTableXlsx(table, file, what)
    else {
      for await (const chunk of tableToCsv(table)) if (!file.write(chunk)) await once(file, 'drain')
      file.end()
    }
    if (!file.writableFinished) await once(file, 'finish')
    if (options.json) printJson({ file: options.out, rows: count.rows })
    say(ctx.lang, options.json, 'cli.exported', { count: count.rows, file: options.out })
  } finally {
    await database.close()
  }
}

/** `abacus export <what> --out FILE` */
export function registerExportCommand(program: Command): Command {
  return program
    .command('export <what>')
    .description('export what the acting user may see: customers, orders, collections, expenses')
    .requiredOption('--out <file>', 'FILE.csv')
    .action(runAction(exportData))
}
