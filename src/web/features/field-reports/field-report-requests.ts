import type { z } from 'zod'
import type {
  CheckIns,
  DailyReport,
  DailyReportForm,
  DailyReportListSchema,
  SubmitDailyReportSchema,
} from '../../../contracts/daily-reports'
import type {
  CreateMonthlyReportSchema,
  MonthlyReport,
  MonthlyReportListSchema,
  RepMonthFiguresSchema,
  UpdateMonthlyReportSchema,
} from '../../../contracts/monthly-reports'
import { http, ifMatch } from '../../lib/http'
import { queryString } from '../../lib/query-string'

export type SubmitDailyReportBody = z.input<typeof SubmitDailyReportSchema>
export type DailyReportList = z.infer<typeof DailyReportListSchema>
export type MonthlyReportList = z.infer<typeof MonthlyReportListSchema>
export type MonthlyReportSummary = MonthlyReportList['items'][number]
export type RepMonthFigures = z.infer<typeof RepMonthFiguresSchema>
export type CreateMonthlyReportBody = z.input<typeof CreateMonthlyReportSchema>
export type UpdateMonthlyReportBody = z.input<typeof UpdateMonthlyReportSchema>

export const fetchDailyForm = (query: { date?: string; rep?: string }) =>
  http<DailyReportForm>('GET', `/daily-reports/form${queryString(query)}`)

export const submitDailyReport = (body: SubmitDailyReportBody) =>
  http<DailyReport>('POST', '/daily-reports', { body })

export const fetchDailyHistory = (query: { rep?: string; from?: string; to?: string; limit?: number }) =>
  http<DailyReportList>('GET', `/daily-reports${queryString(query)}`)

export const fetchCheckIns = (query: { date?: string; team?: string }) =>
  http<CheckIns>('GET', `/daily-reports/check-ins${queryString(query)}`)

export const fetchMonthlyList = (query: { month?: string; rep?: string; status?: string }) =>
  http<MonthlyReportList>('GET', `/monthly-reports${queryString({ ...query, limit: 200 })}`)

export const fetchMonthFigures = (query: { month: string; rep?: string }) =>
  http<RepMonthFigures>('GET', `/monthly-reports/figures${queryString(query)}`)

export const fetchMonthlyReport = (id: string) =>
  http<MonthlyReport>('GET', `/monthly-reports/${encodeURIComponent(id)}`)

export const createMonthlyReport = (body: CreateMonthlyReportBody) =>
  http<MonthlyReport>('POST', '/monthly-reports', { body })

export const updateMonthlyReport = (id: string, version: number, body: UpdateMonthlyReportBody) =>
  http<MonthlyReport>('PATCH', `/monthly-reports/${encodeURIComponent(id)}`, {
    body,
    headers: ifMatch(version),
  })

export const submitMonthlyReport = (id: string, version: number) =>
  http<MonthlyReport>('POST', `/monthly-reports/${encodeURIComponent(id)}/submit`, {
    headers: ifMatch(version),
  })

export const addComment = (id: string, body: string) =>
  http<MonthlyReport['comments'][number]>('POST', `/monthly-reports/${encodeURIComponent(id)}/comments`, {
    body: { body },
  })
