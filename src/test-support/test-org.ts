import type { Db } from '../db/connect'
import { loadConfig } from '../app/config'
import type { ActingUser, AppContext } from '../app/context'
import { createUserRecord } from '../app/users'
import { toActingUser } from '../app/auth'
import type { Role } from '../core/access/roles'
import type { Lang } from '../core/i18n/lang'

export const TEST_PASSWORD = 'correct horse battery'
export const TEST_NOW = new Date('2026-11-27T02:00:00Z')

export const testConfig = loadConfig({}, { databaseUrl: 'sqlite::memory:', loginMax: 1000 })

export function testContext(database: Db, actor: ActingUser | null = null, lang: Lang = 'en'): AppContext {
  return { db: database.db, engine: database.engine, now: () => TEST_NOW, config: testConfig, actor, lang }
}

/**
 * The organisation every visibility test uses:
 *   admin; boss (manager) → m1 (manager) → r1, r2; boss → r3; finance; auditor.
 * So m1's tree is {m1, r1, r2}, boss's is everyone in sales, and r3 is outside m1's tree.
 */
export async function createTestOrg(database: Db) {
  const users: Record<string, ActingUser> = {}
  const add = async (key: string, role: Role, manager?: string) => {
    const record = await createUserRecord(testContext(database), {
      email: `${key}@test.tw`,
      name: key.toUpperCase(),
      role,
      managerId: manager ? (users[manager]?.id ?? null) : null,
      password: TEST_PASSWORD,
      lang: null,
    })
    users[key] = toActingUser(record)
  }
  await add('admin', 'admin')
  await add('boss', 'manager')
  await add('m1', 'manager', 'boss')
  await add('r1', 'rep', 'm1')
  await add('r2', 'rep', 'm1')
  await add('r3', 'rep', 'boss')
  await add('finance', 'finance')
  await add('auditor', 'auditor')
  const as = (key: string, lang: Lang = 'en') => testContext(database, users[key] as ActingUser, lang)
  return {
    users: users as Record<'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor', ActingUser>,
    as,
  }
}
