import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { toLocalDate } from '../ledger/date-value'
import { readPair, writePair, type PeriodPair } from './period-pair'
import { companyToday } from '../../lib/company-today'

/** The pair of periods in the page's URL (shareable, kept on reload); this year against last by default. */
export function usePeriodPair(): [PeriodPair, (pair: PeriodPair) => void, string] {
  const [params, setParams] = useSearchParams()
  const today = toLocalDate(companyToday())
  const pair = useMemo(() => readPair(params, today), [params, today])
  return [pair, (next) => setParams(writePair(next), { replace: true }), today]
}
