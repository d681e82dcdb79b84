import type { Role } from './roles'
import { reportingTree, type ReportingLine } from './reporting-tree'

/** Whose customers an actor may read: everyone's, or those of a set of owners. */
export type Scope = { kind: 'all' } | { kind: 'owners'; ownerIds: string[] }

export type Actor = { id: string; role: Role }

/**
 * DOMAIN.md "People and visibility": admin everything; a manager their reporting tree; a rep their
 * own. Finance reads every customer (orders and collections are per customer) and the auditor too
 * (a callback needs the customer's phone); neither may change one.
 */
export function customerReadScope(actor: Actor, lines: readonly ReportingLine[]): Scope {
  switch (actor.role) {
    case 'admin':
    case 'finance':
    case 'auditor':
      return { kind: 'all' }
    case 'manager':
      return { kind: 'owners', ownerIds: reportingTree(lines, actor.id) }
    case 'rep':
      return { kind: 'owners', ownerIds: [actor.id] }
  }
}

/** Whose customers an actor may create, change or delete. */
export function customerWriteScope(actor: Actor, lines: readonly ReportingLine[]): Scope | null {
  switch (actor.role) {
    case 'admin':
      return { kind: 'all' }
    case 'manager':
    case 'rep':
      return customerReadScope(actor, lines)
    case 'finance':
    case 'auditor':
      return null
  }
}

export function inScope(scope: Scope | null, ownerId: string | null): boolean {
  if (scope === null) return false
  if (scope.kind === 'all') return true
  return ownerId !== null && scope.ownerIds.includes(ownerId)
}

/**
 * Whose orders, collections and plans an actor may record or change: finance keeps the books for
 * everyone (DOMAIN.md: finance works on orders, collections, expenses); the auditor records none.
 */
export function ledgerWriteScope(actor: Actor, lines: readonly ReportingLine[]): Scope | null {
  if (actor.role === 'finance') return { kind: 'all' }
  return customerWriteScope(actor, lines)
}
