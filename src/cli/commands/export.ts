import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { AppError } from '../../core/app-error'
import { exportCustomersCsv } from '../../app/export-customers'
import { exportLedgerCsv, LEDGER_EXPORTS, type LedgerExport } from '../../app/export-ledger'
import { requireActor } from '../../app/require-actor'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'

/** `abacus export customers --out FILE.csv`: what the acting user (--as) may see, nothing more. */
export async function exportData(what: string, options: GlobalOptions & { out: string }) {
  const { ctx, database } = await openCli(options)
  try {
    requireActor(ctx)
    const kinds = ['customers', ...LEDGER_EXPORTS]
    if (!kinds.includes(what))
      throw new AppError('validation', 'error.validation', {}, [
        { path: 'what', key: 'field.invalid_value', params: { options: kinds.join(', ') } },
      ])
    if (!options.out.toLowerCase().endsWith('.csv'))
      throw new AppError('validation', 'error.unknown_format', { file: options.out })
    const file = createWriteStream(options.out)
    let rows = -1
    const chunks =
      what === 'customers' ? exportCustomersCsv(ctx, {}) : exportLedgerCsv(ctx, what as LedgerExport)
    for await (const chunk of chunks) {
      rows += chunk.split('\r\n').length - 1
      if (!file.write(chunk)) await once(file, 'drain')
    }
    file.end()
    await once(file, 'finish')
    if (options.json) printJson({ file: options.out, rows })
    say(ctx.lang, options.json, 'cli.exported', { count: rows, file: options.out })
  } finally {
    await database.close()
  }
}
