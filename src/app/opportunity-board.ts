import { OPPORTUNITY_STAGES } from '../core/opportunities/stages'
import type { Board, BoardQuery, OpportunityListQuery } from '../contracts/opportunities'
import { listOpportunityRows, listStageCards, stageTotals } from '../db/opportunities.repo'
import type { AppContext } from './context'
import { moneyScope } from './customer-scope'
import { decodeCursor, encodeCursor } from './list-cursor'
import { toOpportunityDto } from './opportunities'
import { requireActor } from './require-actor'

/** Cards shown per board column; the column's count and total still cover every match. */
export const BOARD_CARDS = 100

/** Opportunities the actor may see (DOMAIN.md "People and visibility"), soonest expected first. */
export async function listOpportunities(ctx: AppContext, query: OpportunityListQuery) {
  requireActor(ctx)
  const { rows, next } = await listOpportunityRows(ctx.db, {
    scope: await moneyScope(ctx),
    ownerId: query.owner,
    customerId: query.customer,
    stage: query.stage,
    from: query.from,
    to: query.to,
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  })
  return { items: rows.map(toOpportunityDto), nextCursor: next && encodeCursor(next) }
}

/**
 * The board: one column per stage with its count and total amount, summed in SQL over everything
 * the filter matches, and its first cards. The period is "closes in": open ones by expected date,
 * won and lost ones by the day they closed.
 */
export async function opportunityBoard(ctx: AppContext, query: BoardQuery): Promise<Board> {
  requireActor(ctx)
  const filter = { scope: await moneyScope(ctx), ownerId: query.owner, from: query.from, to: query.to }
  const totals = await stageTotals(ctx.db, filter)
  const columns = await Promise.all(
    OPPORTUNITY_STAGES.map(async (stage) => {
      const total = totals.find((t) => t.stage === stage)
      const items = total ? await listStageCards(ctx.db, { ...filter, stage, limit: BOARD_CARDS }) : []
      return {
        stage,
        count: total?.count ?? 0,
        amount: total?.amountMinor ?? 0,
        items: items.map(toOpportunityDto),
      }
    }),
  )
  return { columns }
}
