import { AppError } from '../core/app-error'
import { isLang } from '../core/i18n/lang'
import type { Role } from '../core/access/roles'
import { findTokenUser, touchApiToken } from '../db/api-tokens.repo'
import { deleteSession, findSessionUser, insertSession } from '../db/sessions.repo'
import { countUsers, findUserByEmail, findUserById, type UserRecord } from '../db/users.repo'
import type { Login, Setup } from '../contracts/users'
import { inTransaction, nowIso, type ActingUser, type AppContext } from './context'
import { DUMMY_HASH, hashSecret, newSecret, verifyPassword } from './secrets'
import { createUserRecord, toUserDto } from './users'

export const toActingUser = (u: UserRecord): ActingUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as Role,
  managerId: u.managerId,
  lang: isLang(u.lang) ? u.lang : null,
})

async function startSession(ctx: AppContext, userId: string): Promise<string> {
  const token = newSecret()
  const now = ctx.now()
  await insertSession(ctx.db, {
    id: hashSecret(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ctx.config.sessionDays * 86_400_000).toISOString(),
  })
  return token
}

export async function needsSetup(ctx: AppContext): Promise<boolean> {
  return (await countUsers(ctx.db)) === 0
}

/** The first administrator, refused once any user exists (the web setup page and `abacus user add`). */
async function insertFirstAdmin(tx: AppContext, input: Setup) {
  if ((await countUsers(tx.db)) > 0) throw new AppError('conflict', 'error.setup_done')
  return createUserRecord(tx, { ...input, role: 'admin', managerId: null })
}

export async function createFirstAdmin(ctx: AppContext, input: Setup) {
  return toUserDto(await inTransaction(ctx, (tx) => insertFirstAdmin(tx, input)))
}

/** Creates the first administrator and signs them in. */
export async function setupFirstAdmin(ctx: AppContext, input: Setup) {
  return inTransaction(ctx, async (tx) => {
    const user = await insertFirstAdmin(tx, input)
    const token = await startSession(tx, user.id)
    return { token, user: toUserDto(user) }
  })
}

/** Checks a password and opens a session. The same error for an unknown email, a wrong password and a disabled user. */
export async function login(ctx: AppContext, input: Login) {
  const user = await findUserByEmail(ctx.db, input.email)
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password)
  if (!user || !ok || user.disabled) throw new AppError('unauthenticated', 'error.invalid_credentials')
  const token = await startSession(ctx, user.id)
  return { token, user: toUserDto(user) }
}

export async function logout(ctx: AppContext, sessionToken: string): Promise<void> {
  await deleteSession(ctx.db, hashSecret(sessionToken))
}

/** How finely a token's last use is kept. */
const TOKEN_USE_GRAIN_MS = 60_000

/**
 * The user behind a session cookie or a bearer API token, or null. A disabled user has no
 * sessions left (disabling deletes them) and their tokens stop working here.
 */
export async function authenticate(
  ctx: AppContext,
  credentials: { sessionToken?: string; bearerToken?: string },
): Promise<ActingUser | null> {
  let user: UserRecord | undefined
  if (credentials.bearerToken) {
    const token = await findTokenUser(ctx.db, hashSecret(credentials.bearerToken))
    if (token) {
      user = await findUserById(ctx.db, token.userId)
      // Only a token that is let in is marked used: a disabled user's call is refused (401) and,
      // like every refused call, writes nothing (issue 9, the authorization matrix).
      // To the minute: a write per call would also drop every answer the server keeps for
      // everyone (api/read-cache.ts) each time an integration polls.
      const now = nowIso(ctx)
      const stale =
        token.lastUsedAt === null || Date.parse(now) - Date.parse(token.lastUsedAt) >= TOKEN_USE_GRAIN_MS
      if (user && !user.disabled && stale) await touchApiToken(ctx.db, token.id, now)
    }
  } else if (credentials.sessionToken) {
    user = await findSessionUser(ctx.db, hashSecret(credentials.sessionToken), nowIso(ctx))
  }
  return user && !user.disabled ? toActingUser(user) : null
}
