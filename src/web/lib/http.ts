import type { ErrorBody } from '../../contracts/common'
import { currentLang, i18n } from '../i18n/i18n'

export const API_BASE = '/api/v1'

export type FieldError = { path: string; message: string }

/** A failed request, with the server's message already in the reader's language. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

export const isHttpError = (error: unknown, status?: number): error is HttpError =>
  error instanceof HttpError && (status === undefined || error.status === status)

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
type Options = { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal }

let onUnauthenticated: () => void = () => {}

/** Called when a request finds the session gone (expired, or the user was disabled). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler
}

export async function http<T>(method: Method, path: string, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    // The server answers errors in this language (DOMAIN.md "Languages").
    'Accept-Language': currentLang(),
    ...options.headers,
  }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new HttpError(0, 'network', i18n.t('common.networkError'))
  }
  if (!response.ok) throw await toHttpError(response, path)
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

async function toHttpError(response: Response, path: string): Promise<HttpError> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null
  const error = body?.error
  if (response.status === 401 && !path.startsWith('/auth/') && path !== '/me') onUnauthenticated()
  if (!error) return new HttpError(response.status, 'internal', i18n.t('error.internal'))
  return new HttpError(response.status, error.code, error.message, error.details ?? [])
}

/** `If-Match` carries the version the person edited; the server refuses (412) if it moved on. */
export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` })
