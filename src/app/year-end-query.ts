import { AppError } from '../core/app-error'
import { parseDeckScope, type DeckScope } from '../core/year-end/deck-scope'
import { FIRST_DECK_YEAR, isDeckYear } from '../core/year-end/deck-year'
import type { ActingUser, AppContext } from './context'
import { todayOf } from './analysis-periods'

/** The deck's year, refused when before 2000 or after this year in the organisation (nothing to tell yet). */
export function checkDeckYear(ctx: AppContext, year: number): number {
  const thisYear = Number(todayOf(ctx).slice(0, 4))
  if (!isDeckYear(year, thisYear))
    throw new AppError('validation', 'error.validation', {}, [
      { path: 'year', key: 'field.deck_year_range', params: { from: FIRST_DECK_YEAR, to: thisYear } },
    ])
  return year
}

/**
 * The scope asked for, or the caller's own when left out: the company for those who read every
 * customer, a manager's own team, a rep's own year. The contract has checked the text's form.
 */
export function deckScopeOf(actor: ActingUser, text: string | undefined): DeckScope {
  if (text !== undefined) {
    const scope = parseDeckScope(text)
    if (!scope)
      throw new AppError('validation', 'error.validation', {}, [{ path: 'scope', key: 'field.deck_scope' }])
    return scope
  }
  if (actor.role === 'manager') return { kind: 'team', email: actor.email }
  if (actor.role === 'rep') return { kind: 'rep', email: actor.email }
  return { kind: 'company' }
}
