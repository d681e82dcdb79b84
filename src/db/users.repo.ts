import type { Kysely, Selectable } from 'kysely'
import type { Database, UserTable } from './schema'

export type UserRecord = {
  id: string
  email: string
  name: string
  role: string
  managerId: string | null
  passwordHash: string
  disabled: boolean
  lang: string | null
  version: number
  createdAt: string
}

export const toUser = (row: Selectable<UserTable>): UserRecord => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  managerId: row.manager_id,
  passwordHash: row.password_hash,
  disabled: row.disabled_at !== null,
  lang: row.lang,
  version: row.version,
  createdAt: row.created_at,
})

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toUser(row)
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst()
  return row && toUser(row)
}

export async function listUsers(db: Kysely<Database>, ids?: readonly string[]): Promise<UserRecord[]> {
  if (ids && ids.length === 0) return []
  let query = db.selectFrom('users').selectAll().orderBy('name').orderBy('id')
  if (ids) query = query.where('id', 'in', ids)
  return (await query.execute()).map(toUser)
}

/** The reporting line of every user: small (one row per person), read whole to walk a team. */
export async function listReportingLines(
  db: Kysely<Database>,
): Promise<{ id: string; managerId: string | null }[]> {
  const rows = await db.selectFrom('users').select(['id', 'manager_id']).execute()
  return rows.map((r) => ({ id: r.id, managerId: r.manager_id }))
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function firstAdmin(db: Kysely<Database>): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst()
  return row && toUser(row)
}

export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export type NewUser = Omit<UserRecord, 'disabled' | 'version'>

export async function insertUser(db: Kysely<Database>, user: NewUser, now: string): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email.toLowerCase(),
      name: user.name,
      role: user.role,
      manager_id: user.managerId,
      password_hash: user.passwordHash,
      lang: user.lang,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute()
}

export type UserChanges = Partial<{
  name: string
  role: string
  managerId: string | null
  passwordHash: string
  disabledAt: string | null
  lang: string | null
}>

/** Applies changes only if the row is still at `version`; returns false when someone got there first. */
export async function updateUserRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  changes: UserChanges,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.managerId !== undefined && { manager_id: changes.managerId }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      ...(changes.disabledAt !== undefined && { disabled_at: changes.disabledAt }),
      ...(changes.lang !== undefined && { lang: changes.lang }),
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
