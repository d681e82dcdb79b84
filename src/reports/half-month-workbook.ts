import { localDateAt } from '../core/dates/local-date'
import { localTimeAt } from '../core/dates/local-time'
import type { Lang } from '../core/i18n/lang'
import { translate } from '../core/i18n/translate'
import { formatMoney } from '../core/money/format-money'
import type { HalfMonthFigures, HalfMonthModel } from '../core/half-month/half-month-model'

/** The report to draw: the model, and where its figures come from (a kept version or live). */
export type HalfMonthSheet = HalfMonthModel & {
  kept: boolean
  version: number | null
  generatedAt: string
  generatedBy: { name: string } | null
  restricted: boolean
}

type Kind = 'text' | 'count' | 'money' | 'ratio'
type Column = { key: keyof HalfMonthFigures | 'repName'; kind: Kind; header: string }

export const MONEY_FORMAT = '#,##0.00'
export const RATIO_FORMAT = '0.0%'
export const COUNT_FORMAT = '#,##0'
const FORMATS: Record<Kind, string | undefined> = {
  text: undefined,
  count: COUNT_FORMAT,
  money: MONEY_FORMAT,
  ratio: RATIO_FORMAT,
}

/** Column widths (characters) by kind: at least what a label or figure needs, at most a readable column. */
const WIDTHS: Record<Kind, { min: number; max: number }> = {
  text: { min: 14, max: 36 },
  count: { min: 10, max: 16 },
  money: { min: 16, max: 24 },
  ratio: { min: 10, max: 16 },
}

/** Rows above the table: title, source line, a blank; the header is the next one. */
export const HEADER_ROW = 4

/** Excel refuses a sheet name over 31 characters, or with any of : \ / ? * [ ], or quoted at an end. */
export function validSheetName(text: string): string {
  const cleaned = text
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
  return (cleaned.slice(0, 31).trim() || 'Sheet1').replace(/'+$/, '')
}

/** The file a download or the CLI suggests: ASCII, the period in it. */
export const halfMonthFileName = (period: string) => `half-month-report-${period}.xlsx`

/** Columns a person reads: CJK characters take two. */
const displayWidth = (text: string) =>
  [...text].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0)

/**
 * The half-monthly data report (半月數據報表, DOMAIN.md "Reports") as an Excel workbook, in the
 * reader's language: a title with the organisation and the period, where the figures come from,
 * a frozen header row (and rep column), money as numbers formatted #,##0.00 (cents / 100),
 * ratios as percentages, a totals row of SUM formulas carrying their values (so it reads right
 * before any recalculation and stays right if a cell is edited), the rules in a note below.
 * Pure: the same sheet and language draw the same workbook (its dates are the report's, not now).
 */
