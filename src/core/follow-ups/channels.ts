/** How a follow-up (跟進記錄) happened (DOMAIN.md "Follow-up cadence"). */
export const FOLLOW_UP_CHANNELS = ['visit', 'phone', 'message', 'email', 'meeting', 'meal', 'other'] as const
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number]
