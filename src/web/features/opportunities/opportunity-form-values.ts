import dayjs, { type Dayjs } from 'dayjs'
import type { Opportunity } from '../../../contracts/opportunities'
import type { Lang } from '../../../core/i18n/lang'
import { formatMoney } from '../../../core/money/format-money'
import type { OpenStage } from '../../../core/opportunities/stages'
import { toLocalDate } from '../ledger/date-value'
import { toMinor } from '../ledger/money-rule'
import type { CreateOpportunityBody, UpdateOpportunityBody } from './opportunity-requests'
import { companyToday } from '../../lib/company-today'

/** The form's names are the API's, so a server field error lands under its input. */
export type OpportunityFormValues = {
  customerId?: string
  ownerId?: string
  title?: string
  /** Typed as text ("120,000"); sent as cents. */
  amount?: string
  expectedOn?: Dayjs
  stage?: OpenStage
  note?: string
}

export const OPPORTUNITY_FORM_FIELDS = [
  'customerId',
  'ownerId',
  'title',
  'amount',
  'expectedOn',
  'stage',
  'note',
]

/** A new one starts at the first hurdle, expected a month from today. */
export const emptyOpportunityValues = (customerId?: string): OpportunityFormValues => ({
  customerId,
  stage: 'person',
  expectedOn: companyToday().add(1, 'month'),
})

export const toOpportunityFormValues = (o: Opportunity, lang: Lang): OpportunityFormValues => ({
  customerId: o.customerId,
  ownerId: o.ownerId,
  title: o.title,
  amount: formatMoney(o.amount, lang),
  expectedOn: dayjs(o.expectedOn),
  note: o.note ?? undefined,
})

export const toCreateBody = (v: OpportunityFormValues): CreateOpportunityBody => ({
  customerId: v.customerId ?? '',
  ownerId: v.ownerId || undefined,
  title: v.title?.trim() ?? '',
  amount: toMinor(v.amount) ?? 0,
  expectedOn: v.expectedOn ? toLocalDate(v.expectedOn) : '',
  stage: v.stage ?? 'person',
  note: v.note?.trim() || null,
})

/** Only what changed, so a save never overwrites a field someone else changed meanwhile. */
export function toUpdateBody(v: OpportunityFormValues, before: Opportunity): UpdateOpportunityBody {
  const body = toCreateBody(v)
  return {
    ...(body.customerId !== before.customerId ? { customerId: body.customerId } : {}),
    ...(body.ownerId && body.ownerId !== before.ownerId ? { ownerId: body.ownerId } : {}),
    ...(body.title !== before.title ? { title: body.title } : {}),
    ...(body.amount !== before.amount ? { amount: body.amount } : {}),
    ...(body.expectedOn !== before.expectedOn ? { expectedOn: body.expectedOn } : {}),
    ...(body.note !== before.note ? { note: body.note } : {}),
  }
}
