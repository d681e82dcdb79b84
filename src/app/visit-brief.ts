import { effectiveTier, isTier } from '../core/follow-ups/tier'
import type { FollowUpChannel } from '../core/follow-ups/channels'
import type { MeetingStyle, PreferredTime } from '../core/customers/customer-fields'
import type { VisitBrief } from '../contracts/visits'
import { findCustomer, type CustomerRecord } from '../db/customers.repo'
import { listFollowUpRows } from '../db/follow-ups.repo'
import { customerCadence } from '../db/visits.repo'
import { listReceivables } from './collections'
import { readsMoney } from './customer-scope'
import type { AppContext } from './context'
import { readableVisit } from './visit-access'
import { today, visitDto } from './visit-dto'

/** How many of the latest follow-ups a brief shows: what fits one printed page. */
const LAST_FOLLOW_UPS = 5

/**
 * The one-page brief a rep reads before going in (issue 5): the customer's interests and
 * preferences, the last follow-ups, the receivable (app/collections.ts's rule: confirmed orders −
 * collections), the open issues and unfinished actions carried in, and the plan itself.
 */
export async function visitBrief(ctx: AppContext, id: string): Promise<VisitBrief> {
  const visit = await readableVisit(ctx, id)
  const customer = (await findCustomer(ctx.db, visit.customerId, { includeDeleted: true })) as CustomerRecord
  const [dto, cadence, followUps, receivables] = await Promise.all([
    visitDto(ctx, visit),
    customerCadence(ctx.db, customer.id),
    listFollowUpRows(ctx.db, { scope: { kind: 'all' }, customerId: customer.id, limit: LAST_FOLLOW_UPS }),
    // Over what the reader may see: the visit's readers see its customer's ledger (its owner's),
    // but the auditor, who reads visits and no money.
    readsMoney(ctx) ? listReceivables(ctx, { by: 'customer', customer: customer.id }) : null,
  ])
  const computed = cadence && isTier(cadence.tier) ? cadence.tier : 'C'
  const override = cadence && isTier(cadence.tier_override) ? cadence.tier_override : null
  const sum = receivables?.items.find((r) => r.id === customer.id)
  return {
    visit: dto,
    customer: {
      id: customer.id,
      name: customer.name,
      companyName: customer.companyName,
      phone: customer.phone,
      address: customer.address,
      tier: effectiveTier(
        computed,
        { tier: override, until: cadence?.tier_override_until ?? null },
        today(ctx),
      ),
      interests: customer.interests,
      preferredTime: customer.preferredTime as PreferredTime | null,
      meetingStyle: customer.meetingStyle as MeetingStyle | null,
      preferredWeekdays: customer.preferredWeekdays,
      preferredHoursFrom: customer.preferredHoursFrom,
      preferredHoursTo: customer.preferredHoursTo,
      notes: customer.notes,
      nextFollowUpOn: cadence?.next_follow_up_on ?? null,
    },
    lastFollowUps: followUps.rows.map((f) => ({
      id: f.id,
      happenedOn: f.happenedOn,
      channel: f.channel as FollowUpChannel,
      summary: f.summary,
      outcome: f.outcome,
      nextStep: f.nextStep,
      repName: f.repName,
    })),
    receivable: receivables && {
      ordered: sum?.ordered ?? 0,
      collected: sum?.collected ?? 0,
      receivable: sum?.receivable ?? 0,
    },
  }
}
