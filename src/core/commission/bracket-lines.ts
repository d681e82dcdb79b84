import type { Bracket, CommissionMode } from './commission-plan'
import { rateAmount } from './rate-amount'

/** One line of a statement: `baseMinor × rateBp = amountMinor`, for the bracket it applies. */
export type BracketLine = {
  bracketIndex: number
  fromMinor: number
  toMinor: number | null
  baseMinor: number
  rateBp: number
  amountMinor: number
}

/**
 * The bracket commission on `collectedMinor` (DOMAIN.md "Commission"); the brackets are valid
 * (see planIssues: from 0, contiguous, only the last open-ended).
 *
 * - progressive: one line per bracket the collections reach, its slice × its rate;
 * - whole: one line, all the collections × the rate of the bracket reached — at exactly a
 *   bracket's lower edge, that bracket is reached (`[100 000, 300 000)` holds 100 000).
 *
 * A closed last bracket is a cap: collections above its end earn no bracket commission, in either
 * mode (the line's base shows what was counted). Nothing collected — or less than nothing, when
 * refunds exceed collections — earns none.
 */
export function bracketLines(
  mode: CommissionMode,
  brackets: readonly Bracket[],
  collectedMinor: number,
): BracketLine[] {
  const last = brackets[brackets.length - 1]
  if (collectedMinor <= 0 || !last) return []
  const counted = last.to === null ? collectedMinor : Math.min(collectedMinor, last.to)
  if (mode === 'whole') {
    const found = brackets.findIndex((b) => b.to === null || counted < b.to)
    const index = found === -1 ? brackets.length - 1 : found
    return [line(index, brackets[index] as Bracket, counted)]
  }
  const lines: BracketLine[] = []
  brackets.forEach((b, index) => {
    const top = b.to === null ? counted : Math.min(counted, b.to)
    if (top > b.from) lines.push(line(index, b, top - b.from))
  })
  return lines
}

const line = (index: number, b: Bracket, baseMinor: number): BracketLine => ({
  bracketIndex: index,
  fromMinor: b.from,
  toMinor: b.to,
  baseMinor,
  rateBp: b.rateBp,
  amountMinor: rateAmount(baseMinor, b.rateBp),
})
