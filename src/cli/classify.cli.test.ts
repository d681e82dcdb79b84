import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, localDateAt } from '../core/dates/local-date'
import { abcWindow } from '../core/follow-ups/abc-window'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

// The demo's three years of orders end today: the run looks at the last twelve months of them.
const asOf = localDateAt(new Date(), 'Asia/Taipei')
const { from } = abcWindow(asOf, 12)

describe('abacus classify', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({ demo: true, users: [{ email: 'r@x.tw', name: 'R', role: 'rep' }] })
  }, 180_000)
  afterAll(() => cli.close())

  it('prints the run and every customer in rank order as JSON, with exactly these keys', async () => {
    const result = await cli.run('classify', '--as-of', asOf, '--json')
    expect(result.code).toBe(0)
    const output = result.json<{
      total: number
      counts: Record<string, number>
      customers: { value: number; tier: string }[]
    }>()
    expect(Object.keys(output)).toEqual(['asOf', 'from', 'to', 'metric', 'total', 'counts', 'customers'])
    expect(output).toMatchObject({ asOf, from, to: asOf, metric: 'sales' })
    expect(Object.keys(output.counts)).toEqual(['A', 'B', 'C'])
    expect(output.customers.length).toBe(300)
    expect(Object.keys(output.customers[0] as object)).toEqual([
      'id',
      'externalId',
      'name',
      'value',
      'tier',
      'effectiveTier',
    ])
    const values = output.customers.map((c) => c.value)
    expect(values.every(Number.isSafeInteger)).toBe(true)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    expect(values.reduce((a, b) => a + b, 0)).toBe(output.total)
    expect(output.total).toBeGreaterThan(0)
    const tiers = output.customers.map((c) => c.tier).join('')
    // Tiers follow the ranks: A's, then B's, then C's.
    expect(tiers).toMatch(/^A+B+C+$/)
    expect(output.counts).toEqual({
      A: tiers.split('A').length - 1,
      B: tiers.split('B').length - 1,
      C: tiers.split('C').length - 1,
    })
    // Messages go to stderr with --json, so stdout stays one JSON document.
    expect(result.stderr).toContain(`ABC classification as of ${asOf}`)
  })

  it('says it in the chosen language without --json', async () => {
    const result = await cli.run('--lang', 'zh-Hant', 'classify', '--as-of', asOf)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`ABC 分類（截至 ${asOf}，${from} 至 ${asOf}，依銷售額）：300 位客戶`)
    expect(result.stdout).toContain('與上次分類相比：0 位升級、0 位降級。')
    expect(result.stdout).not.toContain('留作歷史')
    // A month back: kept as history; the customers keep the tiers of the run as of today.
    const earlier = await cli.run('--lang', 'zh-Hant', 'classify', '--as-of', addDays(asOf, -30))
    expect(earlier.code).toBe(0)
    expect(earlier.stdout).toContain('本次分類留作歷史')
  })

  it('refuses a bad date and a user who is not an admin, exit 1', async () => {
    const bad = await cli.run('--lang', 'zh-Hans', 'classify', '--as-of', '2026-02-30')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('截至必须是存在的日期，格式为 YYYY-MM-DD。')
    const tomorrow = await cli.run('classify', '--as-of', addDays(asOf, 1))
    expect(tomorrow.code).toBe(1)
    expect(tomorrow.stderr).toContain('The as-of date cannot be after today')
    const rep = await cli.run('--as', 'r@x.tw', 'classify')
    expect(rep.code).toBe(1)
    expect(rep.stderr).toContain('You do not have permission to do this.')
  })
})
