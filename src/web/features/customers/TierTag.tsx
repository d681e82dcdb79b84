import { Tag } from 'antd'
import type { Tier } from '../../../core/customers/customer-fields'
import { useT } from '../../i18n/use-t'

const COLORS: Record<Tier, string> = { A: 'gold', B: 'geekblue', C: 'default' }

/** `long` spells it out ("Tier A") where no column header says what the letter is. */
export function TierTag({ tier, long = false }: { tier: Tier; long?: boolean }) {
  const { t } = useT()
  return (
    <Tag color={COLORS[tier]} title={t('label.tier')} style={{ fontWeight: 600 }}>
      {t(long ? 'customers.tierLong' : 'customers.tierValue', { tier })}
    </Tag>
  )
}
