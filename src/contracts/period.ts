import type { z } from 'zod'
import { LocalDateSchema } from './common'

/** A closed date range; both ends default to the current month's (app/period.ts). */
export const periodShape = { from: LocalDateSchema.optional(), to: LocalDateSchema.optional() }

/** Refuses a period that ends before it starts, naming `to`. */
export const periodInOrder = (q: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (q.from && q.to && q.to < q.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.period_order' })
}
