import { i18n } from '../../i18n/i18n'
import { http, HttpError } from '../../lib/http'
import { queryString } from '../../lib/query-string'
import type { ImportKind } from './import-kinds'
import type { ImportProgress } from './import-progress'
import { sendFile } from './send-file'

export type ImportMode = 'all-or-nothing' | 'skip-invalid'

export type ImportRowError = { row: number; column: string; message: string }

/** What POST /imports/:kind answers, for a dry run and for a real import alike. */
export type ImportReport = {
  kind: ImportKind
  /** The file's header row, and the header each field was read from (null: none). */
  header: string[]
  columns: Record<string, string | null>
  batchId: string | null
  committed: boolean
  /** `utf-8`, `big5`, `gb18030` or `xlsx`. */
  encoding: string
  rows: number
  created: number
  unchanged: number
  badRows: number
  customersCreated: number
  rounded: number
  errors: ImportRowError[]
  /** Errors counted beyond those listed. */
  errorsOmitted: number
}

export type ImportRequest = {
  kind: ImportKind
  file: { name: string; bytes: ArrayBuffer }
  mode: ImportMode
  dryRun: boolean
  /** field → header, for the columns the server would not recognise by name. */
  mapping: Record<string, string>
}

/** `number=Nr,amount=Total`: the server splits on commas and the first `=`. */
export const mapParam = (mapping: Record<string, string>) =>
  Object.entries(mapping)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([field, header]) => `${field}=${header}`)
    .join(',')

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const isReport = (value: unknown): value is ImportReport =>
  typeof value === 'object' && value !== null && 'committed' in value && 'errors' in value

/** The progress lines of the stream: `{"progress":{"bytes","totalBytes","rows"}}`. */
const progressOf = (value: unknown) =>
  typeof value === 'object' && value !== null && 'progress' in value
    ? (value as { progress: { bytes: number; totalBytes: number; rows: number } }).progress
    : null

/**
 * Sends the file for a dry run or an import, with its progress: the upload, then the server's
 * reading of the sheet. The report is the stream's last line (`{"report":…}`), or the whole body
 * when the server answered before its first progress line.
 */
export async function sendImport(
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const totalBytes = request.file.bytes.byteLength
  const answer = await sendFile(
    `/imports/${request.kind}${queryString({
      mode: request.mode,
      dryRun: String(request.dryRun),
      name: request.file.name.slice(0, 200),
      map: mapParam(request.mapping),
    })}`,
    request.file.bytes,
    {
      contentType: /\.xlsx$/i.test(request.file.name) ? XLSX_TYPE : 'text/csv',
      onUpload: (fraction) =>
        onProgress(
          fraction < 1 ? { stage: 'upload', fraction } : { stage: 'read', bytes: 0, totalBytes, rows: 0 },
        ),
      onLine: (line) => {
        const progress = progressOf(line)
        if (progress) onProgress({ stage: 'read', ...progress })
      },
    },
  )
  const report = typeof answer === 'object' && answer !== null && 'report' in answer ? answer.report : answer
  // A stream cut short ends on a progress line: no outcome, so no report to show.
  if (!isReport(report)) throw new HttpError(0, 'network', i18n.t('common.networkError'))
  return report
}

export const undoImport = (batchId: string) =>
  http<{ records: number; customers: number }>('POST', `/imports/${encodeURIComponent(batchId)}/undo`)
