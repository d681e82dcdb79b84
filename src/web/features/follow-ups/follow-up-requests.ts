import type { z } from 'zod'
import type {
  Agenda,
  CreateFollowUpSchema,
  FollowUp,
  FollowUpListSchema,
  TimelineSchema,
} from '../../../contracts/follow-ups'
import { http } from '../../lib/http'
import { queryString } from '../../lib/query-string'
import type { FollowUpSearch } from './follow-up-search'

export type CreateFollowUpBody = z.input<typeof CreateFollowUpSchema>
export type FollowUpPage = z.infer<typeof FollowUpListSchema>
export type Timeline = z.infer<typeof TimelineSchema>
export type TimelineEntry = Timeline['items'][number]
export type AgendaQuery = { rep?: string; date?: string }

export const FOLLOW_UP_PAGE_SIZE = 50
export const TIMELINE_PAGE_SIZE = 20

export const fetchAgenda = (query: AgendaQuery) => http<Agenda>('GET', `/agenda${queryString(query)}`)

export const createFollowUp = (body: CreateFollowUpBody) => http<FollowUp>('POST', '/follow-ups', { body })

export const fetchFollowUpPage = (search: FollowUpSearch, cursor?: string) =>
  http<FollowUpPage>('GET', `/follow-ups${queryString({ ...search, limit: FOLLOW_UP_PAGE_SIZE, cursor })}`)

export const fetchTimelinePage = (customerId: string, cursor?: string) =>
  http<Timeline>(
    'GET',
    `/customers/${encodeURIComponent(customerId)}/timeline${queryString({ limit: TIMELINE_PAGE_SIZE, cursor })}`,
  )
