import type { z } from 'zod'
import type {
  Board,
  CreateOpportunitySchema,
  MoveOpportunitySchema,
  Opportunity,
  UpdateOpportunitySchema,
  WinLossView,
} from '../../../contracts/opportunities'
import { http, ifMatch } from '../../lib/http'
import { queryString } from '../../lib/query-string'

export type CreateOpportunityBody = z.input<typeof CreateOpportunitySchema>
export type UpdateOpportunityBody = z.input<typeof UpdateOpportunitySchema>
export type MoveOpportunityBody = z.input<typeof MoveOpportunitySchema>
/** The page's filters: a rep, and the period the opportunities close in. */
export type OpportunityFilter = { owner?: string; from?: string; to?: string }

const one = (id: string) => `/opportunities/${encodeURIComponent(id)}`

export const fetchBoard = (filter: OpportunityFilter) =>
  http<Board>('GET', `/opportunities/board${queryString(filter)}`)

export const fetchWinLoss = (filter: OpportunityFilter) =>
  http<WinLossView>('GET', `/opportunities/analysis${queryString(filter)}`)

export const fetchCustomerOpportunities = (customerId: string) =>
  http<{ items: Opportunity[]; nextCursor: string | null }>(
    'GET',
    `/opportunities${queryString({ customer: customerId, limit: 50 })}`,
  )

export const createOpportunity = (body: CreateOpportunityBody) =>
  http<Opportunity>('POST', '/opportunities', { body })

export const updateOpportunity = (id: string, version: number, body: UpdateOpportunityBody) =>
  http<Opportunity>('PATCH', one(id), { body, headers: ifMatch(version) })

export const moveOpportunity = (id: string, version: number, body: MoveOpportunityBody) =>
  http<Opportunity>('POST', `${one(id)}/move`, { body, headers: ifMatch(version) })
