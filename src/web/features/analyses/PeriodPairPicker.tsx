import { DatePicker, Flex, Select, Typography } from 'antd'
import type dayjs from 'dayjs'
import { useT } from '../../i18n/use-t'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import {
  pairFor,
  PAIR_PRESETS,
  PRESET_LABELS,
  presetOf,
  presetPair,
  type PairPreset,
  type PeriodPair,
} from './period-pair'
import { companyToday } from '../../lib/company-today'

type Props = { pair: PeriodPair; today: string; onChange: (pair: PeriodPair) => void }

/**
 * The period and the period it is read against: a preset (this year against last by default), or
 * any two ranges — a new period brings the previous one of equal length, which can then be changed.
 */
export function PeriodPairPicker({ pair, today, onChange }: Props) {
  const { t } = useT()
  const preset = presetOf(pair, today)
  const range = (from: string, to: string): [dayjs.Dayjs, dayjs.Dayjs] => [
    fromLocalDate(from) ?? companyToday(),
    fromLocalDate(to) ?? companyToday(),
  ]
  return (
    <Flex align="center" gap={8} wrap data-testid="period-pair">
      <Select<PairPreset | 'custom'>
        style={{ minWidth: 200 }}
        value={preset ?? 'custom'}
        aria-label={t('analyses.preset')}
        data-testid="period-preset"
        options={[
          ...PAIR_PRESETS.map((p) => ({ value: p, label: t(PRESET_LABELS[p]) })),
          { value: 'custom', label: t('analyses.preset.custom'), disabled: true },
        ]}
        onChange={(value) => {
          if (value !== 'custom') onChange(presetPair(value, today))
        }}
      />
      <Typography.Text type="secondary">{t('analyses.period')}</Typography.Text>
      <DatePicker.RangePicker
        allowClear={false}
        value={range(pair.from, pair.to)}
        onChange={(r) => {
          if (r?.[0] && r[1]) onChange(pairFor(toLocalDate(r[0]), toLocalDate(r[1])))
        }}
        data-testid="period-current"
      />
      <Typography.Text type="secondary">{t('analyses.against')}</Typography.Text>
      <DatePicker.RangePicker
        allowClear={false}
        value={range(pair.prevFrom, pair.prevTo)}
        onChange={(r) => {
          if (r?.[0] && r[1]) onChange({ ...pair, prevFrom: toLocalDate(r[0]), prevTo: toLocalDate(r[1]) })
        }}
        data-testid="period-previous"
      />
    </Flex>
  )
}
