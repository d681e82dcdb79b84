import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import dayjs, { type Dayjs } from 'dayjs'
import { parseMoney } from '../../../core/money/parse-money'
import { useT } from '../../i18n/use-t'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { toLocalDate } from '../ledger/date-value'
import { canOwnCustomers, useUsers } from '../users/use-users'
import { commissionKeys } from './commission-keys'
import { createAdjustment } from './commission-requests'

type Values = { repId?: string; periodFrom?: Dayjs; periodTo?: Dayjs; amount?: string; reason?: string }
const FIELDS = ['repId', 'periodFrom', 'periodTo', 'amount', 'reason']

/** A signed change to a rep's commission, with its reason (required), for a period (this month by default). */
export function AdjustmentModal({ onClose }: { onClose: () => void }) {
  const { t } = useT()
  const { message } = App.useApp()
  const users = useUsers()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const serverError = useServerError(form, (path) => FIELDS.includes(String(path[0])))
  const save = useMutation({
    mutationFn: (v: Values) =>
      createAdjustment({
        repId: v.repId ?? '',
        periodFrom: v.periodFrom ? toLocalDate(v.periodFrom) : '',
        periodTo: v.periodTo ? toLocalDate(v.periodTo) : '',
        amount: parseMoney(v.amount ?? '')?.minor ?? 0,
        reason: v.reason ?? '',
      }),
    onSuccess: (a) => {
      void queryClient.invalidateQueries({ queryKey: commissionKeys.all })
      void message.success(t('commission.adjustmentSaved', { name: a.repName }))
      onClose()
    },
    onError: serverError.report,
  })
  const required = { required: true, message: t('form.required') }
  const month = dayjs()
  return (
    <Modal
      open
      title={t('commission.adjust')}
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
        initialValues={{ periodFrom: month.startOf('month'), periodTo: month.endOf('month') }}
        onFinish={(values) => {
          serverError.clear()
          save.mutate(values)
        }}
      >
        <Form.Item name="repId" label={t('label.repId')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={users.isPending}
            options={(users.data ?? []).filter(canOwnCustomers).map((u) => ({ value: u.id, label: u.name }))}
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
        <Form.Item
          name="amount"
          label={t('label.amount')}
          extra={t('commission.amountSignedHint')}
          rules={[
            {
              validator: async (_, value?: string) => {
                if (!value?.trim()) throw new Error(t('form.required'))
                const parsed = parseMoney(value)
                if (!parsed) throw new Error(t('ledger.invalidAmount'))
                if (parsed.minor === 0) throw new Error(t('field.nonzero', { field: t('label.amount') }))
              },
            },
          ]}
        >
          <Input inputMode="decimal" placeholder="-500.00" style={{ textAlign: 'right' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('label.reason')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
