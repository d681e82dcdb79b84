import { describe, expect, it } from 'vitest'
import { renderFact } from './render-fact'
import { teamFacts } from './team-facts'
import { NO_SUMS, sumTeam, type TeamSums } from './team-totals'

const P = { from: '2026-08-01', to: '2026-12-31' }
const rep = (repName: string, sums: Partial<TeamSums>) => ({ repName, sums: { ...NO_SUMS, ...sums } })

describe('team facts (DOMAIN.md "Facts")', () => {
  const rows = [
    rep('陳小明', {
      sales: 600_000_00,
      collections: 300_000_00,
      newCustomers: 3,
      coverageRequired: 100,
      coverageCounted: 95,
      auditsReached: 10,
      auditsConfirmed: 9,
      expenses: 30_000_00,
    }),
    rep('林美玲', {
      sales: 300_000_00,
      collections: 400_000_00,
      newCustomers: 1,
      coverageRequired: 100,
      coverageCounted: 50,
      auditsReached: 4,
      auditsConfirmed: 4,
      expenses: 30_000_00,
    }),
    rep('王大同', { sales: 100_000_00, coverageRequired: 40, coverageCounted: 20, expenses: 5_000_00 }),
  ]
  const facts = teamFacts(rows, sumTeam(rows.map((r) => r.sums)), P)

  it('names the top seller and share, the top collector, new customers, low coverage, audits and expenses', () => {
    expect(facts.map((f) => renderFact(f, 'en'))).toEqual([
      "陳小明 sold the most in Aug–Dec 2026: 600,000.00, 60% of the team's sales.",
      "林美玲 collected the most: 400,000.00, 57.1% of the team's collections.",
      '4 new customers in Aug–Dec 2026; 陳小明 won the most (3).',
      '2 sales reps were below 70% coverage; the lowest, 林美玲, at 50%.',
      '林美玲 had the best confirmation rate in callback audits: 100% (4 of 4 customers reached confirmed).',
      '林美玲 had the highest expense ratio: 10%, against 6.5% for the team.',
    ])
  })

  it('reads in Traditional and Simplified Chinese', () => {
    expect(renderFact(facts[0]!, 'zh-Hant')).toBe(
      '2026年8–12月銷售額最高的是陳小明：600,000.00，佔團隊的 60%。',
    )
    expect(renderFact(facts[3]!, 'zh-Hant')).toBe('2 位業務員的跟進達成率低於 70%，最低的是林美玲：50%。')
    // Names are shown as people wrote them, in either script.
    expect(renderFact(facts[2]!, 'zh-Hans')).toBe('2026年8–12月共有 4 个新客户，陳小明开发最多（3 个）。')
  })

  it('compares nobody in a team of one, and says nothing of figures that are all 0', () => {
    const one = [rep('R1', { sales: 100, coverageRequired: 10, coverageCounted: 1, newCustomers: 1 })]
    expect(teamFacts(one, sumTeam(one.map((r) => r.sums)), P).map((f) => f.key)).toEqual([
      'fact.rep_new_customers_one',
      'fact.team_low_coverage_one',
    ])
    expect(renderFact(teamFacts(one, sumTeam(one.map((r) => r.sums)), P)[0]!, 'zh-Hant')).toBe(
      'R1在2026年8–12月開發了 1 個新客戶。',
    )
    const idle = [rep('A', {}), rep('B', {})]
    expect(teamFacts(idle, sumTeam(idle.map((r) => r.sums)), P)).toEqual([])
  })
})
