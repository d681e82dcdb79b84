import { useState } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { Button, Col, Empty, Flex, Row, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { Link, useSearchParams } from 'react-router'
import type { CollectionPlan } from '../../../contracts/orders'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { CustomerSelect } from '../ledger/CustomerSelect'
import { canRecordLedger } from '../ledger/ledger-roles'
import { DeleteRecordButton } from '../recycle-bin/DeleteRecordButton'
import { Money } from '../ledger/Money'
import { useCollectionPlans } from '../ledger/use-ledger'
import { OverdueByRepCard } from './OverdueByRepCard'
import { PlanCollectionModal } from './PlanCollectionModal'

export function PlansTab() {
  const { t } = useT()
  const user = useCurrentUser()
  const [params, setParams] = useSearchParams()
  const [planning, setPlanning] = useState(false)
  const overdue = params.get('overdue') === 'true'
  const customer = params.get('customer') ?? undefined
  const plans = useCollectionPlans({ customer, overdue })
  const set = (key: string, value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (value) next.set(key, value)
      else next.delete(key)
      return next
    })
  const columns: TableColumnsType<CollectionPlan> = [
    { key: 'dueOn', title: t('plans.dueOn'), dataIndex: 'dueOn', width: 120 },
    {
      key: 'customer',
      title: t('label.customerId'),
      render: (_, p) => <Link to={`/customers/${p.customerId}`}>{p.customerName}</Link>,
    },
    { key: 'owner', title: t('label.owner'), dataIndex: 'ownerName' },
    {
      key: 'amount',
      title: t('label.amount'),
      align: 'right',
      width: 150,
      render: (_, p) => <Money minor={p.amount} />,
    },
    {
      key: 'outstanding',
      title: t('plans.outstanding'),
      align: 'right',
      width: 150,
      render: (_, p) => (
        <Money minor={p.outstanding} type={p.overdue ? 'danger' : undefined} strong={p.overdue} />
      ),
    },
    {
      key: 'state',
      title: t('label.status'),
      width: 110,
      render: (_, p) =>
        p.overdue ? (
          <Tag color="error">{t('plans.overdue')}</Tag>
        ) : p.outstanding === 0 ? (
          <Tag color="success">{t('plans.paid')}</Tag>
        ) : (
          <Tag>{t('plans.open')}</Tag>
        ),
    },
    ...(canRecordLedger(user)
      ? [
          {
            key: 'delete',
            title: '',
            width: 56,
            render: (_: unknown, p: CollectionPlan) => (
              <DeleteRecordButton kind="collection_plan" record={p} name={p.customerName} compact />
            ),
          },
        ]
      : []),
  ]
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={18}>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
          <Flex gap={12} align="center" wrap>
            <CustomerSelect value={customer} onChange={(id) => set('customer', id)} style={{ width: 240 }} />
            <Flex gap={8} align="center">
              <Switch
                checked={overdue}
                onChange={(on) => set('overdue', on ? 'true' : undefined)}
                aria-label={t('plans.overdueOnly')}
              />
              <Typography.Text>{t('plans.overdueOnly')}</Typography.Text>
            </Flex>
          </Flex>
          {canRecordLedger(user) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)}>
              {t('plans.new')}
            </Button>
          ) : null}
        </Flex>
        {plans.isError ? (
          <QueryErrorResult error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <Table<CollectionPlan>
            rowKey="id"
            columns={columns}
            dataSource={plans.data?.items ?? []}
            loading={plans.isPending}
            size="middle"
            scroll={{ x: 640 }}
            pagination={
              (plans.data?.items.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false
            }
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={overdue ? t('plans.noOverdue') : t('plans.empty')}
                />
              ),
            }}
          />
        )}
      </Col>
      <Col xs={24} xl={6}>
        <OverdueByRepCard />
      </Col>
      <PlanCollectionModal open={planning} onClose={() => setPlanning(false)} customerId={customer} />
    </Row>
  )
}
