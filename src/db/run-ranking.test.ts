import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  rankingKey,
  rankingLine,
  rankingText,
  readRanking,
  readRankingTiers,
  type RankedCustomer,
} from './run-ranking'

const textOf = (ranking: readonly RankedCustomer[]) =>
  rankingText({
    ids: ranking.map((c) => c.id),
    values: ranking.map((c) => c.value),
    tiers: ranking.map((c) => c.tier),
  })

/** Ids as the database may hold them: any text without a tab or a newline, in any script. */
const id = fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }).filter((s) => !/[\t\n]/.test(s))
const rankings = fc
  .uniqueArray(
    fc.record({ id, value: fc.integer({ min: -1e12, max: 1e15 }), tier: fc.constantFrom('A', 'B', 'C') }),
    {
      selector: (c) => c.id,
      maxLength: 30,
    },
  )
  .map((cs) => cs.map((c, i) => ({ ...c, rank: i + 1 })))

/** What the database's `substr(ranking, instr(ranking, key), 400)` answers (1-based; 0 when absent). */
const piece = (text: string, customerId: string) => {
  const at = text.indexOf(rankingKey(customerId)) + 1
  return at === 0 ? text.slice(0, 399) : text.slice(at - 1, at - 1 + 400)
}

describe('run ranking text', () => {
  it('reads back every customer as written, in order, for any ids and amounts (property)', () => {
    fc.assert(
      fc.property(rankings, (ranking) => {
        expect(readRanking(textOf(ranking))).toEqual(ranking)
      }),
    )
    expect(readRanking(null)).toEqual([])
    expect(readRanking(textOf([]))).toEqual([])
  })
  it('reads each customer’s tier as the whole reading gives it (property)', () => {
    fc.assert(
      fc.property(rankings, (ranking) => {
        expect([...readRankingTiers(textOf(ranking))]).toEqual(ranking.map((c) => [c.id, c.tier]))
      }),
    )
    expect(readRankingTiers(null).size).toBe(0)
    expect(readRankingTiers(textOf([])).size).toBe(0)
  })
  it('finds exactly one customer’s line by its key, and none for a customer not in the run (property)', () => {
    fc.assert(
      fc.property(rankings, id, (ranking, other) => {
        const text = textOf(ranking)
        for (const c of ranking) expect(rankingLine(piece(text, c.id), c.id)).toEqual(c)
        if (!ranking.some((c) => c.id === other)) expect(rankingLine(piece(text, other), other)).toBeNull()
      }),
    )
  })
  it('does not take a customer whose id begins with another’s for that other', () => {
    const text = textOf([
      { id: 'ab', rank: 1, value: 900, tier: 'A' },
      { id: 'a', rank: 2, value: 100, tier: 'B' },
    ])
    expect(rankingLine(piece(text, 'a'), 'a')).toEqual({ id: 'a', rank: 2, value: 100, tier: 'B' })
    expect(rankingLine(piece(text, 'b'), 'b')).toBeNull()
    expect(rankingLine(null, 'a')).toBeNull()
  })
  it('makes room for ids longer than a line’s usual share of the text', () => {
    const ranking = ['客', 'é', 'x'].map((ch, i) => ({
      id: ch.repeat(300 + i),
      rank: i + 1,
      value: 10 ** 15 - i,
      tier: 'A',
    }))
    expect(readRanking(textOf(ranking))).toEqual(ranking)
  })
})
