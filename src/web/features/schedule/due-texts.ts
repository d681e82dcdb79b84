import type { WeekScheduleDto } from '../../../contracts/schedule'
import type { Translate } from '../../i18n/use-t'

type Proposed = WeekScheduleDto['proposed'][number]

/** "11 d overdue (due 2026-11-16)" or "Due 2026-12-02": the same words as the CLI. */
export const dueText = (t: Translate, v: { nextDue: string; overdue: boolean; daysOverdue: number }) =>
  v.overdue
    ? t('schedule.overdue', { days: v.daysOverdue, date: v.nextDue })
    : t('schedule.due_on', { date: v.nextDue })

/** Why it is due: never followed up, the next date set at the last follow-up, or the tier's interval. */
export const whyText = (t: Translate, p: Proposed) =>
  p.dueReason === 'interval'
    ? t('schedule.due.interval', { tier: p.tier, days: p.intervalDays, last: p.lastFollowUpOn ?? '' })
    : t(`schedule.due.${p.dueReason}`)
