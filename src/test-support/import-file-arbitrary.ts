import fc from 'fast-check'
import { localDateArbitrary, NASTY_STRINGS } from './json-schema-arbitrary'
import type { RawBody } from './operation-request-arbitrary'

/**
 * Headers of every import kind (core/import/header-synonyms.ts, English), so whichever kind the
 * path names finds some of its columns, and misses others.
 */
const HEADERS = [
  'Customer Name',
  'Customer ID',
  'Order ID',
  'Order Date',
  'Date',
  'Amount',
  'Sales',
  'Sales Rep',
  'Owner',
  'Product',
  'Quantity',
  'Unit Price',
  'Status',
  'Region',
  'Tags',
  'Phone',
  'Category',
  'Collected On',
  'Method',
  'Channel',
  'Summary',
  'Note',
]

const csvCell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)

const cell = fc.oneof(
  localDateArbitrary,
  fc.integer({ min: -1000, max: 10_000_000 }).map(String),
  fc.constantFrom(
    '1,234.50',
    '12.5',
    'NT$1,000',
    'r1@test.tw',
    'admin@test.tw',
    'confirmed',
    'phone',
    'travel',
    'X',
    '',
  ),
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ maxLength: 20 }),
)

/**
 * A CSV sheet of 0–6 rows under a few known (and unknown) headers, as text/csv or raw bytes; now
 * and then an empty file (answered with a report that imports nothing, not an error).
 */
export const importFileArbitrary: fc.Arbitrary<RawBody> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom<RawBody>({ contentType: 'text/csv', payload: '' }) },
  { weight: 19, arbitrary: sheetArbitrary() },
)

function sheetArbitrary(): fc.Arbitrary<RawBody> {
  return fc
    .tuple(
      fc.uniqueArray(
        fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...HEADERS) },
          { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
        ),
        {
          minLength: 1,
          maxLength: 6,
        },
      ),
      fc.integer({ min: 0, max: 6 }),
      fc.constantFrom('text/csv', 'application/octet-stream'),
      fc.constantFrom('\n', '\r\n'),
    )
    .chain(([header, rows, contentType, eol]) =>
      fc
        .array(fc.array(cell, { minLength: header.length, maxLength: header.length }), {
          minLength: rows,
          maxLength: rows,
        })
        .map((body) => ({
          contentType,
          payload: [header, ...body].map((row) => row.map(csvCell).join(',')).join(eol) + eol,
        })),
    )
}

/** Bodies that are not a file the import takes: JSON, XML. */
export const badImportFileArbitrary: fc.Arbitrary<RawBody & { reason: string }> = fc.constantFrom(
  { contentType: 'application/json', payload: '{"name":"x"}', reason: 'JSON instead of a sheet' },
  {
    contentType: 'application/json',
    payload: '[["Customer Name"],["X"]]',
    reason: 'JSON instead of a sheet',
  },
  { contentType: 'application/xml', payload: '<a/>', reason: 'wrong content type' },
  { contentType: 'text/plain', payload: 'Customer Name\nX', reason: 'plain text instead of a sheet' },
)
