import { demoVisits } from '../core/demo/demo-visits'
import type { LocalDate } from '../core/dates/local-date'
import { zonedInstant } from '../core/dates/zoned-instant'
import { seededRandom } from '../core/random/seeded-random'
import { insertFollowUpsBulk, refreshCadence, type NewFollowUp } from '../db/follow-ups.repo'
import { insertBulk } from '../db/insert-bulk'
import type { AppContext } from './context'
import { newId } from './new-id'

const HOUR = 3_600_000
/** How many of each rep's customers the demo visits: enough for variety, few enough to read. */
const CUSTOMERS_PER_REP = 30

/**
 * The demo's visits (issue 5), written straight into the tables as the use cases would have left
 * them: plans with objectives, objections, FAB items and materials; check-ins; reviews — some
 * written more than 24 h late — each with its follow-up record (channel visit); improvement actions
 * done on time, late, or still open; open issues, some resolved at the customer's next visit;
 * missed and cancelled plans; and the next two weeks' plans.
 */
export async function insertDemoVisits(
  tx: AppContext,
  customers: readonly {
    id: string
    ownerId: string | null
    status: string
    contacts: readonly { id: string }[]
  }[],
  today: LocalDate,
  seed: number,
  now: string,
): Promise<void> {
  const tz = tx.config.timeZone
  const nowMs = tx.now().getTime()
  const byRep = new Map<string, string[]>()
  for (const c of customers)
    if (c.ownerId && c.status !== 'lost') {
      const list = byRep.get(c.ownerId) ?? []
      if (list.length < CUSTOMERS_PER_REP) byRep.set(c.ownerId, [...list, c.id])
    }
  const contactsOf = new Map(customers.map((c) => [c.id, c.contacts.map((k) => k.id)]))
  const plans = demoVisits(
    [...byRep].map(([key, ids]) => ({ key, customers: ids })),
    today,
    seededRandom(seed + 5),
  ).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))

  const visits: Parameters<typeof insertBulk<'visits'>>[2][number][] = []
  const objectives: Parameters<typeof insertBulk<'visit_objectives'>>[2][number][] = []
  const objections: Parameters<typeof insertBulk<'visit_objections'>>[2][number][] = []
  const fabs: Parameters<typeof insertBulk<'visit_fab_items'>>[2][number][] = []
  const materials: Parameters<typeof insertBulk<'visit_materials'>>[2][number][] = []
  const actions: Parameters<typeof insertBulk<'visit_actions'>>[2][number][] = []
  const issues: Parameters<typeof insertBulk<'visit_issues'>>[2][number][] = []
  const followUps: NewFollowUp[] = []
  const openIssues = new Map<string, number[]>()

  for (const p of plans) {
    const id = newId()
    const startsAt = zonedInstant(p.date, p.start, tz).getTime()
    const endsAt = zonedInstant(p.date, p.end, tz).getTime()
    const iso = (ms: number) => new Date(Math.min(ms, nowMs)).toISOString()
    const checkedInAt = p.checkInLate === null ? null : iso(startsAt + p.checkInLate * 60_000)
    const reviewedAt =
      p.reviewAfterHours === null
        ? null
        : iso(Math.max(endsAt, Date.parse(checkedInAt ?? '')) + p.reviewAfterHours * HOUR)
    const followUpId = p.status === 'reviewed' ? newId() : null
    const created = iso(startsAt - 3 * 24 * HOUR)
    visits.push({
      id,
      customer_id: p.customerKey,
      rep_id: p.repKey,
      starts_at: new Date(startsAt).toISOString(),
      ends_at: new Date(endsAt).toISOString(),
      starts_on: p.date,
      place: p.place,
      status: p.status,
      contact_ids: JSON.stringify((contactsOf.get(p.customerKey) ?? []).slice(0, 1)),
      why_this_time: p.whyThisTime,
      checked_in_at: checkedInAt,
      check_in_place: checkedInAt ? p.place : null,
      reviewed_at: reviewedAt,
      customer_view: p.customerView,
      to_improve: p.toImprove,
      follow_up_id: followUpId,
      cancelled_at: p.status === 'cancelled' ? created : null,
      cancel_reason: p.status === 'cancelled' ? '客戶臨時改期' : null,
      missed_at: p.status === 'missed' ? iso(endsAt + 12 * HOUR) : null,
      created_by: p.repKey,
      version: 1,
      created_at: created,
      updated_at: reviewedAt ?? checkedInAt ?? created,
    })
    p.objectives.forEach((o, position) => objectives.push({ id: newId(), visit_id: id, position, ...o }))
    p.objections.forEach((o, position) => objections.push({ id: newId(), visit_id: id, position, ...o }))
    p.fabItems.forEach((f, position) => fabs.push({ id: newId(), visit_id: id, position, ...f }))
    p.materials.forEach((text, position) => materials.push({ id: newId(), visit_id: id, position, text }))
    if (p.status !== 'reviewed' || !followUpId || !checkedInAt || !reviewedAt) continue
    p.actions.forEach((a, position) =>
      actions.push({
        id: newId(),
        visit_id: id,
        customer_id: p.customerKey,
        rep_id: p.repKey,
        position,
        text: a.text,
        due_on: a.dueOn,
        done_on: a.doneOn,
        done_visit_id: null,
        version: a.doneOn ? 2 : 1,
        created_at: reviewedAt,
        updated_at: reviewedAt,
      }),
    )
    // Issues still open for this customer are resolved at this visit, more often than not.
    for (const index of openIssues.get(p.customerKey) ?? []) {
      const issue = issues[index]
      if (issue && (followUps.length + index) % 3 !== 0) {
        issue.resolved_visit_id = id
        issue.resolved_on = p.date
        issue.resolution = '本次拜訪已處理'
      }
    }
    openIssues.set(
      p.customerKey,
      (openIssues.get(p.customerKey) ?? []).filter((i) => !issues[i]?.resolved_visit_id),
    )
    p.issues.forEach((text, position) => {
      openIssues.get(p.customerKey)?.push(issues.length)
      issues.push({
        id: newId(),
        visit_id: id,
        customer_id: p.customerKey,
        position,
        text,
        resolved_visit_id: null,
        resolved_on: null,
        resolution: null,
        created_at: reviewedAt,
      })
    })
    const achieved = p.objectives.filter((o) => o.result === 'yes').length
    followUps.push({
      id: followUpId,
      externalId: null,
      customerId: p.customerKey,
      repId: p.repKey,
      happenedAt: checkedInAt,
      happenedOn: p.date,
      channel: 'visit',
      durationMinutes: Math.round((endsAt - startsAt) / 60_000),
      summary: `訪後分析：${p.objectives.length} 個拜訪目標中達成 ${achieved} 個。\n${p.objectives.map((o) => o.text).join('；')}`,
      outcome: p.customerView,
      nextStep: p.actions[0]?.text ?? null,
      nextDate: null,
      importBatchId: null,
    })
  }
  await insertFollowUpsBulk(tx.db, followUps, now)
  await insertBulk(tx.db, 'visits', visits)
  await insertBulk(tx.db, 'visit_objectives', objectives)
  await insertBulk(tx.db, 'visit_objections', objections)
  await insertBulk(tx.db, 'visit_fab_items', fabs)
  await insertBulk(tx.db, 'visit_materials', materials)
  await insertBulk(tx.db, 'visit_actions', actions)
  await insertBulk(tx.db, 'visit_issues', issues)
  await refreshCadence(tx.db, [...new Set(followUps.map((f) => f.customerId))])
}
