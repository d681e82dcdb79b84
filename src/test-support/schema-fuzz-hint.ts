import fc from 'fast-check'
import type { FieldHint } from './json-schema-arbitrary'
import type { OpenApiOperation } from './openapi-operations'
import type { IdTable } from './schema-fuzz-fixture'
import { TEST_PASSWORD } from './test-org'

export type HintContext = {
  ids: Record<IdTable, string[]>
  emails: string[]
  calendarFiles: string[]
  webhookUrl: string
}

/** Field and parameter names that carry an id of a known table (DB names, see schema-fuzz-fixture.ts). */
const ID_NAMES: Record<string, IdTable[]> = {
  customerId: ['customers'],
  customer: ['customers'],
  ownerId: ['users'],
  owner: ['users'],
  repId: ['users'],
  rep: ['users'],
  managerId: ['users'],
  team: ['users'],
  planId: ['commission_plans'],
  plan: ['commission_plans'],
  draw: ['callback_audit_draws'],
  orderId: ['orders'],
  recordId: ['follow_ups', 'visits'],
  doneActions: ['visit_actions'],
}

/** Path segments whose table is not named after them. */
const SEGMENT_TABLES: Record<string, IdTable> = { slots: 'planned_follow_ups', imports: 'import_batches' }

/** The table of `{id}` in a path: named by the segment before it (`/commission/plans/{id}`). */
function tableOfPathId(path: string, tables: readonly IdTable[]): IdTable[] {
  const segments = path.split('/')
  const at = segments.indexOf('{id}')
  const segment = segments[at - 1] ?? ''
  const parent = segments[at - 2] ?? ''
  if (SEGMENT_TABLES[segment]) return [SEGMENT_TABLES[segment] as IdTable]
  const name = segment.replace(/-/g, '_')
  const matches = tables.filter((t) => t === name || t.endsWith(`_${name}`))
  const closer = matches.filter((t) => t.startsWith(parent.replace(/-/g, '_')))
  return closer.length > 0 ? closer : matches
}

/** An id-shaped string (IdSchema: 1–64 characters). */
const isIdSchema = (schema: Record<string, unknown>) => schema.type === 'string' && schema.maxLength === 64

/** Random ids: UUIDs like ours, and any text an id field accepts. */
const unknownId = fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 64 }))

/**
 * What the schemas cannot say, for one operation: ids are real seven times in ten (so a valid
 * request reaches the code) and unknown otherwise; emails are mostly the organisation's (a new
 * user or a login is then a conflict or a check, not a password hash each time); the push webhook
 * is the loopback receiver; the deck's scope names a real person.
 */
export function schemaFuzzHint(op: OpenApiOperation, context: HintContext): FieldHint {
  const tables = Object.keys(context.ids) as IdTable[]
  const pick = (chosen: IdTable[]) => {
    const pool = chosen.flatMap((t) => context.ids[t])
    return pool.length === 0
      ? unknownId
      : fc.oneof({ weight: 7, arbitrary: fc.constantFrom(...pool) }, { weight: 3, arbitrary: unknownId })
  }
  const emailPool = [...context.emails, 'new.person@test.tw', 'second.person@test.tw', 'Admin@Test.TW']
  const email = fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...emailPool) },
    {
      weight: 1,
      arbitrary: fc
        .emailAddress()
        .filter((e) => e.length <= 254 && /^[\w.'+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}$/.test(e)),
    },
  )
  return (name, schema, where) => {
    if (name === 'id' && where === 'path' && isIdSchema(schema)) return pick(tableOfPathId(op.path, tables))
    // Items named by id inside a body: a visit review's objectives and issues.
    if (name === 'id' && isIdSchema(schema)) return pick(['visit_objectives', 'visit_issues'])
    if (ID_NAMES[name] && isIdSchema(schema)) return pick(ID_NAMES[name])
    if (isIdSchema(schema) && (name.endsWith('Id') || name.endsWith('Ids'))) return pick(tables)
    if (name === 'email' && schema.type === 'string') return email
    if (name === 'password' && schema.type === 'string') {
      const password = fc.constantFrom(TEST_PASSWORD, 'wrong password!', 'another long password')
      // A password change hashes (argon2, tens of ms): rarely in an update, always where required.
      return op.method === 'PATCH'
        ? fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: password })
        : password
    }
    // An opaque page token: a made-up one is refused, so mostly none (the first page).
    if (name === 'cursor' && where === 'query')
      return fc.oneof(
        { weight: 9, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
      )
    if (name === 'url' && schema.type === 'string')
      return fc.webSegment().map((segment) => `${context.webhookUrl}/${segment}`)
    if (name === 'file' && op.path.includes('{file}'))
      return fc.oneof(
        fc.constantFrom(...context.calendarFiles),
        fc.string({ maxLength: 60 }).map((s) => `${s}.ics`),
      )
    if (name === 'scope' && schema.type === 'string')
      return fc.oneof(
        fc.constant('company'),
        fc.constantFrom(...context.emails).map((e) => `team:${e}`),
        fc.constantFrom(...context.emails).map((e) => `rep:${e}`),
        fc.string({ maxLength: 40 }),
      )
    return undefined
  }
}
