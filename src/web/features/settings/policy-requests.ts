import type { FollowUpPolicy } from '../../../core/follow-ups/follow-up-policy'
import { http } from '../../lib/http'

export const fetchPolicy = () => http<FollowUpPolicy>('GET', '/settings/follow-up-policy')

export const savePolicy = (body: FollowUpPolicy) =>
  http<FollowUpPolicy>('PUT', '/settings/follow-up-policy', { body })
