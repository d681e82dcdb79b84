import { describe, expect, it } from 'vitest'
import type { User } from '../../../contracts/users'
import { deckYears, defaultScope, scopeOptions } from './scope-options'

const user = (id: string, role: User['role'], disabled = false): User => ({
  id,
  email: `${id}@x.tw`,
  name: id.toUpperCase(),
  role,
  managerId: null,
  disabled,
  lang: null,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
})

describe('the decks a reader may make', () => {
  const people = [user('m1', 'manager'), user('r1', 'rep'), user('r2', 'rep', true), user('f', 'finance')]

  it('offers the company to admins and finance, then teams and reps; not to the auditor', () => {
    for (const role of ['admin', 'finance'] as const)
      expect(scopeOptions(user('a', role), people).map((o) => o.value)).toEqual([
        'company',
        'team:m1@x.tw',
        'rep:r1@x.tw',
      ])
    expect(scopeOptions(user('au', 'auditor'), people).map((o) => o.value)).not.toContain('company')
    expect(defaultScope(user('a', 'admin'), scopeOptions(user('a', 'admin'), people))).toBe('company')
  })

  it('starts a manager on their own team and a rep on their own year', () => {
    const m1 = user('m1', 'manager')
    expect(scopeOptions(m1, people).map((o) => o.value)).toEqual(['team:m1@x.tw', 'rep:r1@x.tw'])
    expect(defaultScope(m1, scopeOptions(m1, people))).toBe('team:m1@x.tw')
    const r1 = user('r1', 'rep')
    expect(defaultScope(r1, scopeOptions(r1, [r1]))).toBe('rep:r1@x.tw')
    expect(deckYears(2026).slice(0, 2)).toEqual([2026, 2025])
  })
})
