import { describe, expect, it } from 'vitest'
import { CreateCustomerSchema } from '../../../contracts/customers'
import type { Customer } from '../../../contracts/customers'
import { toCustomerBody, toFormValues } from './customer-form-values'

const customer: Customer = {
  id: 'c1',
  externalId: null,
  name: 'Acme',
  companyName: 'Acme Co.',
  taxId: null,
  address: null,
  phone: '02-1234-5678',
  website: null,
  industry: null,
  region: null,
  source: null,
  ownerId: 'u1',
  ownerName: 'Ray',
  status: 'lost',
  lostReason: 'Price',
  lostDate: '2026-03-01',
  tier: 'B',
  tags: ['VIP'],
  interests: ['golf'],
  preferredTime: 'work_hours',
  meetingStyle: 'brief',
  preferredWeekdays: [2, 4],
  preferredHoursFrom: '09:30',
  preferredHoursTo: '11:00',
  notes: null,
  contacts: [{ id: 'k1', name: 'Bob', title: null, phone: '0912', email: 'bob@acme.test', notes: null }],
  assignedAt: '2026-01-01',
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  deletedAt: null,
}

describe('the customer form values', () => {
  it('give back the same fields they were filled from, as a body the server accepts', () => {
    const body = toCustomerBody(toFormValues(customer), true)
    expect(CreateCustomerSchema.safeParse(body).success).toBe(true)
    expect(body).toMatchObject({
      name: 'Acme',
      ownerId: 'u1',
      status: 'lost',
      lostReason: 'Price',
      // The calendar date stays the same day in every time zone (no Date parsing on the way).
      lostDate: '2026-03-01',
      preferredWeekdays: [2, 4],
      preferredHoursFrom: '09:30',
      preferredHoursTo: '11:00',
      contacts: [{ name: 'Bob', title: null, phone: '0912', email: 'bob@acme.test', notes: null }],
    })
  })

  it('drop the lost reason and date once the customer is no longer lost', () => {
    const body = toCustomerBody({ ...toFormValues(customer), status: 'active' }, true)
    expect(body).toMatchObject({ lostReason: null, lostDate: null })
  })

  it('leave the owner out for a rep, whose customers are always their own', () => {
    expect('ownerId' in toCustomerBody(toFormValues(customer), false)).toBe(false)
  })

  it('send blank text as null rather than as empty strings', () => {
    const body = toCustomerBody({ ...toFormValues(customer), companyName: '   ' }, true)
    expect(body.companyName).toBeNull()
  })
})
