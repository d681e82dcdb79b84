import type { z } from 'zod'
import type {
  AuditItem,
  AuditRatesReport,
  CreateDrawSchema,
  Draw,
  DrawSummary,
  RecordResultSchema,
} from '../../../contracts/callback-audits'
import { http, ifMatch } from '../../lib/http'
import { queryString } from '../../lib/query-string'

export type CreateDrawBody = z.input<typeof CreateDrawSchema>
export type RecordResultBody = z.input<typeof RecordResultSchema>
export type RatesQuery = { draw?: string; from?: string; to?: string }

/**
 * Cache keys: everything starts with 'callback-audits', so one invalidation after a draw or a
 * result refreshes the draws, the work list and the rates together.
 */
export const auditKeys = {
  all: ['callback-audits'],
  draws: ['callback-audits', 'draws'],
  draw: (id: string) => ['callback-audits', 'draw', id],
  items: (id: string) => ['callback-audits', 'items', id],
  rates: (query: RatesQuery) => ['callback-audits', 'rates', query],
} as const

export const fetchDraws = () => http<{ items: DrawSummary[] }>('GET', '/callback-audits/draws')
export const fetchDraw = (id: string) => http<Draw>('GET', `/callback-audits/draws/${encodeURIComponent(id)}`)
export const fetchDrawItems = (id: string) =>
  http<{ items: AuditItem[] }>('GET', `/callback-audits/draws/${encodeURIComponent(id)}/items`)
export const fetchRates = (query: RatesQuery) =>
  http<AuditRatesReport>('GET', `/callback-audits/rates${queryString(query)}`)
export const createDraw = (body: CreateDrawBody) => http<Draw>('POST', '/callback-audits/draws', { body })

/** A first result needs no version; a correction says which one it corrects (412 if it moved on). */
export const recordResult = (item: AuditItem, body: RecordResultBody) =>
  http<AuditItem>(
    'PUT',
    `/callback-audits/draws/${encodeURIComponent(item.drawId)}/results/${encodeURIComponent(item.recordId)}`,
    { body, headers: item.result === null ? {} : ifMatch(item.version) },
  )
