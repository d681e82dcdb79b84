import type { User } from '../../../contracts/users'

/** Auditors read the ledger but record nothing (the server answers 403); finance records both. */
export const canRecordLedger = (user: User) => user.role !== 'auditor'

/** Reps' orders are their own; those above them may credit someone else (default: the customer's owner). */
export const canChooseOrderOwner = (user: User) =>
  user.role === 'admin' || user.role === 'manager' || user.role === 'finance'
