import { App, DatePicker, Form, Input, Modal, Select } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Dayjs } from 'dayjs'
import type { CustomerTier } from '../../../contracts/classification'
import { TIERS } from '../../../core/follow-ups/tier'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import { saveTierOverride, type TierOverrideInput } from './abc-requests'
import { companyToday } from '../../lib/company-today'

type Values = { tier: TierOverrideInput['tier']; reason: string; until?: Dayjs | null }
type Props = { open: boolean; onClose: () => void; tier: CustomerTier }

const FIELDS = ['tier', 'reason', 'until']

/** A manual tier with its reason (required, DOMAIN.md) and an optional last day, today or later. */
export function TierOverrideModal({ open, onClose, tier }: Props) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const server = useServerError(form, (path) => FIELDS.includes(String(path[0])))
  const save = useMutation({
    mutationFn: (values: Values) =>
      saveTierOverride(tier.customerId, tier.version, {
        tier: values.tier,
        reason: values.reason.trim(),
        until: values.until ? toLocalDate(values.until) : null,
      }),
    onSuccess: () => {
      // The customer's version and its audit log moved on too.
      void queryClient.invalidateQueries({ queryKey: queryKeys.customers })
      void message.success(t('tier.saved'))
      onClose()
    },
    onError: server.report,
  })
  return (
    <Modal
      open={open}
      title={tier.override ? t('tier.changeOverride') : t('tier.setOverride')}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      afterClose={() => {
        form.resetFields()
        server.clear()
      }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={server.problem} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          tier: tier.override?.tier ?? tier.effectiveTier,
          reason: tier.override?.reason ?? '',
          until: fromLocalDate(tier.override?.until ?? undefined),
        }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="tier"
          label={t('label.tierOverride')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={TIERS.map((x) => ({ value: x, label: t('customers.tierLong', { tier: x }) }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('label.reason')}
          extra={t('tier.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="until" label={t('label.until')} extra={t('tier.untilHint')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(companyToday(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
