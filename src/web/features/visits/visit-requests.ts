import type { z } from 'zod'
import type {
  Carried,
  CheckInSchema,
  PlanVisitSchema,
  ReviewVisitSchema,
  UpdateVisitSchema,
  Visit,
  VisitAction,
  VisitBrief,
  VisitListSchema,
  VisitMetricsReport,
} from '../../../contracts/visits'
import { http, ifMatch } from '../../lib/http'
import { queryString } from '../../lib/query-string'

export type PlanVisitBody = z.input<typeof PlanVisitSchema>
export type UpdateVisitBody = z.input<typeof UpdateVisitSchema>
export type CheckInBody = z.input<typeof CheckInSchema>
export type ReviewVisitBody = z.input<typeof ReviewVisitSchema>
export type VisitPage = z.infer<typeof VisitListSchema>
export type VisitSearch = { when: 'upcoming' | 'past'; rep?: string; status?: string; customer?: string }

export const VISIT_PAGE_SIZE = 50
const one = (id: string) => `/visits/${encodeURIComponent(id)}`

export const fetchVisitPage = (search: VisitSearch, cursor?: string) =>
  http<VisitPage>('GET', `/visits${queryString({ ...search, limit: VISIT_PAGE_SIZE, cursor })}`)
export const fetchVisit = (id: string) => http<Visit>('GET', one(id))
export const fetchBrief = (id: string) => http<VisitBrief>('GET', `${one(id)}/brief`)
export const fetchCarried = (customer: string) =>
  http<Carried>('GET', `/visits/carried${queryString({ customer })}`)
export const fetchActions = (query: { state: 'open' | 'done' | 'all'; rep?: string; customer?: string }) =>
  http<{ items: VisitAction[] }>('GET', `/visits/actions${queryString(query)}`)
export const fetchMetrics = (query: { from?: string; to?: string; rep?: string; team?: string }) =>
  http<VisitMetricsReport>('GET', `/visits/metrics${queryString(query)}`)

export const planVisit = (body: PlanVisitBody) => http<Visit>('POST', '/visits', { body })
export const updateVisit = (id: string, version: number, body: UpdateVisitBody) =>
  http<Visit>('PUT', one(id), { body, headers: ifMatch(version) })
export const cancelVisit = (id: string, version: number, reason?: string) =>
  http<Visit>('POST', `${one(id)}/cancel`, { body: { reason }, headers: ifMatch(version) })
export const checkInVisit = (id: string, version: number, body: CheckInBody) =>
  http<Visit>('POST', `${one(id)}/check-in`, { body, headers: ifMatch(version) })
export const reviewVisit = (id: string, version: number, body: ReviewVisitBody) =>
  http<Visit>('POST', `${one(id)}/review`, { body, headers: ifMatch(version) })
export const finishAction = (id: string) =>
  http<VisitAction>('POST', `/visits/actions/${encodeURIComponent(id)}/done`, { body: {} })
