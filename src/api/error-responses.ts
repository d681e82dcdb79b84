import { ErrorSchema } from '../contracts/common'

/** The error answers a signed-in route can give, declared once for OpenAPI (api/http-status.ts). */
export const ERROR_RESPONSES = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
  412: ErrorSchema,
  /** A body over the size limit, or of a type the route does not read (api/error-body.ts). */
  413: ErrorSchema,
  415: ErrorSchema,
  422: ErrorSchema,
  428: ErrorSchema,
} as const
