import type { MessageKey } from './i18n/messages.en'
import type { MessageParams } from './i18n/translate'

/**
 * The one error type (STYLE.md 7). `code` is what a program reads and decides the HTTP status in
 * api/http-status.ts; `messageKey` and `params` make the sentence a person reads, in their language.
 */
export const ERROR_CODES = [
  'validation',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'version_mismatch',
  'precondition_required',
  'domain_rule',
  'rate_limited',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** A field-level problem: the path of the field and its message key with parameters. */
export type FieldIssue = { path: string; key: MessageKey; params?: MessageParams }

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey = `error.${code}` as MessageKey,
    readonly params: MessageParams = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(`${code}: ${messageKey}`)
    this.name = 'AppError'
  }
}

export const notFound = () => new AppError('not_found')
export const forbidden = () => new AppError('forbidden')