export async function halfMonthWorkbook(
  sheet: HalfMonthSheet,
  options: { lang: Lang; timeZone: string },
): Promise<Buffer> {
  const { lang, timeZone } = options
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params)
  const at = new Date(sheet.generatedAt)
  const when = `${localDateAt(at, timeZone)} ${localTimeAt(at, timeZone)}`
  const columns: Column[] = [
    { key: 'repName', kind: 'text', header: t('halfMonth.col.rep') },
    { key: 'orders', kind: 'count', header: t('halfMonth.col.orders') },
    { key: 'sales', kind: 'money', header: t('halfMonth.col.sales') },
    { key: 'collections', kind: 'money', header: t('halfMonth.col.collections') },
    { key: 'receivable', kind: 'money', header: t('halfMonth.col.receivable', { to: sheet.to }) },
    { key: 'expenses', kind: 'money', header: t('halfMonth.col.expenses') },
    { key: 'expenseRatio', kind: 'ratio', header: t('halfMonth.col.expenseRatio') },
    { key: 'newCustomers', kind: 'count', header: t('halfMonth.col.newCustomers') },
  ]
  // Loaded when first needed: exceljs is half of what a server loads at start (issue 9's crash
  // suite restarts it hundreds of times; every start pays it otherwise).
  const { default: Excel } = await import('exceljs')
  const workbook = new Excel.Workbook()
  workbook.creator = sheet.organisation
  workbook.title = t('halfMonth.title', { organisation: sheet.organisation, from: sheet.from, to: sheet.to })
  workbook.created = at
  workbook.modified = at
  const ws = workbook.addWorksheet(validSheetName(`${t('halfMonth.name')} ${sheet.period}`), {
    views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, topLeftCell: `B${HEADER_ROW + 1}` }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  })
  const last = String.fromCharCode(64 + columns.length)

  ws.mergeCells(`A1:${last}1`)
  const title = ws.getCell('A1')
  title.value = workbook.title
  title.font = { bold: true, size: 14 }
  ws.getRow(1).height = 24
  ws.mergeCells(`A2:${last}2`)
  const source = ws.getCell('A2')
  const by = sheet.generatedBy ? sheet.generatedBy.name : t('halfMonth.byServer')
  source.value = [
    sheet.kept
      ? t('halfMonth.kept', { version: sheet.version ?? 1, at: when, by })
      : t('halfMonth.live', { at: when }),
    sheet.restricted ? t('halfMonth.restricted') : '',
  ]
    .filter(Boolean)
    .join(' · ')
  source.font = { italic: true, color: { argb: 'FF595959' } }

  const header = ws.getRow(HEADER_ROW)
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.value = c.header
    cell.font = { bold: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
    cell.border = { bottom: { style: 'thin' } }
    cell.alignment = { vertical: 'middle', horizontal: i === 0 ? 'left' : 'right', wrapText: true }
  })
  header.height = 32

  const first = HEADER_ROW + 1
  const valueOf = (c: Column, figures: HalfMonthFigures & { repName?: string }) => {
    const v = figures[c.key]
    if (c.kind === 'money') return (v as number) / 100
    if (c.kind === 'ratio') return v === null ? null : (v as number)
    return v ?? null
  }
  sheet.rows.forEach((row, r) => {
    const line = ws.getRow(first + r)
    columns.forEach((c, i) => {
      const cell = line.getCell(i + 1)
      cell.value = valueOf(c, row)
      if (FORMATS[c.kind]) cell.numFmt = FORMATS[c.kind] as string
    })
  })
  const totalAt = first + sheet.rows.length
  const totals = ws.getRow(totalAt)
  const end = totalAt - 1
  columns.forEach((c, i) => {
    const cell = totals.getCell(i + 1)
    const col = String.fromCharCode(65 + i)
    const result = valueOf(c, { ...sheet.total, repName: t('halfMonth.total') })
    if (c.kind === 'text' || sheet.rows.length === 0) cell.value = result
    else if (c.kind === 'ratio')
      // The team's ratio is its expenses over its sales, never an average of the reps' ratios.
      cell.value = { formula: `IF(C${totalAt}=0,"",F${totalAt}/C${totalAt})`, result: result ?? '' }
    else cell.value = { formula: `SUM(${col}${first}:${col}${end})`, result: result as number }
    if (FORMATS[c.kind]) cell.numFmt = FORMATS[c.kind] as string
    cell.font = { bold: true }
    cell.border = { top: { style: 'thin' }, bottom: { style: 'double' } }
  })

  const notesAt = totalAt + 2
  ws.mergeCells(`A${notesAt}:${last}${notesAt}`)
  const notes = ws.getCell(`A${notesAt}`)
  notes.value =
    sheet.rows.length === 0 ? `${t('halfMonth.empty')} ${t('halfMonth.notes')}` : t('halfMonth.notes')
  notes.alignment = { wrapText: true, vertical: 'top' }
  notes.font = { size: 9, color: { argb: 'FF595959' } }
  ws.getRow(notesAt).height = lang === 'en' ? 54 : 42

  // Widths from what the columns hold, within reason: names and headers, formatted figures.
  columns.forEach((c, i) => {
    // A header may wrap onto its row's second line: half of it has to fit.
    const texts = [
      c.header.slice(0, Math.ceil(c.header.length / 2) + 1),
      ...[...sheet.rows, { ...sheet.total, repName: t('halfMonth.total') }].map((row) => {
        const v = row[c.key as keyof typeof row]
        if (c.kind === 'money') return formatMoney(v as number, 'en')
        if (c.kind === 'ratio') return '100.0%'
        return String(v ?? '')
      }),
    ]
    const widest = Math.max(...texts.map(displayWidth))
    ws.getColumn(i + 1).width = Math.min(WIDTHS[c.kind].max, Math.max(WIDTHS[c.kind].min, widest + 3))
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
