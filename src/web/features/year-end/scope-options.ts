import type { User } from '../../../contracts/users'

/** Who reads the whole company's deck (the server says the same: app/year-end-scope.ts). */
const COMPANY_READERS = ['admin', 'finance']

export type ScopeOption = { value: string; kind: 'company' | 'team' | 'rep'; name: string }

/**
 * The decks the reader may make: the company for admins and finance; each sales
 * manager's team and each sales rep among the people they may see (a rep: only themselves).
 */
export function scopeOptions(me: User, users: readonly User[]): ScopeOption[] {
  const people = users.some((u) => u.id === me.id) ? users : [me, ...users]
  const active = people.filter((u) => !u.disabled).sort((a, b) => a.name.localeCompare(b.name))
  return [
    ...(COMPANY_READERS.includes(me.role) ? [{ value: 'company', kind: 'company' as const, name: '' }] : []),
    ...active
      .filter((u) => u.role === 'manager')
      .map((u) => ({ value: `team:${u.email}`, kind: 'team' as const, name: u.name })),
    ...active
      .filter((u) => u.role === 'rep')
      .map((u) => ({ value: `rep:${u.email}`, kind: 'rep' as const, name: u.name })),
  ]
}

/** The reader's own deck first: the company, a manager's own team, a rep's own year. */
export function defaultScope(me: User, options: readonly ScopeOption[]): string {
  const own = me.role === 'manager' ? `team:${me.email}` : me.role === 'rep' ? `rep:${me.email}` : 'company'
  return options.some((o) => o.value === own) ? own : (options[0]?.value ?? own)
}

/** The years a deck can tell: this year back to the tenth before it (the API takes any from 2000). */
export const deckYears = (thisYear: number) => Array.from({ length: 10 }, (_, i) => thisYear - i)
