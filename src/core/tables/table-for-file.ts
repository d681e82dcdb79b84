/**
 * A table on its way to a file (CSV, XLSX): headers already translated, cells plain values, rows
 * arriving page by page. app/ builds it, reports/ renders it; neither knows the other.
 */
export type Cell = string | number | null
/** `money` cells are cents: a CSV writes them as a plain decimal, a workbook as a number of 0.00. */
export type ColumnKind = 'text' | 'money'
export type TableForFile = { header: string[]; kinds: ColumnKind[]; pages: AsyncIterable<Cell[][]> }
