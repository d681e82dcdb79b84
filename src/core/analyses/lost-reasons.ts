import { customersOf, gainLossGroup, type CustomerPeriods, type CustomersAlike } from './gain-loss'

export type LostReason = { reason: string | null; count: number; previousSales: number }

/**
 * The lost customers' recorded reasons (DOMAIN.md "Analyses"), most frequent first, then by what
 * they bought in the previous period; customers without a reason count under `null`.
 */
export function lostReasonsOf(
  rows: readonly ((CustomerPeriods | CustomersAlike) & { lostReason: string | null })[],
): LostReason[] {
  const reasons = new Map<string, LostReason>()
  for (const r of rows) {
    if (gainLossGroup(r) !== 'lost') continue
    const reason = r.lostReason?.trim() || null
    const entry = reasons.get(reason ?? '') ?? { reason, count: 0, previousSales: 0 }
    entry.count += customersOf(r)
    entry.previousSales += r.previousSales
    reasons.set(reason ?? '', entry)
  }
  return [...reasons.values()].sort((a, b) => b.count - a.count || b.previousSales - a.previousSales)
}
