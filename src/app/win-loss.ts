import type { LossReason } from '../core/opportunities/lost-reasons'
import type { OpenStage } from '../core/opportunities/stages'
import { winLoss } from '../core/opportunities/win-loss'
import type { WinLossQuery, WinLossView } from '../contracts/opportunities'
import { closedGroups } from '../db/opportunities.repo'
import type { AppContext } from './context'
import { moneyScope } from './customer-scope'
import { periodOf } from './period'
import { requireActor } from './require-actor'

/**
 * Win/loss analysis (DOMAIN.md "Opportunities") of what closed in a period — this month unless
 * given — for the opportunities the actor may see: counted in SQL per owner, outcome, hurdle,
 * reason and month, the rule applied in core/opportunities/win-loss.ts.
 */
export async function winLossAnalysis(ctx: AppContext, query: WinLossQuery): Promise<WinLossView> {
  requireActor(ctx)
  const { from, to } = periodOf(ctx, query)
  const groups = await closedGroups(ctx.db, { scope: await moneyScope(ctx), ownerId: query.owner, from, to })
  const result = winLoss(
    groups.map((g) => ({
      ownerId: g.ownerId,
      ownerName: g.ownerName,
      outcome: g.stage === 'won' ? 'won' : 'lost',
      highestStage: g.highestStage as OpenStage,
      lostAtStage: g.lostAtStage as OpenStage | null,
      lossReason: g.lossReason as LossReason | null,
      month: g.month,
      count: g.count,
      amountMinor: g.amountMinor,
    })),
  )
  return { from, to, ...result }
}
