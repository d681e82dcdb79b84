import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { halfMonthTotal, type HalfMonthRow } from '../core/half-month/half-month-model'
import {
  COUNT_FORMAT,
  HEADER_ROW,
  MONEY_FORMAT,
  RATIO_FORMAT,
  halfMonthWorkbook,
  validSheetName,
  type HalfMonthSheet,
} from './half-month-workbook'

const row = (
  repName: string,
  sales: number,
  expenses: number,
  more: Partial<HalfMonthRow> = {},
): HalfMonthRow => ({
  repId: repName,
  repName,
  orders: 2,
  sales,
  collections: 1_000_00,
  receivable: 123_456_78,
  expenses,
  expenseRatio: sales === 0 ? null : expenses / sales,
  newCustomers: 1,
  ...more,
})

const sheetOf = (rows: HalfMonthRow[], more: Partial<HalfMonthSheet> = {}): HalfMonthSheet => ({
  period: '2026-11-1',
  from: '2026-11-01',
  to: '2026-11-15',
  organisation: '算盤貿易',
  rows,
  total: halfMonthTotal(rows),
  kept: true,
  version: 2,
  generatedAt: '2026-11-15T16:20:00.000Z',
  generatedBy: null,
  restricted: false,
  ...more,
})

async function read(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const ws = workbook.worksheets[0]
  if (!ws) throw new Error('no sheet')
  return { workbook, ws }
}

const resultOf = (value: ExcelJS.CellValue) =>
  value !== null && typeof value === 'object' && 'result' in value ? value.result : value

