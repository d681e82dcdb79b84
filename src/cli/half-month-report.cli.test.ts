import ExcelJS from 'exceljs'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HalfMonthList, HalfMonthReport } from '../contracts/half-month-reports'
import { localDateAt } from '../core/dates/local-date'
import { halfMonthOf, lastClosedHalfMonth } from '../core/half-month/half-month'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

// The CLI runs on the real clock, as the demo's data does.
const today = localDateAt(new Date(), 'Asia/Taipei')
const closed = lastClosedHalfMonth(today)
const open = halfMonthOf(today)

describe('abacus report half-month', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({ demo: true })
  }, 180_000)
  afterAll(() => cli.close())

  it('prints the figures of the half-month just closed, as they are now, with --json', async () => {
    const result = await cli.run('report', 'half-month', '--period', closed, '--json')
    expect(result.code, result.stderr).toBe(0)
    const report = result.json<HalfMonthReport>()
    expect(report).toMatchObject({ period: closed, kept: false, version: null, restricted: false })
    expect(report.rows.length).toBeGreaterThan(0)
    expect(report.total.sales).toBe(report.rows.reduce((s, r) => s + r.sales, 0))
    expect(report.total.sales).toBeGreaterThan(0)
  })

  it('generates a kept version and writes its workbook', async () => {
    const out = join(cli.dir, 'half.xlsx')
    const result = await cli.run(
      '--as',
      'finance@demo.abacus.tw',
      'report',
      'half-month',
      'generate',
      '--period',
      closed,
      '--out',
      out,
    )
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain(`Half-monthly report ${closed} generated: version 1.`)
    expect(existsSync(out)).toBe(true)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(out)
    const ws = workbook.worksheets[0]
    expect(ws?.name).toBe(`Half-monthly report ${closed}`)
    expect(ws?.getCell('C4').value).toBe('Sales')
    const kept = (await cli.run('report', 'half-month', '--period', closed, '--json')).json<HalfMonthReport>()
    expect(kept).toMatchObject({ kept: true, version: 1, generatedBy: { name: '許淑芬' } })
    const refused = await cli.run(
      '--as',
      'rep1@demo.abacus.tw',
      'report',
      'half-month',
      'generate',
      '--period',
      closed,
    )
    expect(refused.code).toBe(1)
  })

  it('prints a readable table in the user’s language; a rep sees their own line', async () => {
    const table = await cli.run('--lang', 'zh-Hant', 'report', 'half-month', '--period', closed)
    expect(table.code, table.stderr).toBe(0)
    expect(table.stdout).toContain('半月數據報表')
    expect(table.stdout).toMatch(/^合計：銷售額 /m)
    const mine = await cli.run(
      '--as',
      'rep1@demo.abacus.tw',
      'report',
      'half-month',
      '--period',
      closed,
      '--json',
    )
    expect(mine.json<HalfMonthReport>().rows.map((r) => r.repName)).toEqual(['王家豪'])
  })

  it('lists the half-months, the one under way first', async () => {
    const list = (
      await cli.run('report', 'half-month', 'list', '--limit', '3', '--json')
    ).json<HalfMonthList>()
    expect(list.items.map((i) => [i.period, i.status])).toEqual([
      [open, 'open'],
      [closed, 'generated'],
      [list.items[2]?.period, 'not_generated'],
    ])
  })

  it('refuses a half-month not over and a period not written YYYY-MM-1|2, exit 1', async () => {
    const early = await cli.run('report', 'half-month', '--period', open)
    expect(early.code).toBe(1)
    expect(early.stderr).toContain(`The half-month ${open}`)
    expect(early.stderr).toContain('is not over yet')
    const bad = await cli.run('--lang', 'zh-Hans', 'report', 'half-month', '--period', '2026-11-3')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('期间须为半月')
    const missing = await cli.run('report', 'half-month')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('Period')
  })
})
