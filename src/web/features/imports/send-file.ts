import type { ErrorBody } from '../../../contracts/common'
import { currentLang, i18n } from '../../i18n/i18n'
import { API_BASE, HttpError } from '../../lib/http'
import { ndjsonReader } from './ndjson-reader'

type Options = {
  contentType: string
  /** The share of the body sent so far, 0 to 1. */
  onUpload: (fraction: number) => void
  /** Each line of a streamed (NDJSON) answer as it arrives, the last one included. */
  onLine: (value: unknown) => void
}

const isErrorBody = (value: unknown): value is ErrorBody =>
  typeof value === 'object' && value !== null && 'error' in value

const toHttpError = (status: number, value: unknown) => {
  if (!isErrorBody(value)) return new HttpError(status, 'internal', i18n.t('error.internal'))
  const { code, message, details } = value.error
  return new HttpError(status, code, message, details ?? [])
}

/**
 * POSTs a file as the raw body. XMLHttpRequest rather than fetch: fetch reports no upload
 * progress. Asks for NDJSON and reads it line by line while it arrives (`onprogress` over the
 * growing `responseText`); resolves with the last line of a streamed answer, or with the body of a
 * plain JSON one (the server answers plainly when it finishes, or fails, before its first progress
 * line). Errors — an error status, or an `{"error":…}` last line — reject with the HttpError
 * `http()` throws, their message already in the reader's language.
 */
export function sendFile(path: string, body: ArrayBuffer, options: Options): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    const read = ndjsonReader()
    let last: unknown = null
    const take = () => {
      for (const value of read(xhr.responseText)) {
        last = value
        options.onLine(value)
      }
    }
    const streamed = () => (xhr.getResponseHeader('Content-Type') ?? '').includes('application/x-ndjson')
    xhr.open('POST', `${API_BASE}${path}`)
    xhr.setRequestHeader('Accept', 'application/x-ndjson, application/json;q=0.9')
    // The server answers errors and row messages in this language (DOMAIN.md "Languages").
    xhr.setRequestHeader('Accept-Language', currentLang())
    xhr.setRequestHeader('Content-Type', options.contentType)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onUpload(event.loaded / event.total)
    }
    xhr.upload.onload = () => options.onUpload(1)
    xhr.onprogress = () => {
      if (xhr.status >= 200 && xhr.status < 300 && streamed()) take()
    }
    xhr.onerror = () => reject(new HttpError(0, 'network', i18n.t('common.networkError')))
    xhr.onload = () => {
      const ok = xhr.status >= 200 && xhr.status < 300
      if (ok && streamed()) {
        take()
        // The final line ends with a newline; one more flushes a line that lost it.
        for (const value of read(`${xhr.responseText}\n`)) last = value
        // A failure after the stream began: the status line had already gone out as 200.
        return isErrorBody(last) ? reject(toHttpError(xhr.status, last)) : resolve(last)
      }
      const parsed = parseJson(xhr.responseText)
      if (ok) return resolve(parsed)
      reject(toHttpError(xhr.status, parsed))
    }
    xhr.send(body)
  })
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
