import type { Login, Setup, SetupStatus, User } from '../../../contracts/users'
import { setCompanyTimeZone } from '../../lib/company-today'
import { http, isHttpError } from '../../lib/http'

/** Whether Abacus has its first admin yet — and the organisation's zone, which every "today" uses. */
export async function fetchSetupStatus(): Promise<SetupStatus> {
  const status = await http<SetupStatus>('GET', '/setup')
  setCompanyTimeZone(status.timeZone)
  return status
}

/** The signed-in user, or null when there is no session (401 is an answer here, not a failure). */
export async function fetchMe(): Promise<User | null> {
  try {
    return await http<User>('GET', '/me')
  } catch (error) {
    if (isHttpError(error, 401)) return null
    throw error
  }
}

export const login = (body: Login) => http<User>('POST', '/auth/login', { body })
export const logout = () => http<{ ok: true }>('POST', '/auth/logout')
export const setupFirstAdmin = (body: Setup) => http<User>('POST', '/setup', { body })
