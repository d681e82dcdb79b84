import dayjs, { type Dayjs } from 'dayjs'
import type { Customer } from '../../../contracts/customers'
import type { CustomerStatus, MeetingStyle, PreferredTime } from '../../../core/customers/customer-fields'
import type { CreateCustomerBody } from './customer-requests'

export type ContactFormValues = {
  name?: string
  title?: string
  phone?: string
  email?: string
  notes?: string
}

/** What the form holds: dates and hours as dayjs for the pickers, text as possibly-empty strings. */
export type CustomerFormValues = {
  name?: string
  companyName?: string
  taxId?: string
  address?: string
  phone?: string
  website?: string
  industry?: string
  region?: string
  source?: string
  ownerId?: string | null
  status: CustomerStatus
  lostReason?: string
  lostDate?: Dayjs | null
  tags: string[]
  interests: string[]
  preferredTime?: PreferredTime | null
  meetingStyle?: MeetingStyle | null
  preferredWeekdays: number[]
  preferredHoursFrom?: Dayjs | null
  preferredHoursTo?: Dayjs | null
  notes?: string
  contacts: ContactFormValues[]
}

/** The inputs of the form, for deciding whether a server error can be shown under one. */
export const CUSTOMER_FORM_FIELDS = [
  'name',
  'companyName',
  'taxId',
  'address',
  'phone',
  'website',
  'industry',
  'region',
  'source',
  'ownerId',
  'status',
  'lostReason',
  'lostDate',
  'tags',
  'interests',
  'preferredTime',
  'meetingStyle',
  'preferredWeekdays',
  'preferredHoursFrom',
  'preferredHoursTo',
  'notes',
] as const

export const emptyCustomerValues = (ownerId?: string): CustomerFormValues => ({
  ownerId,
  status: 'prospect',
  tags: [],
  interests: [],
  preferredWeekdays: [],
  contacts: [],
})

const fromHour = (hour: string | null) => {
  if (!hour) return null
  const [h = 0, m = 0] = hour.split(':').map(Number)
  return dayjs().hour(h).minute(m).second(0).millisecond(0)
}

export function toFormValues(c: Customer): CustomerFormValues {
  const text = (v: string | null) => v ?? undefined
  return {
    name: c.name,
    companyName: text(c.companyName),
    taxId: text(c.taxId),
    address: text(c.address),
    phone: text(c.phone),
    website: text(c.website),
    industry: text(c.industry),
    region: text(c.region),
    source: text(c.source),
    ownerId: c.ownerId,
    status: c.status,
    lostReason: text(c.lostReason),
    // dayjs reads a bare YYYY-MM-DD as local midnight (Date would take UTC), so the day stays the day.
    lostDate: c.lostDate ? dayjs(c.lostDate) : null,
    tags: c.tags,
    interests: c.interests,
    preferredTime: c.preferredTime,
    meetingStyle: c.meetingStyle,
    preferredWeekdays: c.preferredWeekdays,
    preferredHoursFrom: fromHour(c.preferredHoursFrom),
    preferredHoursTo: fromHour(c.preferredHoursTo),
    notes: text(c.notes),
    contacts: c.contacts.map((contact) => ({
      name: contact.name,
      title: text(contact.title),
      phone: text(contact.phone),
      email: text(contact.email),
      notes: text(contact.notes),
    })),
  }
}

const orNull = (v: string | undefined) => v?.trim() || null

/**
 * The request body for POST and PATCH alike (the form shows every field, so an edit sends them all;
 * the server records only what changed). `ownerId` is left out for reps, whose customers are their own.
 */
export function toCustomerBody(v: CustomerFormValues, withOwner: boolean): CreateCustomerBody {
  const lost = v.status === 'lost'
  return {
    name: v.name?.trim() ?? '',
    companyName: orNull(v.companyName),
    taxId: orNull(v.taxId),
    address: orNull(v.address),
    phone: orNull(v.phone),
    website: orNull(v.website),
    industry: orNull(v.industry),
    region: orNull(v.region),
    source: orNull(v.source),
    ...(withOwner ? { ownerId: v.ownerId ?? null } : {}),
    status: v.status,
    lostReason: lost ? orNull(v.lostReason) : null,
    lostDate: lost && v.lostDate ? v.lostDate.format('YYYY-MM-DD') : null,
    tags: v.tags,
    interests: v.interests,
    preferredTime: v.preferredTime ?? null,
    meetingStyle: v.meetingStyle ?? null,
    preferredWeekdays: v.preferredWeekdays,
    preferredHoursFrom: v.preferredHoursFrom ? v.preferredHoursFrom.format('HH:mm') : null,
    preferredHoursTo: v.preferredHoursTo ? v.preferredHoursTo.format('HH:mm') : null,
    notes: orNull(v.notes),
    contacts: v.contacts.map((c) => ({
      name: c.name?.trim() ?? '',
      title: orNull(c.title),
      phone: orNull(c.phone),
      email: orNull(c.email),
      notes: orNull(c.notes),
    })),
  }
}
