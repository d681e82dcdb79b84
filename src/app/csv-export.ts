import { csvRow } from '../core/csv/csv-cell'
import type { MessageKey } from '../core/i18n/messages.en'
import { translate } from '../core/i18n/translate'
import type { AppContext } from './context'

export type CsvColumn<R> = readonly [MessageKey, (row: R) => string | number | null]
type Cursor = { value: string; id: string }

/** Every page of a keyset-paged list, one after the other: memory holds one page at a time. */
export async function* keysetPages<R>(
  fetch: (after: Cursor | undefined) => Promise<{ rows: R[]; next: Cursor | null }>,
): AsyncGenerator<R[]> {
  let after: Cursor | undefined
  do {
    const page = await fetch(after)
    yield page.rows
    after = page.next ?? undefined
  } while (after)
}

/**
 * Rows as CSV in the reader's language: UTF-8 with a BOM (so Excel reads the Chinese), headers
 * translated, every cell neutralised against formulas (core/csv/csv-cell.ts).
 */
export async function* csvExport<R>(
  ctx: AppContext,
  columns: readonly CsvColumn<R>[],
  pages: AsyncIterable<R[]>,
): AsyncGenerator<string> {
  yield '\uFEFF' + csvRow(columns.map(([key]) => translate(ctx.lang, key)))
  for await (const rows of pages) yield rows.map((r) => csvRow(columns.map(([, get]) => get(r)))).join('')
}
