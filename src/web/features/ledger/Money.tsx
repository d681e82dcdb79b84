import { Typography } from 'antd'
import { formatMoney } from '../../../core/money/format-money'
import { useT } from '../../i18n/use-t'

type Props = { minor: number; strong?: boolean; type?: 'secondary' | 'danger' | 'success' }

/** Cents as the reader writes them; tabular digits so a column of amounts lines up. */
export function Money({ minor, strong, type }: Props) {
  const { lang } = useT()
  return (
    <Typography.Text strong={strong} type={type} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatMoney(minor, lang)}
    </Typography.Text>
  )
}
