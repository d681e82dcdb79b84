import { newId } from './new-id'
import { AppError } from '../core/app-error'
import { reportingTree, wouldCreateCycle } from '../core/access/reporting-tree'
import { isLang } from '../core/i18n/lang'
import {
  countActiveAdmins,
  findUserByEmail,
  findUserById,
  insertUser,
  listReportingLines,
  listUsers as listUserRows,
  updateUserRow,
  type UserRecord,
} from '../db/users.repo'
import { deleteUserSessions } from '../db/sessions.repo'
import { writeAudit } from '../db/audit-log.repo'
import type { CreateUser, UpdateUser, User } from '../contracts/users'
import { inTransaction, nowIso, type AppContext } from './context'
import { checkVersion, versionLost } from './check-version'
import { requireActor } from './require-actor'
import { hashPassword } from './secrets'

export const toUserDto = (u: UserRecord): User => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as User['role'],
  managerId: u.managerId,
  disabled: u.disabled,
  lang: isLang(u.lang) ? u.lang : null,
  version: u.version,
  createdAt: u.createdAt,
})

const auditable = ({ passwordHash: _hash, ...rest }: UserRecord) => rest

async function checkManager(ctx: AppContext, managerId: string | null, userId?: string) {
  if (managerId === null) return
  const manager = await findUserById(ctx.db, managerId)
  if (!manager || manager.disabled)
    throw new AppError('validation', 'error.invalid_manager', {}, [
      { path: 'managerId', key: 'field.invalid' },
    ])
  if (userId && wouldCreateCycle(await listReportingLines(ctx.db), userId, managerId))
    throw new AppError('domain_rule', 'error.manager_cycle', {}, [
      { path: 'managerId', key: 'field.invalid' },
    ])
}

/** Inserts a user after the checks every path shares (setup, admin, CLI, demo). */
export async function createUserRecord(ctx: AppContext, input: CreateUser): Promise<UserRecord> {
  if (await findUserByEmail(ctx.db, input.email))
    throw new AppError('conflict', 'error.duplicate_email', { email: input.email }, [
      { path: 'email', key: 'error.duplicate_email', params: { email: input.email } },
    ])
  await checkManager(ctx, input.managerId)
  const id = newId()
  const now = nowIso(ctx)
  await insertUser(
    ctx.db,
    {
      id,
      email: input.email,
      name: input.name,
      role: input.role,
      managerId: input.managerId,
      lang: input.lang,
      passwordHash: await hashPassword(input.password),
      createdAt: now,
    },
    now,
  )
  const user = (await findUserById(ctx.db, id)) as UserRecord
  await writeAudit(ctx.db, {
    at: now,
    actorId: ctx.actor?.id ?? null,
    entity: 'user',
    entityId: id,
    action: 'create',
    before: null,
    after: auditable(user),
  })
  return user
}

export async function createUser(ctx: AppContext, input: CreateUser): Promise<User> {
  requireActor(ctx, ['admin'])
  return inTransaction(ctx, async (tx) => toUserDto(await createUserRecord(tx, input)))
}

/**
 * Changes a user (admin only). Disabling ends every session at once; the last active admin cannot
 * be disabled or demoted.
 */
export async function updateUser(
  ctx: AppContext,
  id: string,
  version: number,
  input: UpdateUser,
): Promise<User> {
  requireActor(ctx, ['admin'])
  return inTransaction(ctx, async (tx) => {
    const before = await findUserById(tx.db, id)
    if (!before) throw new AppError('not_found')
    checkVersion(before, version)
    if (input.managerId !== undefined) await checkManager(tx, input.managerId, id)
    const losesAdmin =
      before.role === 'admin' &&
      !before.disabled &&
      ((input.role && input.role !== 'admin') || input.disabled === true)
    if (losesAdmin && (await countActiveAdmins(tx.db)) <= 1)
      throw new AppError('domain_rule', 'error.last_admin')
    const now = nowIso(tx)
    const updated = await updateUserRow(
      tx.db,
      id,
      version,
      {
        name: input.name,
        role: input.role,
        managerId: input.managerId,
        lang: input.lang,
        passwordHash: input.password === undefined ? undefined : await hashPassword(input.password),
        disabledAt:
          input.disabled === undefined
            ? undefined
            : input.disabled
              ? before.disabled
                ? undefined
                : now
              : null,
      },
      now,
    )
    if (!updated) throw versionLost(version)
    if (input.disabled === true || input.password !== undefined) await deleteUserSessions(tx.db, id)
    const after = (await findUserById(tx.db, id)) as UserRecord
    await writeAudit(tx.db, {
      at: now,
      actorId: tx.actor?.id ?? null,
      entity: 'user',
      entityId: id,
      action: 'update',
      before: auditable(before),
      after: auditable(after),
    })
    return toUserDto(after)
  })
}

/** The people an actor may see: admin, finance and auditor everyone; a manager their tree; a rep themselves. */
export async function listVisibleUsers(ctx: AppContext): Promise<User[]> {
  const actor = requireActor(ctx)
  if (actor.role === 'manager')
    return (await listUserRows(ctx.db, reportingTree(await listReportingLines(ctx.db), actor.id))).map(
      toUserDto,
    )
  if (actor.role === 'rep') return (await listUserRows(ctx.db, [actor.id])).map(toUserDto)
  return (await listUserRows(ctx.db)).map(toUserDto)
}

export async function getMe(ctx: AppContext): Promise<User> {
  const actor = requireActor(ctx)
  const user = await findUserById(ctx.db, actor.id)
  if (!user) throw new AppError('unauthenticated')
  return toUserDto(user)
}
