import { useState } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Statistic, Tabs } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { formatMoney } from '../../../core/money/format-money'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { useCurrentUser } from '../auth/current-user'
import { fetchReceivables } from '../ledger/ledger-requests'
import { canRecordLedger } from '../ledger/ledger-roles'
import { useCollectionPages, useOrderPages } from '../ledger/use-ledger'
import { OrderTable } from '../orders/OrderTable'
import { CollectionTable } from './CollectionTable'
import { RecordCollectionModal } from './RecordCollectionModal'

/** A customer's orders, collections and what is still receivable, on the customer's page. */
export function CustomerLedgerCard({ customerId }: { customerId: string }) {
  const { t, lang } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const [recording, setRecording] = useState(false)
  const search = { customer: customerId }
  const orders = useOrderPages(search)
  const collections = useCollectionPages(search)
  // The receivables endpoint has no customer filter: the customer's row is picked from the list.
  const receivable = useQuery({
    queryKey: queryKeys.receivables({ by: 'customer' }),
    queryFn: () => fetchReceivables({ by: 'customer' }),
    select: (data) => data.items.find((row) => row.id === customerId),
  })
  const money = (minor: number | undefined) => formatMoney(minor ?? 0, lang)
  const canRecord = canRecordLedger(user)
  return (
    <Card
      title={t('customerLedger.title')}
      data-testid="customer-ledger"
      extra={
        canRecord ? (
          <Flex gap={8}>
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => void navigate(`/orders/new?customer=${customerId}`)}
            >
              {t('orders.new')}
            </Button>
            <Button size="small" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              {t('collections.record')}
            </Button>
          </Flex>
        ) : null
      }
    >
      <Flex gap={48} wrap style={{ marginBottom: 8 }}>
        <Statistic
          title={t('receivables.ordered')}
          value={money(receivable.data?.ordered)}
          loading={receivable.isPending}
        />
        <Statistic
          title={t('receivables.collected')}
          value={money(receivable.data?.collected)}
          loading={receivable.isPending}
        />
        <Statistic
          title={t('receivables.receivable')}
          value={money(receivable.data?.receivable)}
          loading={receivable.isPending}
          styles={{ content: { color: (receivable.data?.receivable ?? 0) > 0 ? '#cf1322' : undefined } }}
        />
      </Flex>
      <Tabs
        items={[
          {
            key: 'orders',
            label: t('orders.title'),
            children: (
              <OrderTable
                items={orders.data?.pages[0]?.items ?? []}
                loading={orders.isPending}
                emptyText={t('orders.empty')}
                showCustomer={false}
              />
            ),
          },
          {
            key: 'collections',
            label: t('collections.tab'),
            children: (
              <CollectionTable
                items={collections.data?.pages[0]?.items ?? []}
                loading={collections.isPending}
                emptyText={t('collections.empty')}
                showCustomer={false}
              />
            ),
          },
        ]}
        tabBarExtraContent={
          <Link to={`/orders?customer=${customerId}`}>{t('customerLedger.allOrders')}</Link>
        }
      />
      <RecordCollectionModal open={recording} onClose={() => setRecording(false)} customerId={customerId} />
    </Card>
  )
}
