import type { TeamRow, TeamSection, YearEndDeck } from '../../core/year-end/deck-model'
import { changeOf } from '../../core/analyses/change'
import type { DeckColumn } from './deck-table'
import type { DeckText } from './deck-text'

type TableSpec = { columns: DeckColumn[]; rows: string[][]; total?: string[]; empty: string }

const num = (header: string): DeckColumn => ({ header, align: 'right' })
const txt = (header: string, flex = 1): DeckColumn => ({ header, align: 'left', flex })

const changeText = (text: DeckText, current: number, previous: number) => {
  const c = changeOf(current, previous).change
  return c === null ? '—' : `${c > 0 ? '+' : c < 0 ? '−' : ''}${text.percent(Math.abs(c))}`
}

/** The tier changes of the ABC run: customer, owner, tier before and now. */
export function movementTable(deck: YearEndDeck, text: DeckText): TableSpec {
  const t = text.t
  return {
    columns: [
      txt(t('deck.col.customer'), 2),
      txt(t('role.rep')),
      { header: t('deck.col.fromTier'), align: 'center' },
      { header: t('deck.col.toTier'), align: 'center' },
    ],
    rows: (deck.abc?.movements ?? []).map((m) => [
      m.name,
      m.repName ?? t('analysis.pool'),
      m.from ?? '—',
      m.to,
    ]),
    empty: t('deck.noMovements'),
  }
}

/** The lost customers' reasons: how many, and what they bought the year before. */
export function lostReasonTable(deck: YearEndDeck, text: DeckText): TableSpec {
  const t = text.t
  return {
    columns: [
      txt(t('deck.col.reason'), 3),
      num(t('deck.col.customers')),
      num(t('deck.col.salesIn', { period: text.period(deck.previous) })),
    ],
    rows: deck.lostReasons.map((r) => [
      r.reason ?? t('analysis.noReason'),
      text.count(r.count),
      text.money(r.previousSales),
    ]),
    empty: t('deck.none'),
  }
}

export function topCustomerTable(deck: YearEndDeck, text: DeckText): TableSpec {
  const t = text.t
  return {
    columns: [
      { header: '#', align: 'right' },
      txt(t('deck.col.customer'), 3),
      txt(t('role.rep'), 2),
      { header: t('label.tier'), align: 'center' },
      num(t('deck.col.salesIn', { period: text.period(deck.period) })),
      num(t('deck.col.salesIn', { period: text.period(deck.previous) })),
      num(t('deck.col.change')),
    ],
    rows: deck.topCustomers.map((c, i) => [
      String(i + 1),
      c.name,
      c.repName ?? t('analysis.pool'),
      c.tier,
      text.money(c.sales),
      text.money(c.previousSales),
      changeText(text, c.sales, c.previousSales),
    ]),
    empty: t('deck.none'),
  }
}

export function budgetTable(deck: YearEndDeck, text: DeckText): TableSpec {
  const t = text.t
  return {
    columns: [
      txt(t('role.rep'), 2),
      { header: t('deck.col.period'), align: 'left' },
      num(t('deck.col.budget')),
      num(t('deck.col.spent')),
      num(t('deck.col.remaining')),
      { header: t('deck.col.overBudget'), align: 'center' },
    ],
    rows: deck.expenses.budgets.map((b) => [
      b.repName,
      `${b.from} – ${b.to}`,
      text.money(b.limit),
      text.money(b.spent),
      text.money(b.limit - b.spent),
      b.over ? '●' : '',
    ]),
    empty: t('deck.noBudgets'),
  }
}

/** DOMAIN.md "Analyses", Team: per rep the year's figures, commission and audits where the reader may see them. */
export function teamRowsTable(team: TeamSection, text: DeckText): TableSpec {
  const t = text.t
  const cells = (r: TeamRow) => [
    r.name,
    text.money(r.sales),
    text.money(r.collections),
    text.money(r.receivable),
    text.count(r.newCustomers),
    text.percent(r.coverage),
    text.percent(r.achievedRate),
    ...(team.showsAudits ? [text.percent(r.confirmationRate)] : []),
    text.percent(r.expenseRatio),
    ...(team.showsCommission ? [r.commission === null ? '—' : text.money(r.commission)] : []),
  ]
  return {
    columns: [
      txt(t('role.rep')),
      num(t('analysis.metric.sales')),
      num(t('analysis.metric.collections')),
      num(t('analysis.metric.receivables')),
      num(t('analysis.metric.newCustomers')),
      num(t('deck.col.coverage')),
      num(t('deck.col.achieved')),
      ...(team.showsAudits ? [num(t('deck.col.confirmation'))] : []),
      num(t('analysis.metric.expenseRatio')),
      ...(team.showsCommission ? [num(t('deck.col.commission'))] : []),
    ],
    rows: team.rows.map(cells),
    total: team.rows.length > 1 ? cells({ ...team.total, name: t('deck.col.total') }) : undefined,
    empty: t('deck.none'),
  }
}

export function problemTable(deck: YearEndDeck, text: DeckText): TableSpec {
  const t = text.t
  return {
    columns: [
      { header: t('deck.col.month'), align: 'left' },
      txt(t('role.rep'), 1),
      txt(t('label.problem'), 4),
      txt(t('label.solution'), 4),
    ],
    rows: deck.problems.map((p) => [p.month, p.repName, p.problem, p.solution]),
    empty: t('deck.noProblems'),
  }
}
