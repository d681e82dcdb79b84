import { z } from 'zod'
import { PUSH_KINDS } from '../core/reminders/chat-message'
import { InstantSchema, LocalDateSchema } from './common'

/** Whether the caller has a calendar feed; its URL was shown once, when it was made. */
export const CalendarFeedSchema = z.object({
  active: z.boolean(),
  createdAt: InstantSchema.nullable(),
  lastUsedAt: InstantSchema.nullable(),
})
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>

export const CreatedCalendarFeedSchema = z.object({
  /** The path of the private feed, to put after the server's address; shown once. */
  path: z.string(),
  createdAt: InstantSchema,
})

export const CalendarFileParamsSchema = z.strictObject({ file: z.string().max(200) })

/** The morning push's chat webhook (admins). The address often holds the robot's key. */
export const PushSettingSchema = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, error: 'field.invalid_url' })
    .max(2000)
    .nullable(),
  kind: z.enum(PUSH_KINDS),
  /** Push each morning; `abacus remind push` sends when asked, on or off. */
  enabled: z.boolean(),
})
export type PushSetting = z.infer<typeof PushSettingSchema>

export const PushQuerySchema = z.strictObject({ date: LocalDateSchema.optional() })

export const PushReportSchema = z.object({
  date: LocalDateSchema,
  kind: z.enum(PUSH_KINDS),
  sent: z.number().int(),
  /** Reps with nothing due and no collection plan due: nothing was posted for them. */
  skipped: z.number().int(),
  failed: z.array(z.object({ repId: z.string(), repName: z.string(), error: z.string() })),
})
export type PushReport = z.infer<typeof PushReportSchema>
