import type { Expense } from '../../../contracts/expenses'
import type { User } from '../../../contracts/users'

/**
 * What the page offers each role. The server decides (DOMAIN.md "Orders, collections, expenses");
 * these only keep buttons away from people who would be refused anyway.
 */

/** Reps record their own; managers and admins may record for someone in their team. */
export const canRecordExpenses = (user: User) =>
  user.role === 'rep' || user.role === 'manager' || user.role === 'admin'

export const choosesRep = (user: User) => user.role === 'manager' || user.role === 'admin'

/** Managers and admins decide on others' expenses; finance and auditors only read. */
export const approvesExpenses = (user: User) => user.role === 'manager' || user.role === 'admin'

export const setsBudgets = (user: User) =>
  user.role === 'manager' || user.role === 'admin' || user.role === 'finance'

/**
 * Whether this user is next to decide on a submitted expense: the rep's manager first; an admin
 * after the manager, or in their place when the rep has none. Nobody decides on their own.
 */
export function decidesNow(user: User, expense: Expense, repManagerId: string | null | undefined) {
  if (expense.status !== 'submitted' || expense.repId === user.id) return false
  if (!expense.managerApprovedBy) {
    if (repManagerId === user.id) return true
    // The rep's manager is unknown when the rep is not among the users this reader sees.
    return user.role === 'admin' && repManagerId === null
  }
  return user.role === 'admin'
}
