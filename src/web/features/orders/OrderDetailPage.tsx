import { useState } from 'react'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { Card, Descriptions, Flex, Typography, type DescriptionsProps } from 'antd'
import { Link, useNavigate, useParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { FullPageSpin } from '../../lib/FullPageSpin'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { ConflictAlert } from '../customers/ConflictAlert'
import { canRecordLedger } from '../ledger/ledger-roles'
import { Money } from '../ledger/Money'
import { useOrder } from '../ledger/use-ledger'
import { DeleteRecordButton } from '../recycle-bin/DeleteRecordButton'
import { CancelOrderButton } from './CancelOrderButton'
import { OrderLinesTable } from './OrderLinesTable'
import { OrderStatusTag } from './OrderStatusTag'

export function OrderDetailPage() {
  const { t } = useT()
  const { id = '' } = useParams()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const order = useOrder(id)
  const [conflict, setConflict] = useState<string | null>(null)
  if (order.isPending) return <FullPageSpin />
  if (order.isError) return <QueryErrorResult error={order.error} onRetry={() => void order.refetch()} />
  const o = order.data
  const items: DescriptionsProps['items'] = [
    {
      key: 'customer',
      label: t('label.customerId'),
      children: <Link to={`/customers/${o.customerId}`}>{o.customerName}</Link>,
    },
    { key: 'orderDate', label: t('label.orderDate'), children: o.orderDate },
    { key: 'owner', label: t('label.owner'), children: o.ownerName },
    { key: 'total', label: t('label.total'), children: <Money minor={o.total} strong /> },
    ...(o.externalId ? [{ key: 'externalId', label: t('label.externalId'), children: o.externalId }] : []),
    { key: 'createdAt', label: t('label.createdAt'), children: formatInstant(o.createdAt) },
    { key: 'updatedAt', label: t('label.updatedAt'), children: formatInstant(o.updatedAt) },
  ]
  return (
    <>
      <Link to="/orders" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('orders.backToList')}
      </Link>
      <PageHeader
        title={t('orders.titleOne', { number: o.number })}
        subtitle={o.customerName}
        tags={<OrderStatusTag status={o.status} />}
        extra={
          canRecordLedger(user) ? (
            <>
              {o.status === 'confirmed' ? <CancelOrderButton order={o} onConflict={setConflict} /> : null}
              <DeleteRecordButton
                kind="order"
                record={o}
                name={o.number}
                onDeleted={() => void navigate('/orders')}
              />
            </>
          ) : null
        }
      />
      {conflict ? (
        <ConflictAlert
          title={t('orders.conflictTitle')}
          message={conflict}
          reloading={order.isFetching}
          onReload={() => {
            setConflict(null)
            void order.refetch()
          }}
        />
      ) : null}
      <Flex vertical gap={16}>
        <Card title={t('orders.sectionHeader')}>
          <Descriptions items={items} column={{ xs: 1, sm: 1, md: 2 }} size="small" />
        </Card>
        <Card title={t('label.lines')}>
          {o.lines.length > 0 ? (
            <OrderLinesTable order={o} />
          ) : (
            <Typography.Text type="secondary">{t('orders.totalOnly')}</Typography.Text>
          )}
        </Card>
        {o.note ? (
          <Card title={t('label.note')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {o.note}
            </Typography.Paragraph>
          </Card>
        ) : null}
      </Flex>
    </>
  )
}
