import { customerAnalysis, customerGroup } from '../../app/customer-analysis'
import { growthAnalysis } from '../../app/growth-analysis'
import { monthlyLedger, salesComparison } from '../../app/sales-analysis'
import { teamTable } from '../../app/team-table'
import {
  CustomerAnalysisSchema,
  CustomerGroupQuerySchema,
  CustomerGroupSchema,
  GrowthQuerySchema,
  GrowthSchema,
  MonthlyQuerySchema,
  MonthlySchema,
  PeriodPairQuerySchema,
  SalesComparisonSchema,
} from '../../contracts/analyses'
import { TeamTableQuerySchema, TeamTableSchema } from '../../contracts/team-table'
import { ERROR_RESPONSES } from '../error-responses'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['analyses']

/** Gain/loss analyses (得失分析): DOMAIN.md "Analyses". Each answers for what the caller may read. */
export function analysisRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/analyses/customers',
    {
      schema: {
        tags,
        summary:
          'Customer gain/loss of a period against the previous one (default this year against last): new, retained, reactivated, lost, the sales bridge, by rep, tier and region, lost reasons, facts',
        querystring: PeriodPairQuerySchema,
        response: { 200: CustomerAnalysisSchema, ...errors },
      },
    },
    async (request) => customerAnalysis(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/analyses/customers/list',
    {
      schema: {
        tags,
        summary: 'The customers of one gain/loss group, optionally of one rep (or `pool`), tier or region',
        querystring: CustomerGroupQuerySchema,
        response: { 200: CustomerGroupSchema, ...errors },
      },
    },
    async (request) => customerGroup(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/analyses/sales',
    {
      schema: {
        tags,
        summary:
          'Two periods compared: sales, collections, receivables, approved expenses, expense ratio, new customers, with difference and percent change',
        querystring: PeriodPairQuerySchema,
        response: { 200: SalesComparisonSchema, ...errors },
      },
    },
    async (request) => salesComparison(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/analyses/monthly',
    {
      schema: {
        tags,
        summary: 'Sales and collections by month (default this year)',
        querystring: MonthlyQuerySchema,
        response: { 200: MonthlySchema, ...errors },
      },
    },
    async (request) => monthlyLedger(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/analyses/growth',
    {
      schema: {
        tags,
        summary: 'Sales by year, quarter or month with period-over-period growth and CAGR',
        querystring: GrowthQuerySchema,
        response: { 200: GrowthSchema, ...errors },
      },
    },
    async (request) => growthAnalysis(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/analyses/team',
    {
      schema: {
        tags,
        summary:
          "The team table: per rep the caller may watch (or one sales manager's team) — sales, collections, receivables, new customers, coverage, objectives achieved, audit confirmation rate, expense ratio, commission — with the total and facts",
        querystring: TeamTableQuerySchema,
        response: { 200: TeamTableSchema, ...errors },
      },
    },
    async (request) => teamTable(ctxOf(request), request.query),
  )
}
