import { DatePicker } from 'antd'
import { useT } from '../../i18n/use-t'
import { fromLocalDate, toLocalDate } from './date-value'

type Range = { from?: string; to?: string }

/** A list filter's date range, either end open: `YYYY-MM-DD` days in, the same out. */
export function DateRangeFilter({ from, to, onChange }: Range & { onChange: (range: Range) => void }) {
  const { t } = useT()
  return (
    <DatePicker.RangePicker
      aria-label={t('ledger.dateRange')}
      value={[fromLocalDate(from) ?? null, fromLocalDate(to) ?? null]}
      onChange={(range) =>
        onChange({
          from: range?.[0] ? toLocalDate(range[0]) : undefined,
          to: range?.[1] ? toLocalDate(range[1]) : undefined,
        })
      }
      placeholder={[t('label.from'), t('label.to')]}
      allowEmpty={[true, true]}
    />
  )
}
