import type { MessageKey } from '../i18n/messages.en'

/** DOMAIN.md "Orders, collections, expenses": categories and the approval flow. */
export const EXPENSE_CATEGORIES = [
  'promotion',
  'gift',
  'entertainment',
  'travel',
  'sample',
  'personnel',
  'other',
] as const
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number]
export const EXPENSE_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const
export type ExpenseStatus = (typeof EXPENSE_STATUSES)[number]

export type PendingExpense = {
  status: ExpenseStatus
  repId: string
  /** Who submitted it, when known: like the rep, they may not decide on it. */
  submittedBy: string | null
  amountMinor: number
  /** The manager's approval, when given; above the limit an admin's must follow. */
  managerApprovedBy: string | null
  repHasManager: boolean
}
export type Approver = { id: string; isAdmin: boolean; managesRep: boolean }
export type Decision =
  | { ok: true; status: 'submitted' | 'approved'; managerApprovedBy: string | null }
  | { ok: false; key: MessageKey }

/** An expense is one's own to spend or to have submitted: either way, someone else decides. */
const ownOf = (expense: PendingExpense, approver: Approver) =>
  approver.id === expense.repId || approver.id === expense.submittedBy

/**
 * One approval of a submitted expense: the submitter's manager approves, and above `adminLimitMinor`
 * an admin approves after them; nobody approves their own. An admin stands in for the manager of a
 * rep who has none.
 */
export function approveExpense(
  expense: PendingExpense,
  approver: Approver,
  adminLimitMinor: number,
): Decision {
  if (expense.status !== 'submitted') return { ok: false, key: 'error.expense_not_submitted' }
  if (ownOf(expense, approver)) return { ok: false, key: 'error.own_expense' }
  const needsAdmin = expense.amountMinor > adminLimitMinor
  if (!expense.managerApprovedBy) {
    if (approver.managesRep)
      return {
        ok: true,
        status: needsAdmin && !approver.isAdmin ? 'submitted' : 'approved',
        managerApprovedBy: approver.id,
      }
    if (approver.isAdmin && !expense.repHasManager)
      return { ok: true, status: 'approved', managerApprovedBy: approver.id }
    return { ok: false, key: approver.isAdmin ? 'error.manager_first' : 'error.not_approver' }
  }
  if (approver.isAdmin) return { ok: true, status: 'approved', managerApprovedBy: expense.managerApprovedBy }
  return { ok: false, key: 'error.admin_needed' }
}

/** Who may reject: the same people who may approve, at any step before the last. */
export function canReject(expense: PendingExpense, approver: Approver): MessageKey | null {
  if (expense.status !== 'submitted') return 'error.expense_not_submitted'
  if (ownOf(expense, approver)) return 'error.own_expense'
  return approver.managesRep || approver.isAdmin ? null : 'error.not_approver'
}
