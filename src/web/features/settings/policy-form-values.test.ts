import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY } from '../../../core/follow-ups/follow-up-policy'
import { policyBody, policyFormValues } from './policy-form-values'

describe('the follow-up rules in the settings form', () => {
  it('shows the ABC shares in percent and sends them back as fractions, unchanged', () => {
    const values = policyFormValues(DEFAULT_POLICY)
    expect([values.abc.shareA, values.abc.shareB]).toEqual([80, 95])
    expect(policyBody(values)).toEqual(DEFAULT_POLICY)
  })
  it('keeps any share of 0.1 % steps exactly through the form, and an empty limit as none', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (perMille) => {
        const policy = { ...DEFAULT_POLICY, abc: { ...DEFAULT_POLICY.abc, shareA: perMille / 1000 } }
        expect(policyBody(policyFormValues(policy)).abc.shareA).toBe(perMille / 1000)
      }),
    )
    const values = policyFormValues(DEFAULT_POLICY)
    expect(
      policyBody({ ...values, pool: { ...values.pool, ownedLimit: undefined } }).pool.ownedLimit,
    ).toBeNull()
  })
})
