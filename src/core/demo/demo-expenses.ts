import { addDays, type LocalDate } from '../dates/local-date'
import type { ExpenseCategory, ExpenseStatus } from '../expenses/expense-flow'
import type { Random } from '../random/seeded-random'

export type DemoExpense = {
  repKey: string
  expenseDate: LocalDate
  category: ExpenseCategory
  amountMinor: number
  status: ExpenseStatus
  note: string
}
export type DemoBudget = {
  repKey: string
  periodFrom: LocalDate
  periodTo: LocalDate
  amountMinor: number | null
  shareBp: number | null
}

const KINDS: [ExpenseCategory, number, string][] = [
  ['entertainment', 3_500_00, '客戶餐敘'],
  ['travel', 1_800_00, '高鐵來回拜訪客戶'],
  ['gift', 1_200_00, '中秋禮盒'],
  ['sample', 2_500_00, '試用樣品'],
  ['promotion', 8_000_00, '展會攤位分攤'],
  ['other', 600_00, '文具與影印'],
]

/**
 * Three years of a team's market expenses: a few a month per rep, mostly approved, the newest
 * still submitted or in draft, a few rejected; and a yearly budget per rep, some as a share of
 * collections (費用承包), as the seed's sales manager runs it.
 */
export function demoExpenses(repKeys: readonly string[], today: LocalDate, random: Random) {
  const expenses: DemoExpense[] = []
  const budgets: DemoBudget[] = []
  const firstYear = Number(today.slice(0, 4)) - 3
  for (const repKey of repKeys) {
    for (let day = `${firstYear}-01-05`; day <= today; day = addDays(day, random.int(6, 16))) {
      const [category, base, note] = random.pick(KINDS)
      const age =
        (Date.UTC(+today.slice(0, 4), +today.slice(5, 7) - 1, +today.slice(8)) -
          Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8))) /
        86_400_000
      const status: ExpenseStatus =
        age < 10
          ? random.chance(0.5)
            ? 'draft'
            : 'submitted'
          : random.chance(0.06)
            ? 'rejected'
            : 'approved'
      expenses.push({
        repKey,
        expenseDate: day,
        category,
        amountMinor: Math.round(base * (0.4 + random.next() * 1.2)),
        status,
        note,
      })
    }
    for (let year = firstYear; year <= Number(today.slice(0, 4)); year++)
      budgets.push(
        random.chance(0.5)
          ? {
              repKey,
              periodFrom: `${year}-01-01`,
              periodTo: `${year}-12-31`,
              amountMinor: random.int(8, 16) * 10_000_00,
              shareBp: null,
            }
          : {
              repKey,
              periodFrom: `${year}-01-01`,
              periodTo: `${year}-12-31`,
              amountMinor: null,
              shareBp: random.pick([300, 400, 500]),
            },
      )
  }
  return { expenses, budgets }
}
