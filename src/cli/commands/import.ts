import type { Command } from 'commander'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError } from '../../core/app-error'
import { translate } from '../../core/i18n/translate'
import { IMPORTABLE_KINDS, IMPORTERS, isImportableKind, type ImportableKind } from '../../app/import-kinds'
import { IMPORT_MODES, type ImportMode } from '../../app/import-run'
import type { ImportFile } from '../../app/sheet-rows'
import { undoImport } from '../../app/undo-import'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'
import { progressBar } from '../progress-bar'

type Options = GlobalOptions & { map?: string; dryRun?: boolean; mode: string }

/** `--map number=單號,orderDate=日期`: the header of each field the file names differently. */
function parseMapping(text: string | undefined): Record<string, string> {
  if (!text) return {}
  return Object.fromEntries(
    text.split(',').map((pair) => {
      const [field, ...header] = pair.split('=')
      if (!field || header.length === 0)
        throw new AppError('validation', 'error.validation', {}, [{ path: 'map', key: 'field.invalid' }])
      return [field.trim(), header.join('=').trim()]
    }),
  )
}

/** A file on disk, read as a stream: a million-line sheet never sits in memory whole. */
async function fileOnDisk(path: string): Promise<ImportFile> {
  const size = (await stat(path)).size
  return {
    name: basename(path),
    size,
    chunks: () => createReadStream(path, { highWaterMark: 1 << 20 }),
  }
}

/** `abacus import KIND FILE.csv [--map …] [--dry-run] [--mode all-or-nothing|skip-invalid]` */
async function importData(what: string, file: string, options: Options) {
  const { ctx, database } = await openCli(options)
  try {
    if (!isImportableKind(what))
      throw new AppError('validation', 'error.validation', {}, [
        { path: 'what', key: 'field.invalid_value', params: { options: IMPORTABLE_KINDS.join(', ') } },
      ])
    if (!(IMPORT_MODES as readonly string[]).includes(options.mode))
      throw new AppError('validation', 'error.validation', {}, [
        { path: 'mode', key: 'field.invalid_value', params: { options: IMPORT_MODES.join(', ') } },
      ])
    const bar = progressBar(basename(file))
    const report = await IMPORTERS[what](ctx, await fileOnDisk(file), {
      mapping: parseMapping(options.map),
      mode: options.mode as ImportMode,
      dryRun: Boolean(options.dryRun),
      onProgress: (p) => bar.update(p.bytes, p.totalBytes, `${p.rows.toLocaleString('en')}`),
    }).finally(() => bar.stop())
    if (options.json) printJson(report)
    say(ctx.lang, options.json, 'cli.import_done', {
      rows: report.rows,
      encoding: report.encoding,
      created: report.created,
      what: translate(ctx.lang, `import.kind.${what}`),
      unchanged: report.unchanged,
      customers: report.customersCreated,
      rounded: report.rounded,
    })
    for (const e of report.errors) say(ctx.lang, options.json, 'cli.import_row_error', e)
    if (options.dryRun) say(ctx.lang, options.json, 'cli.import_dry_run')
    else if (report.committed && report.batchId)
      say(ctx.lang, options.json, 'cli.import_batch', { batch: report.batchId })
    else if (report.errors.length && options.mode === 'all-or-nothing')
      say(ctx.lang, options.json, 'cli.import_nothing')
    // Bad rows fail the command when they stop the import; skip-invalid reports them and succeeds.
    if (report.errors.length && options.mode === 'all-or-nothing') process.exitCode = 1
  } finally {
    await database.close()
  }
}

async function importUndo(batchId: string, options: GlobalOptions) {
  const { ctx, database } = await openCli(options)
  try {
    const undone = await undoImport(ctx, batchId)
    if (options.json) printJson(undone)
    say(ctx.lang, options.json, 'cli.import_undone', undone)
  } finally {
    await database.close()
  }
}

const IMPORT_HELP: Record<ImportableKind, string> = {
  customers: 'import customers (with a contact per row) from XLSX or CSV',
  orders:
    'import orders from XLSX or CSV (UTF-8, Big5 or GB18030); rows sharing an order number are one order',
  collections: 'import collections (回款) from XLSX or CSV',
  expenses: 'import expenses (as drafts of their reps) from XLSX or CSV',
  'follow-ups': 'import follow-ups (跟進記錄): customer, date and time, channel, summary, next date',
}

/** `abacus import <kind> <file>` for each importable kind, and `abacus import undo <batch>`. */
export function registerImportCommands(program: Command): Command {
  const importCommand = program.command('import').description("import a team's spreadsheets")
  for (const kind of IMPORTABLE_KINDS)
    importCommand
      .command(`${kind} <file>`)
      .description(IMPORT_HELP[kind])
      .option('--map <pairs>', 'field=Header,… for columns named differently')
      .option('--dry-run', 'report what would happen, write nothing')
      .option('--mode <mode>', 'all-or-nothing | skip-invalid', 'all-or-nothing')
      .action(runAction((file: string, o: Options) => importData(kind, file, o)))
  importCommand.command('undo <batch>').description('take an import back').action(runAction(importUndo))
  return importCommand
}
