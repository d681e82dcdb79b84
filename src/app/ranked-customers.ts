import { localDateAt } from '../core/dates/local-date'
import { AppError } from '../core/app-error'
import { effectiveTier, isTier, type Tier } from '../core/follow-ups/tier'
import { customerFacts, rankingOfRun } from '../db/classification.repo'
import { findRun } from '../db/classification-history.repo'
import type { AppContext } from './context'
import { requireActor } from './require-actor'

export type ClassifiedCustomer = {
  id: string
  externalId: string | null
  name: string
  value: number
  tier: Tier
  effectiveTier: Tier
}

const asTier = (value: string | null): Tier | null => (isTier(value) ? value : null)

/**
 * Every customer of a kept ABC run in rank order, with its external id, name and the tier that
 * counts today (an override wins until its last day) — what `abacus classify --json` prints. The
 * whole organisation's customers, so an admin's to read, as the run is to make. Read back from the
 * run as kept, not carried out of the run itself: the API's answer to a run is its counts, and
 * never needed 100,000 names. A customer purged since the run is left out.
 */
export async function rankedCustomers(ctx: AppContext, runId: string): Promise<ClassifiedCustomer[]> {
  requireActor(ctx, ['admin'])
  if (!(await findRun(ctx.db, runId))) throw new AppError('not_found')
  const [ranking, facts] = await Promise.all([rankingOfRun(ctx.db, runId), customerFacts(ctx.db)])
  const today = localDateAt(ctx.now(), ctx.config.timeZone)
  return ranking.flatMap((c) => {
    const customer = facts.get(c.id)
    if (!customer) return []
    const tier = asTier(c.tier) ?? 'C'
    const override = { tier: asTier(customer.tier_override), until: customer.tier_override_until }
    return [
      {
        id: c.id,
        externalId: customer.external_id,
        name: customer.name,
        value: c.value,
        tier,
        effectiveTier: effectiveTier(tier, override, today),
      },
    ]
  })
}
