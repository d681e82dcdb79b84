import { CUSTOMER_STATUSES, MEETING_STYLES, PREFERRED_TIMES } from '../../../core/customers/customer-fields'
import { useT } from '../../i18n/use-t'
import { useUserNames } from '../users/use-users'
import { useWeekdayNames } from './use-weekday-names'

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

const contactText = (contact: unknown) => {
  if (contact === null || typeof contact !== 'object') return String(contact)
  const { name, phone, email } = contact as Record<string, unknown>
  const reach = [phone, email].filter((v) => typeof v === 'string' && v).join(', ')
  return reach ? `${String(name)} (${reach})` : String(name)
}

/** An audit value as a person reads it: statuses in words, owners by name, weekdays by day name. */
export function useAuditValue(): (field: string, value: unknown) => string {
  const { t, lang } = useT()
  const userNames = useUserNames()
  const weekdays = useWeekdayNames()
  const list = (items: string[]) => items.join(lang === 'en' ? ', ' : '、')
  return (field, value) => {
    if (isEmpty(value)) return '—'
    if (field === 'status' && isOneOf(CUSTOMER_STATUSES, value)) return t(`status.${value}`)
    if (field === 'preferredTime' && isOneOf(PREFERRED_TIMES, value)) return t(`preferredTime.${value}`)
    if (field === 'meetingStyle' && isOneOf(MEETING_STYLES, value)) return t(`meetingStyle.${value}`)
    if (field === 'ownerId' && typeof value === 'string') return userNames.get(value) ?? value
    if (field === 'preferredWeekdays' && Array.isArray(value)) return weekdays(value.filter(Number.isInteger))
    if (field === 'contacts' && Array.isArray(value)) return list(value.map(contactText))
    if (Array.isArray(value)) return list(value.map(String))
    if (typeof value === 'object') return JSON.stringify(value)
    return String(value)
  }
}
