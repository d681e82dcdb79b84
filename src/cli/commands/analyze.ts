import type { Command } from 'commander'
import { customerAnalysis } from '../../app/customer-analysis'
import { growthAnalysis } from '../../app/growth-analysis'
import { monthlyLedger, salesComparison } from '../../app/sales-analysis'
import { bucketPart } from '../../core/analyses/growth'
import { periodLabel } from '../../core/analyses/period-label'
import { formatPercent } from '../../core/analyses/render-fact'
import type { Lang } from '../../core/i18n/lang'
import type { MessageKey } from '../../core/i18n/messages.en'
import { translate } from '../../core/i18n/translate'
import { formatMoney } from '../../core/money/format-money'
import {
  GrowthQuerySchema,
  MonthlyQuerySchema,
  PeriodPairQuerySchema,
  type FactDto,
  type GainLossDto,
} from '../../contracts/analyses'
import { parseInput } from '../../contracts/parse-input'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

type PeriodOptions = GlobalOptions & { from?: string; to?: string; prevFrom?: string; prevTo?: string }

const pairOf = (o: PeriodOptions) =>
  parseInput(PeriodPairQuerySchema, { from: o.from, to: o.to, prevFrom: o.prevFrom, prevTo: o.prevTo })

const change = (fraction: number | null, lang: Lang) =>
  fraction === null ? '—' : formatPercent(fraction, lang)

function printFacts(lang: Lang, facts: readonly FactDto[]) {
  if (facts.length === 0) return
  say(lang, false, 'cli.facts_head')
  for (const f of facts) say(lang, false, 'cli.fact_line', { text: f.text })
}

/** The exact JSON of issue 6: the gain/loss summary and its bridge, money in cents. */
const gainLossJson = (a: GainLossDto) => ({
  new: { count: a.new.count, sales: a.new.sales },
  retained: { count: a.retained.count, sales: a.retained.sales, previousSales: a.retained.previousSales },
  reactivated: { count: a.reactivated.count, sales: a.reactivated.sales },
  lost: { count: a.lost.count, previousSales: a.lost.previousSales },
  bridge: {
    previous: a.bridge.previous,
    new: a.bridge.new,
    reactivated: a.bridge.reactivated,
    expansion: a.bridge.expansion,
    contraction: a.bridge.contraction,
    lost: a.bridge.lost,
    current: a.bridge.current,
  },
})

/**
 * `abacus analyze customers [--from --to] [--prev-from --prev-to] [--breakdown]`: customer
 * gain/loss (DOMAIN.md "Analyses") of what the acting user may read. With --json exactly
 * {period, previous, new, retained, reactivated, lost, bridge}; --breakdown adds byRep, byTier,
 * byRegion and lostReasons.
 */
