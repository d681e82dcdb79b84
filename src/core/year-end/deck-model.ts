import type { Period } from '../analyses/period'
import type { Tier } from '../follow-ups/tier'
import type { Lang } from '../i18n/lang'
import type { DeckScopeKind } from './deck-scope'
import type { ParetoBar } from './pareto-bars'
import type { Bridge } from './waterfall'

/**
 * Everything a year-end summary deck (年終總結, DOMAIN.md "Reports") shows, assembled by
 * app/year-end-deck.ts from the analyses and rendered by reports/year-end-deck/ — plain data, in
 * the order of the seed's year-end review. Money in cents; shares as fractions; the facts and
 * what people wrote already in the deck's language. A section the reader may not see is null.
 */
export type YearEndDeck = {
  lang: Lang
  year: number
  period: Period
  previous: Period
  organisation: string
  /** An optional logo, as pptxgenjs takes image data: `image/png;base64,…`. */
  logo: string | null
  scope: { kind: DeckScopeKind; name: string }
  /** The organisation's today; a deck of this year covers it up to here. */
  asOf: string
  /** Anything recorded in the year: sales, collections or expenses. Without it the deck says so. */
  hasData: boolean
  monthly: { month: string; sales: number; collections: number }[]
  comparison: ComparisonRow[]
  bridge: Bridge
  gainLoss: {
    new: { count: number; sales: number }
    retained: { count: number; sales: number; previousSales: number }
    reactivated: { count: number; sales: number }
    lost: { count: number; previousSales: number }
  }
  /** The lost customers' recorded reasons; a null reason: none recorded. */
  lostReasons: { reason: string | null; count: number; previousSales: number }[]
  topCustomers: { name: string; repName: string | null; tier: Tier; sales: number; previousSales: number }[]
  abc: AbcSection | null
  expenses: ExpenseSection
  team: TeamSection | null
  discipline: DisciplineSection
  problems: { repName: string; month: string; problem: string; solution: string }[]
  facts: { positive: string[]; negative: string[] }
  /** What the author wrote for the qualitative slides (empty when nothing). */
  texts: { positive: string; negative: string; problems: string; plan: string }
}

export type ComparisonMetric =
  'sales' | 'collections' | 'receivables' | 'expenses' | 'expenseRatio' | 'newCustomers'

export type ComparisonRow = {
  metric: ComparisonMetric
  kind: 'money' | 'count' | 'ratio'
  current: number | null
  previous: number | null
  difference: number | null
  /** (current − previous) / previous; null when previous is 0 or unknown. */
  change: number | null
}

export type AbcSection = {
  /** The ABC run the chart shows: the last one on or before the year's end; null when none was kept. */
  asOf: string | null
  metric: 'sales' | 'collections'
  customers: number
  counts: Record<Tier, number>
  promoted: number
  demoted: number
  bars: ParetoBar[]
  /** Tier changes of that run against the one before: the first few, by rank. */
  movements: { name: string; repName: string | null; from: Tier | null; to: Tier }[]
}

export type ExpenseSection = {
  total: number
  sales: number
  ratio: number | null
  previousRatio: number | null
  byCategory: { category: string; amount: number }[]
  /** Budgets (費用承包) running in the year: their limit and what was spent. */
  budgets: { repName: string; from: string; to: string; limit: number; spent: number; over: boolean }[]
}

export type TeamRow = {
  name: string
  sales: number
  collections: number
  receivable: number
  newCustomers: number
  coverage: number | null
  achievedRate: number | null
  confirmationRate: number | null
  expenseRatio: number | null
  commission: number | null
}

export type TeamSection = {
  showsCommission: boolean
  showsAudits: boolean
  rows: TeamRow[]
  total: TeamRow
}

type Share = { rate: number | null; required: number; counted: number }

export type DisciplineSection = {
  /** By tier for a rep's own deck; a team's or the company's goes by rep instead (`byRep`). */
  coverage: (Share & { customers: number; byTier: Record<Tier, Share> | null }) | null
  /** Each rep's coverage and objectives achieved, lowest coverage first (a team, the company). */
  byRep: { name: string; coverage: number | null; achievedRate: number | null }[]
  visits: {
    visits: number
    reviewed: number
    objectivesPlanned: number
    objectivesAchieved: number
    objectivesPartly: number
    achievedRate: number | null
    onTimeRate: number | null
    actionsDue: number
    actionsOnTimeRate: number | null
  } | null
  audits: { confirmed: number; reached: number; rate: number | null } | null
}
