import type { Command } from 'commander'
import {
  auditRatesReport,
  createDraw,
  getDraw,
  listAuditItems,
  listDraws,
  recordResult,
} from '../../app/callback-audits'
import {
  AuditRatesQuerySchema,
  CreateDrawSchema,
  RecordResultSchema,
  type AuditItem,
  type DrawSummary,
} from '../../contracts/callback-audits'
import { parseInput } from '../../contracts/parse-input'
import type { Lang } from '../../core/i18n/lang'
import { translate } from '../../core/i18n/translate'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

/** A number option as typed; left as text when it is none, so the schema names the field. */
const numberOption = (value?: string): unknown =>
  value === undefined
    ? undefined
    : Number.isFinite(Number(value)) && value.trim() !== ''
      ? Number(value)
      : value

/** What a draw's lines say: the placeholders of cli.audit_drawn and cli.audit_draw_line. */
const drawParams = (d: DrawSummary) => ({
  id: d.id,
  from: d.from,
  to: d.to,
  seed: d.seed,
  sampled: d.sampled,
  population: d.population,
  since: d.excludedSince,
  called: d.called,
  discrepancies: d.discrepancies,
})

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)} %`)

/** `abacus audit draw --from DATE --to DATE (--share 0.1 | --count N) [--seed S]` (auditor, admin). */
async function auditDrawCommand(
  options: GlobalOptions & { from?: string; to?: string; share?: string; count?: string; seed?: string },
) {
  const { ctx, database } = await openCli(options)
  try {
    const input = parseInput(CreateDrawSchema, {
      from: options.from,
      to: options.to,
      sampleShare: numberOption(options.share),
      sampleCount: numberOption(options.count),
      seed: numberOption(options.seed),
    })
    const draw = await createDraw(ctx, input)
    if (options.json) printJson(draw)
    say(ctx.lang, options.json, 'cli.audit_drawn', drawParams(draw))
    for (const rep of draw.reps)
      say(ctx.lang, options.json, 'cli.audit_draw_rep', { ...rep, rep: rep.repName })
  } finally {
    await database.close()
  }
}

const itemLine = (lang: Lang, item: AuditItem) => ({
  n: item.position + 1,
  customer: item.customerName,
  phones: [item.customerPhone, ...item.contacts.map((c) => `${c.name} ${c.phone}`)]
    .filter(Boolean)
    .join(', '),
  rep: item.repName,
  kind: translate(lang, `auditRecord.${item.recordKind}`),
  date: item.recordOn,
  claim: item.summary ?? item.objectives.map((o) => o.text).join('; ') ?? '',
  result: item.result ? translate(lang, `auditResult.${item.result}`) : translate(lang, 'cli.audit_pending'),
})

/** `abacus audit list [DRAW]`: the draws, newest first; with a draw, its work list. */
async function auditListCommand(drawId: string | undefined, options: GlobalOptions) {
  const { ctx, database } = await openCli(options)
  try {
    if (drawId) {
      const [draw, { items }] = await Promise.all([
        getDraw(ctx, drawId),
        listAuditItems(ctx, { draw: drawId }),
      ])
      if (options.json) return printJson({ ...draw, items })
      say(ctx.lang, false, 'cli.audit_draw_line', drawParams(draw))
      for (const item of items) say(ctx.lang, false, 'cli.audit_item_line', itemLine(ctx.lang, item))
      return
    }
    const { items } = await listDraws(ctx)
    if (options.json) return printJson(items)
    if (items.length === 0) say(ctx.lang, false, 'cli.audit_no_draws')
    for (const draw of items) say(ctx.lang, false, 'cli.audit_draw_line', drawParams(draw))
  } finally {
    await database.close()
  }
}

/**
 * `abacus audit result DRAW RECORD --result confirmed|discrepancy|unreachable [--satisfaction N]
 * [--note TEXT] [--called-on DATE] [--version N]`: the call's result; --version corrects one.
 */
async function auditResultCommand(
  drawId: string,
  recordId: string,
  options: GlobalOptions & {
    result?: string
    satisfaction?: string
    note?: string
    calledOn?: string
    version?: string
  },
) {
  const { ctx, database } = await openCli(options)
  try {
    const input = parseInput(RecordResultSchema, {
      result: options.result,
      satisfaction: numberOption(options.satisfaction),
      note: options.note,
      calledOn: options.calledOn,
    })
    const version = options.version === undefined ? undefined : Number(options.version)
    const item = await recordResult(ctx, drawId, recordId, input, version)
    if (options.json) printJson(item)
    say(ctx.lang, options.json, 'cli.audit_result_recorded', {
      customer: item.customerName,
      result: translate(ctx.lang, `auditResult.${input.result}`),
      date: item.calledOn ?? '',
    })
  } finally {
    await database.close()
  }
}

/** `abacus audit rates [--draw ID | --from DATE --to DATE]`: each rep's confirmation rate. */
async function auditRatesCommand(options: GlobalOptions & { draw?: string; from?: string; to?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const query = parseInput(AuditRatesQuerySchema, {
      draw: options.draw,
      from: options.from,
      to: options.to,
    })
    const report = await auditRatesReport(ctx, query)
    if (options.json) return printJson(report)
    say(ctx.lang, false, 'cli.audit_rates_head', { from: report.from, to: report.to })
    for (const rep of [...report.reps, { repName: 'Σ', ...report.total }])
      say(ctx.lang, false, 'cli.audit_rates_line', {
        rep: rep.repName,
        confirmed: rep.confirmed,
        discrepancy: rep.discrepancy,
        unreachable: rep.unreachable,
        pending: rep.pending,
        rate: percent(rep.confirmationRate),
        satisfaction: rep.satisfaction === null ? '—' : rep.satisfaction.toFixed(2),
      })
  } finally {
    await database.close()
  }
}

/** `abacus audit draw | list | result | rates` */
export function registerAuditCommands(program: Command): Command {
  const audit = program.command('audit').description('callback audits (隨機回訪): draw, call, rates')
  audit
    .command('draw')
    .description('draw a reproducible sample of what reps recorded in a period (auditor, admin)')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option('--share <fraction>', 'share of each rep’s records, e.g. 0.1 for 10 % (rounded up)')
    .option('--count <n>', 'records per rep')
    .option('--seed <n>', 'the random seed, 0–4294967295 (default: a new one, stored with the draw)')
    .action(runAction(auditDrawCommand))
  audit
    .command('list [draw]')
    .description('the draws, newest first; with a draw id, its work list')
    .action(runAction(auditListCommand))
  audit
    .command('result <draw> <record>')
    .description('record what the call about a sampled record (follow-up or visit id) found')
    .requiredOption('--result <result>', 'confirmed | discrepancy | unreachable')
    .option('--satisfaction <n>', "the customer's satisfaction, 1–5 (not needed when unreachable)")
    .option('--note <text>', 'what the customer said (required for a discrepancy)')
    .option('--called-on <date>', 'the day of the call, YYYY-MM-DD (default: today)')
    .option('--version <n>', 'to correct a recorded result: the version corrected')
    .action(runAction(auditResultCommand))
  audit
    .command('rates')
    .description("each rep's confirmation rate and satisfaction, of a draw or a period (default: this month)")
    .option('--draw <id>', 'one draw')
    .option('--from <date>', 'YYYY-MM-DD')
    .option('--to <date>', 'YYYY-MM-DD')
    .action(runAction(auditRatesCommand))
  return audit
}