async function analyzeCustomers(options: PeriodOptions & { breakdown?: boolean }) {
  const { ctx, database } = await openCli(options)
  try {
    const a = await customerAnalysis(ctx, pairOf(options))
    if (options.json) {
      const base = { period: a.period, previous: a.previous, ...gainLossJson(a) }
      return printJson(
        options.breakdown
          ? {
              ...base,
              byRep: a.byRep.map((r) => ({ repId: r.repId, repName: r.repName, ...gainLossJson(r) })),
              byTier: a.byTier.map((r) => ({ tier: r.tier, ...gainLossJson(r) })),
              byRegion: a.byRegion.map((r) => ({ region: r.region, ...gainLossJson(r) })),
              lostReasons: a.lostReasons,
            }
          : base,
      )
    }
    const lang = ctx.lang
    const money = (minor: number) => formatMoney(minor, lang)
    const group = (key: 'new' | 'retained' | 'reactivated' | 'lost') =>
      translate(lang, `analysis.group.${key}`)
    const period = periodLabel(a.period, lang)
    const previous = periodLabel(a.previous, lang)
    say(lang, false, 'cli.gain_loss_head', { period, previous })
    say(lang, false, 'cli.gain_loss_group', {
      group: group('new'),
      count: a.new.count,
      sales: money(a.new.sales),
    })
    say(lang, false, 'cli.gain_loss_retained', {
      group: group('retained'),
      count: a.retained.count,
      sales: money(a.retained.sales),
      previousSales: money(a.retained.previousSales),
    })
    say(lang, false, 'cli.gain_loss_group', {
      group: group('reactivated'),
      count: a.reactivated.count,
      sales: money(a.reactivated.sales),
    })
    say(lang, false, 'cli.gain_loss_lost', {
      group: group('lost'),
      count: a.lost.count,
      previousSales: money(a.lost.previousSales),
    })
    say(lang, false, 'cli.bridge_head')
    const sales = translate(lang, 'analysis.metric.sales')
    const b = a.bridge
    const lines: [string, string][] = [
      [`${sales} ${previous}`, money(b.previous)],
      [`+ ${group('new')}`, money(b.new)],
      [`+ ${group('reactivated')}`, money(b.reactivated)],
      [`+ ${translate(lang, 'analysis.bridge.expansion')}`, money(b.expansion)],
      [`− ${translate(lang, 'analysis.bridge.contraction')}`, money(b.contraction)],
      [`− ${group('lost')}`, money(b.lost)],
      [`= ${sales} ${period}`, money(b.current)],
    ]
    for (const [label, amount] of lines) say(lang, false, 'cli.bridge_line', { label, amount })
    if (options.breakdown) {
      const breakdown = (by: MessageKey, rows: (GainLossDto & { name: string })[]) => {
        say(lang, false, 'cli.breakdown_head', { by: translate(lang, by) })
        for (const r of rows)
          say(lang, false, 'cli.breakdown_line', {
            name: r.name,
            new: r.new.count,
            retained: r.retained.count,
            reactivated: r.reactivated.count,
            lost: r.lost.count,
            sales: money(r.bridge.current),
            previous: money(r.bridge.previous),
          })
      }
      breakdown(
        'label.rep',
        a.byRep.map((r) => ({ ...r, name: r.repName ?? translate(lang, 'analysis.pool') })),
      )
      breakdown(
        'label.tier',
        a.byTier.map((r) => ({ ...r, name: r.tier })),
      )
      breakdown(
        'label.region',
        a.byRegion.map((r) => ({ ...r, name: r.region ?? translate(lang, 'analysis.noRegion') })),
      )
      if (a.lostReasons.length)
        say(lang, false, 'cli.breakdown_head', { by: translate(lang, 'label.lostReason') })
      for (const r of a.lostReasons)
        say(lang, false, 'cli.lost_reason_line', {
          reason: r.reason ?? translate(lang, 'analysis.noReason'),
          count: r.count,
          amount: money(r.previousSales),
        })
    }
    printFacts(lang, a.facts)
  } finally {
    await database.close()
  }
}

/** `abacus analyze sales`: two periods compared — sales, collections, receivables, expenses, ratio, new customers. */
async function analyzeSales(options: PeriodOptions) {
  const { ctx, database } = await openCli(options)
  try {
    const c = await salesComparison(ctx, pairOf(options))
    if (options.json) return printJson(c)
    const lang = ctx.lang
    const money = (minor: number) => formatMoney(minor, lang)
    say(lang, false, 'cli.compare_head', {
      period: periodLabel(c.period, lang),
      previous: periodLabel(c.previous, lang),
    })
    const rows: [MessageKey, typeof c.sales, (n: number) => string][] = [
      ['analysis.metric.sales', c.sales, money],
      ['analysis.metric.collections', c.collections, money],
      ['analysis.metric.receivables', c.receivables, money],
      ['analysis.metric.expenses', c.expenses, money],
      ['analysis.metric.newCustomers', c.newCustomers, String],
    ]
    for (const [metric, m, as] of rows)
      say(lang, false, 'cli.compare_line', {
        metric: translate(lang, metric),
        current: as(m.current),
        previous: as(m.previous),
        difference: as(m.difference),
        change: change(m.change, lang),
      })
    const r = c.expenseRatio
    say(lang, false, 'cli.compare_line', {
      metric: translate(lang, 'analysis.metric.expenseRatio'),
      current: change(r.current, lang),
      previous: change(r.previous, lang),
      difference: change(r.difference, lang),
      change: change(r.change, lang),
    })
    printFacts(lang, c.facts)
  } finally {
    await database.close()
  }
}

