import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, type LocalDate } from '../dates/local-date'
import { poolReturn, returnCutoffs, type PoolClock } from './pool-return'
import { TIERS } from './tier'

const rules = { returnDays: { A: 30, B: 45, C: 60 }, warnDays: 3 }
const clock = (fields: Partial<PoolClock>): PoolClock => ({
  tier: 'C',
  lastFollowUpOn: null,
  assignedOn: null,
  lastOrderOn: null,
  ...fields,
})

describe('poolReturn', () => {
  it('counts returnDays of the tier from the last follow-up', () => {
    expect(poolReturn(clock({ tier: 'A', lastFollowUpOn: '2026-11-01' }), '2026-11-27', rules)).toEqual({
      lastTouchOn: '2026-11-01',
      returnOn: '2026-12-01',
      returns: false,
      warning: false,
    })
    expect(
      poolReturn(clock({ tier: 'B', lastFollowUpOn: '2026-11-01' }), '2026-11-27', rules)?.returnOn,
    ).toBe('2026-12-16')
  })
  it('returns exactly on the return date, not the day before', () => {
    const c = clock({ tier: 'A', lastFollowUpOn: '2026-11-01' })
    expect(poolReturn(c, '2026-11-30', rules)?.returns).toBe(false)
    expect(poolReturn(c, '2026-12-01', rules)?.returns).toBe(true)
  })
  it('warns on the warnDays days before the return, and not once returned', () => {
    const c = clock({ tier: 'A', lastFollowUpOn: '2026-11-01' })
    expect(poolReturn(c, '2026-11-27', rules)?.warning).toBe(false)
    expect(poolReturn(c, '2026-11-28', rules)?.warning).toBe(true)
    expect(poolReturn(c, '2026-11-30', rules)?.warning).toBe(true)
    expect(poolReturn(c, '2026-12-01', rules)?.warning).toBe(false)
  })
  it('counts from the assignment when never followed up, and a confirmed order restarts the clock', () => {
    expect(poolReturn(clock({ assignedOn: '2026-10-01' }), '2026-11-27', rules)?.returnOn).toBe('2026-11-30')
    expect(
      poolReturn(
        clock({ assignedOn: '2026-01-01', lastFollowUpOn: '2026-02-01', lastOrderOn: '2026-10-01' }),
        '2026-11-27',
        rules,
      )?.lastTouchOn,
    ).toBe('2026-10-01')
  })
  it('does not count a previous owner’s last follow-up before the current owner got it', () => {
    const r = poolReturn(
      clock({ lastFollowUpOn: '2025-01-01', assignedOn: '2026-11-27' }),
      '2026-11-27',
      rules,
    )
    expect(r).toMatchObject({ lastTouchOn: '2026-11-27', returns: false })
  })
  it('has nothing to count from without any date', () => {
    expect(poolReturn(clock({}), '2026-11-27', rules)).toBeNull()
  })
})

const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const maybeDay = fc.option(day, { nil: null })
const anyClock = fc.record({
  tier: fc.constantFrom(...TIERS),
  lastFollowUpOn: maybeDay,
  assignedOn: day,
  lastOrderOn: maybeDay,
})
const anyRules = fc.record({
  returnDays: fc.record({
    A: fc.integer({ min: 1, max: 366 }),
    B: fc.integer({ min: 1, max: 366 }),
    C: fc.integer({ min: 1, max: 366 }),
  }),
  warnDays: fc.integer({ min: 0, max: 60 }),
})

describe('poolReturn (properties)', () => {
  it('puts the return returnDays[tier] after the latest touch, which is no earlier than any touch', () => {
    fc.assert(
      fc.property(anyClock, day, anyRules, (c, today, r) => {
        const result = poolReturn(c, today, r) as NonNullable<ReturnType<typeof poolReturn>>
        expect(daysBetween(result.lastTouchOn, result.returnOn)).toBe(r.returnDays[c.tier])
        for (const touch of [c.lastFollowUpOn, c.assignedOn, c.lastOrderOn])
          if (touch) expect(touch <= result.lastTouchOn).toBe(true)
        expect([c.lastFollowUpOn, c.assignedOn, c.lastOrderOn]).toContain(result.lastTouchOn)
      }),
    )
  })
  it('returns from the return date on, never before; warns exactly on the warnDays days before', () => {
    fc.assert(
      fc.property(anyClock, fc.integer({ min: -400, max: 400 }), anyRules, (c, offset, r) => {
        const returnOn = (poolReturn(c, '2020-01-01', r) as { returnOn: LocalDate }).returnOn
        const today = addDays(returnOn, offset)
        const result = poolReturn(c, today, r) as NonNullable<ReturnType<typeof poolReturn>>
        expect(result.returns).toBe(offset >= 0)
        expect(result.warning).toBe(offset < 0 && offset >= -r.warnDays)
        expect(result.returns && result.warning).toBe(false)
      }),
    )
  })
  it('agrees with the SQL form: returns on a day exactly when the last touch is on or before that day’s cutoff', () => {
    fc.assert(
      fc.property(anyClock, day, anyRules, (c, today, r) => {
        const result = poolReturn(c, today, r) as NonNullable<ReturnType<typeof poolReturn>>
        const byCutoff = (d: LocalDate) => result.lastTouchOn <= returnCutoffs(d, r.returnDays)[c.tier]
        expect(byCutoff(today)).toBe(result.returns)
        expect(byCutoff(addDays(today, r.warnDays)) && !byCutoff(today)).toBe(result.warning)
      }),
    )
  })
  it('never returns earlier for a later touch', () => {
    fc.assert(
      fc.property(anyClock, day, fc.integer({ min: 0, max: 400 }), anyRules, (c, today, later, r) => {
        const before = poolReturn(c, today, r) as NonNullable<ReturnType<typeof poolReturn>>
        const touched = poolReturn({ ...c, lastFollowUpOn: addDays(before.lastTouchOn, later) }, today, r)
        expect((touched?.returnOn ?? '') >= before.returnOn).toBe(true)
      }),
    )
  })
})
