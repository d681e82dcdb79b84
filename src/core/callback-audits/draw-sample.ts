import type { LocalDate } from '../dates/local-date'
import { seededRandom } from '../random/seeded-random'
import { BASIS_POINTS, type AuditRecordKind } from './audit-results'

/** One thing a rep recorded in the period: a follow-up record or a checked-in visit. */
export type AuditableRecord = {
  kind: AuditRecordKind
  id: string
  repId: string
  customerId: string
  /** The record's local date: a follow-up's happened_on, a visit's starts_on. */
  on: LocalDate
}

/** A share of each rep's records (in basis points), or a count per rep. */
export type DrawRule = { mode: 'share'; shareBp: number } | { mode: 'count'; count: number }

export type RepDraw = {
  repId: string
  /** Everything the rep recorded in the period. */
  recorded: number
  /** Of those, the records of customers not skipped by the 90-day rule. */
  eligible: number
  /** How many the rule asks for: ceil(share × recorded), or the count; at least one. */
  quota: number
  /** How many were drawn: the quota, unless the rep's eligible customers ran out. */
  drawn: number
}

export type DrawOutcome = { sample: AuditableRecord[]; reps: RepDraw[] }

/** Code-unit order, the same on every machine and in every locale (localeCompare is neither). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const byRecord = (a: AuditableRecord, b: AuditableRecord) =>
  compare(a.repId, b.repId) || compare(a.on, b.on) || compare(a.kind, b.kind) || compare(a.id, b.id)

/**
 * How many records of a rep the rule asks for. A share is rounded up — 10 % of 11 records is 2 —
 * so the sample is never smaller than the share; and DOMAIN.md asks at least one of every rep who
 * recorded any. Integer arithmetic on basis points: no floating-point 3.0000000000000004.
 */
export function repQuota(rule: DrawRule, recorded: number): number {
  if (recorded === 0) return 0
  if (rule.mode === 'count') return Math.max(1, rule.count)
  return Math.max(1, Math.ceil((rule.shareBp * recorded) / BASIS_POINTS))
}

/**
 * The random sample of a callback audit (DOMAIN.md "Callback audits"). Reproducible: the
 * population is first put in one order (rep, date, kind, id); then each rep's eligible records —
 * reps in id order — are shuffled by the seeded generator (Fisher–Yates). Every rep who can have
 * one first gets one record (firstPicks), then each rep's shuffled records are taken in order
 * until the quota is met. At most one record per customer per draw: a customer is called once,
 * about one record, so a record of a customer already taken is passed over. Records of excluded
 * customers are never drawn. The same population, exclusions, rule and seed give the same
 * sample, whatever order the records came in.
 */
export function drawSample(input: {
  population: readonly AuditableRecord[]
  excludedCustomerIds: ReadonlySet<string>
  rule: DrawRule
  seed: number
}): DrawOutcome {
  const sorted = [...input.population].sort(byRecord)
  const byRep = new Map<string, AuditableRecord[]>()
  const seen = new Set<string>()
  for (const record of sorted) {
    // The same record listed twice counts once.
    const key = `${record.kind}:${record.id}`
    if (seen.has(key)) continue
    seen.add(key)
    const list = byRep.get(record.repId) ?? []
    list.push(record)
    byRep.set(record.repId, list)
  }
  const random = seededRandom(input.seed)
  const orders = new Map<string, AuditableRecord[]>()
  for (const [repId, records] of byRep) {
    const order = records.filter((r) => !input.excludedCustomerIds.has(r.customerId))
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.int(0, i)
      ;[order[i], order[j]] = [order[j] as AuditableRecord, order[i] as AuditableRecord]
    }
    orders.set(repId, order)
  }
  const first = firstPicks(orders)
  const taken = new Set([...first.values()].map((r) => r.customerId))
  const sample: AuditableRecord[] = []
  const reps: RepDraw[] = []
  for (const [repId, records] of byRep) {
    const order = orders.get(repId) as AuditableRecord[]
    const quota = repQuota(input.rule, records.length)
    const own = first.get(repId)
    const picked: AuditableRecord[] = own ? [own] : []
    for (const record of order) {
      if (picked.length >= quota) break
      if (taken.has(record.customerId)) continue
      taken.add(record.customerId)
      picked.push(record)
    }
    sample.push(...picked.sort(byRecord))
    reps.push({ repId, recorded: records.length, eligible: order.length, quota, drawn: picked.length })
  }
  return { sample, reps }
}

/**
 * One record for as many reps as possible, each of a different customer: when two reps share a
 * customer, the one with no other customer gets it (a maximum matching of reps to customers, by
 * augmenting paths, each rep trying its records in their shuffled order). A plain first-come pass
 * would let a rep with ten customers take the only customer of the next rep, who would then have
 * none — and DOMAIN.md asks at least one of every rep.
 */
function firstPicks(orders: ReadonlyMap<string, readonly AuditableRecord[]>): Map<string, AuditableRecord> {
  const holder = new Map<string, string>()
  const pick = new Map<string, AuditableRecord>()
  const place = (repId: string, visited: Set<string>): boolean => {
    for (const record of orders.get(repId) ?? []) {
      if (visited.has(record.customerId)) continue
      visited.add(record.customerId)
      const other = holder.get(record.customerId)
      if (other === undefined || place(other, visited)) {
        holder.set(record.customerId, repId)
        pick.set(repId, record)
        return true
      }
    }
    return false
  }
  for (const repId of orders.keys()) place(repId, new Set())
  return pick
}
