import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { CreateFollowUpSchema } from '../../../contracts/follow-ups'
import { toCreateFollowUpBody } from './follow-up-form-values'

describe('toCreateFollowUpBody', () => {
  const happenedAt = dayjs('2026-03-02T09:30:00')

  it('sends what the server accepts: trimmed text, blanks as null, a zero duration when none', () => {
    const body = toCreateFollowUpBody({
      customerId: 'c1',
      channel: 'phone',
      summary: '  Asked about the spring price list  ',
      outcome: '   ',
      happenedAt,
    })
    expect(body).toMatchObject({
      customerId: 'c1',
      channel: 'phone',
      summary: 'Asked about the spring price list',
      outcome: null,
      nextStep: null,
      nextDate: null,
      durationMinutes: 0,
    })
    expect(CreateFollowUpSchema.safeParse(body).success).toBe(true)
  })

  it('keeps the instant the reader picked, with their UTC offset', () => {
    const body = toCreateFollowUpBody({ customerId: 'c1', channel: 'visit', summary: 'x', happenedAt })
    expect(body.happenedAt).toMatch(/^2026-03-02T09:30:00[+-]\d{2}:\d{2}$/)
    expect(new Date(body.happenedAt ?? '').getTime()).toBe(happenedAt.valueOf())
  })

  it('sends the next date as the calendar day picked, not shifted by the time zone', () => {
    const body = toCreateFollowUpBody({
      customerId: 'c1',
      channel: 'meal',
      summary: 'x',
      happenedAt,
      nextDate: dayjs('2026-03-09'),
      durationMinutes: 60,
    })
    expect(body.nextDate).toBe('2026-03-09')
    expect(body.durationMinutes).toBe(60)
  })
})
