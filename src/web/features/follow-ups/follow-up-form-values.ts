import type { Dayjs } from 'dayjs'
import type { FollowUpChannel } from '../../../core/follow-ups/channels'
import { toLocalDate } from '../ledger/date-value'
import type { CreateFollowUpBody } from './follow-up-requests'

export type FollowUpFormValues = {
  customerId?: string
  channel: FollowUpChannel
  summary: string
  durationMinutes?: number | null
  outcome?: string
  nextStep?: string
  nextDate?: Dayjs | null
  happenedAt: Dayjs
}

/** The quick picks under the duration, in minutes. */
export const DURATION_PICKS = [5, 15, 30, 60] as const

/**
 * The quick-log form as the API's body. "When" travels with the reader's UTC offset, so the server
 * files it under the right day of the organisation's time zone; the next date is a calendar day.
 */
export const toCreateFollowUpBody = (v: FollowUpFormValues): CreateFollowUpBody => ({
  customerId: v.customerId ?? '',
  happenedAt: v.happenedAt.format('YYYY-MM-DDTHH:mm:ssZ'),
  channel: v.channel,
  durationMinutes: v.durationMinutes ?? 0,
  summary: v.summary.trim(),
  outcome: v.outcome?.trim() || null,
  nextStep: v.nextStep?.trim() || null,
  nextDate: v.nextDate ? toLocalDate(v.nextDate) : null,
})
