import { z } from 'zod'
import { IMPORT_MODES, importOrders, undoImport } from '../../app/import-orders'
import { IdParamsSchema } from '../../contracts/common'
import { ERROR_RESPONSES } from '../error-responses'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

/** The largest file an import takes through the API (the CLI reads local files of any size). */
const IMPORT_BODY_LIMIT = 100 * 1024 * 1024

const ImportReportSchema = z.object({
  batchId: z.string().nullable(),
  committed: z.boolean(),
  encoding: z.string(),
  rows: z.number().int(),
  orders: z.object({ created: z.number().int(), unchanged: z.number().int() }),
  badRows: z.number().int(),
  customersCreated: z.number().int(),
  rounded: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
})

const ImportQuerySchema = z.strictObject({
  mode: z.enum(IMPORT_MODES).default('all-or-nothing'),
  dryRun: z.enum(['true', 'false']).default('false'),
  name: z.string().max(200).default('upload.csv'),
  map: z.string().max(2000).optional().meta({ description: 'field=Header,… for columns named differently' }),
})

/** Imports for the web wizard: the file is the request body (text/csv or application/octet-stream). */
export function importRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.register(async (scoped) => {
    // The file arrives as raw bytes; its encoding is decided by core/text/decode-text.ts.
    scoped.addContentTypeParser(
      [
        'text/csv',
        'application/octet-stream',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_req, body, done) => done(null, body),
    )
    const zapp = scoped as unknown as ZodApp
    zapp.post(
      '/api/v1/imports/orders',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags: ['imports'],
          summary: 'Import orders from a CSV sent as the body; dryRun=true reports without writing',
          querystring: ImportQuerySchema,
          response: { 200: ImportReportSchema, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        const mapping = Object.fromEntries(
          (request.query.map ?? '')
            .split(',')
            .filter(Boolean)
            .map((pair) => pair.split('=').map((s) => s.trim()) as [string, string]),
        )
        return importOrders(
          ctxOf(request),
          { name: request.query.name, bytes: request.body as Uint8Array },
          { mode: request.query.mode, dryRun: request.query.dryRun === 'true', mapping },
        )
      },
    )
    zapp.post(
      '/api/v1/imports/:id/undo',
      {
        schema: {
          tags: ['imports'],
          summary: 'Take an import back (its orders and the customers it created)',
          params: IdParamsSchema,
          response: {
            200: z.object({ orders: z.number().int(), customers: z.number().int() }),
            ...ERROR_RESPONSES,
          },
        },
      },
      async (request) => undoImport(ctxOf(request), request.params.id),
    )
  })
}
