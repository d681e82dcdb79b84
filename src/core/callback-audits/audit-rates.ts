import type { AuditResult } from './audit-results'

export type AuditedItem = { repId: string; result: AuditResult | null; satisfaction: number | null }

export type AuditRates = {
  drawn: number
  /** Drawn, not called yet. */
  pending: number
  confirmed: number
  discrepancy: number
  unreachable: number
  /**
   * confirmed / (confirmed + discrepancy): of the customers reached, the share who confirmed what
   * the rep recorded. Unreachable calls confirm nothing and deny nothing, so they stay out of it
   * and are reported beside it. Null when nobody was reached.
   */
  confirmationRate: number | null
  /** The mean of the satisfaction scores (1–5) given; null when none was given. */
  satisfaction: number | null
  satisfactionCount: number
}

const EMPTY: AuditRates = {
  drawn: 0,
  pending: 0,
  confirmed: 0,
  discrepancy: 0,
  unreachable: 0,
  confirmationRate: null,
  satisfaction: null,
  satisfactionCount: 0,
}

/** The rates of a set of audited items (DOMAIN.md "Per rep: confirmation rate"). */
export function auditRates(items: readonly AuditedItem[]): AuditRates {
  const rates = { ...EMPTY }
  let satisfactionSum = 0
  for (const item of items) {
    rates.drawn += 1
    if (item.result === null) rates.pending += 1
    else rates[item.result] += 1
    if (item.result !== null && item.satisfaction !== null) {
      satisfactionSum += item.satisfaction
      rates.satisfactionCount += 1
    }
  }
  const reached = rates.confirmed + rates.discrepancy
  rates.confirmationRate = reached === 0 ? null : rates.confirmed / reached
  rates.satisfaction = rates.satisfactionCount === 0 ? null : satisfactionSum / rates.satisfactionCount
  return rates
}

/** The rates of each rep, in the order the reps are given, and of all of them together. */
export function auditRatesByRep(
  repIds: readonly string[],
  items: readonly AuditedItem[],
): { byRep: Map<string, AuditRates>; total: AuditRates } {
  const grouped = new Map<string, AuditedItem[]>(repIds.map((id) => [id, []]))
  for (const item of items) grouped.get(item.repId)?.push(item)
  return {
    byRep: new Map([...grouped].map(([id, list]) => [id, auditRates(list)])),
    total: auditRates(items.filter((i) => grouped.has(i.repId))),
  }
}
