import { z } from 'zod'
import { ROLES } from '../core/access/roles'
import { LANGS } from '../core/i18n/lang'
import { IdSchema, InstantSchema, requiredText } from './common'

const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'field.invalid_email' }).max(200))
const PasswordSchema = z.string().min(8).max(200)

export const UserSchema = z
  .object({
    id: IdSchema,
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    managerId: IdSchema.nullable(),
    disabled: z.boolean(),
    lang: z.enum(LANGS).nullable(),
    version: z.number().int(),
    createdAt: InstantSchema,
  })
  .meta({ id: 'User' })
export type User = z.infer<typeof UserSchema>

export const UserListSchema = z.object({ items: z.array(UserSchema) })

export const CreateUserSchema = z.strictObject({
  email: EmailSchema,
  name: requiredText(100),
  role: z.enum(ROLES),
  managerId: IdSchema.nullish().transform((v) => v ?? null),
  password: PasswordSchema,
  lang: z
    .enum(LANGS)
    .nullish()
    .transform((v) => v ?? null),
})
export type CreateUser = z.infer<typeof CreateUserSchema>

export const UpdateUserSchema = z.strictObject({
  name: requiredText(100).optional(),
  role: z.enum(ROLES).optional(),
  managerId: IdSchema.nullable().optional(),
  disabled: z.boolean().optional(),
  password: PasswordSchema.optional(),
  lang: z.enum(LANGS).nullable().optional(),
})
export type UpdateUser = z.infer<typeof UpdateUserSchema>

export const LoginSchema = z.strictObject({ email: EmailSchema, password: z.string().min(1).max(200) })
export type Login = z.infer<typeof LoginSchema>

export const SetupSchema = z.strictObject({
  email: EmailSchema,
  name: requiredText(100),
  password: PasswordSchema,
  lang: z
    .enum(LANGS)
    .nullish()
    .transform((v) => v ?? null),
})
export type Setup = z.infer<typeof SetupSchema>

export const SetupStatusSchema = z.object({
  needsSetup: z.boolean(),
  /** The organisation's time zone (IANA): the web's "today" and default periods are its days. */
  timeZone: z.string(),
})
export type SetupStatus = z.infer<typeof SetupStatusSchema>

export const ApiTokenSchema = z
  .object({ id: IdSchema, name: z.string(), createdAt: InstantSchema, lastUsedAt: InstantSchema.nullable() })
  .meta({ id: 'ApiToken' })
export type ApiToken = z.infer<typeof ApiTokenSchema>
export const ApiTokenListSchema = z.object({ items: z.array(ApiTokenSchema) })
export const CreateApiTokenSchema = z.strictObject({ name: requiredText(100) })
export const CreatedApiTokenSchema = ApiTokenSchema.extend({
  token: z.string().meta({ description: 'Shown once: send it as `Authorization: Bearer <token>`.' }),
})
