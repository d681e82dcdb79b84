import type { ErrorBody } from '../../../contracts/common'
import { currentLang, i18n } from '../../i18n/i18n'
import { API_BASE, HttpError } from '../../lib/http'

/**
 * POSTs a file as the raw body (text/csv) and reports upload progress, which fetch cannot do:
 * hence XMLHttpRequest. Errors come back as the same HttpError `http()` throws.
 */
export function sendFile<T>(
  path: string,
  body: ArrayBuffer,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `${API_BASE}${path}`)
    xhr.setRequestHeader('Accept', 'application/json')
    // The server answers errors and row messages in this language (DOMAIN.md "Languages").
    xhr.setRequestHeader('Accept-Language', currentLang())
    xhr.setRequestHeader('Content-Type', 'text/csv')
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    xhr.onerror = () => reject(new HttpError(0, 'network', i18n.t('common.networkError')))
    xhr.onload = () => {
      const parsed = parseJson(xhr.responseText)
      if (xhr.status >= 200 && xhr.status < 300) return resolve(parsed as T)
      const error = (parsed as ErrorBody | null)?.error
      if (!error) return reject(new HttpError(xhr.status, 'internal', i18n.t('error.internal')))
      reject(new HttpError(xhr.status, error.code, error.message, error.details ?? []))
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
