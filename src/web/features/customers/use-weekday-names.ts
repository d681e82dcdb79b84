import { WEEKDAYS } from '../../../core/customers/customer-fields'
import { useT } from '../../i18n/use-t'

/** ISO weekday numbers (1 = Monday) as the reader's short names: "Mon, Wed" / "週一、週三". */
export function useWeekdayNames(): (days: readonly number[]) => string {
  const { t, lang } = useT()
  return (days) =>
    WEEKDAYS.filter((d) => days.includes(d))
      .map((d) => t(`weekday.${d}`))
      .join(lang === 'en' ? ', ' : '、')
}
