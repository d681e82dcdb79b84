import { daysInMonth } from '../core/dates/local-date'
import { insertAdjustment, insertAssignment } from '../db/commission-assignments.repo'
import { insertPlan } from '../db/commission-plans.repo'
import type { AppContext } from './context'
import { newId } from './new-id'

/**
 * The demo's commission (提成): one progressive plan — 2 % up to 500 000 collected, 3 % up to
 * 1 500 000, 4 % above, and 1 000 for each new customer whose first order is at least 10 000 —
 * assigned to every demo rep for the current year, and one adjustment this month with its reason.
 * Part of loadDemo's transaction.
 */
export async function insertDemoCommission(
  ctx: AppContext,
  repIds: readonly string[],
  today: string,
  now: string,
): Promise<void> {
  const planId = newId()
  await insertPlan(
    ctx.db,
    {
      id: planId,
      name: `${today.slice(0, 4)} 業務提成方案`,
      mode: 'progressive',
      brackets: [
        { from: 0, to: 50_000_000, rateBp: 200 },
        { from: 50_000_000, to: 150_000_000, rateBp: 300 },
        { from: 150_000_000, to: null, rateBp: 400 },
      ],
      newCustomerBonusMinor: 100_000,
      bonusMinOrderMinor: 1_000_000,
      note: '回款越多，提成越高；每開發一位新客戶另有獎金。',
    },
    now,
  )
  const year = today.slice(0, 4)
  for (const repId of repIds)
    await insertAssignment(
      ctx.db,
      { id: newId(), repId, planId, periodFrom: `${year}-01-01`, periodTo: `${year}-12-31` },
      now,
    )
  const [first] = repIds
  const month = today.slice(0, 7)
  const lastDay = daysInMonth(Number(year), Number(today.slice(5, 7)))
  if (first)
    await insertAdjustment(
      ctx.db,
      {
        id: newId(),
        repId: first,
        periodFrom: `${month}-01`,
        periodTo: `${month}-${String(lastDay).padStart(2, '0')}`,
        amountMinor: 300_000,
        reason: '協助跨區大客戶簽約，經理核定加發',
        createdBy: null,
      },
      now,
    )
}
