import type { LocalDate } from '../dates/local-date'
import type { MessageKey } from '../i18n/messages.en'
import { parseMoney } from '../money/parse-money'
import { parseImportDate } from './parse-import-date'
import type { RawRow, RowError } from './parse-order-rows'
import { MONEY_LIMIT_MINOR } from '../money/money-limit'

/** `import.missing_column` at row 1 for each required field the header lacks (column = field). */
export const missingColumns = <F extends string>(
  required: readonly F[],
  columns: Partial<Record<F, number>>,
): RowError[] =>
  required
    .filter((f) => columns[f] === undefined)
    .map((f) => ({ row: 1, column: f, key: 'import.missing_column' as const }))

/**
 * What the parsers of one-row records (collections, expenses, follow-ups) read a row with: its
 * cells by field, errors named by the file's row and header, an external id refused when an
 * earlier row had it (the first stands, as it does across the batches of a large file), a required
 * date and a required positive amount. Made once per sheet, pointed at each row with `at`.
 */
export function rowReader<F extends string>(
  columns: Partial<Record<F, number>>,
  header: readonly string[],
  errors: RowError[],
) {
  let row = 0
  let cells: readonly string[] = []
  const firstRowOf = new Map<string, number>()
  const columnOf = (f: F) => header[columns[f] as number] ?? f
  const cell = (f: F) => (columns[f] === undefined ? '' : (cells[columns[f] as number] ?? '').trim())
  const fail = (f: F, key: MessageKey, params?: RowError['params']): null => {
    errors.push({ row, column: columnOf(f), key, ...(params ? { params } : {}) })
    return null
  }
  return {
    columnOf,
    cell,
    fail,
    at(raw: RawRow) {
      row = raw.row
      cells = raw.cells
      return row
    },
    /** The row's external id, or null; an id an earlier row had is an error. */
    uniqueId(f: F): string | null {
      const id = cell(f) || null
      if (!id) return null
      const first = firstRowOf.get(id)
      if (first === undefined) firstRowOf.set(id, row)
      else fail(f, 'import.duplicate_id', { value: id, first })
      return id
    },
    requiredDate(f: F): LocalDate | null {
      const text = cell(f)
      if (!text) return fail(f, 'field.required', { field: columnOf(f) })
      return parseImportDate(text) ?? fail(f, 'import.not_date', { value: text })
    },
    /** Money that changed hands: required, and zero or less is a mistake (the contracts' PositiveMoney). */
    positiveAmount(f: F): { minor: number; rounded: boolean } | null {
      const text = cell(f)
      if (!text) return fail(f, 'field.required', { field: columnOf(f) })
      const parsed = parseMoney(text)
      if (!parsed) return fail(f, 'import.not_amount', { value: text })
      if (parsed.minor <= 0) return fail(f, 'field.positive', { field: columnOf(f) })
      if (parsed.minor > MONEY_LIMIT_MINOR)
        return fail(f, 'field.too_big', { field: columnOf(f), max: MONEY_LIMIT_MINOR })
      return parsed
    },
  }
}
