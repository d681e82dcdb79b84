import { z } from 'zod'
import {
  CUSTOMER_STATUSES,
  MEETING_STYLES,
  PREFERRED_TIMES,
  TIERS,
  WEEKDAYS,
} from '../core/customers/customer-fields'
import { HourSchema, IdSchema, InstantSchema, LocalDateSchema, optionalText, requiredText } from './common'

export const ContactInputSchema = z.strictObject({
  name: requiredText(100),
  title: optionalText(100),
  phone: optionalText(50),
  email: z
    .union([z.email({ error: 'field.invalid_email' }), z.literal('')])
    .nullish()
    .transform((v) => (v ? v : null)),
  notes: optionalText(2000),
})
export type ContactInput = z.infer<typeof ContactInputSchema>

export const ContactSchema = z.object({
  id: IdSchema,
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  notes: z.string().nullable(),
})
export type Contact = z.infer<typeof ContactSchema>

const tagList = (maxItems: number, maxLength: number) =>
  z
    .array(requiredText(maxLength))
    .max(maxItems)
    .transform((list) => [...new Set(list)])

/** Every field a person can set on a customer (DOMAIN.md "Customers"). */
const customerFields = {
  externalId: optionalText(100),
  name: requiredText(200),
  companyName: optionalText(200),
  taxId: optionalText(50),
  address: optionalText(300),
  phone: optionalText(50),
  website: optionalText(200),
  industry: optionalText(100),
  region: optionalText(100),
  source: optionalText(100),
  ownerId: IdSchema.nullable(),
  status: z.enum(CUSTOMER_STATUSES),
  lostReason: optionalText(500),
  lostDate: LocalDateSchema.nullish().transform((v) => v ?? null),
  tags: tagList(30, 50),
  interests: tagList(30, 100),
  preferredTime: z.enum(PREFERRED_TIMES).nullable(),
  meetingStyle: z.enum(MEETING_STYLES).nullable(),
  preferredWeekdays: z
    .array(z.number().int().min(WEEKDAYS[0]).max(WEEKDAYS[6]))
    .max(7)
    .transform((days) => [...new Set(days)].sort()),
  preferredHoursFrom: HourSchema.nullable(),
  preferredHoursTo: HourSchema.nullable(),
  notes: optionalText(5000),
  contacts: z.array(ContactInputSchema).max(50),
}

const hoursInOrder = (v: { preferredHoursFrom?: string | null; preferredHoursTo?: string | null }) =>
  !v.preferredHoursFrom || !v.preferredHoursTo || v.preferredHoursFrom < v.preferredHoursTo
const hoursIssue = { path: ['preferredHoursTo'], error: 'field.hours_order' }

export const CreateCustomerSchema = z
  .strictObject({
    ...customerFields,
    ownerId: customerFields.ownerId.optional(),
    status: customerFields.status.default('prospect'),
    tags: customerFields.tags.default([]),
    interests: customerFields.interests.default([]),
    preferredTime: customerFields.preferredTime.default(null),
    meetingStyle: customerFields.meetingStyle.default(null),
    preferredWeekdays: customerFields.preferredWeekdays.default([]),
    preferredHoursFrom: customerFields.preferredHoursFrom.default(null),
    preferredHoursTo: customerFields.preferredHoursTo.default(null),
    contacts: customerFields.contacts.default([]),
  })
  .refine(hoursInOrder, hoursIssue)
export type CreateCustomer = z.infer<typeof CreateCustomerSchema>

/** A partial update: only the fields sent change; `contacts`, when sent, replaces the whole list. */
export const UpdateCustomerSchema = z
  .strictObject(
    Object.fromEntries(Object.entries(customerFields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof customerFields]: z.ZodOptional<(typeof customerFields)[K]>
    },
  )
  .refine(hoursInOrder, hoursIssue)
export type UpdateCustomer = z.infer<typeof UpdateCustomerSchema>

export const CustomerSchema = z
  .object({
    id: IdSchema,
    externalId: z.string().nullable(),
    name: z.string(),
    companyName: z.string().nullable(),
    taxId: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    industry: z.string().nullable(),
    region: z.string().nullable(),
    source: z.string().nullable(),
    ownerId: IdSchema.nullable(),
    ownerName: z.string().nullable(),
    status: z.enum(CUSTOMER_STATUSES),
    lostReason: z.string().nullable(),
    lostDate: z.string().nullable(),
    tier: z.enum(TIERS),
    tags: z.array(z.string()),
    interests: z.array(z.string()),
    preferredTime: z.enum(PREFERRED_TIMES).nullable(),
    meetingStyle: z.enum(MEETING_STYLES).nullable(),
    preferredWeekdays: z.array(z.number().int()),
    preferredHoursFrom: z.string().nullable(),
    preferredHoursTo: z.string().nullable(),
    notes: z.string().nullable(),
    contacts: z.array(ContactSchema),
    assignedAt: z.string().nullable().meta({ description: 'The date the current owner got the customer.' }),
    version: z.number().int(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
    deletedAt: InstantSchema.nullable(),
  })
  .meta({ id: 'Customer' })
export type Customer = z.infer<typeof CustomerSchema>

export const CustomerListItemSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    companyName: z.string().nullable(),
    phone: z.string().nullable(),
    region: z.string().nullable(),
    industry: z.string().nullable(),
    ownerId: IdSchema.nullable(),
    ownerName: z.string().nullable(),
    status: z.enum(CUSTOMER_STATUSES),
    tier: z.enum(TIERS),
    tags: z.array(z.string()),
    version: z.number().int(),
    updatedAt: InstantSchema,
  })
  .meta({ id: 'CustomerListItem' })
export type CustomerListItem = z.infer<typeof CustomerListItemSchema>

export const CUSTOMER_SORTS = ['name', 'createdAt', 'updatedAt'] as const
export type CustomerSort = (typeof CUSTOMER_SORTS)[number]

export const CustomerFilterSchema = z.strictObject({
  owner: IdSchema.optional().meta({
    description: 'Owner user id, or `none` for the customer pool (customers without an owner).',
  }),
  tier: z.enum(TIERS).optional(),
  status: z.enum(CUSTOMER_STATUSES).optional(),
  tag: z.string().trim().min(1).max(50).optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'Name, company, contact name or phone.' }),
})
export type CustomerFilter = z.infer<typeof CustomerFilterSchema>

export const CustomerListQuerySchema = CustomerFilterSchema.extend({
  sort: z.enum(CUSTOMER_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
})
export type CustomerListQuery = z.infer<typeof CustomerListQuerySchema>

export const CustomerListSchema = z.object({
  items: z.array(CustomerListItemSchema),
  nextCursor: z.string().nullable(),
})
export type CustomerList = z.infer<typeof CustomerListSchema>

export const CountSchema = z.object({ count: z.number().int() })

export const AuditEntrySchema = z
  .object({
    id: IdSchema,
    at: InstantSchema,
    actorId: IdSchema.nullable(),
    actorName: z.string().nullable(),
    action: z.enum(['create', 'update', 'delete', 'restore']),
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .meta({ id: 'AuditEntry' })
export type AuditEntry = z.infer<typeof AuditEntrySchema>
export const AuditListSchema = z.object({ items: z.array(AuditEntrySchema) })
