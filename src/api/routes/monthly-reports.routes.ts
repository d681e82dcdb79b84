import { repMonthFigures } from '../../app/month-figures'
import { addMonthlyReportComment } from '../../app/monthly-report-comments'
import {
  createMonthlyReport,
  getMonthlyReport,
  listMonthlyReports,
  submitMonthlyReport,
  updateMonthlyReport,
} from '../../app/monthly-reports'
import { IdParamsSchema } from '../../contracts/common'
import {
  CommentSchema,
  CreateCommentSchema,
  CreateMonthlyReportSchema,
  MonthFiguresQuerySchema,
  MonthlyReportListQuerySchema,
  MonthlyReportListSchema,
  MonthlyReportSchema,
  RepMonthFiguresSchema,
  UpdateMonthlyReportSchema,
} from '../../contracts/monthly-reports'
import { ERROR_RESPONSES } from '../error-responses'
import { etag, ifMatchVersion } from '../if-match'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['monthly-reports']

/** Monthly work reports (月度工作匯報) and the managers' comments: DOMAIN.md "Reports from the field". */
export function monthlyReportRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/monthly-reports',
    {
      schema: {
        tags,
        summary: 'Monthly reports the caller may read, latest month first',
        querystring: MonthlyReportListQuerySchema,
        response: { 200: MonthlyReportListSchema, ...errors },
      },
    },
    async (request) => listMonthlyReports(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/monthly-reports/figures',
    {
      schema: {
        tags,
        summary: "A rep's numbers for a month as they are now (the caller's own by default)",
        querystring: MonthFiguresQuerySchema,
        response: { 200: RepMonthFiguresSchema, ...errors },
      },
    },
    async (request) => repMonthFigures(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/monthly-reports',
    {
      schema: {
        tags,
        summary: "Start the caller's report for a month as a draft; every problem needs a proposed solution",
        body: CreateMonthlyReportSchema,
        response: { 201: MonthlyReportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const report = await createMonthlyReport(ctxOf(request), request.body)
      return reply.status(201).header('etag', etag(report.version)).send(report)
    },
  )
  app.get(
    '/api/v1/monthly-reports/:id',
    {
      schema: {
        tags,
        summary: 'One report: numbers (frozen once submitted, live in a draft), problems, plan, comments',
        params: IdParamsSchema,
        response: { 200: MonthlyReportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const report = await getMonthlyReport(ctxOf(request), request.params.id)
      return reply.header('etag', etag(report.version)).send(report)
    },
  )
  app.patch(
    '/api/v1/monthly-reports/:id',
    {
      schema: {
        tags,
        summary: "Change the caller's draft (If-Match)",
        params: IdParamsSchema,
        body: UpdateMonthlyReportSchema,
        response: { 200: MonthlyReportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const report = await updateMonthlyReport(
        ctxOf(request),
        request.params.id,
        ifMatchVersion(request),
        request.body,
      )
      return reply.header('etag', etag(report.version)).send(report)
    },
  )
  app.post(
    '/api/v1/monthly-reports/:id/submit',
    {
      schema: {
        tags,
        summary: "Submit the caller's draft: its numbers are frozen from now on (If-Match)",
        params: IdParamsSchema,
        response: { 200: MonthlyReportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const report = await submitMonthlyReport(ctxOf(request), request.params.id, ifMatchVersion(request))
      return reply.header('etag', etag(report.version)).send(report)
    },
  )
  app.post(
    '/api/v1/monthly-reports/:id/comments',
    {
      schema: {
        tags,
        summary: "Comment on a submitted report: the rep's managers up the line, or an administrator",
        params: IdParamsSchema,
        body: CreateCommentSchema,
        response: { 201: CommentSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addMonthlyReportComment(ctxOf(request), request.params.id, request.body.body)),
  )
}
