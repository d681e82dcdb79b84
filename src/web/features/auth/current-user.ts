import { createContext, useContext } from 'react'
import type { User } from '../../../contracts/users'

export const CurrentUserContext = createContext<User | null>(null)

/** The signed-in user; only used below AuthGate, which renders nothing else without one. */
export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext)
  if (!user) throw new Error('useCurrentUser is used outside AuthGate')
  return user
}

/** Admins and managers choose a customer's owner; a rep's customers are always their own. */
export const canChooseOwner = (user: User) => user.role === 'admin' || user.role === 'manager'

/** Finance and auditors read customers but change none (DOMAIN.md "People and visibility"). */
export const canEditCustomers = (user: User) =>
  user.role === 'admin' || user.role === 'manager' || user.role === 'rep'

/**
 * Everyone but the auditor reads money: orders, collections, expenses, the pipeline, analyses and
 * reports (the server says the same: app/customer-scope.ts MONEY_READERS). The auditor's work is
 * callback audits, reading visits and follow-ups.
 */
export const readsMoney = (user: User) => user.role !== 'auditor'

/** Admin, finance and auditors read every customer, the pool (no owner) included. */
export const seesPool = (user: User) =>
  user.role === 'admin' || user.role === 'finance' || user.role === 'auditor'
