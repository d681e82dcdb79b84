import { App, Form, Input, InputNumber, Radio } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Dayjs } from 'dayjs'
import { useT } from '../../i18n/use-t'
import { FormModal } from '../../lib/FormModal'
import { PeriodFields } from '../../lib/PeriodFields'
import { useServerError } from '../../lib/use-server-error'
import { useCurrentUser } from '../auth/current-user'
import { toLocalDate } from '../ledger/date-value'
import { moneyRule, toMinor } from '../ledger/money-rule'
import { RepField } from '../users/RepField'
import { expenseKeys } from './expense-keys'
import { createBudget } from './expense-requests'
import { companyToday } from '../../lib/company-today'

type Props = { onClose: () => void }
type Values = {
  repId?: string
  periodFrom?: Dayjs
  periodTo?: Dayjs
  kind: 'amount' | 'share'
  amount?: string
  /** Basis points (500 = 5 %); the input shows percent. */
  shareBp?: number
}
const FIELDS = ['repId', 'periodFrom', 'periodTo', 'amount', 'shareBp']

/** 費用承包: a rep's spending limit for a period, a fixed amount or a share of what they collect. */
export function BudgetFormModal({ onClose }: Props) {
  const { t } = useT()
  const { message } = App.useApp()
  const me = useCurrentUser()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const kind = Form.useWatch('kind', form) ?? 'amount'
  const serverError = useServerError(form, (path) => FIELDS.includes(String(path[0])))
  const save = useMutation({
    mutationFn: (v: Values) =>
      createBudget({
        repId: v.repId ?? '',
        periodFrom: v.periodFrom ? toLocalDate(v.periodFrom) : '',
        periodTo: v.periodTo ? toLocalDate(v.periodTo) : '',
        ...(v.kind === 'amount' ? { amount: toMinor(v.amount) ?? 0 } : { shareBp: v.shareBp }),
      }),
    onSuccess: (budget) => {
      void queryClient.invalidateQueries({ queryKey: expenseKeys.all })
      void message.success(t('expenses.budgetSaved', { name: budget.repName }))
      onClose()
    },
    onError: serverError.report,
  })
  const month = companyToday()
  return (
    <FormModal<Values>
      form={form}
      title={t('expenses.setBudget')}
      saving={save.isPending}
      serverError={serverError}
      initialValues={{ kind: 'amount', periodFrom: month.startOf('month'), periodTo: month.endOf('month') }}
      onSubmit={(values) => save.mutate(values)}
      onClose={onClose}
    >
      {/* Nobody sets their own budget (the server refuses it). */}
      <RepField excludeId={me.id} />
      <PeriodFields />
      <Form.Item name="kind" label={t('expenses.limit')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'amount', label: t('expenses.fixedAmount') },
            { value: 'share', label: t('expenses.shareKind') },
          ]}
        />
      </Form.Item>
      {kind === 'amount' ? (
        <Form.Item name="amount" label={t('label.amount')} rules={[moneyRule(t, { positive: true })]}>
          <Input inputMode="decimal" placeholder="50,000.00" style={{ textAlign: 'right' }} />
        </Form.Item>
      ) : (
        <Form.Item
          name="shareBp"
          label={t('label.share')}
          extra={t('expenses.shareHint')}
          rules={[{ required: true, message: t('form.required') }]}
          getValueProps={(bp?: number) => ({ value: bp === undefined ? undefined : bp / 100 })}
          normalize={(percent?: number | null) => (percent == null ? undefined : Math.round(percent * 100))}
        >
          <InputNumber min={0.01} max={100} step={0.5} suffix="%" style={{ width: 160 }} />
        </Form.Item>
      )}
    </FormModal>
  )
}
