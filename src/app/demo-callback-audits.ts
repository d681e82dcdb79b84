import { AUDIT_RESULTS, type AuditResult } from '../core/callback-audits/audit-results'
import { drawSample } from '../core/callback-audits/draw-sample'
import { excludedSince } from '../core/callback-audits/exclusion'
import { addDays, addMonths, daysInMonth } from '../core/dates/local-date'
import { seededRandom } from '../core/random/seeded-random'
import { insertDraw, listAuditableRecords, listItemRows, updateItemResult } from '../db/callback-audits.repo'
import { discrepancyRecipients } from './callback-audits'
import type { AppContext } from './context'
import { newId } from './new-id'
import { notifyUsers } from './notifications'

const NOTES: Record<AuditResult, string[]> = {
  confirmed: ['客戶確認當天有聯繫，對報價滿意', '確認有拜訪，希望下月再來', '客戶說業務員很用心', ''],
  discrepancy: [
    '客戶表示當天沒有接到電話',
    '客戶說已經兩個月沒見過業務員',
    '客戶記得有聯繫，但沒有談到新品報價',
  ],
  unreachable: ['電話無人接聽，兩次', '號碼已停用', '總機轉接不到負責人'],
}

/**
 * One audited month for the demo (DOMAIN.md "Callback audits"): last month's records drawn at
 * 10 % by the auditor, every call made in the first days of this month — mostly confirmed, a few
 * discrepancies (each notified to the rep's manager) and a few customers unreachable. Runs after
 * the demo's follow-ups exist, inside the demo's transaction.
 */
export async function insertDemoCallbackAudits(
  tx: AppContext,
  options: { auditorId: string | null; today: string; seed: number; now: string },
): Promise<{ sampled: number }> {
  const monthStart = addMonths(`${options.today.slice(0, 8)}01`, -1)
  const period = {
    from: monthStart,
    to: `${monthStart.slice(0, 8)}${daysInMonth(Number(monthStart.slice(0, 4)), Number(monthStart.slice(5, 7)))}`,
  }
  const seed = (options.seed * 7919 + 2026) >>> 0
  const population = await listAuditableRecords(tx.db, period)
  const outcome = drawSample({
    population,
    excludedCustomerIds: new Set(),
    rule: { mode: 'share', shareBp: 1000 },
    seed,
  })
  const drawId = newId()
  await insertDraw(
    tx.db,
    {
      id: drawId,
      ...period,
      rule: 'share',
      shareBp: 1000,
      countPerRep: null,
      seed,
      excludedSince: excludedSince(period.to),
      population: population.length,
      actorId: options.auditorId,
      reps: outcome.reps,
      items: outcome.sample.map((r) => ({
        id: newId(),
        repId: r.repId,
        customerId: r.customerId,
        kind: r.kind,
        recordId: r.id,
        on: r.on,
      })),
    },
    options.now,
  )
  if (!options.auditorId) return { sampled: outcome.sample.length }
  const random = seededRandom(seed)
  const items = await listItemRows(tx.db, { drawId })
  for (const [i, item] of items.entries()) {
    // The second and fifth calls are discrepancies and the third unreachable, so a small demo has both.
    const result: AuditResult =
      i === 1 || i === 4
        ? 'discrepancy'
        : i === 2
          ? 'unreachable'
          : random.chance(0.82)
            ? 'confirmed'
            : (random.pick(AUDIT_RESULTS) as AuditResult)
    const satisfaction =
      result === 'unreachable' ? null : result === 'confirmed' ? random.int(3, 5) : random.int(1, 3)
    const note = random.pick(NOTES[result]) || null
    const calledOn = [addDays(period.to, 1 + (i % 5)), options.today].sort()[0] as string
    await updateItemResult(
      tx.db,
      item.id,
      item.version,
      {
        result,
        satisfaction,
        note: result === 'discrepancy' ? (note ?? NOTES.discrepancy[0] ?? null) : note,
        calledOn,
        calledBy: options.auditorId,
      },
      options.now,
    )
    if (result === 'discrepancy')
      await notifyUsers(tx, await discrepancyRecipients(tx, item.repId), 'callback_audit_discrepancy', {
        drawId,
        recordId: item.recordId,
        customerName: item.customerName,
        repName: item.repName,
        recordOn: item.recordOn,
        calledOn,
        note,
      })
  }
  return { sampled: items.length }
}
