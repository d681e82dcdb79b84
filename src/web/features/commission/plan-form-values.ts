import type { Plan } from '../../../contracts/commission'
import type { FieldIssue } from '../../../core/app-error'
import type { Bracket, CommissionMode } from '../../../core/commission/commission-plan'
import { planIssues } from '../../../core/commission/plan-issues'
import { formatRateBp, parseRatePercent } from '../../../core/commission/rate-text'
import { formatMoney } from '../../../core/money/format-money'
import { parseMoney } from '../../../core/money/parse-money'
import type { PlanBody } from './commission-requests'

/** One row of the brackets editor, as typed: amounts and the rate in percent are text. */
export type BracketRow = { key: number; from: string; to: string; rate: string }

export type PlanDraft = {
  name: string
  mode: CommissionMode
  rows: BracketRow[]
  bonus: string
  minOrder: string
  note: string
}

/** Amounts as typed in every language: "100,000.00" (parseMoney reads it back exactly). */
const amountText = (minor: number) => formatMoney(minor, 'en')

let nextKey = 1
export const newRowKey = () => nextKey++

/** The issue's example, as a new plan starts: 3 % to 100 000, 5 % to 300 000, 8 % above. */
export function draftOf(plan: Plan | null): PlanDraft {
  const brackets: Bracket[] = plan?.brackets ?? [
    { from: 0, to: 10_000_000, rateBp: 300 },
    { from: 10_000_000, to: 30_000_000, rateBp: 500 },
    { from: 30_000_000, to: null, rateBp: 800 },
  ]
  return {
    name: plan?.name ?? '',
    mode: plan?.mode ?? 'progressive',
    rows: brackets.map((b) => ({
      key: newRowKey(),
      from: amountText(b.from),
      to: b.to === null ? '' : amountText(b.to),
      rate: formatRateBp(b.rateBp),
    })),
    bonus: plan && plan.newCustomerBonus > 0 ? amountText(plan.newCustomerBonus) : '',
    minOrder: plan?.bonusMinOrder != null ? amountText(plan.bonusMinOrder) : '',
    note: plan?.note ?? '',
  }
}

/** A new row starting where the last one ends (brackets are contiguous). */
export const nextRow = (rows: readonly BracketRow[]): BracketRow => ({
  key: newRowKey(),
  from: rows[rows.length - 1]?.to ?? '0',
  to: '',
  rate: '',
})

const money = (text: string) => (text.trim() ? (parseMoney(text)?.minor ?? null) : null)

/**
 * The draft as the API takes it, or the problems with it — the same check the server makes
 * (core/commission/plan-issues.ts), run on every keystroke. Problems with typing (not an amount,
 * not a rate) are named first; the brackets' order is checked once every cell reads.
 */
export function checkDraft(draft: PlanDraft): {
  body: PlanBody | null
  /** The brackets as numbers once they are valid, whatever else is still missing. */
  brackets: Bracket[] | null
  issues: FieldIssue[]
} {
  const issues: FieldIssue[] = []
  const brackets = draft.rows.map((row, i): Bracket => {
    const from = money(row.from)
    const to = row.to.trim() ? money(row.to) : null
    const rateBp = parseRatePercent(row.rate)
    if (from === null) issues.push({ path: `brackets.${i}.from`, key: 'field.invalid' })
    if (row.to.trim() && to === null) issues.push({ path: `brackets.${i}.to`, key: 'field.invalid' })
    if (rateBp === null)
      issues.push({ path: `brackets.${i}.rateBp`, key: 'field.bracket_rate', params: { n: i + 1 } })
    return { from: from ?? 0, to, rateBp: rateBp ?? 0 }
  })
  if (!draft.name.trim()) issues.push({ path: 'name', key: 'field.required' })
  const bonus = draft.bonus.trim() ? money(draft.bonus) : 0
  const minOrder = draft.minOrder.trim() ? money(draft.minOrder) : null
  if (bonus === null || bonus < 0) issues.push({ path: 'newCustomerBonus', key: 'field.invalid' })
  if (draft.minOrder.trim() && (minOrder === null || minOrder < 0))
    issues.push({ path: 'bonusMinOrder', key: 'field.invalid' })
  if (issues.some((i) => i.path.startsWith('brackets.'))) return { body: null, brackets: null, issues }
  const bracketIssues = planIssues(brackets, draft.mode)
  issues.push(...bracketIssues)
  const valid = bracketIssues.length ? null : brackets
  if (issues.length) return { body: null, brackets: valid, issues }
  return {
    brackets,
    body: {
      name: draft.name.trim(),
      mode: draft.mode,
      brackets,
      newCustomerBonus: bonus ?? 0,
      bonusMinOrder: minOrder,
      note: draft.note.trim() || null,
    },
    issues: [],
  }
}
