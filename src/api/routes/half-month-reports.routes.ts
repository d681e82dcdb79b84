import { z } from 'zod'
import { generateHalfMonthReport, halfMonthReport, listHalfMonthReports } from '../../app/half-month-reports'
import {
  HalfMonthListQuerySchema,
  HalfMonthListSchema,
  HalfMonthParamsSchema,
  HalfMonthReportSchema,
  HalfMonthVersionQuerySchema,
} from '../../contracts/half-month-reports'
import { LANGS } from '../../core/i18n/lang'
import { halfMonthFileName, halfMonthWorkbook } from '../../reports/half-month-workbook'
import { ERROR_RESPONSES } from '../error-responses'
import { downloadResponses } from '../download-responses'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['reports']
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * The half-monthly data report (半月數據報表, DOMAIN.md "Reports"; issue 7 point 4): the list of
 * half-months with what is kept, a closed one's figures, its workbook, and a new version on demand.
 */
export function halfMonthReportRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/reports/half-month',
    {
      schema: {
        tags,
        summary: 'Half-months, newest first from the one under way, with their kept reports',
        querystring: HalfMonthListQuerySchema,
        response: { 200: HalfMonthListSchema, ...errors },
      },
    },
    async (request) => listHalfMonthReports(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/reports/half-month/:period',
    {
      schema: {
        tags,
        summary:
          "A closed half-month's figures per rep with the total: the kept report (latest version unless ?version=), else as they are now. Managers get their tree's rows, reps their own",
        params: HalfMonthParamsSchema,
        querystring: HalfMonthVersionQuerySchema,
        response: { 200: HalfMonthReportSchema, ...errors },
      },
    },
    async (request) => halfMonthReport(ctxOf(request), request.params.period, request.query),
  )
  app.get(
    '/api/v1/reports/half-month/:period/workbook',
    {
      schema: {
        tags,
        summary:
          'The same report as an Excel workbook; ?lang= names its language (a link sends no Accept-Language). A manager’s or rep’s holds only their rows',
        params: HalfMonthParamsSchema,
        querystring: HalfMonthVersionQuerySchema.extend({ lang: z.enum(LANGS).optional() }),
        response: downloadResponses(XLSX, 'the .xlsx file'),
      },
    },
    async (request, reply) => {
      const { lang, ...query } = request.query
      const ctx = { ...ctxOf(request), ...(lang ? { lang } : {}) }
      const report = await halfMonthReport(ctx, request.params.period, query)
      const bytes = await halfMonthWorkbook(report, { lang: ctx.lang, timeZone: ctx.config.timeZone })
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${halfMonthFileName(report.period)}"`)
        .header('cache-control', 'private, no-cache')
        .send(bytes)
    },
  )
  app.post(
    '/api/v1/reports/half-month/:period/generate',
    {
      schema: {
        tags,
        summary:
          'Generate a new version of a closed half-month’s report with the figures as they are now (admin, finance); earlier versions are kept',
        params: HalfMonthParamsSchema,
        response: { 201: HalfMonthReportSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await generateHalfMonthReport(ctxOf(request), request.params.period)),
  )
}
