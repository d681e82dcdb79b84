import { AppError } from '../core/app-error'
import type { Lang } from '../core/i18n/lang'
import { describeIssue } from '../core/i18n/describe-issue'
import { translate } from '../core/i18n/translate'
import type { ErrorBody } from '../contracts/common'
import { HTTP_STATUS } from './http-status'

/** Fastify's own errors (body parsing, limits) as AppErrors, so every error has one shape. */
function fromFastify(error: { code?: string; statusCode?: number }, bodyLimit: number): AppError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('malformed_json')
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'error.payload_too_large', { limit: bodyLimit })
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type')
  }
  if (error instanceof SyntaxError && error.statusCode === 400) return new AppError('malformed_json')
  if (error.statusCode === 404) return new AppError('not_found')
  return undefined
}

/**
 * The status and body for any thrown error, in the reader's language. Unknown errors become 500
 * with a generic message: no stack trace or SQL ever reaches a response.
 */
export function errorReply(
  error: unknown,
  lang: Lang,
  bodyLimit: number,
): { status: number; body: ErrorBody } {
  const appError =
    error instanceof AppError
      ? error
      : fromFastify(error as { code?: string; statusCode?: number }, bodyLimit)
  const known = appError ?? new AppError('internal')
  const body: ErrorBody = {
    error: { code: known.code, message: translate(lang, known.messageKey, known.params) },
  }
  if (known.issues.length > 0)
    body.error.details = known.issues.map((issue) => ({
      path: issue.path,
      message: describeIssue(lang, issue),
    }))
  return { status: HTTP_STATUS[known.code], body }
}
