import type { BinKind } from '../../../core/recycle-bin/bin-kinds'
import type { BinList, RestoredRecord } from '../../../contracts/recycle-bin'
import { http } from '../../lib/http'
import { queryString } from '../../lib/query-string'

/** Each kind's own address: DELETE goes to the record (customers keep theirs). */
const RECORD_PATHS: Record<BinKind, string> = {
  customer: '/customers',
  order: '/orders',
  collection: '/collections',
  collection_plan: '/collection-plans',
  expense: '/expenses',
  follow_up: '/follow-ups',
}

export const fetchRecycleBinPage = (kind: BinKind | undefined, cursor: string | undefined) =>
  http<BinList>('GET', `/recycle-bin${queryString({ kind, cursor, limit: 50 })}`)

/** With the version on screen (If-Match): a 412 means someone changed it since. */
export const deleteRecord = (kind: BinKind, id: string, version: number) =>
  http<void>('DELETE', `${RECORD_PATHS[kind]}/${encodeURIComponent(id)}`, {
    headers: { 'If-Match': `"${version}"` },
  })

export const restoreRecord = (kind: BinKind, id: string, version: number) =>
  http<RestoredRecord>('POST', `/recycle-bin/${kind}/${encodeURIComponent(id)}/restore`, {
    headers: { 'If-Match': `"${version}"` },
  })
