import type { Lang } from '../i18n/lang'
import { translate } from '../i18n/translate'
import type { DoneGroup } from './group-done'
import type { PlanItem } from './plan-tomorrow'

/**
 * The prefilled text of a daily check-in (日報) in the rep's language: one line per follow-up or
 * visit, customer by customer, which the rep then edits or adds to. Kept as plain text so that what
 * the rep finally writes is theirs, whatever the data said.
 */
export function doneText(lang: Lang, groups: readonly DoneGroup[]): string {
  return groups
    .flatMap((g) =>
      g.items.map((item) => {
        const status = item.visitStatus && translate(lang, `report.visit_status.${item.visitStatus}`)
        if (item.kind === 'visit')
          return translate(lang, 'report.done_visit', {
            time: item.time,
            customer: g.customerName,
            status: status ?? '',
          })
        const line = translate(lang, 'report.done_follow_up', {
          time: item.time,
          customer: g.customerName,
          channel: translate(lang, `report.channel.${item.channel ?? 'other'}`),
          summary: item.summary ?? '',
        })
        return status ? `${line} ${translate(lang, 'report.reviewed_visit', { status })}` : line
      }),
    )
    .map((line) => `• ${line}`)
    .join('\n')
}

/**
 * Tomorrow's plan as text: the planned visits and slots with their times, then the customers due —
 * the first `maxDue` of them, in the agenda's order, and how many more: a rep with a long backlog
 * plans a day, not the backlog.
 */
export function planText(lang: Lang, items: readonly PlanItem[], maxDue = 10): string {
  const due = items.filter((i) => i.kind === 'due')
  const shown = [...items.filter((i) => i.kind !== 'due'), ...due.slice(0, maxDue)]
  const more = due.length - Math.min(due.length, maxDue)
  const lines = shown
    .map((item) => {
      const params = {
        start: item.start ?? '',
        end: item.end ?? '',
        customer: item.customerName,
        tier: item.tier ?? '',
      }
      if (item.kind === 'visit') return translate(lang, 'report.plan_visit', params)
      if (item.kind === 'planned_follow_up') return translate(lang, 'report.plan_slot', params)
      if (!item.tier) return translate(lang, 'report.plan_follow_up', params)
      return translate(lang, item.overdue ? 'report.plan_overdue' : 'report.plan_due', params)
    })
    .map((line) => `• ${line}`)
  if (more > 0) lines.push(translate(lang, 'report.plan_more', { count: more }))
  return lines.join('\n')
}
