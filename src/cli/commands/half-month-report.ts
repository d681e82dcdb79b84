import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { generateHalfMonthReport, halfMonthReport, listHalfMonthReports } from '../../app/half-month-reports'
import {
  HalfMonthListQuerySchema,
  HalfMonthParamsSchema,
  HalfMonthVersionQuerySchema,
  type HalfMonthReport,
} from '../../contracts/half-month-reports'
import { parseInput } from '../../contracts/parse-input'
import { formatPercent } from '../../core/analyses/render-fact'
import { localDateAt } from '../../core/dates/local-date'
import { localTimeAt } from '../../core/dates/local-time'
import type { Lang } from '../../core/i18n/lang'
import { translate } from '../../core/i18n/translate'
import { formatMoney } from '../../core/money/format-money'
import { halfMonthWorkbook } from '../../reports/half-month-workbook'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

type Options = GlobalOptions & { period?: string; out?: string; version?: string }

const localInstant = (iso: string, timeZone: string) => {
  const at = new Date(iso)
  return `${localDateAt(at, timeZone)} ${localTimeAt(at, timeZone)}`
}

function printReport(report: HalfMonthReport, lang: Lang, timeZone: string) {
  const at = localInstant(report.generatedAt, timeZone)
  const by = report.generatedBy?.name ?? translate(lang, 'halfMonth.byServer')
  const state = report.kept
    ? translate(lang, 'halfMonth.kept', { version: report.version ?? 1, at, by })
    : translate(lang, 'halfMonth.live', { at })
  say(lang, false, 'cli.half_month_head', {
    organisation: report.organisation,
    period: report.period,
    from: report.from,
    to: report.to,
    count: report.rows.length,
    state: report.restricted ? `${state} · ${translate(lang, 'halfMonth.restricted')}` : state,
  })
  const money = (minor: number) => formatMoney(minor, lang)
  const line = (rep: string, f: HalfMonthReport['total']) =>
    say(lang, false, 'cli.half_month_line', {
      rep,
      sales: money(f.sales),
      collections: money(f.collections),
      receivable: money(f.receivable),
      expenses: money(f.expenses),
      expenseRatio: f.expenseRatio === null ? '—' : formatPercent(f.expenseRatio, lang),
      newCustomers: f.newCustomers,
    })
  for (const row of report.rows) line(`  ${row.repName}`, row)
  line(translate(lang, 'halfMonth.total'), report.total)
}

/** Writes the workbook when --out names a file. */
async function writeWorkbook(report: HalfMonthReport, options: Options, lang: Lang, timeZone: string) {
  if (!options.out) return
  await writeFile(options.out, await halfMonthWorkbook(report, { lang, timeZone }))
  say(lang, options.json, 'cli.half_month_written', { file: options.out })
}

/**
 * `abacus report half-month --period YYYY-MM-1|2 [--version N] [--out FILE.xlsx]`: a closed
 * half-month's figures per rep (the kept report, else as they are now), as the acting user may see
 * them; --json prints the report, --out writes its workbook.
 */
async function halfMonthCommand(options: Options) {
  const { ctx, config, database } = await openCli(options)
  try {
    const { period } = parseInput(HalfMonthParamsSchema, { period: options.period })
    const query = parseInput(HalfMonthVersionQuerySchema, { version: options.version })
    const report = await halfMonthReport(ctx, period, query)
    if (options.json) printJson(report)
    else printReport(report, ctx.lang, config.timeZone)
    await writeWorkbook(report, options, ctx.lang, config.timeZone)
  } finally {
    await database.close()
  }
}

/** `abacus report half-month generate --period P [--out FILE.xlsx]`: a new kept version (admin, finance). */
async function generateCommand(options: Options) {
  const { ctx, config, database } = await openCli(options)
  try {
    const { period } = parseInput(HalfMonthParamsSchema, { period: options.period })
    const report = await generateHalfMonthReport(ctx, period)
    if (options.json) printJson(report)
    say(ctx.lang, options.json, 'cli.half_month_generated', { period, version: report.version ?? 1 })
    await writeWorkbook(report, options, ctx.lang, config.timeZone)
  } finally {
    await database.close()
  }
}

/** `abacus report half-month list [--before P] [--limit N]`: half-months with what is kept. */
async function listCommand(options: GlobalOptions & { before?: string; limit?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const list = await listHalfMonthReports(
      ctx,
      parseInput(HalfMonthListQuerySchema, { before: options.before, limit: options.limit }),
    )
    if (options.json) return printJson(list)
    for (const item of list.items)
      say(ctx.lang, false, 'cli.half_month_list_line', {
        period: item.period,
        from: item.from,
        to: item.to,
        status: translate(ctx.lang, `halfMonth.status.${item.status}`, {
          to: item.to,
          version: item.latest?.version ?? 0,
        }),
      })
  } finally {
    await database.close()
  }
}

/**
 * `abacus report half-month [list | generate]`: the half-monthly data report (半月數據報表, issue 7
 * point 4). `half-month` declares --period and --out, so `generate` reads them through its parent.
 */
export function registerHalfMonthReportCommands(report: Command): Command {
  const halfMonth = report
    .command('half-month')
    .description(
      'the half-monthly data report (半月數據報表): per rep sales, collections, receivables, expenses, expense ratio, new customers',
    )
    .option('--period <period>', 'YYYY-MM-1 (1st–15th) or YYYY-MM-2 (16th–end of month), closed')
    .option('--version <n>', 'a kept version (default: the latest)')
    .option('--out <file>', 'also write the Excel workbook (.xlsx)')
    .action(runAction(halfMonthCommand))
  halfMonth
    .command('generate')
    .description('keep a new version with the figures as they are now (admin, finance)')
    .action(runAction(generateCommand))
  halfMonth
    .command('list')
    .description('half-months, newest first, with their kept reports')
    .option('--before <period>', 'the half-months before this one (the next page)')
    .option('--limit <n>', 'how many (default 24)')
    .action(runAction(listCommand))
  return halfMonth
}
