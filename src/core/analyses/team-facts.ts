import type { MessageKey } from '../i18n/messages.en'
import { count, money, percent, period, type Fact, type FactValue } from './fact'
import type { Period } from './period'
import { teamRates, type TeamSums } from './team-totals'

/**
 * Coverage under this share is what the team monitor's colour scale shows as poor (orange) or bad
 * (red): the reps a manager should look at first.
 */
export const LOW_COVERAGE = 0.7

export type TeamFactRow = { repName: string; sums: TeamSums }

const rep = (row: TeamFactRow): FactValue => ({ kind: 'text', value: row.repName })

/** English needs "1 sales rep was" beside "3 sales reps were"; the Chinese sentences are one. */
const plural = (n: number, key: MessageKey, one: MessageKey) => (n === 1 ? one : key)

/** The row with the largest value (ties: the first by name), or none when nobody has more than 0. */
function largest(rows: readonly TeamFactRow[], value: (row: TeamFactRow) => number | null) {
  let best: { row: TeamFactRow; value: number } | null = null
  for (const row of [...rows].sort((a, b) => a.repName.localeCompare(b.repName))) {
    const v = value(row)
    if (v !== null && v > 0 && (!best || v > best.value)) best = { row, value: v }
  }
  return best
}

/**
 * The team table in sentences (DOMAIN.md "Facts"): who sold and collected the most and their share
 * of the team, the new customers and who won the most, the reps below the coverage threshold (and
 * the lowest), the best callback-audit confirmation rate, and the highest expense ratio. A
 * comparison between reps needs two of them; a team of one gets its own figures only.
 */
export function teamFacts(rows: readonly TeamFactRow[], total: TeamSums, p: Period): Fact[] {
  const facts: Fact[] = []
  const several = rows.length > 1
  const topSales = largest(rows, (r) => r.sums.sales)
  if (several && topSales)
    facts.push({
      key: 'fact.team_top_sales',
      params: {
        rep: rep(topSales.row),
        period: period(p),
        amount: money(topSales.value),
        percent: percent(topSales.value / total.sales),
      },
    })
  const topCollections = largest(rows, (r) => r.sums.collections)
  if (several && topCollections)
    facts.push({
      key: 'fact.team_top_collections',
      params: {
        rep: rep(topCollections.row),
        amount: money(topCollections.value),
        percent: percent(topCollections.value / total.collections),
      },
    })
  const topNew = largest(rows, (r) => r.sums.newCustomers)
  if (topNew)
    facts.push(
      several
        ? {
            key: plural(total.newCustomers, 'fact.team_new_customers', 'fact.team_new_customers_one'),
            params: {
              count: count(total.newCustomers),
              period: period(p),
              rep: rep(topNew.row),
              repCount: count(topNew.value),
            },
          }
        : {
            key: plural(topNew.value, 'fact.rep_new_customers', 'fact.rep_new_customers_one'),
            params: { count: count(topNew.value), period: period(p), rep: rep(topNew.row) },
          },
    )
  const low = rows
    .map((row) => ({ row, coverage: teamRates(row.sums).coverage }))
    .filter(
      (r): r is { row: TeamFactRow; coverage: number } => r.coverage !== null && r.coverage < LOW_COVERAGE,
    )
    .sort((a, b) => a.coverage - b.coverage || a.row.repName.localeCompare(b.row.repName))
  const lowest = low[0]
  if (lowest)
    facts.push({
      key: plural(low.length, 'fact.team_low_coverage', 'fact.team_low_coverage_one'),
      params: {
        count: count(low.length),
        threshold: percent(LOW_COVERAGE),
        rep: rep(lowest.row),
        percent: percent(lowest.coverage),
      },
    })
  const confirmed = rows
    .map((row) => ({ row, rate: teamRates(row.sums).confirmationRate }))
    .filter((r): r is { row: TeamFactRow; rate: number } => r.rate !== null)
    .sort(
      (a, b) =>
        b.rate - a.rate ||
        b.row.sums.auditsReached - a.row.sums.auditsReached ||
        a.row.repName.localeCompare(b.row.repName),
    )
  const best = confirmed[0]
  if (several && best)
    facts.push({
      key: 'fact.team_best_confirmation',
      params: {
        rep: rep(best.row),
        percent: percent(best.rate),
        confirmed: count(best.row.sums.auditsConfirmed),
        reached: count(best.row.sums.auditsReached),
      },
    })
  const ratios = rows
    .map((row) => ({ row, ratio: teamRates(row.sums).expenseRatio }))
    .filter((r): r is { row: TeamFactRow; ratio: number } => r.ratio !== null && r.ratio > 0)
    .sort((a, b) => b.ratio - a.ratio || a.row.repName.localeCompare(b.row.repName))
  const highest = ratios[0]
  const teamRatio = teamRates(total).expenseRatio
  if (ratios.length > 1 && highest && teamRatio !== null)
    facts.push({
      key: 'fact.team_highest_expense_ratio',
      params: {
        rep: rep(highest.row),
        percent: percent(highest.ratio),
        team: percent(teamRatio),
      },
    })
  return facts
}
