import type { MessageKey } from '../core/i18n/messages.en'
import type { Cell, ColumnKind, TableForFile } from '../core/tables/table-for-file'
import { translate } from '../core/i18n/translate'
import type { AppContext } from './context'

export type ExportColumn<R> = readonly [MessageKey, (row: R) => Cell, ColumnKind?]
export type ExportTable = TableForFile

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

/** Rows of records as a table in the reader's language; renderers in reports/ make the bytes. */
export function exportTable<R>(
  ctx: AppContext,
  columns: readonly ExportColumn<R>[],
  pages: AsyncIterable<R[]>,
): ExportTable {
  async function* cells() {
    for await (const rows of pages) yield rows.map((r) => columns.map(([, get]) => get(r)))
  }
  return {
    header: columns.map(([key]) => translate(ctx.lang, key)),
    kinds: columns.map(([, , kind]) => kind ?? 'text'),
    pages: cells(),
  }
}
