import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GainLossDto } from '../contracts/analyses'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

describe('abacus analyze', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({ demo: true })
  }, 180_000)
  afterAll(() => cli.close())

  it('prints the customer gain/loss as exactly the JSON of issue 6, the bridge adding up', async () => {
    const result = await cli.run(
      'analyze',
      'customers',
      '--from',
      '2025-08-01',
      '--to',
      '2025-12-31',
      '--prev-from',
      '2025-03-01',
      '--prev-to',
      '2025-07-31',
      '--json',
    )
    expect(result.code).toBe(0)
    const out = result.json<GainLossDto & { period: object; previous: object }>()
    expect(Object.keys(out)).toEqual([
      'period',
      'previous',
      'new',
      'retained',
      'reactivated',
      'lost',
      'bridge',
    ])
    expect(out.period).toEqual({ from: '2025-08-01', to: '2025-12-31' })
    expect(out.previous).toEqual({ from: '2025-03-01', to: '2025-07-31' })
    expect(Object.keys(out.new)).toEqual(['count', 'sales'])
    expect(Object.keys(out.retained)).toEqual(['count', 'sales', 'previousSales'])
    expect(Object.keys(out.reactivated)).toEqual(['count', 'sales'])
    expect(Object.keys(out.lost)).toEqual(['count', 'previousSales'])
    const b = out.bridge
    expect(Object.keys(b)).toEqual([
      'previous',
      'new',
      'reactivated',
      'expansion',
      'contraction',
      'lost',
      'current',
    ])
    expect(b.previous + b.new + b.reactivated + b.expansion - b.contraction - b.lost).toBe(b.current)
    expect(b.current).toBeGreaterThan(0)
    expect(out.retained.count).toBeGreaterThan(0)
    for (const value of [b.previous, b.current, out.new.sales]) expect(Number.isInteger(value)).toBe(true)
  })

  it('prints growth as exactly {series: [{period, sales, growth}], cagr}', async () => {
    const result = await cli.run(
      'analyze',
      'growth',
      '--from',
      '2024-01-01',
      '--to',
      '2025-12-31',
      '--by',
      'quarter',
      '--json',
    )
    expect(result.code).toBe(0)
    const out = result.json<{ series: Record<string, unknown>[]; cagr: unknown }>()
    expect(Object.keys(out)).toEqual(['series', 'cagr'])
    expect(out.series).toHaveLength(8)
    expect(Object.keys(out.series[0] as object)).toEqual(['period', 'sales', 'growth'])
    expect(out.series[0]).toMatchObject({ period: '2024-Q1', growth: null })
    expect(typeof out.cagr).toBe('number')
  })

  it('prints a readable table in the user’s language', async () => {
    const result = await cli.run(
      '--lang',
      'zh-Hant',
      'analyze',
      'customers',
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('客戶得失分析：2025年對比2024年：')
    expect(result.stdout).toContain('銷售增減瀑布圖：')
    expect(result.stdout).toContain('新客戶')
  })

  it('refuses a period that ends before it starts, a reversed previous period and a bad --by', async () => {
    const reversed = await cli.run(
      'analyze',
      'customers',
      '--from',
      '2025-12-31',
      '--to',
      '2025-01-01',
      '--json',
    )
    expect(reversed.code).toBe(1)
    expect(JSON.parse(reversed.stderr).error.details).toEqual([
      { path: 'to', message: 'The period must end on or after its first day.' },
    ])
    const previous = await cli.run(
      'analyze',
      'sales',
      '--from',
      '2025-08-01',
      '--to',
      '2025-12-31',
      '--prev-from',
      '2025-07-31',
      '--prev-to',
      '2025-03-01',
    )
    expect(previous.code).toBe(1)
    expect(previous.stderr).toContain('The previous period must end on or after its first day.')
    const by = await cli.run('analyze', 'growth', '--by', 'week')
    expect(by.code).toBe(1)
    expect(by.stderr).toContain('Group by must be one of: year, quarter, month.')
  })
})
