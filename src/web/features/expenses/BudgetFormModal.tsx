import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import dayjs, { type Dayjs } from 'dayjs'
import { useT } from '../../i18n/use-t'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { useCurrentUser } from '../auth/current-user'
import { toLocalDate } from '../ledger/date-value'
import { moneyRule, toMinor } from '../ledger/money-rule'
import { canOwnCustomers, useUsers } from '../users/use-users'
import { expenseKeys } from './expense-keys'
import { createBudget } from './expense-requests'

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
  const users = useUsers()
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
  const required = { required: true, message: t('form.required') }
  const month = dayjs()
  return (
    <Modal
      open
      title={t('expenses.setBudget')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert problem={serverError.problem} onClose={serverError.clear} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'amount', periodFrom: month.startOf('month'), periodTo: month.endOf('month') }}
        onFinish={(values) => {
          serverError.clear()
          save.mutate(values)
        }}
      >
        <Form.Item name="repId" label={t('label.repId')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={users.isPending}
            // Nobody sets their own budget (the server refuses it).
            options={(users.data ?? [])
              .filter((u) => canOwnCustomers(u) && u.id !== me.id)
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="periodFrom" label={t('label.periodFrom')} rules={[required]}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="periodTo" label={t('label.periodTo')} rules={[required]}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
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
            rules={[required]}
            getValueProps={(bp?: number) => ({ value: bp === undefined ? undefined : bp / 100 })}
            normalize={(percent?: number | null) => (percent == null ? undefined : Math.round(percent * 100))}
          >
            <InputNumber min={0.01} max={100} step={0.5} suffix="%" style={{ width: 160 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}
