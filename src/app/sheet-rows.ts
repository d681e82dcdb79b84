import { Readable } from 'node:stream'
import type ExcelJS from 'exceljs'
import { AppError } from '../core/app-error'
import { csvRecords, type CsvRecord } from '../core/csv/csv-records'
import { isZip, zipContents } from '../core/import/zip-limits'
import { detectEncoding } from '../core/text/decode-text'

/** What an uploaded workbook may inflate to: far above any team's sheet, far below a bomb. */
const MAX_ENTRIES = 2_000
const MAX_UNCOMPRESSED = 400 * 1024 * 1024
/** Bytes read before the encoding is judged: enough Chinese text to tell Big5 from GB18030. */
const SNIFF_BYTES = 64 * 1024

/** A file to import, read as a stream of bytes (from disk in the CLI, from the request in the API). */
export type ImportFile = { name: string; size: number; chunks: () => AsyncIterable<Uint8Array> }

export function fileFromBytes(name: string, bytes: Uint8Array, chunkBytes = 1 << 20): ImportFile {
  return {
    name,
    size: bytes.length,
    chunks: async function* () {
      for (let at = 0; at < bytes.length; at += chunkBytes) yield bytes.subarray(at, at + chunkBytes)
    },
  }
}

/** A sheet being read: its encoding (or `xlsx`) and its non-empty rows in batches, as text cells. */
export type SheetRows = {
  encoding: string
  batches: AsyncIterable<CsvRecord[]>
}

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

async function* xlsxBatches(bytes: Uint8Array, batchRows: number): AsyncIterable<CsvRecord[]> {
  // Loaded when first needed: exceljs is half of what a server loads at start (issue 9's crash
  // suite restarts it hundreds of times; every start pays it otherwise).
  const { default: Excel } = await import('exceljs')
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  })
  let batch: CsvRecord[] = []
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values ?? []) as ExcelJS.CellValue[]
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) =>
          cellText(values[i + 1]).trim(),
        )
        if (cells.some((c) => c !== '')) batch.push({ line: row.number, cells })
        if (batch.length >= batchRows) {
          yield batch
          batch = []
        }
      }
      break // the first worksheet is the sheet
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('validation', 'import.malformed', { line: 0 })
  }
  if (batch.length) yield batch
}

/** Records in batches of at most `size`. */
function* sized(records: CsvRecord[], size: number): Iterable<CsvRecord[]> {
  if (records.length <= size) {
    if (records.length) yield records
    return
  }
  for (let at = 0; at < records.length; at += size) yield records.slice(at, at + size)
}

async function* csvBatches(
  first: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
  decoder: TextDecoder,
  batchRows: number,
): AsyncIterable<CsvRecord[]> {
  const reader = csvRecords()
  let records = 0
  const decode = (bytes: Uint8Array, stream: boolean) => {
    let text: string
    try {
      text = decoder.decode(bytes, { stream })
    } catch {
      // Valid at the start, not further on: a file pasted together from two encodings.
      throw new AppError('validation', 'import.bad_encoding', { line: records + 1 })
    }
    // A NUL is no character of a sheet (a UTF-16 file read as UTF-8 is full of them), and
    // PostgreSQL refuses it in any text: the file is refused as not text, before anything is read.
    if (text.includes('\u0000'))
      throw new AppError('validation', 'import.bad_encoding', { line: records + 1 })
    return text
  }
  let batch = reader.push(decode(first, true))
  for (;;) {
    records += batch.length
    yield* sized(batch, batchRows)
    const next = await rest.next()
    if (next.done) break
    batch = reader.push(decode(next.value, true))
  }
  yield* sized([...reader.push(decode(new Uint8Array(), false)), ...reader.end()], batchRows)
}

/**
 * Opens a sheet to import: the first worksheet of an XLSX (dates as YYYY-MM-DD, numbers as
 * written), or a CSV in UTF-8, Big5 or GB18030, judged from its first 64 kB. A CSV streams, so a
 * million-line file is read in constant memory; an XLSX is held as bytes (its central directory is
 * at the end) and refused, before anything is inflated, when its entries would inflate past the
 * limits, then its rows stream too. `onBytes` hears how many bytes have been read so far.
 */
export async function readSheet(
  file: ImportFile,
  options: { batchRows?: number; onBytes?: (bytes: number) => void } = {},
): Promise<SheetRows> {
  const batchRows = options.batchRows ?? 5_000
  let read = 0
  const source = (async function* () {
    for await (const chunk of file.chunks()) {
      read += chunk.length
      options.onBytes?.(read)
      yield chunk
    }
  })()
  // Gather the first bytes: enough to judge the encoding or to see a ZIP signature.
  const head: Uint8Array[] = []
  let headBytes = 0
  let done = false
  while (headBytes < SNIFF_BYTES) {
    const next = await source.next()
    if (next.done) {
      done = true
      break
    }
    head.push(next.value)
    headBytes += next.value.length
  }
  const first = Buffer.concat(head)
  if (isZip(first)) {
    const parts: Uint8Array[] = [first]
    if (!done) for await (const chunk of source) parts.push(chunk)
    const bytes = Buffer.concat(parts)
    const contents = zipContents(bytes)
    if (!contents || contents.entries > MAX_ENTRIES || contents.uncompressedBytes > MAX_UNCOMPRESSED)
      throw new AppError('validation', 'import.too_large')
    return { encoding: 'xlsx', batches: xlsxBatches(bytes, batchRows) }
  }
  const encoding = detectEncoding(first, !done)
  if (!encoding) throw new AppError('validation', 'import.bad_encoding')
  return {
    encoding,
    batches: csvBatches(first, source, new TextDecoder(encoding, { fatal: true }), batchRows),
  }
}
