import { useState } from 'react'
import { App, Button, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Plan } from '../../../contracts/commission'
import { formatRateBp } from '../../../core/commission/rate-text'
import { formatMoney } from '../../../core/money/format-money'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { Money } from '../ledger/Money'
import { commissionKeys } from './commission-keys'
import { deletePlan, fetchPlans } from './commission-requests'
import { PlanEditorModal } from './PlanEditorModal'

/** The plans with their brackets at a glance; admins and finance edit and delete unused ones. */
export function PlansTab({ manages }: { manages: boolean }) {
  const { t, lang } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const plans = useQuery({ queryKey: commissionKeys.plans, queryFn: fetchPlans })
  const [editing, setEditing] = useState<Plan | null>(null)
  const remove = useMutation({
    mutationFn: (plan: Plan) => deletePlan(plan.id, plan.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: commissionKeys.all })
      void message.success(t('commission.planDeleted'))
    },
    onError: (error) => void message.error(error.message),
  })
  const columns: TableColumnsType<Plan> = [
    {
      key: 'name',
      title: t('label.name'),
      render: (_, p) => <Typography.Text strong>{p.name}</Typography.Text>,
    },
    { key: 'mode', title: t('label.mode'), render: (_, p) => <Tag>{t(`commissionMode.${p.mode}`)}</Tag> },
    {
      key: 'brackets',
      title: t('label.brackets'),
      render: (_, p) => (
        <Flex vertical>
          {p.brackets.map((b) => (
            <span key={b.from} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {b.to === null
                ? t('commission.rangeOpen', { from: formatMoney(b.from, lang) })
                : t('commission.range', { from: formatMoney(b.from, lang), to: formatMoney(b.to, lang) })}
              {'  '}
              <Typography.Text strong>{formatRateBp(b.rateBp)}%</Typography.Text>
            </span>
          ))}
        </Flex>
      ),
    },
    {
      key: 'bonus',
      title: t('label.newCustomerBonus'),
      align: 'right',
      render: (_, p) => (
        <>
          <Money minor={p.newCustomerBonus} />
          {p.bonusMinOrder !== null ? (
            <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
              {t('commission.minOrderShort', { amount: formatMoney(p.bonusMinOrder, lang) })}
            </div>
          ) : null}
        </>
      ),
    },
    {
      key: 'assigned',
      title: t('commission.tabAssignments'),
      align: 'right',
      render: (_, p) => p.assignments,
    },
    ...(manages
      ? [
          {
            key: 'actions',
            render: (_: unknown, p: Plan) => (
              <Flex gap={4}>
                <Button size="small" onClick={() => setEditing(p)}>
                  {t('commission.editPlan')}
                </Button>
                <Popconfirm
                  title={t('commission.deletePlanConfirm', { name: p.name })}
                  okText={t('commission.remove')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutate(p)}
                  disabled={p.assignments > 0}
                >
                  <Button size="small" danger disabled={p.assignments > 0}>
                    {t('commission.remove')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ]
  return (
    <>
      {plans.isError ? (
        <QueryErrorResult error={plans.error} onRetry={() => void plans.refetch()} />
      ) : (
        <Table<Plan>
          rowKey="id"
          columns={columns}
          dataSource={plans.data?.items ?? []}
          loading={plans.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('commission.plansEmpty') }}
          data-testid="commission-plans"
        />
      )}
      {editing ? <PlanEditorModal plan={editing} onClose={() => setEditing(null)} /> : null}
    </>
  )
}
