import { addDays, daysBetween, type LocalDate } from '../dates/local-date'
import type { AgendaCustomer } from '../follow-ups/agenda-order'
import { nextDue } from '../follow-ups/next-due'
import { effectiveTier, type Tier } from '../follow-ups/tier'
import type { Lang } from '../i18n/lang'
import { translate } from '../i18n/translate'
import { formatMoney } from '../money/format-money'

/** An all-day event (a date) or a timed one (local date and wall-clock `HH:MM` times). */
export type AgendaEvent = {
  uid: string
  date: LocalDate
  time: { start: string; end: string } | null
  summary: string
  description: string
}

/** Something with a customer at a time on a day: a visit, an accepted planned follow-up. */
type Timed = {
  id: string
  customerId: string
  customerName: string
  date: LocalDate
  start: string
  end: string
}

export type AgendaEventsInput = {
  today: LocalDate
  /** How many days the feed covers, today included. */
  days: number
  lang: Lang
  intervals: Record<Tier, number>
  customers: readonly (AgendaCustomer & { phone: string | null })[]
  plans: readonly { id: string; customerName: string; dueOn: LocalDate; outstanding: number }[]
  /** Visits planned or checked in within the window, at their local times. */
  visits: readonly (Timed & { place: string | null })[]
  /** Accepted planned follow-ups (Scheduling) within the window. */
  slots: readonly Timed[]
}

/**
 * A user's agenda as calendar events for the next `days` days (DOMAIN.md "Reminders"): each
 * customer due in the window on its next-due date — an overdue one today, so it stays in sight —
 * unless a visit or an accepted planned follow-up already puts it in the calendar; each collection
 * plan with money outstanding on its due date (overdue: today); each visit and each accepted
 * planned follow-up at its time.
 * UIDs name the record, not the day, so a subscriber's calendar moves the event when it moves.
 */
export function agendaEvents(input: AgendaEventsInput): AgendaEvent[] {
  const { today, lang } = input
  const last = addDays(today, input.days - 1)
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) =>
    translate(lang, key, params)
  const planned = new Set([...input.slots, ...input.visits].map((s) => s.customerId))
  const events: (AgendaEvent & { order: string })[] = []
  for (const c of input.customers) {
    if (planned.has(c.id)) continue
    const tier = effectiveTier(c.computedTier, c.override, today)
    const due = nextDue({ ...c, tier }, input.intervals)
    if (due === null || due > last) continue
    const late = Math.max(0, daysBetween(due, today))
    const lines = [
      c.phone ? t('calendar.phone', { phone: c.phone }) : null,
      c.lastFollowUpOn
        ? t('calendar.last_follow_up', { date: c.lastFollowUpOn })
        : t('calendar.never_followed_up'),
      t('calendar.next_due', { date: due }),
    ]
    events.push({
      uid: `follow-up-${c.id}@abacus`,
      date: late > 0 ? today : due,
      time: null,
      summary: late
        ? t('calendar.follow_up_overdue', { name: c.name, tier, days: late })
        : t('calendar.follow_up', { name: c.name, tier }),
      description: lines.filter((l) => l !== null).join('\n'),
      order: `1${tier}${due}${c.name}`,
    })
  }
  for (const p of input.plans) {
    if (p.outstanding <= 0 || p.dueOn > last) continue
    const amount = formatMoney(p.outstanding, lang)
    events.push({
      uid: `collection-plan-${p.id}@abacus`,
      date: p.dueOn < today ? today : p.dueOn,
      time: null,
      summary:
        p.dueOn < today
          ? t('calendar.collection_plan_overdue', { name: p.customerName, amount })
          : t('calendar.collection_plan', { name: p.customerName, amount }),
      description: t('calendar.due_on', { date: p.dueOn }),
      order: `2${p.dueOn}${p.customerName}`,
    })
  }
  for (const v of input.visits)
    events.push({
      uid: `visit-${v.id}@abacus`,
      date: v.date,
      time: { start: v.start, end: v.end },
      summary: t('calendar.visit', { name: v.customerName }),
      description: v.place ? t('calendar.place', { place: v.place }) : '',
      order: `0${v.start}`,
    })
  for (const s of input.slots)
    events.push({
      uid: `planned-follow-up-${s.id}@abacus`,
      date: s.date,
      time: { start: s.start, end: s.end },
      summary: t('calendar.planned_follow_up', { name: s.customerName }),
      description: '',
      order: `0${s.start}`,
    })
  return events
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.order < b.order ? -1 : a.order > b.order ? 1 : 0,
    )
    .map(({ order: _order, ...event }) => event)
}
