import type { LossReason } from './lost-reasons'
import { hurdleIndex, OPEN_STAGES, type OpenStage } from './stages'

/**
 * Opportunities closed in a period, counted in SQL down to this grain: all closed opportunities
 * sharing owner, outcome, furthest hurdle, hurdle lost at, reason and month of closing.
 */
export type ClosedGroup = {
  ownerId: string
  ownerName: string
  outcome: 'won' | 'lost'
  highestStage: OpenStage
  lostAtStage: OpenStage | null
  lossReason: LossReason | null
  /** `YYYY-MM` of the close date. */
  month: string
  count: number
  amountMinor: number
}

export type Tally = {
  won: number
  lost: number
  wonAmount: number
  lostAmount: number
  winRate: number | null
}

export type StageRow = {
  stage: OpenStage | 'won'
  /** Closed opportunities that got at least this far (every one reached `person`). */
  reached: number
  reachedAmount: number
  /** Lost while standing at this hurdle. */
  lostAt: number
  lostAtAmount: number
  /** reached(next) / reached(this); null for `won` and when nothing reached this stage. */
  conversion: number | null
}

export type WinLoss = {
  total: Tally & { count: number; amount: number }
  stages: StageRow[]
  reasons: { reason: LossReason; count: number; amount: number; share: number }[]
  reps: (Tally & { ownerId: string; ownerName: string })[]
  months: (Tally & { month: string })[]
}

const emptyTally = (): Tally => ({ won: 0, lost: 0, wonAmount: 0, lostAmount: 0, winRate: null })

const add = (t: Tally, g: ClosedGroup) => {
  if (g.outcome === 'won') {
    t.won += g.count
    t.wonAmount += g.amountMinor
  } else {
    t.lost += g.count
    t.lostAmount += g.amountMinor
  }
}

const withRate = <T extends Tally>(t: T): T => ({
  ...t,
  winRate: t.won + t.lost === 0 ? null : t.won / (t.won + t.lost),
})

/**
 * Win/loss analysis (DOMAIN.md "Opportunities": by stage, reason, rep and period) of the
 * opportunities closed in a period. A won one passed all three hurdles; a lost one reached its
 * furthest hurdle (it may have slipped back before it was lost) and was lost where it stood. Counts
 * and amounts are exact integer sums; rates are plain fractions for display.
 */
export function winLoss(groups: readonly ClosedGroup[]): WinLoss {
  const total = emptyTally()
  const reached = OPEN_STAGES.map(() => ({ count: 0, amount: 0 }))
  const lostAt = OPEN_STAGES.map(() => ({ count: 0, amount: 0 }))
  const reasons = new Map<LossReason, { count: number; amount: number }>()
  const reps = new Map<string, Tally & { ownerId: string; ownerName: string }>()
  const months = new Map<string, Tally & { month: string }>()
  for (const g of groups) {
    add(total, g)
    const furthest = g.outcome === 'won' ? OPEN_STAGES.length - 1 : hurdleIndex(g.highestStage)
    for (let i = 0; i <= furthest; i++) {
      const r = reached[i] as { count: number; amount: number }
      r.count += g.count
      r.amount += g.amountMinor
    }
    if (g.outcome === 'lost') {
      const at = lostAt[hurdleIndex(g.lostAtStage ?? g.highestStage)] as { count: number; amount: number }
      at.count += g.count
      at.amount += g.amountMinor
      const reason = g.lossReason ?? 'other'
      const r = reasons.get(reason) ?? { count: 0, amount: 0 }
      reasons.set(reason, { count: r.count + g.count, amount: r.amount + g.amountMinor })
    }
    const rep = reps.get(g.ownerId) ?? { ...emptyTally(), ownerId: g.ownerId, ownerName: g.ownerName }
    add(rep, g)
    reps.set(g.ownerId, rep)
    const month = months.get(g.month) ?? { ...emptyTally(), month: g.month }
    add(month, g)
    months.set(g.month, month)
  }
  const chain = [...reached, { count: total.won, amount: total.wonAmount }]
  const stages: StageRow[] = [...OPEN_STAGES, 'won' as const].map((stage, i) => {
    const here = chain[i] as { count: number; amount: number }
    const next = chain[i + 1]
    const lost = lostAt[i]
    return {
      stage,
      reached: here.count,
      reachedAmount: here.amount,
      lostAt: lost?.count ?? 0,
      lostAtAmount: lost?.amount ?? 0,
      conversion: next && here.count > 0 ? next.count / here.count : null,
    }
  })
  return {
    total: { ...withRate(total), count: total.won + total.lost, amount: total.wonAmount + total.lostAmount },
    stages,
    reasons: [...reasons.entries()]
      .map(([reason, r]) => ({ reason, ...r, share: r.count / total.lost }))
      .sort((a, b) => b.count - a.count || b.amount - a.amount || (a.reason < b.reason ? -1 : 1)),
    reps: [...reps.values()]
      .map(withRate)
      .sort((a, b) => b.wonAmount - a.wonAmount || (a.ownerName < b.ownerName ? -1 : 1)),
    months: [...months.values()].map(withRate).sort((a, b) => (a.month < b.month ? -1 : 1)),
  }
}
