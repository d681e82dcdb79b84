import type { Writable } from 'node:stream'
import type { TableForFile } from '../core/tables/table-for-file'

/**
 * A table as an Excel workbook, streamed so memory stays flat however many rows: a bold, frozen
 * header row, money as numbers formatted #,##0.00 (cents / 100 — exact to the cent for any
 * amount a sales ledger holds), text as text (never a formula).
 */
export async function writeTableXlsx(table: TableForFile, out: Writable, sheetName: string): Promise<void> {
  // Loaded when first needed: exceljs is half of what a server loads at start (issue 9's crash
  // suite restarts it hundreds of times; every start pays it otherwise).
  const { default: Excel } = await import('exceljs')
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  })
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = table.header.map((header, i) => ({
    header,
    width: Math.max(12, Math.min(40, header.length * 2 + 4)),
    style: table.kinds[i] === 'money' ? { numFmt: '#,##0.00' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).commit()
  for await (const rows of table.pages)
    for (const row of rows)
      sheet
        .addRow(row.map((v, i) => (table.kinds[i] === 'money' && typeof v === 'number' ? v / 100 : v)))
        .commit()
  sheet.commit()
  await workbook.commit()
}
