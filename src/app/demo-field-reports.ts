import { addDays, type LocalDate } from '../core/dates/local-date'
import { zonedInstant } from '../core/dates/zoned-instant'
import type { DemoUser } from '../core/demo/demo-data'
import { DEMO_OFFICE_WORK, demoCheckIns, demoMonthlyReports } from '../core/demo/demo-field-reports'
import { doneText, planText } from '../core/field-reports/daily-text'
import { countDone } from '../core/field-reports/group-done'
import { monthRange } from '../core/field-reports/month'
import type { PlanItem } from '../core/field-reports/plan-tomorrow'
import { isoWeekday } from '../core/follow-ups/iso-weekday'
import { seededRandom } from '../core/random/seeded-random'
import { insertDailyReportsBulk, type NewDailyReport } from '../db/daily-reports.repo'
import { insertCommentsBulk, insertMonthlyReportsBulk, type NewComment } from '../db/monthly-reports.repo'
import type { AppContext } from './context'
import { dayDone, tomorrowPlan } from './daily-prefill'
import { monthFigures } from './month-figures'
import { newId } from './new-id'

/** How often each rep of the demo checks in: some every working day, some rarely (seed ⑤). */
const HABITS = [1, 0.95, 0.5, 0.9, 0.3, 1]
/** The demo is in the users' language. */
const LANG = 'zh-Hant'

const nextWorkday = (date: LocalDate) => {
  let next = addDays(date, 1)
  while (isoWeekday(next) > 5) next = addDays(next, 1)
  return next
}

/**
 * The demo's reports from the field (issue 5): daily check-ins over the last two weeks' working
 * days, prefilled from the demo's own follow-ups and visits exactly as the form would, with the
 * next working day's visits (or the customers followed up then) as the plan; and a few monthly
 * work reports with problems, solutions and the managers' comments, numbers frozen as submitted.
 */
export async function insertDemoFieldReports(
  tx: AppContext,
  options: {
    users: readonly DemoUser[]
    ids: ReadonlyMap<string, string>
    today: LocalDate
    seed: number
    now: string
  },
): Promise<void> {
  const { users, ids, today, now } = options
  const random = seededRandom(options.seed + 7)
  const idOf = (key: string) => ids.get(key) as string
  const tz = tx.config.timeZone
  const clamp = (iso: string) => (iso < now ? iso : now)
  const reps = users.filter((u) => u.role === 'rep')
  const reporters = [
    ...reps.map((u, i) => ({ key: u.key, share: HABITS[i % HABITS.length] ?? 1 })),
    ...users.filter((u) => u.key === 'north').map((u) => ({ key: u.key, share: 0.8 })),
  ]

  const daily: NewDailyReport[] = []
  for (const c of demoCheckIns(reporters, today, 14, random)) {
    const repId = idOf(c.repKey)
    const groups = await dayDone(tx, repId, c.date)
    const office = `• ${random.pick(DEMO_OFFICE_WORK)}`
    const done =
      groups.length === 0 ? office : `${doneText(LANG, groups)}${random.chance(0.3) ? `\n${office}` : ''}`
    const next = nextWorkday(c.date)
    const planned = await tomorrowPlan(tx, repId, next, false)
    const items: PlanItem[] =
      planned.length > 0
        ? planned
        : (await dayDone(tx, repId, next)).map((g) => ({
            kind: 'due',
            id: null,
            customerId: g.customerId,
            customerName: g.customerName,
            start: null,
            end: null,
            tier: null,
            overdue: false,
          }))
    daily.push({
      id: newId(),
      repId,
      date: c.date,
      doneText: done,
      planText: items.length > 0 ? planText(LANG, items) : null,
      doneItems: groups,
      planItems: items,
      ...countDone(groups),
      submittedAt: clamp(zonedInstant(c.sentOn, c.sentAt, tz).toISOString()),
    })
  }
  await insertDailyReportsBulk(tx.db, daily, now)

  const teams = users
    .filter((u) => u.role === 'manager' && reps.some((r) => r.managerKey === u.key))
    .map((m) => ({
      managerKey: m.key,
      repKeys: reps.filter((r) => r.managerKey === m.key).map((r) => r.key),
    }))
  const director = users.find((u) => u.key === 'director')?.key ?? null
  const monthly = demoMonthlyReports(teams, director, today, random)
  const comments: NewComment[] = []
  const reports = []
  for (const m of monthly) {
    const id = newId()
    // Submitted on the second working morning of the next month, or now if that has not come.
    const submittedAt =
      m.status === 'submitted'
        ? clamp(zonedInstant(addDays(monthRange(m.month).to, 2), '09:30', tz).toISOString())
        : null
    reports.push({
      id,
      repId: idOf(m.repKey),
      month: m.month,
      status: m.status,
      summary: m.summary,
      problems: m.problems,
      nextMonthPlan: m.nextMonthPlan,
      figures: m.status === 'submitted' ? await monthFigures(tx, idOf(m.repKey), m.month) : null,
      submittedAt,
    })
    m.comments.forEach((c, i) =>
      comments.push({
        id: newId(),
        reportId: id,
        authorId: idOf(c.authorKey),
        body: c.body,
        createdAt: clamp(new Date(Date.parse(submittedAt ?? now) + (i + 1) * 5 * 3_600_000).toISOString()),
      }),
    )
  }
  await insertMonthlyReportsBulk(tx.db, reports, now)
  await insertCommentsBulk(tx.db, comments)
}
