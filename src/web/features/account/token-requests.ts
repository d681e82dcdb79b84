import type { ApiToken } from '../../../contracts/users'
import { http } from '../../lib/http'

export type CreatedApiToken = ApiToken & { token: string }

export const fetchTokens = () => http<{ items: ApiToken[] }>('GET', '/tokens')
export const createToken = (name: string) => http<CreatedApiToken>('POST', '/tokens', { body: { name } })
export const revokeToken = (id: string) => http<void>('DELETE', `/tokens/${encodeURIComponent(id)}`)
