import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

const PLAN = {
  name: '標準方案',
  mode: 'whole',
  brackets: [
    { from: 0, to: 10_000_000, rateBp: 300 },
    { from: 10_000_000, to: null, rateBp: 500 },
  ],
  newCustomerBonus: 50_000,
}

describe('abacus commission', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({
      users: [
        { email: 'a@x.tw', name: 'a', role: 'admin' },
        { email: 'r@x.tw', name: 'r', role: 'rep' },
        { email: 's@x.tw', name: 's', role: 'rep' },
      ],
    })
    const orders = join(cli.dir, 'orders.csv')
    writeFileSync(
      orders,
      'Order ID,Customer ID,Customer Name,Order Date,Sales Rep,Amount\nSO-1,C-1,鼎盛精密,2026-03-05,r@x.tw,20000\n',
    )
    expect((await cli.run('import', 'orders', orders)).code).toBe(0)
    const collections = join(cli.dir, 'collections.csv')
    writeFileSync(
      collections,
      '回款編號,客戶編號,客戶名稱,訂單編號,回款日期,金額,方式,業務員\nRC-1,C-1,鼎盛精密,SO-1,2026-03-10,100000,轉帳,\n',
    )
    const imported = await cli.run('import', 'collections', collections)
    expect(imported.code, imported.stderr).toBe(0)
  }, 120_000)
  afterAll(() => cli.close())

  it('adds a plan from a file, assigns it, adjusts, and prints the statement line by line', async () => {
    const file = join(cli.dir, 'plan.json')
    writeFileSync(file, JSON.stringify(PLAN))
    expect((await cli.run('commission', 'plan', 'add', '--file', file)).stdout).toMatch(
      /^Commission plan "標準方案" saved/,
    )
    const assigned = await cli.run(
      'commission',
      'assign',
      '--rep',
      'r@x.tw',
      '--plan',
      '標準方案',
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
    )
    expect(assigned.stdout).toMatch(/^Plan "標準方案" assigned to r from 2026-01-01 to 2026-12-31/)
    const adjusted = await cli.run(
      'commission',
      'adjust',
      '--rep',
      'r@x.tw',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-31',
      '--amount=-500',
      '--reason',
      '退貨',
    )
    expect(adjusted.code, adjusted.stderr).toBe(0)
    const result = await cli.run(
      '--lang',
      'zh-Hant',
      'commission',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-31',
      '--rep',
      'r@x.tw',
    )
    expect(result.code, result.stderr).toBe(0)
    // Whole mode at exactly 100 000: 5 % of all of it.
    expect(result.stdout.split('\n')).toEqual([
      '2026-03-01 至 2026-03-31 提成：1 人，合計 5,000.00。',
      'r：回款 100,000.00，提成 5,000.00',
      '  方案「標準方案」（全額），2026-03-01 – 2026-03-31：回款 100,000.00',
      '    第 2 級距（100,000.00 以上）：100,000.00 × 5% = 5,000.00',
      '    新客戶獎金：鼎盛精密，首筆訂單 SO-1（2026-03-05，20,000.00）= 500.00',
      '  提成調整 2026-03-01 – 2026-03-31：退貨 = -500.00',
      '  級距提成 5,000.00 + 新客戶獎金 500.00 + 提成調整 -500.00 = 提成 5,000.00',
      '',
    ])
  })

  it('prints integer minor units with --json, per rep, adding up', async () => {
    const result = await cli.run('--json', 'commission', '--from', '2026-03-01', '--to', '2026-03-31')
    const json = result.json<{
      total: number
      reps: { repName: string; collected: number; total: number; lines: { amount: number }[] }[]
    }>()
    expect(json.reps.map((r) => [r.repName, r.collected, r.total])).toEqual([
      ['r', 10_000_000, 500_000],
      ['s', 0, 0],
    ])
    for (const rep of json.reps) expect(rep.lines.reduce((s, l) => s + l.amount, 0)).toBe(rep.total)
    expect(json.total).toBe(500_000)
  })

  it('refuses bad input with a clear message and exit code 1', async () => {
    const bad = join(cli.dir, 'bad.json')
    writeFileSync(
      bad,
      JSON.stringify({
        ...PLAN,
        brackets: [
          { from: 0, to: 100, rateBp: 300 },
          { from: 200, to: null, rateBp: 500 },
        ],
      }),
    )
    const gap = await cli.run('commission', 'plan', 'add', '--file', bad)
    expect(gap.code).toBe(1)
    expect(gap.stderr).toContain(
      'Bracket 2 starts at 2.00, leaving a gap after bracket 1, which ends at 1.00',
    )
    const noReason = await cli.run(
      'commission',
      'adjust',
      '--rep',
      'r@x.tw',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-31',
      '--amount',
      '100',
    )
    expect(noReason.stderr).toContain('Reason is required.')
    const reversed = await cli.run('commission', '--from', '2026-03-31', '--to', '2026-03-01')
    expect(reversed.code).toBe(1)
    expect(reversed.stderr).toContain('The period must end on or after its first day.')
    expect(
      (await cli.run('--as', 'r@x.tw', 'commission', 'plan', 'add', '--file', join(cli.dir, 'plan.json')))
        .code,
    ).toBe(1)
  })
})
