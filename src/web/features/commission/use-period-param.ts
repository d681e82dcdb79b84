import { useSearchParams } from 'react-router'
import { isLocalDate } from '../../../core/dates/local-date'
import { monthOf } from '../monitor/period-presets'
import type { Period } from './commission-requests'
import { companyToday } from '../../lib/company-today'

/** The period in the URL (`?from=…&to=…`), this month when absent, so a statement link keeps it. */
export function usePeriodParam(): [Period, (period: Period) => void] {
  const [params, setParams] = useSearchParams()
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  const period = isLocalDate(from) && isLocalDate(to) && from <= to ? { from, to } : monthOf(companyToday())
  return [period, (next) => setParams(next, { replace: true })]
}
