import type { Command } from 'commander'
import { resolve } from 'node:path'
import { exportEverything } from '../../app/export-everything'
import { importEverything } from '../../app/import-everything'
import type { EverythingSummary } from '../../contracts/everything'
import type { Lang } from '../../core/i18n/lang'
import type { MessageKey } from '../../core/i18n/messages.en'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

function report(lang: Lang, json: boolean | undefined, key: MessageKey, summary: EverythingSummary) {
  if (json) printJson(summary)
  say(lang, json, key, {
    file: summary.file,
    rows: summary.rows,
    tables: Object.keys(summary.tables).length,
    schema: summary.schemaVersion,
  })
}

/** `abacus export-all --out FILE.jsonl.gz`: every table, as the acting admin (--as, default the first admin). */
async function exportAll(options: GlobalOptions & { out: string }) {
  const { ctx, database } = await openCli(options)
  try {
    report(ctx.lang, options.json, 'cli.exported_all', await exportEverything(ctx, resolve(options.out)))
  } finally {
    await database.close()
  }
}

/**
 * `abacus import-all FILE`: into an empty database only, so there is no user to act as yet: whoever
 * reaches the database from the shell runs it, as for the first `abacus user add`.
 */
async function importAll(file: string, options: GlobalOptions) {
  const { ctx, database } = await openCli(options, false)
  try {
    report(ctx.lang, options.json, 'cli.imported_all', await importEverything(ctx, resolve(file)))
  } finally {
    await database.close()
  }
}

/** `abacus export-all` and `abacus import-all` */
export function registerEverythingCommands(program: Command): Command {
  program
    .command('export-all')
    .description(
      'every table (users and tokens included, sessions not) into one file, for another instance (admins)',
    )
    .requiredOption('--out <file>', 'the new file, e.g. abacus.jsonl.gz (never overwritten)')
    .action(runAction(exportAll))
  return program
    .command('import-all <file>')
    .description('load a file made by export-all into an empty database, all or nothing')
    .action(runAction(importAll))
}
