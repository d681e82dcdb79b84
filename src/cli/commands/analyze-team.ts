import type { Command } from 'commander'
import type { AppContext } from '../../app/context'
import { findActor } from '../../app/find-actor'
import { teamTable } from '../../app/team-table'
import { periodLabel } from '../../core/analyses/period-label'
import { formatPercent } from '../../core/analyses/render-fact'
import type { Lang } from '../../core/i18n/lang'
import { translate } from '../../core/i18n/translate'
import { formatMoney } from '../../core/money/format-money'
import { parseInput } from '../../contracts/parse-input'
import { TeamTableQuerySchema, type TeamTable } from '../../contracts/team-table'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

type Options = GlobalOptions & { from?: string; to?: string; team?: string }

/** A sales manager by email (their team), as the other --team options take it. */
const teamOf = async (ctx: AppContext, email: string | undefined) =>
  email ? (await findActor(ctx, email))?.id : undefined

const share = (fraction: number | null, lang: Lang) =>
  fraction === null ? '—' : formatPercent(fraction, lang)

function line(lang: Lang, rep: string, f: TeamTable['total']) {
  say(lang, false, 'cli.team_line', {
    rep,
    sales: formatMoney(f.sales, lang),
    collections: formatMoney(f.collections, lang),
    receivable: formatMoney(f.receivable, lang),
    newCustomers: f.newCustomers,
    coverage: share(f.coverage, lang),
    achieved: share(f.achievedRate, lang),
    confirmation: share(f.confirmationRate, lang),
    expenseRatio: share(f.expenseRatio, lang),
    commission: f.commission === null ? '—' : formatMoney(f.commission, lang),
  })
}

/**
 * `abacus analyze team [--from DATE --to DATE] [--team EMAIL]`: the team table (DOMAIN.md
 * "Analyses", Team) of the people the acting user may watch, or of one sales manager's team — a
 * line per rep, the team's total and the facts. --json prints it exactly as GET
 * /api/v1/analyses/team (money in cents, rates as fractions, null where undefined).
 */
export async function analyzeTeam(options: Options) {
  const { ctx, database } = await openCli(options)
  try {
    const query = parseInput(TeamTableQuerySchema, {
      from: options.from,
      to: options.to,
      team: await teamOf(ctx, options.team),
    })
    const table = await teamTable(ctx, query)
    if (options.json) return printJson(table)
    const lang = ctx.lang
    say(lang, false, 'cli.team_head', { period: periodLabel(table.period, lang), count: table.reps.length })
    for (const r of table.reps) line(lang, r.repName, r)
    line(lang, table.team ? table.team.name : translate(lang, 'label.team'), table.total)
    if (table.facts.length) say(lang, false, 'cli.facts_head')
    for (const f of table.facts) say(lang, false, 'cli.fact_line', { text: f.text })
  } finally {
    await database.close()
  }
}

/** `analyze team`, a subcommand of `analyze` (commands/analyze.ts). */
export function registerAnalyzeTeamCommand(analyze: Command): Command {
  return analyze
    .command('team')
    .description(
      'the team table: per rep sales, collections, receivables, new customers, coverage, objectives achieved, audit confirmation rate, expense ratio, commission (default this year)',
    )
    .option('--from <date>', 'first day of the period, YYYY-MM-DD')
    .option('--to <date>', 'last day of the period, YYYY-MM-DD')
    .option('--team <email>', "only this sales manager's team")
    .action(runAction(analyzeTeam))
}
