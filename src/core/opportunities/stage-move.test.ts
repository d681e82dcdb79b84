import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LOST_REASONS } from './lost-reasons'
import { planStageMove } from './stage-move'
import { hurdleIndex, OPEN_STAGES, OPPORTUNITY_STAGES } from './stages'

const rep = { lossReason: null, mayReopen: false }

describe('planStageMove', () => {
  it('moves forward, skipping a hurdle as passed, and back without forgetting the furthest hurdle', () => {
    expect(planStageMove({ stage: 'person', highestStage: 'person' }, { ...rep, to: 'money' })).toMatchObject(
      {
        ok: true,
        stage: 'money',
        highestStage: 'money',
        closes: false,
      },
    )
    expect(planStageMove({ stage: 'money', highestStage: 'money' }, { ...rep, to: 'person' })).toMatchObject({
      ok: true,
      stage: 'person',
      highestStage: 'money',
    })
  })
  it('wins past all three hurdles, and loses only with a reason, keeping where it stood', () => {
    expect(
      planStageMove({ stage: 'platform', highestStage: 'platform' }, { ...rep, to: 'won' }),
    ).toMatchObject({
      ok: true,
      stage: 'won',
      highestStage: 'money',
      lostAtStage: null,
      closes: true,
    })
    expect(planStageMove({ stage: 'platform', highestStage: 'money' }, { ...rep, to: 'lost' })).toEqual({
      ok: false,
      code: 'validation',
      key: 'error.opportunity_lost_reason',
      path: 'lossReason',
    })
    expect(
      planStageMove(
        { stage: 'platform', highestStage: 'money' },
        { ...rep, to: 'lost', lossReason: 'price' },
      ),
    ).toMatchObject({ ok: true, stage: 'lost', highestStage: 'money', lostAtStage: 'platform', closes: true })
  })
  it('refuses the same stage, and any move of a closed one unless a manager reopens it to a hurdle', () => {
    expect(
      planStageMove({ stage: 'person', highestStage: 'person' }, { ...rep, to: 'person' }),
    ).toMatchObject({
      ok: false,
      key: 'error.opportunity_same_stage',
    })
    expect(planStageMove({ stage: 'won', highestStage: 'money' }, { ...rep, to: 'money' })).toMatchObject({
      ok: false,
      code: 'domain_rule',
      key: 'error.opportunity_closed',
    })
    const manager = { lossReason: 'price' as const, mayReopen: true }
    expect(planStageMove({ stage: 'won', highestStage: 'money' }, { ...manager, to: 'lost' })).toMatchObject({
      ok: false,
      key: 'error.opportunity_reopen_first',
    })
    expect(planStageMove({ stage: 'lost', highestStage: 'platform' }, { ...manager, to: 'person' })).toEqual({
      ok: true,
      stage: 'person',
      highestStage: 'platform',
      lostAtStage: null,
      closes: false,
      reopens: true,
    })
  })
  it('never lowers the furthest hurdle, and closes exactly when it goes to won or lost (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPPORTUNITY_STAGES),
        fc.constantFrom(...OPEN_STAGES),
        fc.constantFrom(...OPPORTUNITY_STAGES),
        fc.option(fc.constantFrom(...LOST_REASONS)),
        fc.boolean(),
        (stage, highestStage, to, lossReason, mayReopen) => {
          const outcome = planStageMove({ stage, highestStage }, { to, lossReason, mayReopen })
          if (!outcome.ok) return
          expect(outcome.stage).toBe(to)
          expect(hurdleIndex(outcome.highestStage)).toBeGreaterThanOrEqual(hurdleIndex(highestStage))
          expect(outcome.closes).toBe(to === 'won' || to === 'lost')
          expect(outcome.lostAtStage !== null).toBe(to === 'lost')
          if (stage === 'won' || stage === 'lost') expect(mayReopen && outcome.reopens).toBe(true)
        },
      ),
    )
  })
})
