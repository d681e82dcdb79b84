import { describe, expect, it } from 'vitest'
import { deckScopeText, parseDeckScope } from './deck-scope'
import { deckYear, isDeckYear } from './deck-year'

describe('deck scopes and years', () => {
  it('reads company, team:EMAIL and rep:EMAIL, and nothing else', () => {
    expect(parseDeckScope('company')).toEqual({ kind: 'company' })
    expect(parseDeckScope(' Team:North@Demo.tw ')).toEqual({ kind: 'team', email: 'north@demo.tw' })
    expect(parseDeckScope('rep:r1@test.tw')).toEqual({ kind: 'rep', email: 'r1@test.tw' })
    for (const bad of ['', 'team', 'team:', 'rep:nobody', 'region:north@x.tw', 'rep:a b@x.tw', 'companies'])
      expect(parseDeckScope(bad)).toBeNull()
    expect(deckScopeText({ kind: 'rep', email: 'r1@test.tw' })).toBe('rep:r1@test.tw')
  })

  it('tells a calendar year against the year before, from 2000 up to this year', () => {
    expect(deckYear(2026)).toEqual({
      period: { from: '2026-01-01', to: '2026-12-31' },
      previous: { from: '2025-01-01', to: '2025-12-31' },
    })
    expect(isDeckYear(2026, 2026)).toBe(true)
    expect(isDeckYear(2027, 2026)).toBe(false)
    expect(isDeckYear(1999, 2026)).toBe(false)
    expect(isDeckYear(2025.5, 2026)).toBe(false)
  })
})
