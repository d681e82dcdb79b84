import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import type { Opportunity } from '../../../contracts/opportunities'
import { toCreateBody, toOpportunityFormValues, toUpdateBody } from './opportunity-form-values'

const opportunity: Opportunity = {
  id: 'o1',
  customerId: 'c1',
  customerName: '鼎盛精密',
  ownerId: 'r1',
  ownerName: 'Ray',
  title: '年度耗材',
  amount: 12_000_050,
  expectedOn: '2026-12-15',
  stage: 'platform',
  highestStage: 'platform',
  lostAtStage: null,
  lossReason: null,
  lostNote: null,
  closedOn: null,
  note: null,
  version: 3,
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-01T02:00:00.000Z',
}

describe('opportunity form values', () => {
  it('sends cents from the typed amount and the calendar day as picked', () => {
    expect(
      toCreateBody({
        customerId: 'c1',
        title: ' 新產線 ',
        amount: '1,234.50',
        expectedOn: dayjs('2026-12-31'),
      }),
    ).toEqual({
      customerId: 'c1',
      ownerId: undefined,
      title: '新產線',
      amount: 123_450,
      expectedOn: '2026-12-31',
      stage: 'person',
      note: null,
    })
  })
  it('round-trips an opportunity unchanged to an empty update, and sends only what changed', () => {
    const values = toOpportunityFormValues(opportunity, 'zh-Hant')
    expect(toUpdateBody(values, opportunity)).toEqual({})
    expect(
      toUpdateBody({ ...values, amount: '130,000', expectedOn: dayjs('2027-01-10') }, opportunity),
    ).toEqual({
      amount: 13_000_000,
      expectedOn: '2027-01-10',
    })
  })
})
