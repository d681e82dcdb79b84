import { describe, expect, it } from 'vitest'
import type { YearEndDeck } from '../../core/year-end/deck-model'
import { readZip, slideText, slideXml } from '../../test-support/read-zip'
import { deckSlideTitles, renderYearEndDeck } from './render-deck'

// A 1×1 PNG: the organisation's logo.
const LOGO =
  'image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

const empty: YearEndDeck = {
  lang: 'zh-Hant',
  year: 2020,
  period: { from: '2020-01-01', to: '2020-12-31' },
  previous: { from: '2019-01-01', to: '2019-12-31' },
  organisation: '藍海貿易',
  logo: LOGO,
  scope: { kind: 'rep', name: '王家豪' },
  asOf: '2026-11-27',
  hasData: false,
  monthly: [],
  comparison: [],
  bridge: { previous: 0, new: 0, reactivated: 0, expansion: 0, contraction: 0, lost: 0, current: 0 },
  gainLoss: {
    new: { count: 0, sales: 0 },
    retained: { count: 0, sales: 0, previousSales: 0 },
    reactivated: { count: 0, sales: 0 },
    lost: { count: 0, previousSales: 0 },
  },
  lostReasons: [],
  topCustomers: [],
  abc: null,
  expenses: { total: 0, sales: 0, ratio: null, previousRatio: null, byCategory: [], budgets: [] },
  team: null,
  discipline: { coverage: null, byRep: [], visits: null, audits: null },
  problems: [],
  facts: { positive: [], negative: [] },
  texts: { positive: '', negative: '', problems: '', plan: '開發 10 家新客戶' },
}

describe('the year-end deck renderer', () => {
  it('says so for a year without data, keeps what was written, and puts the logo and the name on the template', async () => {
    expect(deckSlideTitles(empty).map((s) => s.title)).toEqual([
      '2020 年終總結',
      '2020 年沒有資料',
      '明年工作計劃',
    ])
    const zip = readZip(await renderYearEndDeck(empty))
    const slides = slideXml(zip).map(slideText)
    expect(slides[0]).toContain('王家豪：個人年終總結')
    expect(slides[1]).toContain('王家豪在 2020 年沒有任何記錄')
    expect(slides[2]).toContain('開發 10 家新客戶')
    expect([...zip.keys()].some((n) => /^ppt\/media\/.+\.png$/.test(n))).toBe(true)
    const layouts = [...zip.keys()].filter(
      (n) => n.startsWith('ppt/slideLayouts/slideLayout') && n.endsWith('.xml'),
    )
    expect(layouts.map((n) => (zip.get(n) as Buffer).toString('utf8')).join()).toContain('藍海貿易')
    // The theme's East Asian face is the deck's, so no CJK falls back to another font.
    expect((zip.get('ppt/theme/theme1.xml') as Buffer).toString('utf8')).toContain(
      '<a:ea typeface="Noto Sans CJK TC"/>',
    )
  })

  it('tags pie charts and legends with the deck language, not en-US', async () => {
    const zip = readZip(
      await renderYearEndDeck({
        ...empty,
        lang: 'zh-Hans',
        hasData: true,
        monthly: [{ month: '2020-01', sales: 10_000, collections: 5_000 }],
        expenses: { ...empty.expenses, total: 12_000, byCategory: [{ category: 'travel', amount: 12_000 }] },
      }),
    )
    const charts = [...zip.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    expect(charts.length).toBeGreaterThan(0)
    for (const chart of charts) {
      const xml = (zip.get(chart) as Buffer).toString('utf8')
      expect(xml).not.toContain('lang="en-US"')
      expect(xml).toContain('<a:ea typeface="Noto Sans CJK SC"/>')
    }
  })
})
