import { AppError } from '../core/app-error'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { isLang } from '../core/i18n/lang'
import { chatMessage } from '../core/reminders/chat-message'
import { PushQuerySchema, PushSettingSchema, type PushReport, type PushSetting } from '../contracts/reminders'
import { parseInput } from '../contracts/parse-input'
import { writeAudit } from '../db/audit-log.repo'
import { readSetting, writeSetting } from '../db/settings.repo'
import { firstAdmin, listUsers } from '../db/users.repo'
import { agenda } from './agenda'
import { toActingUser } from './auth'
import { inTransaction, nowIso, type AppContext } from './context'
import { dayOrToday } from './follow-ups'
import { postWebhook } from './post-webhook'
import { requireActor } from './require-actor'

const KEY = 'reminder_push'
const UNSET: PushSetting = { url: null, kind: 'wecom', enabled: false }

/** The push's webhook as saved; never set, nothing is pushed. */
export async function loadPushSetting(ctx: AppContext): Promise<PushSetting> {
  const parsed = PushSettingSchema.safeParse(await readSetting(ctx.db, KEY))
  return parsed.success ? parsed.data : UNSET
}

/** Admins only: the address usually carries the chat robot's secret key. */
export async function readPushSetting(ctx: AppContext): Promise<PushSetting> {
  requireActor(ctx, ['admin'])
  return loadPushSetting(ctx)
}

/** The address as the audit log keeps it: its host, never the key in its path or query. */
const redacted = (s: PushSetting) => ({ ...s, url: s.url && `${new URL(s.url).origin}/…` })

export async function savePushSetting(ctx: AppContext, input: unknown): Promise<PushSetting> {
  const actor = requireActor(ctx, ['admin'])
  const setting = parseInput(PushSettingSchema, input)
  return inTransaction(ctx, async (tx) => {
    const before = await loadPushSetting(tx)
    await writeSetting(tx.db, KEY, setting)
    await writeAudit(tx.db, {
      at: nowIso(tx),
      actorId: actor.id,
      entity: 'setting',
      entityId: KEY,
      action: 'update',
      before: redacted(before),
      after: redacted(setting),
    })
    return setting
  })
}

/**
 * Posts each active rep's and manager's agenda for a day (DOMAIN.md "Reminders") to the chat
 * webhook, one message each in their own language — counts and the first items — or the agenda
 * object itself for `json`. Someone with nothing due is skipped. One after another, so a chat
 * service's rate limit is met as late as possible; each failure is reported, none stops the rest.
 * Admins (and the CLI acting as one); whether the daily push is enabled does not matter here.
 */
export async function pushAgendas(ctx: AppContext, query: { date?: string }): Promise<PushReport> {
  requireActor(ctx, ['admin'])
  const date = dayOrToday(ctx, parseInput(PushQuerySchema, query).date)
  const setting = await loadPushSetting(ctx)
  if (!setting.url) throw new AppError('domain_rule', 'error.push_not_configured')
  const people = (await listUsers(ctx.db)).filter((u) => !u.disabled && OWNER_ROLES.includes(u.role as Role))
  const report: PushReport = { date, kind: setting.kind, sent: 0, skipped: 0, failed: [] }
  for (const person of people) {
    const day = await agenda(ctx, { rep: person.id, date })
    if (day.items.length === 0 && day.visits.length === 0 && day.collectionPlans.length === 0) {
      report.skipped += 1
      continue
    }
    const lang = isLang(person.lang) ? person.lang : ctx.lang
    const error = await postWebhook(setting.url, chatMessage(setting.kind, day, lang))
    if (error) report.failed.push({ repId: person.id, repName: person.name, error })
    else report.sent += 1
  }
  return report
}

/**
 * The server's morning run: nothing unless an admin enabled the push; then as the first active
 * admin (the push is the organisation's, not a person's), in that admin's language.
 */
export async function scheduledPush(base: Omit<AppContext, 'actor' | 'lang'>): Promise<PushReport | null> {
  const setting = await loadPushSetting({ ...base, actor: null, lang: 'en' })
  if (!setting.enabled || !setting.url) return null
  const admin = await firstAdmin(base.db)
  if (!admin) return null
  const actor = toActingUser(admin)
  return pushAgendas({ ...base, actor, lang: actor.lang ?? 'en' }, {})
}