/** `abacus analyze monthly [--from --to]`: sales and collections by month. */
async function analyzeMonthly(options: GlobalOptions & { from?: string; to?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const m = await monthlyLedger(ctx, parseInput(MonthlyQuerySchema, { from: options.from, to: options.to }))
    if (options.json) return printJson(m)
    for (const row of m.months)
      say(ctx.lang, false, 'cli.monthly_line', {
        month: row.month,
        sales: formatMoney(row.sales, ctx.lang),
        collections: formatMoney(row.collections, ctx.lang),
      })
  } finally {
    await database.close()
  }
}

/**
 * `abacus analyze growth --from --to --by year|quarter|month`: sales per period, growth and CAGR.
 * With --json exactly {series: [{period, sales, growth}], cagr}, fractions and null where undefined.
 */
async function analyzeGrowth(options: GlobalOptions & { from?: string; to?: string; by?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const g = await growthAnalysis(
      ctx,
      parseInput(GrowthQuerySchema, { from: options.from, to: options.to, by: options.by }),
    )
    if (options.json)
      return printJson({
        series: g.series.map((p) => ({ period: p.period, sales: p.sales, growth: p.growth })),
        cagr: g.cagr,
      })
    const lang = ctx.lang
    say(lang, false, 'cli.growth_head', {
      period: periodLabel(g.period, lang),
      by: translate(lang, `analysis.by.${g.by}`),
    })
    for (const p of g.series) {
      // A bucket the period holds only part of says which days: "2026 (2026-01-01 – 2026-11-27)".
      const part = bucketPart(g.period, p.period, g.by)
      say(lang, false, 'cli.growth_line', {
        period: part ? translate(lang, 'cli.growth_part', { period: p.period, ...part }) : p.period,
        sales: formatMoney(p.sales, lang),
        growth: change(p.growth, lang),
      })
    }
    say(lang, false, 'cli.growth_cagr', { cagr: change(g.cagr, lang) })
    printFacts(lang, g.facts)
  } finally {
    await database.close()
  }
}

/** `abacus analyze customers | sales | monthly | growth` */
export function registerAnalyzeCommands(program: Command): Command {
  const analyze = program
    .command('analyze')
    .description('gain/loss analyses (得失分析) of what the acting user may see')
  analyze
    .command('customers')
    .description('customer gain/loss of a period against the previous one (default this year against last)')
    .option('--from <date>', 'first day of the period, YYYY-MM-DD')
    .option('--to <date>', 'last day of the period, YYYY-MM-DD')
    .option('--prev-from <date>', 'first day of the previous period (default: equal length just before)')
    .option('--prev-to <date>', 'last day of the previous period')
    .option('--breakdown', 'also by rep, tier and region, and the lost reasons')
    .action(runAction(analyzeCustomers))
  analyze
    .command('sales')
    .description(
      'two periods compared: sales, collections, receivables, expenses, expense ratio, new customers',
    )
    .option('--from <date>', 'first day of the period, YYYY-MM-DD')
    .option('--to <date>', 'last day of the period, YYYY-MM-DD')
    .option('--prev-from <date>', 'first day of the period compared with (default: equal length just before)')
    .option('--prev-to <date>', 'last day of the period compared with')
    .action(runAction(analyzeSales))
  analyze
    .command('monthly')
    .description('sales and collections by month (default this year)')
    .option('--from <date>', 'YYYY-MM-DD')
    .option('--to <date>', 'YYYY-MM-DD')
    .action(runAction(analyzeMonthly))
  analyze
    .command('growth')
    .description('sales by year, quarter or month with growth and CAGR')
    .option('--from <date>', 'YYYY-MM-DD (default: 1 January two years ago)')
    .option('--to <date>', 'YYYY-MM-DD (default: today)')
    .option('--by <unit>', 'year | quarter | month', 'year')
    .action(runAction(analyzeGrowth))
  return analyze
}
