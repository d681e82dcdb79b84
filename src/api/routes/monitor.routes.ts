import { coverageReport } from '../../app/coverage'
import { teamMonitor } from '../../app/team-monitor'
import { monitorCustomers } from '../../app/team-monitor-customers'
import { CoverageQuerySchema, CoverageReportSchema } from '../../contracts/coverage'
import {
  MonitorCustomersQuerySchema,
  MonitorCustomersSchema,
  TeamMonitorQuerySchema,
  TeamMonitorSchema,
} from '../../contracts/team-monitor'
import { ERROR_RESPONSES } from '../error-responses'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['follow-ups']

/** Coverage and the team monitor (監督跟進效果): DOMAIN.md "Follow-up cadence", Coverage and Monitoring. */
export function monitorRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/coverage',
    {
      schema: {
        tags,
        summary: 'Follow-up coverage over a period (default this month): total, per rep, per tier, per team',
        querystring: CoverageQuerySchema,
        response: { 200: CoverageReportSchema, ...errors },
      },
    },
    async (request) => coverageReport(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/team-monitor',
    {
      schema: {
        tags,
        summary:
          'Every rep the caller may watch, side by side: overdue today by tier, coverage, untouched, follow-ups, promoted, demoted, converted',
        querystring: TeamMonitorQuerySchema,
        response: { 200: TeamMonitorSchema, ...errors },
      },
    },
    async (request) => teamMonitor(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/team-monitor/customers',
    {
      schema: {
        tags,
        summary: 'The customers behind one number of the team monitor',
        querystring: MonitorCustomersQuerySchema,
        response: { 200: MonitorCustomersSchema, ...errors },
      },
    },
    async (request) => monitorCustomers(ctxOf(request), request.query),
  )
}
