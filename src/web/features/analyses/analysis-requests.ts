import type {
  CustomerAnalysis,
  CustomerGroup,
  Growth,
  Monthly,
  SalesComparison,
} from '../../../contracts/analyses'
import type { GainLossGroup } from '../../../core/analyses/gain-loss'
import type { GrowthUnit } from '../../../core/analyses/growth'
import type { Tier } from '../../../core/follow-ups/tier'
import { http } from '../../lib/http'
import { queryString } from '../../lib/query-string'
import type { PeriodPair } from './period-pair'

/** The customers behind one number: a group, narrowed to a rep (`pool`), a tier or a region ('' = none). */
export type GroupDrill = { group: GainLossGroup; rep?: string; tier?: Tier; region?: string; title: string }

const pairQuery = (pair: PeriodPair) =>
  queryString({ from: pair.from, to: pair.to, prevFrom: pair.prevFrom, prevTo: pair.prevTo })

export const fetchCustomerAnalysis = (pair: PeriodPair) =>
  http<CustomerAnalysis>('GET', `/analyses/customers${pairQuery(pair)}`)

export const fetchCustomerGroup = (pair: PeriodPair, drill: GroupDrill) => {
  // An empty region asks for the customers without one: queryString would drop it.
  const region = drill.region === undefined ? '' : `&region=${encodeURIComponent(drill.region)}`
  const rest = queryString({ group: drill.group, rep: drill.rep, tier: drill.tier }).slice(1)
  return http<CustomerGroup>('GET', `/analyses/customers/list${pairQuery(pair)}&${rest}${region}`)
}

export const fetchSalesComparison = (pair: PeriodPair) =>
  http<SalesComparison>('GET', `/analyses/sales${pairQuery(pair)}`)

export const fetchMonthly = (period: { from: string; to: string }) =>
  http<Monthly>('GET', `/analyses/monthly${queryString(period)}`)

export const fetchGrowth = (query: { from: string; to: string; by: GrowthUnit }) =>
  http<Growth>('GET', `/analyses/growth${queryString(query)}`)

/** Read only, never written here. Facts are rendered on the page, so a new language needs no refetch. */
export const analysisKeys = {
  customers: (pair: PeriodPair) => ['analyses', 'customers', pair],
  group: (pair: PeriodPair, drill: GroupDrill) => ['analyses', 'group', pair, drill],
  sales: (pair: PeriodPair) => ['analyses', 'sales', pair],
  monthly: (period: { from: string; to: string }) => ['analyses', 'monthly', period],
  growth: (query: object) => ['analyses', 'growth', query],
} as const
