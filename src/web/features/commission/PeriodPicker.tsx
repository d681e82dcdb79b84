import { DatePicker, Flex, Typography } from 'antd'
import { useT } from '../../i18n/use-t'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import { periodPresets } from '../monitor/period-presets'
import type { Period } from './commission-requests'
import { companyToday } from '../../lib/company-today'

type Props = { period: Period; onChange: (period: Period) => void }

/** This month, last month, this quarter, this year, or any range. */
export function PeriodPicker({ period, onChange }: Props) {
  const { t } = useT()
  return (
    <Flex align="center" gap={8} wrap>
      <Typography.Text type="secondary">{t('commission.period')}</Typography.Text>
      <DatePicker.RangePicker
        allowClear={false}
        value={[fromLocalDate(period.from) ?? companyToday(), fromLocalDate(period.to) ?? companyToday()]}
        presets={periodPresets().map((p) => ({ label: t(p.key), value: p.range }))}
        onChange={(range) => {
          if (range?.[0] && range[1]) onChange({ from: toLocalDate(range[0]), to: toLocalDate(range[1]) })
        }}
        data-testid="commission-period"
      />
    </Flex>
  )
}
