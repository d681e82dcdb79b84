import { z } from 'zod'
import { LANGS } from '../core/i18n/lang'
import { DECK_SCOPE_KINDS, parseDeckScope } from '../core/year-end/deck-scope'
import { InstantSchema } from './common'
import { PeriodSchema } from './analyses'

/** `company`, `team:EMAIL` or `rep:EMAIL`; left out: the company for admins, finance and the auditor, a manager's own team, a rep's own year. */
const ScopeSchema = z
  .string()
  .max(320)
  .refine((s) => parseDeckScope(s) !== null, { error: 'field.deck_scope' })
  .meta({ example: 'team:north@demo.abacus.tw' })

const YearSchema = z.coerce
  .number({ error: 'field.deck_year' })
  .int({ error: 'field.deck_year' })
  .meta({ example: 2026, description: 'A calendar year, from 2000 up to this year' })

/** Which deck: a year, whose, and in which language (left out: the reader's). */
export const YearEndQuerySchema = z.strictObject({
  year: YearSchema,
  scope: ScopeSchema.optional(),
  lang: z.enum(LANGS).optional(),
})
export type YearEndQuery = z.infer<typeof YearEndQuerySchema>

const text = z.string().max(20_000).default('')

/** What the author writes on the qualitative slides; each an empty string when nothing. */
export const YearEndTextsSchema = z.object({
  positive: z.string(),
  negative: z.string(),
  problems: z.string(),
  plan: z.string(),
})

export const SaveYearEndTextsSchema = z.strictObject({
  year: YearSchema,
  scope: ScopeSchema.optional(),
  positive: text,
  negative: text,
  problems: text,
  plan: text,
})
export type SaveYearEndTexts = z.infer<typeof SaveYearEndTextsSchema>

export const SavedYearEndTextsSchema = YearEndTextsSchema.extend({
  year: z.number().int(),
  scope: z.string(),
  savedAt: InstantSchema,
})
export type SavedYearEndTexts = z.infer<typeof SavedYearEndTextsSchema>

/**
 * The deck before it is made (issue 7 point 3): its slides' titles, the generated facts, the
 * problems from the year's monthly reports, and the author's texts — saved ones, else empty.
 */
export const YearEndOutlineSchema = z.object({
  year: z.number().int(),
  period: PeriodSchema,
  previous: PeriodSchema,
  scope: z.object({
    kind: z.enum(DECK_SCOPE_KINDS),
    text: z.string().describe('the scope as the query takes it: company, team:EMAIL or rep:EMAIL'),
    name: z.string(),
  }),
  lang: z.enum(LANGS),
  hasData: z.boolean(),
  slides: z.array(z.object({ section: z.string(), title: z.string() })),
  facts: z.object({ positive: z.array(z.string()), negative: z.array(z.string()) }),
  problems: z.array(
    z.object({ repName: z.string(), month: z.string(), problem: z.string(), solution: z.string() }),
  ),
  texts: YearEndTextsSchema,
  textsSavedAt: InstantSchema.nullable(),
})
export type YearEndOutline = z.infer<typeof YearEndOutlineSchema>
