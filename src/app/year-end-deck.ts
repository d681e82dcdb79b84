import { deckScopeText } from '../core/year-end/deck-scope'
import { deckYear } from '../core/year-end/deck-year'
import type { ComparisonRow, YearEndDeck } from '../core/year-end/deck-model'
import { factsByTone } from '../core/year-end/fact-tone'
import type { YearEndQuery } from '../contracts/year-end'
import type { SalesComparison } from '../contracts/analyses'
import { readerOf } from '../db/connect'
import { todayOf } from './analysis-periods'
import { moneyScope } from './customer-scope'
import type { AppContext } from './context'
import { listBudgets } from './expenses'
import { expenseCategories } from './expense-categories'
import { organisationLogo } from './organisation-logo'
import { requireActor } from './require-actor'
import { monthlyLedger, salesComparison } from './sales-analysis'
import { checkDeckYear, deckScopeOf } from './year-end-query'
import { resolveDeckSubject, type DeckSubject } from './year-end-scope'
import { yearCustomers } from './year-end-customers'
import { abcSection, disciplineSection, teamSection, yearProblems } from './year-end-sections'
import { findDeckTexts, NO_TEXTS } from './year-end-texts'

const comparisonRows = (c: SalesComparison): ComparisonRow[] => [
  { metric: 'sales', kind: 'money', ...c.sales },
  { metric: 'collections', kind: 'money', ...c.collections },
  { metric: 'receivables', kind: 'money', ...c.receivables },
  { metric: 'expenses', kind: 'money', ...c.expenses },
  { metric: 'expenseRatio', kind: 'ratio', ...c.expenseRatio },
  { metric: 'newCustomers', kind: 'count', ...c.newCustomers },
]

/** A deck as assembled, with whose it is and when the author last saved their texts. */
export type YearEndDeckResult = {
  deck: YearEndDeck
  subject: DeckSubject
  /** The scope as the query takes it (`company`, `team:EMAIL`, `rep:EMAIL`), the caller's own when left out. */
  scopeText: string
  textsSavedAt: string | null
}

/**
 * The year-end summary deck's content (年終總結, DOMAIN.md "Reports"; issue 7), in the outline of
 * the seed's year-end review, for a year and a scope the caller may see — assembled from the
 * analyses the app already has, each read as the rest of Abacus reads it:
 * - sales and collections by month, the year against the year before (app/sales-analysis.ts), the
 *   customer gain/loss with the sales bridge and the lost reasons, and the top customers
 *   (app/year-end-customers.ts: the gain/loss analysis's read and rules, once) — for the
 *   customers of the scope;
 * - the ABC Pareto chart and tier movements of the last run up to the year's end (classification runs);
 * - the expense review: by category, the expense ratio, budgets against actual (app/expenses.ts);
 * - the team table (app/team-table.ts), and follow-up and visit discipline (coverage, objectives
 *   achieved, audit confirmation) — with the caller's rights to commission and audits;
 * - the problems and solutions of the year's submitted monthly reports;
 * - the facts of those analyses split into positive and negative factors, and the caller's texts.
 * Everything is read, nothing written: no transaction is needed for a consistent enough picture.
 */
export async function yearEndDeck(ctx: AppContext, query: YearEndQuery): Promise<YearEndDeckResult> {
  const actor = requireActor(ctx)
  const lang = query.lang ?? ctx.lang
  const asCaller = { ...ctx, lang }
  const year = checkDeckYear(ctx, query.year)
  const scope = deckScopeOf(actor, query.scope)
  const subject = await resolveDeckSubject(asCaller, scope)
  const narrowed = { ...subject.narrowed, lang }
  const { period, previous } = deckYear(year)
  const pair = { from: period.from, to: period.to, prevFrom: previous.from, prevTo: previous.to }

  // On SQLite the ledger's sums (the months, both years' figures: ~1.5 s of a large company's
  // deck) are read on the reader's thread (db/connect.ts readerOf) while this one reads the
  // customers and the team: two cores instead of one (bench/README.md). They are all asked at once,
  // with the scope read first, since the reader's answers are taken only when this thread waits.
  const money = await moneyScope(narrowed)
  const onReaderThread = { ...narrowed, db: readerOf(narrowed.db) }
  const ledgerRead = Promise.all([
    monthlyLedger(onReaderThread, { from: period.from, to: period.to }, money),
    salesComparison(onReaderThread, pair, money),
  ])
  // Awaited below; until then a failure must not count as unhandled (it is thrown there).
  ledgerRead.catch(() => {})
  const analysis = await yearCustomers(narrowed, { period, previous })
  const abc = await abcSection(asCaller, narrowed, period.to)
  const [categories, budgets] = await Promise.all([
    expenseCategories(narrowed, period),
    listBudgets(narrowed, {}),
  ])
  const team = await teamSection(asCaller, subject, period)
  const discipline = await disciplineSection(asCaller, subject, period, team)
  const problems = await yearProblems(narrowed, year)
  const [monthly, comparison] = await ledgerRead
  const [texts, logo] = await Promise.all([findDeckTexts(ctx, year, subject.key), organisationLogo(ctx)])

  const hasData =
    comparison.sales.current !== 0 ||
    comparison.collections.current !== 0 ||
    comparison.expenses.current !== 0 ||
    monthly.months.some((m) => m.sales !== 0 || m.collections !== 0)
  const deck: YearEndDeck = {
    lang,
    year,
    period,
    previous,
    organisation: ctx.config.organisationName,
    logo,
    scope: { kind: subject.kind, name: subject.name },
    asOf: todayOf(ctx),
    hasData,
    monthly: monthly.months,
    comparison: comparisonRows(comparison),
    bridge: analysis.bridge,
    gainLoss: {
      new: analysis.new,
      retained: analysis.retained,
      reactivated: analysis.reactivated,
      lost: analysis.lost,
    },
    lostReasons: analysis.lostReasons,
    topCustomers: analysis.topCustomers,
    abc,
    expenses: {
      total: comparison.expenses.current,
      sales: comparison.sales.current,
      ratio: comparison.expenseRatio.current,
      previousRatio: comparison.expenseRatio.previous,
      byCategory: categories.map(({ category, amount }) => ({ category, amount })),
      budgets: budgets.items
        .filter((b) => b.periodFrom <= period.to && b.periodTo >= period.from)
        .map((b) => ({
          repName: b.repName,
          from: b.periodFrom,
          to: b.periodTo,
          limit: b.limit,
          spent: b.spent,
          over: b.over,
        })),
    },
    team: team.section,
    discipline,
    problems,
    facts: factsByTone([...comparison.facts, ...analysis.facts, ...team.facts]),
    texts: texts
      ? { positive: texts.positive, negative: texts.negative, problems: texts.problems, plan: texts.plan }
      : { ...NO_TEXTS },
  }
  return { deck, subject, scopeText: deckScopeText(scope), textsSavedAt: texts?.updatedAt ?? null }
}
