import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { AppError } from '../core/app-error'
import { decodeText } from '../core/text/decode-text'
import { isZip, zipContents } from '../core/import/zip-limits'

/** What an uploaded workbook may inflate to: far above any team's sheet, far below a bomb. */
const MAX_ENTRIES = 2_000
const MAX_UNCOMPRESSED = 400 * 1024 * 1024

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value) return String(value.text)
    return ''
  }
  return String(value)
}

/**
 * The rows of an uploaded sheet as text cells: the first worksheet of an XLSX (dates as
 * YYYY-MM-DD, numbers as written), or a CSV in UTF-8, Big5 or GB18030. Refuses, before reading,
 * a workbook whose entries would inflate past the limits.
 */
export async function readSheetRows(bytes: Uint8Array): Promise<{ encoding: string; records: string[][] }> {
  if (isZip(bytes)) {
    const contents = zipContents(bytes)
    if (!contents || contents.entries > MAX_ENTRIES || contents.uncompressedBytes > MAX_UNCOMPRESSED)
      throw new AppError('validation', 'import.too_large')
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    } catch {
      throw new AppError('validation', 'import.malformed', { line: 0 })
    }
    const sheet = workbook.worksheets[0]
    const records: string[][] = []
    sheet?.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = []
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell.value).trim()
      })
      records.push(Array.from(cells, (c) => c ?? ''))
    })
    return { encoding: 'xlsx', records }
  }
  const decoded = decodeText(bytes)
  if (!decoded) throw new AppError('validation', 'import.bad_encoding')
  try {
    return {
      encoding: decoded.encoding,
      records: parse(decoded.text, {
        relax_column_count: true,
        skip_empty_lines: true,
        bom: true,
      }) as string[][],
    }
  } catch (error) {
    throw new AppError('validation', 'import.malformed', { line: (error as { lines?: number }).lines ?? 0 })
  }
}
