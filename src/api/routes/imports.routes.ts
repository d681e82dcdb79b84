import { PassThrough } from 'node:stream'
import { z } from 'zod'
import { IMPORTABLE_KINDS, IMPORTERS } from '../../app/import-kinds'
import { IMPORT_MODES, type ImportReport } from '../../app/import-run'
import { fileFromBytes } from '../../app/sheet-rows'
import { undoImport } from '../../app/undo-import'
import { IdParamsSchema } from '../../contracts/common'
import { AppError } from '../../core/app-error'
import { errorReply } from '../error-body'
import { ERROR_RESPONSES } from '../error-responses'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

/** The largest file an import takes through the API (the CLI reads local files of any size). */
const IMPORT_BODY_LIMIT = 100 * 1024 * 1024

const ImportReportSchema = z.object({
  kind: z.enum(IMPORTABLE_KINDS),
  header: z.array(z.string()),
  columns: z.record(z.string(), z.string().nullable()),
  batchId: z.string().nullable(),
  committed: z.boolean(),
  encoding: z.string(),
  rows: z.number().int(),
  created: z.number().int(),
  unchanged: z.number().int(),
  badRows: z.number().int(),
  customersCreated: z.number().int(),
  rounded: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  errorsOmitted: z.number().int(),
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
      '/api/v1/imports/:kind',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags: ['imports'],
          summary: 'Import a sheet (CSV or XLSX) sent as the body; dryRun=true reports without writing',
          description:
            'With `Accept: application/x-ndjson` the answer streams one JSON object per line: ' +
            '`{"progress":{"bytes","totalBytes","rows"}}` while the sheet is read, then `{"report":…}` ' +
            '(or `{"error":…}` when it fails after it began).',
          params: z.strictObject({ kind: z.enum(IMPORTABLE_KINDS) }),
          querystring: ImportQuerySchema,
          response: { 200: ImportReportSchema, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const mapping = Object.fromEntries(
          (request.query.map ?? '')
            .split(',')
            .filter(Boolean)
            .map((pair) => pair.split('=').map((s) => s.trim()) as [string, string]),
        )
        const ctx = ctxOf(request)
        // Only the parsers above give bytes: a JSON or plain-text body is not a sheet (it reached
        // the importer as an object and failed there as a 500).
        const bytes = request.body ?? new Uint8Array()
        if (!(bytes instanceof Uint8Array)) throw new AppError('unsupported_media_type')
        const file = fileFromBytes(request.query.name, bytes)
        const options = { mode: request.query.mode, dryRun: request.query.dryRun === 'true', mapping }
        const importer = IMPORTERS[request.params.kind]
        if (!request.headers.accept?.includes('application/x-ndjson')) return importer(ctx, file, options)
        // Streamed: the first progress line (or the outcome) decides the status, so a file refused
        // at once still answers with its error status; later failures arrive as an error line.
        const lines = new PassThrough()
        let started: (() => void) | null = null
        const firstProgress = new Promise<void>((resolve) => (started = resolve))
        const done = importer(ctx, file, {
          ...options,
          onProgress: (progress) => {
            started?.()
            lines.write(JSON.stringify({ progress }) + '\n')
          },
        })
        const outcome = await Promise.race([
          firstProgress.then(() => null),
          done.then((report) => ({ report })),
        ])
        if (outcome) return outcome.report
        done.then(
          (report: ImportReport) => lines.end(JSON.stringify({ report }) + '\n'),
          (error: unknown) =>
            lines.end(JSON.stringify(errorReply(error, ctx.lang, IMPORT_BODY_LIMIT).body) + '\n'),
        )
        return reply.type('application/x-ndjson').send(lines as never)
      },
    )
    zapp.post(
      '/api/v1/imports/:id/undo',
      {
        schema: {
          tags: ['imports'],
          summary: 'Take an import back (its records and the customers it created)',
          params: IdParamsSchema,
          response: {
            200: z.object({ records: z.number().int(), customers: z.number().int() }),
            ...ERROR_RESPONSES,
          },
        },
      },
      async (request) => undoImport(ctxOf(request), request.params.id),
    )
  })
}
