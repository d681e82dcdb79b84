import type { ErrorCode } from '../core/app-error'

/** The one table from error code to HTTP status (STYLE.md 7). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  malformed_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  version_mismatch: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  domain_rule: 422,
  precondition_required: 428,
  rate_limited: 429,
  internal: 500,
}
