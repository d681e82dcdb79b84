import { z } from 'zod'
import { IdSchema, InstantSchema } from './common'

/** The kinds of in-app notification; each is a sentence in the web app's catalogues. */
export const NOTIFICATION_KINDS = ['callback_audit_discrepancy', 'pool_return_warning'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const NotificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** The sentence's parameters (names, dates, ids to link to). */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  createdAt: InstantSchema,
  readAt: InstantSchema.nullable(),
})
export type Notification = z.infer<typeof NotificationSchema>

export const NotificationListQuerySchema = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})

export const NotificationListSchema = z.object({
  items: z.array(NotificationSchema),
  unreadCount: z.number().int(),
})

export const UnreadCountSchema = z.object({ unreadCount: z.number().int() })
export const NotificationParamsSchema = z.strictObject({ id: IdSchema })
