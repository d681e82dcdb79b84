import { checkIns } from '../../app/check-ins'
import { dailyReportForm, getDailyReport, listDailyReports, submitDailyReport } from '../../app/daily-reports'
import { IdParamsSchema } from '../../contracts/common'
import {
  CheckInsQuerySchema,
  CheckInsSchema,
  DailyReportFormQuerySchema,
  DailyReportFormSchema,
  DailyReportListQuerySchema,
  DailyReportListSchema,
  DailyReportSchema,
  SubmitDailyReportSchema,
} from '../../contracts/daily-reports'
import { ERROR_RESPONSES } from '../error-responses'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['daily-reports']

/** Daily check-ins (日報): DOMAIN.md "Reports from the field". */
export function dailyReportRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/daily-reports/form',
    {
      schema: {
        tags,
        summary:
          "A rep's day: their report if checked in, and the prefill from the day's follow-ups and visits and tomorrow's plan",
        querystring: DailyReportFormQuerySchema,
        response: { 200: DailyReportFormSchema, ...errors },
      },
    },
    async (request) => dailyReportForm(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/daily-reports',
    {
      schema: {
        tags,
        summary:
          'Check in for a day (up to tomorrow): 201 the first time, 200 when it rewrites the report (submittedAt kept)',
        body: SubmitDailyReportSchema,
        response: { 200: DailyReportSchema, 201: DailyReportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { report, created } = await submitDailyReport(ctxOf(request), request.body)
      return reply.status(created ? 201 : 200).send(report)
    },
  )
  app.get(
    '/api/v1/daily-reports',
    {
      schema: {
        tags,
        summary: 'Daily reports the caller may read, newest day first (a rep: their own history)',
        querystring: DailyReportListQuerySchema,
        response: { 200: DailyReportListSchema, ...errors },
      },
    },
    async (request) => listDailyReports(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/daily-reports/check-ins',
    {
      schema: {
        tags,
        summary: 'Who has and has not checked in on a day, among the reps the caller watches',
        querystring: CheckInsQuerySchema,
        response: { 200: CheckInsSchema, ...errors },
      },
    },
    async (request) => checkIns(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/daily-reports/:id',
    {
      schema: {
        tags,
        summary: 'One daily report',
        params: IdParamsSchema,
        response: { 200: DailyReportSchema, ...errors },
      },
    },
    async (request) => getDailyReport(ctxOf(request), request.params.id),
  )
}
