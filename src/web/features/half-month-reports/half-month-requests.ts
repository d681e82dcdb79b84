import type { HalfMonthList, HalfMonthReport } from '../../../contracts/half-month-reports'
import { currentLang } from '../../i18n/i18n'
import { API_BASE, http } from '../../lib/http'
import { queryString } from '../../lib/query-string'

export const halfMonthKeys = {
  all: ['half-month-reports'] as const,
  list: () => [...halfMonthKeys.all, 'list'] as const,
  report: (period: string, version?: number) =>
    [...halfMonthKeys.all, 'report', period, version ?? null] as const,
}

export const fetchHalfMonthPage = (before?: string) =>
  http<HalfMonthList>('GET', `/reports/half-month${queryString({ before, limit: 24 })}`)

export const fetchHalfMonthReport = (period: string, version?: number) =>
  http<HalfMonthReport>('GET', `/reports/half-month/${encodeURIComponent(period)}${queryString({ version })}`)

export const generateHalfMonth = (period: string) =>
  http<HalfMonthReport>('POST', `/reports/half-month/${encodeURIComponent(period)}/generate`)

/**
 * The workbook's download link. A link cannot send Accept-Language, so the reader's language
 * travels as `lang`; the session cookie goes along by itself.
 */
export const workbookHref = (period: string, version?: number | null) =>
  `${API_BASE}/reports/half-month/${encodeURIComponent(period)}/workbook${queryString({
    version: version ?? undefined,
    lang: currentLang(),
  })}`
