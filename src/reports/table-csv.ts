import { csvRow } from '../core/csv/csv-cell'
import { plainMoney } from '../core/money/format-money'
import type { Cell, ColumnKind, TableForFile } from '../core/tables/table-for-file'

const cellText = (value: Cell, kind: ColumnKind | undefined) =>
  kind === 'money' && typeof value === 'number' ? plainMoney(value) : value

/**
 * A table as CSV: UTF-8 with a BOM (so Excel reads the Chinese), every text cell neutralised
 * against formulas (core/csv/csv-cell.ts), money as a plain decimal that imports back exactly.
 */
export async function* tableToCsv(table: TableForFile): AsyncGenerator<string> {
  yield '\uFEFF' + csvRow(table.header)
  for await (const rows of table.pages)
    yield rows.map((r) => csvRow(r.map((v, i) => cellText(v, table.kinds[i])))).join('')
}
