import { describe, expect, it } from 'vitest'
import { seededRandom } from '../random/seeded-random'
import { planStageMove } from '../opportunities/stage-move'
import { demoOpportunities } from './demo-opportunities'

describe('demoOpportunities', () => {
  const customers = Array.from({ length: 400 }, (_, i) => ({
    key: `c${i}`,
    ownerKey: i % 10 === 0 ? null : `r${i % 3}`,
    status: i % 7 === 0 ? 'lost' : 'active',
  }))
  const opportunities = demoOpportunities(customers, '2026-11-27', seededRandom(5))

  it('covers every stage, skips pool and lost customers, and is the same for the same seed', () => {
    expect(new Set(opportunities.map((o) => o.stage))).toEqual(
      new Set(['person', 'platform', 'money', 'won', 'lost']),
    )
    const skipped = new Set(customers.filter((c) => !c.ownerKey || c.status === 'lost').map((c) => c.key))
    expect(opportunities.some((o) => skipped.has(o.customerKey))).toBe(false)
    expect(demoOpportunities(customers, '2026-11-27', seededRandom(5))).toEqual(opportunities)
  })
  it('closes in the past with a reason for every loss, and replays through the stage rule', () => {
    for (const o of opportunities) {
      expect(o.closedOn === null).toBe(o.stage !== 'won' && o.stage !== 'lost')
      if (o.closedOn) expect(o.closedOn <= '2026-11-27').toBe(true)
      expect(o.lossReason !== null).toBe(o.stage === 'lost')
      // Replaying the history through the rule ends where the opportunity stands.
      let state = { stage: o.history[0]?.to ?? 'person', highestStage: 'person' as const } as Parameters<
        typeof planStageMove
      >[0]
      for (const h of o.history.slice(1)) {
        expect(h.from).toBe(state.stage)
        const step = planStageMove(state, { to: h.to, lossReason: o.lossReason, mayReopen: false })
        if (!step.ok) throw new Error(`${o.customerKey}: ${step.key}`)
        state = { stage: step.stage, highestStage: step.highestStage }
      }
      expect(state).toEqual({ stage: o.stage, highestStage: o.highestStage })
      const days = o.history.map((h) => h.on)
      expect([...days].sort()).toEqual(days)
    }
  })
})