describe('the half-monthly report workbook', () => {
  const rows = [
    row('陳小明', 1_234_567_89, 12_345_67),
    row('林美玲', 0, 500_00, { receivable: -20_00 }),
    row('王大同', 99_99, 0),
  ]

  it('titles the sheet with the organisation and the period, in the reader’s language', async () => {
    const { ws, workbook } = await read(
      await halfMonthWorkbook(sheetOf(rows), { lang: 'zh-Hant', timeZone: 'Asia/Taipei' }),
    )
    expect(ws.name).toBe('半月數據報表 2026-11-1')
    expect(ws.getCell('A1').value).toBe('算盤貿易・半月數據報表 2026-11-01 – 2026-11-15')
    expect(ws.getCell('A2').value).toBe('第 2 版，2026-11-16 00:20 由系統自動產生')
    expect(workbook.title).toBe('算盤貿易・半月數據報表 2026-11-01 – 2026-11-15')
    expect(ws.getRow(HEADER_ROW).values).toEqual([
      undefined,
      '業務員',
      '訂單數',
      '銷售額',
      '回款',
      '應收款（截至 2026-11-15）',
      '費用（已核准）',
      '費用率',
      '新客戶數',
    ])
    const en = await read(
      await halfMonthWorkbook(sheetOf(rows, { kept: false, restricted: true }), {
        lang: 'en',
        timeZone: 'Asia/Taipei',
      }),
    )
    expect(en.ws.name).toBe('Half-monthly report 2026-11-1')
    expect(en.ws.getCell('A2').value).toBe(
      'Figures as of 2026-11-16 00:20; not a kept report · Only the sales reps you may see; the total is theirs.',
    )
    expect(en.ws.getCell('C4').value).toBe('Sales')
    const hans = await read(
      await halfMonthWorkbook(sheetOf(rows), { lang: 'zh-Hans', timeZone: 'Asia/Taipei' }),
    )
    expect(hans.ws.getCell('G4').value).toBe('费用率')
    expect(hans.ws.name).toBe('半月数据报表 2026-11-1')
  })

  it('freezes the header row and the rep column', async () => {
    const { ws } = await read(await halfMonthWorkbook(sheetOf(rows), { lang: 'en', timeZone: 'UTC' }))
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1 })
  })

  it('writes money as numbers formatted with thousands separators and 2 decimals, ratios as percentages', async () => {
    const { ws } = await read(await halfMonthWorkbook(sheetOf(rows), { lang: 'en', timeZone: 'UTC' }))
    const first = ws.getRow(HEADER_ROW + 1)
    expect(first.getCell(1).value).toBe('陳小明')
    expect(first.getCell(2).value).toBe(2)
    expect(first.getCell(2).numFmt).toBe(COUNT_FORMAT)
    expect(first.getCell(3).value).toBe(1_234_567.89)
    for (const c of [3, 4, 5, 6]) expect(first.getCell(c).numFmt).toBe(MONEY_FORMAT)
    expect(first.getCell(7).value).toBeCloseTo(12_345_67 / 1_234_567_89, 12)
    expect(first.getCell(7).numFmt).toBe(RATIO_FORMAT)
    // Nothing sold: no ratio (an empty cell, not 0 % and not an error).
    expect(ws.getRow(HEADER_ROW + 2).getCell(7).value).toBeNull()
    expect(ws.getRow(HEADER_ROW + 2).getCell(5).value).toBe(-20)
    for (let c = 1; c <= 8; c++) expect(ws.getColumn(c).width).toBeGreaterThanOrEqual(10)
    for (const c of [3, 4, 5, 6]) expect(ws.getColumn(c).width).toBeGreaterThanOrEqual(16)
  })

  it('ends with a totals row of SUM formulas whose values are the sums of the rows', async () => {
    const { ws } = await read(await halfMonthWorkbook(sheetOf(rows), { lang: 'en', timeZone: 'UTC' }))
    const totals = ws.getRow(HEADER_ROW + 1 + rows.length)
    expect(totals.getCell(1).value).toBe('Total')
    expect(totals.getCell(3).value).toMatchObject({ formula: 'SUM(C5:C7)' })
    for (let c = 2; c <= 6; c++) {
      let sum = 0
      for (let r = HEADER_ROW + 1; r < HEADER_ROW + 1 + rows.length; r++)
        sum += ws.getRow(r).getCell(c).value as number
      expect(resultOf(totals.getCell(c).value)).toBeCloseTo(sum, 6)
    }
    expect(totals.getCell(7).value).toMatchObject({ formula: 'IF(C8=0,"",F8/C8)' })
    expect(resultOf(totals.getCell(7).value)).toBeCloseTo((12_345_67 + 500_00) / (1_234_567_89 + 99_99), 12)
    expect(resultOf(totals.getCell(8).value)).toBe(3)
    expect(totals.getCell(3).numFmt).toBe(MONEY_FORMAT)
  })

  it('says so when there is no one to show, with a totals row of zeros', async () => {
    const { ws } = await read(await halfMonthWorkbook(sheetOf([]), { lang: 'en', timeZone: 'UTC' }))
    expect(ws.getRow(HEADER_ROW + 1).getCell(1).value).toBe('Total')
    expect(ws.getRow(HEADER_ROW + 1).getCell(3).value).toBe(0)
    expect(String(ws.getCell(`A${HEADER_ROW + 3}`).value)).toContain('No sales rep has figures')
  })

  it('draws the same workbook for the same report, whenever it is drawn', async () => {
    const cells = async () => {
      const { ws, workbook } = await read(
        await halfMonthWorkbook(sheetOf(rows), { lang: 'zh-Hant', timeZone: 'Asia/Taipei' }),
      )
      const all: unknown[] = [workbook.created.toISOString()]
      ws.eachRow((r) => all.push(r.values))
      return all
    }
    const a = await cells()
    expect(a[0]).toBe('2026-11-15T16:20:00.000Z')
    expect(await cells()).toEqual(a)
  })

  it('makes any text a valid sheet name', () => {
    expect(validSheetName('Half-monthly report 2026-11-1')).toBe('Half-monthly report 2026-11-1')
    expect(validSheetName("'a/b:c*d?[e]'")).toBe('a b c d e')
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const name = validSheetName(text)
        expect(name.length).toBeGreaterThan(0)
        expect(name.length).toBeLessThanOrEqual(31)
        expect(name).not.toMatch(/[:\\/?*[\]]/)
        expect(name.startsWith("'") || name.endsWith("'")).toBe(false)
      }),
    )
  })
})
