import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { approveExpense, canReject } from './expense-flow'
import { budgetStatus } from './budget-status'

const submitted = {
  status: 'submitted' as const,
  repId: 'rep',
  submittedBy: 'rep',
  amountMinor: 5_000_00,
  managerApprovedBy: null,
  repHasManager: true,
}
const manager = { id: 'm', isAdmin: false, managesRep: true }
const admin = { id: 'a', isAdmin: true, managesRep: false }
const LIMIT = 10_000_00

describe('approveExpense', () => {
  it('lets the manager approve an expense within the limit in one step', () => {
    expect(approveExpense(submitted, manager, LIMIT)).toEqual({
      ok: true,
      status: 'approved',
      managerApprovedBy: 'm',
    })
  })
  it('needs an admin after the manager above the limit, and the manager first', () => {
    const big = { ...submitted, amountMinor: LIMIT + 1 }
    const first = approveExpense(big, manager, LIMIT)
    expect(first).toEqual({ ok: true, status: 'submitted', managerApprovedBy: 'm' })
    expect(approveExpense(big, admin, LIMIT)).toEqual({ ok: false, key: 'error.manager_first' })
    expect(approveExpense({ ...big, managerApprovedBy: 'm' }, admin, LIMIT)).toEqual({
      ok: true,
      status: 'approved',
      managerApprovedBy: 'm',
    })
    expect(approveExpense({ ...big, managerApprovedBy: 'm' }, manager, LIMIT)).toEqual({
      ok: false,
      key: 'error.admin_needed',
    })
  })
  it('never lets anyone approve or reject their own expense', () => {
    const own = { id: 'rep', isAdmin: true, managesRep: true }
    expect(approveExpense(submitted, own, LIMIT)).toEqual({ ok: false, key: 'error.own_expense' })
    expect(canReject(submitted, own)).toBe('error.own_expense')
  })
  it('never lets the manager who submitted a rep’s expense decide on it', () => {
    const byManager = { ...submitted, submittedBy: 'm' }
    expect(approveExpense(byManager, manager, LIMIT)).toEqual({ ok: false, key: 'error.own_expense' })
    expect(canReject(byManager, manager)).toBe('error.own_expense')
    expect(approveExpense(byManager, { ...admin, managesRep: true }, LIMIT)).toMatchObject({ ok: true })
  })
  it('lets an admin stand in for a missing manager, and refuses strangers and drafts', () => {
    expect(
      approveExpense({ ...submitted, repHasManager: false, amountMinor: LIMIT * 3 }, admin, LIMIT),
    ).toMatchObject({ ok: true, status: 'approved' })
    expect(approveExpense(submitted, { id: 'x', isAdmin: false, managesRep: false }, LIMIT)).toEqual({
      ok: false,
      key: 'error.not_approver',
    })
    expect(approveExpense({ ...submitted, status: 'draft' }, manager, LIMIT)).toEqual({
      ok: false,
      key: 'error.expense_not_submitted',
    })
  })
})

describe('budgetStatus', () => {
  it('reads a fixed budget and a share of collections', () => {
    expect(budgetStatus({ amountMinor: 50_000, shareBp: null }, 0, 60_000)).toEqual({
      limitMinor: 50_000,
      spentMinor: 60_000,
      remainingMinor: -10_000,
      over: true,
    })
    expect(budgetStatus({ amountMinor: null, shareBp: 250 }, 1_000_00, 0).limitMinor).toBe(25_00)
    expect(budgetStatus({ amountMinor: null, shareBp: 333 }, 150, 0).limitMinor).toBe(5) // 4.995 → 5
  })
  it('never strays from the exact share by more than half a cent (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 10_000 }), (collected, bp) => {
        const limit = budgetStatus({ amountMinor: null, shareBp: bp }, collected, 0).limitMinor
        const exactTimes2 = BigInt(collected) * BigInt(bp) * 2n
        const gotTimes2 = BigInt(limit) * 20_000n
        const diff = gotTimes2 > exactTimes2 ? gotTimes2 - exactTimes2 : exactTimes2 - gotTimes2
        return diff <= 10_000n
      }),
    )
  })
})
