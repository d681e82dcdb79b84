import type { z } from 'zod'
import type {
  CreateSlotSchema,
  MoveSlotSchema,
  PlannedSlotDto,
  WeekScheduleDto,
} from '../../../contracts/schedule'
import { http, ifMatch } from '../../lib/http'
import { queryString } from '../../lib/query-string'

export type WeekQuery = { rep?: string; week?: string }
export type SlotTime = z.input<typeof MoveSlotSchema>
export type NewSlot = z.input<typeof CreateSlotSchema>

const one = (id: string) => `/schedule/slots/${encodeURIComponent(id)}`

export const fetchWeek = (query: WeekQuery) => http<WeekScheduleDto>('GET', `/schedule${queryString(query)}`)

/** `accepted` plans the visit; `dropped` sets the customer aside for the week. */
export const createSlot = (body: NewSlot) => http<PlannedSlotDto>('POST', '/schedule/slots', { body })

/** With the version shown (If-Match) when there is one: a set-aside customer is listed without it. */
export const moveSlot = (id: string, version: number | undefined, body: SlotTime) =>
  http<PlannedSlotDto>('PATCH', one(id), { body, headers: version === undefined ? {} : ifMatch(version) })

export const dropSlot = (id: string, version: number) =>
  http<PlannedSlotDto>('DELETE', one(id), { headers: ifMatch(version) })
