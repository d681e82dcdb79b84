import { describe, expect, it } from 'vitest'
import { changeOf } from './change'
import { comparisonFacts } from './compare-facts'
import { gainLoss } from './gain-loss'
import { gainLossFacts } from './gain-loss-facts'
import { growthFacts } from './growth-facts'
import { renderFact } from './render-fact'

const periods = {
  period: { from: '2026-08-01', to: '2026-12-31' },
  previous: { from: '2026-03-01', to: '2026-07-31' },
}

describe('facts (DOMAIN.md "Facts")', () => {
  it('says how collections moved, in each language', () => {
    const facts = comparisonFacts(
      {
        sales: changeOf(0, 0),
        collections: changeOf(123_400_00, 100_000_00),
        receivables: changeOf(0, 0),
        expenses: changeOf(0, 0),
        newCustomers: changeOf(0, 0),
        expenseRatio: { current: null, previous: null },
      },
      periods,
    )
    expect(facts).toHaveLength(1)
    const [fact] = facts as [(typeof facts)[number]]
    expect(renderFact(fact, 'en')).toBe(
      'Collections Aug–Dec 2026 were 23.4% higher than Mar–Jul 2026 (123,400.00 against 100,000.00).',
    )
    expect(renderFact(fact, 'zh-Hant')).toBe(
      '2026年8–12月回款比2026年3–7月高 23.4%（123,400.00，前期 100,000.00）。',
    )
    expect(renderFact(fact, 'zh-Hans')).toBe(
      '2026年8–12月回款比2026年3–7月高 23.4%（123,400.00，前期 100,000.00）。',
    )
  })

  it('names new, reactivated and lost customers with their money, and the top lost reason', () => {
    const result = gainLoss([
      ...Array.from({ length: 12 }, () => ({
        sales: 102_833_33,
        previousSales: 0,
        orderedInPeriod: true,
        orderedInPrevious: false,
        orderedBefore: false,
      })),
      {
        sales: 0,
        previousSales: 2_045_000_00,
        orderedInPeriod: false,
        orderedInPrevious: true,
        orderedBefore: true,
      },
    ])
    const texts = gainLossFacts(result, periods, [
      { reason: null, count: 3 },
      { reason: '搬遷', count: 1 },
    ]).map((f) => renderFact(f, 'en'))
    expect(texts).toEqual([
      'Sales Aug–Dec 2026 were 39.7% lower than Mar–Jul 2026 (1,233,999.96 against 2,045,000.00).',
      '12 new customers brought 1,233,999.96.',
      '1 customer lost, worth 2,045,000.00 in Mar–Jul 2026.',
      'The lost reason recorded most often: “搬遷” (1).',
    ])
  })

  it('says nothing of a figure that was 0 in both periods, and no percentage from nothing', () => {
    const facts = comparisonFacts(
      {
        sales: changeOf(500_00, 0),
        collections: changeOf(0, 0),
        receivables: changeOf(0, 0),
        expenses: changeOf(0, 0),
        newCustomers: changeOf(2, 0),
        expenseRatio: { current: 0.1, previous: null },
      },
      periods,
    ).map((f) => renderFact(f, 'en'))
    expect(facts).toEqual([
      'Sales Aug–Dec 2026 were 500.00, against none in Mar–Jul 2026.',
      'New customers Aug–Dec 2026 were 2, against none in Mar–Jul 2026.',
    ])
  })

  it('states CAGR and the strongest and weakest periods', () => {
    const series = [
      { period: '2024', sales: 100_00, growth: null },
      { period: '2025', sales: 300_00, growth: 2 },
      { period: '2026', sales: 225_00, growth: -0.25 },
    ]
    const whole = { period: { from: '2024-01-01', to: '2026-12-31' }, by: 'year' as const }
    expect(growthFacts(series, 0.5, whole).map((f) => renderFact(f, 'zh-Hant'))).toEqual([
      '2024年至2026年銷售額年均複合增長率為 50%。',
      '增長最快的是2025年：比上期增長 200%（300.00）。',
      '降幅最大的是2026年：比上期下降 25%（225.00）。',
    ])
    // 2026 up to Nov 27: CAGR stops at 2025, and the fall is named by the days it covers.
    const toDate = { period: { from: '2024-01-01', to: '2026-11-27' }, by: 'year' as const }
    expect(growthFacts(series, 2, toDate).map((f) => renderFact(f, 'en'))).toEqual([
      'Sales grew 200% a year on average (CAGR) from 2024 to 2025.',
      'The strongest growth was in 2025: 200% over the period before (300.00).',
      'The largest fall was in 2026-01-01 – 2026-11-27: 25% below the period before (225.00).',
    ])
  })
})
