import { matchHeaders } from '../../../core/import/header-synonyms'
import { importFields } from './import-fields'
import type { ImportKind } from './import-kinds'

/**
 * Which header each field of a kind is read from (null: none), matched as the server matches them
 * (same synonyms, same function): the shape of the report's `columns`, for a header read in the
 * browser, or for a mapping changed since the last dry run.
 */
export function columnsOf(
  kind: ImportKind,
  header: readonly string[],
  mapping: Readonly<Record<string, string>>,
): Record<string, string | null> {
  const found = matchHeaders(kind, header, mapping).columns as Partial<Record<string, number>>
  return Object.fromEntries(
    importFields(kind).map((field) => {
      const index = found[field]
      return [field, index === undefined ? null : (header[index] ?? null)]
    }),
  )
}
