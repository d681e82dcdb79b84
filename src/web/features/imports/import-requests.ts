import { http } from '../../lib/http'
import { queryString } from '../../lib/query-string'
import { sendFile } from './send-file'

export type ImportMode = 'all-or-nothing' | 'skip-invalid'

export type ImportRowError = { row: number; column: string; message: string }

/** What POST /imports/orders answers, for a dry run and for a real import alike. */
export type ImportReport = {
  batchId: string | null
  committed: boolean
  encoding: string
  rows: number
  orders: { created: number; unchanged: number }
  badRows: number
  customersCreated: number
  rounded: number
  errors: ImportRowError[]
}

export type ImportRequest = {
  file: { name: string; bytes: ArrayBuffer }
  mode: ImportMode
  dryRun: boolean
  /** field → header, for the columns the server would not recognise by name. */
  mapping: Record<string, string>
}

/** `number=Nr,amount=Total`: the server splits on commas and the first `=`. */
const mapParam = (mapping: Record<string, string>) =>
  Object.entries(mapping)
    .map(([field, header]) => `${field}=${header}`)
    .join(',')

export const importOrders = (request: ImportRequest, onProgress: (fraction: number) => void) =>
  sendFile<ImportReport>(
    `/imports/orders${queryString({
      mode: request.mode,
      dryRun: String(request.dryRun),
      name: request.file.name.slice(0, 200),
      map: mapParam(request.mapping),
    })}`,
    request.file.bytes,
    onProgress,
  )

export const undoImport = (batchId: string) =>
  http<{ orders: number; customers: number }>('POST', `/imports/${encodeURIComponent(batchId)}/undo`)
