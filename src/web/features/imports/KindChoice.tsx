import {
  AccountBookOutlined,
  ContactsOutlined,
  FileTextOutlined,
  PhoneOutlined,
  WalletOutlined,
} from '@ant-design/icons'
import { Flex, Segmented, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useT, type TKey } from '../../i18n/use-t'
import type { ImportKind } from './import-kinds'

/** The same words and icons as the navigation. */
const KINDS: Record<ImportKind, { label: TKey; icon: ReactNode }> = {
  customers: { label: 'nav.customers', icon: <ContactsOutlined /> },
  orders: { label: 'nav.orders', icon: <FileTextOutlined /> },
  collections: { label: 'nav.collections', icon: <AccountBookOutlined /> },
  expenses: { label: 'nav.expenses', icon: <WalletOutlined /> },
  'follow-ups': { label: 'nav.followUps', icon: <PhoneOutlined /> },
}

type Props = {
  kinds: readonly ImportKind[]
  value: ImportKind
  onChange: (kind: ImportKind) => void
  disabled?: boolean
}

/** What the file holds: customers, orders, collections or expenses. */
export function KindChoice({ kinds, value, onChange, disabled }: Props) {
  const { t } = useT()
  return (
    <Flex align="center" gap={16} wrap style={{ marginBottom: 24 }}>
      <Typography.Text strong id="import-kind-label">
        {t('imports.kind')}
      </Typography.Text>
      <Segmented<ImportKind>
        value={value}
        onChange={onChange}
        disabled={disabled}
        aria-labelledby="import-kind-label"
        data-testid="import-kind"
        options={kinds.map((kind) => ({ value: kind, label: t(KINDS[kind].label), icon: KINDS[kind].icon }))}
      />
    </Flex>
  )
}
