import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fieldReportKeys } from './field-report-keys'
import {
  fetchCheckIns,
  fetchDailyForm,
  fetchDailyHistory,
  fetchMonthFigures,
  fetchMonthlyList,
  fetchMonthlyReport,
} from './field-report-requests'

/** The day's form stays on screen while the next day loads: the page does not jump. */
export const useDailyForm = (query: { date?: string; rep?: string }, enabled = true) =>
  useQuery({
    queryKey: fieldReportKeys.dailyForm(query),
    queryFn: () => fetchDailyForm(query),
    placeholderData: keepPreviousData,
    enabled,
  })

export const useDailyHistory = (query: { rep?: string; limit?: number }) =>
  useQuery({ queryKey: fieldReportKeys.dailyHistory(query), queryFn: () => fetchDailyHistory(query) })

export const useCheckIns = (query: { date?: string; team?: string }) =>
  useQuery({
    queryKey: fieldReportKeys.checkIns(query),
    queryFn: () => fetchCheckIns(query),
    placeholderData: keepPreviousData,
  })

export const useMonthlyList = (query: { month?: string; rep?: string }) =>
  useQuery({
    queryKey: fieldReportKeys.monthlyList(query),
    queryFn: () => fetchMonthlyList(query),
    placeholderData: keepPreviousData,
  })

export const useMonthFigures = (query: { month: string; rep?: string }, enabled = true) =>
  useQuery({
    queryKey: fieldReportKeys.monthFigures(query),
    queryFn: () => fetchMonthFigures(query),
    enabled,
  })

export const useMonthlyReport = (id: string) =>
  useQuery({ queryKey: fieldReportKeys.monthlyReport(id), queryFn: () => fetchMonthlyReport(id) })
