import { demoOpportunities } from '../core/demo/demo-opportunities'
import { seededRandom } from '../core/random/seeded-random'
import { insertOpportunitiesBulk } from '../db/opportunities.repo'
import type { AppContext } from './context'
import { newId } from './new-id'

/**
 * The demo's opportunities (商機) across the three hurdles, won and lost ones with their reasons,
 * each with its stage history by its owner. Part of loadDemo's transaction.
 */
export async function insertDemoOpportunities(
  ctx: AppContext,
  customers: readonly { id: string; ownerId: string | null; status: string }[],
  today: string,
  seed: number,
  now: string,
): Promise<number> {
  const generated = demoOpportunities(
    customers.map((c) => ({ key: c.id, ownerKey: c.ownerId, status: c.status })),
    today,
    seededRandom(seed + 5),
  )
  const rows = generated.map((o) => ({ ...o, id: newId() }))
  // Local 10:00 in Taipei: a change's instant on the day it is dated.
  const at = (day: string) => `${day}T02:00:00.000Z`
  await insertOpportunitiesBulk(
    ctx.db,
    rows.map((o) => ({
      id: o.id,
      customer_id: o.customerKey,
      owner_id: o.ownerKey,
      title: o.title,
      amount_minor: o.amountMinor,
      expected_on: o.expectedOn,
      stage: o.stage,
      highest_stage: o.highestStage,
      lost_at_stage: o.lostAtStage,
      lost_reason: o.lossReason,
      lost_note: o.lostNote,
      closed_on: o.closedOn,
      note: null,
      version: 1,
      created_at: at(o.history[0]?.on ?? today),
      updated_at: now,
      deleted_at: null,
    })),
    rows.flatMap((o) =>
      o.history.map((h) => ({
        id: newId(),
        opportunity_id: o.id,
        from_stage: h.from,
        to_stage: h.to,
        lost_reason: h.to === 'lost' ? o.lossReason : null,
        changed_at: at(h.on),
        changed_on: h.on,
        actor_id: o.ownerKey,
      })),
    ),
  )
  return rows.length
}
