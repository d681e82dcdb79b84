import { z } from 'zod'
import { deleteRecord } from '../../app/delete-record'
import { listRecycleBin, purgeRecycleBin, restoreRecord } from '../../app/recycle-bin'
import type { BinKind } from '../../core/recycle-bin/bin-kinds'
import { IdParamsSchema } from '../../contracts/common'
import {
  BinListQuerySchema,
  BinListSchema,
  BinRecordParamsSchema,
  PurgeResultSchema,
  RestoredRecordSchema,
} from '../../contracts/recycle-bin'
import { ERROR_RESPONSES } from '../error-responses'
import { ifMatchVersion, optionalIfMatchVersion } from '../if-match'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['recycle bin']

/** The DELETE of each kind that has none of its own (customers keep theirs in customers.routes.ts). */
const DELETE_PATHS: readonly { path: string; kind: BinKind; what: string }[] = [
  {
    path: '/api/v1/orders/:id',
    kind: 'order',
    what: 'an order (refused while collections or plans name it)',
  },
  { path: '/api/v1/collections/:id', kind: 'collection', what: 'a collection' },
  { path: '/api/v1/collection-plans/:id', kind: 'collection_plan', what: 'a collection plan' },
  { path: '/api/v1/expenses/:id', kind: 'expense', what: 'an expense (a draft or a rejected one only)' },
  {
    path: '/api/v1/follow-ups/:id',
    kind: 'follow_up',
    what: "a follow-up record (not one a visit's review wrote or a callback audit drew)",
  },
]

/** The recycle bin (issue 9 point 5): delete per kind, one bin to list, the admin's restore and purge. */
export function recycleBinRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  for (const { path, kind, what } of DELETE_PATHS)
    app.delete(
      path,
      {
        schema: {
          tags,
          summary: `Move ${what} to the recycle bin. Needs If-Match with the version read; 412 if someone saved first.`,
          params: IdParamsSchema,
          response: { 204: z.null().describe('Deleted'), ...errors },
        },
      },
      async (request, reply) => {
        await deleteRecord(ctxOf(request), kind, request.params.id, ifMatchVersion(request))
        return reply.status(204).send(null)
      },
    )
  app.get(
    '/api/v1/recycle-bin',
    {
      schema: {
        tags,
        summary:
          'Records deleted in the last 90 days of the kinds the caller may delete (those they may change), newest first; pass nextCursor back as cursor. Only admins restore them.',
        querystring: BinListQuerySchema,
        response: { 200: BinListSchema, ...errors },
      },
    },
    async (request) => listRecycleBin(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/recycle-bin/:kind/:id/restore',
    {
      schema: {
        tags,
        summary:
          'Restore a record within 90 days of its deletion (admins only: 404 for a record the caller cannot read, 403 for one they can; 422 after 90 days, or while its customer or order is in the bin). If-Match optional.',
        params: BinRecordParamsSchema,
        response: { 200: RestoredRecordSchema, ...errors },
      },
    },
    async (request) =>
      restoreRecord(ctxOf(request), request.params.kind, request.params.id, optionalIfMatchVersion(request)),
  )
  app.post(
    '/api/v1/recycle-bin/purge',
    {
      schema: {
        tags,
        summary:
          'Remove for good what was deleted 90 days ago or more (admin; the server also does it daily)',
        response: { 200: PurgeResultSchema, ...errors },
      },
    },
    async (request) => purgeRecycleBin(ctxOf(request)),
  )
}
