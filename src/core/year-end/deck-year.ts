import type { Period } from '../analyses/period'

/** The first year a deck may tell: nothing in a sales book is older. */
export const FIRST_DECK_YEAR = 2000

/**
 * A deck's year and the year it is read against (DOMAIN.md "Analyses": the previous period of
 * equal length just before) — calendar years in the organisation's time zone.
 */
export function deckYear(year: number): { period: Period; previous: Period } {
  return {
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    previous: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
  }
}

/** A year a deck can be made for: a whole number from 2000 up to this year (a later one has no data yet). */
export const isDeckYear = (year: number, thisYear: number) =>
  Number.isInteger(year) && year >= FIRST_DECK_YEAR && year <= thisYear
