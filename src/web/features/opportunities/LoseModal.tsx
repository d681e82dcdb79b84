import { DatePicker, Form, Input, Modal, Select } from 'antd'
import type { Opportunity } from '../../../contracts/opportunities'
import { LOST_REASONS, type LossReason } from '../../../core/opportunities/lost-reasons'
import { useT } from '../../i18n/use-t'
import { toLocalDate } from '../ledger/date-value'
import type { Dayjs } from 'dayjs'
import { lossReasonLabel } from './stage-label'
import { companyToday } from '../../lib/company-today'

type Values = { lossReason: LossReason; lostNote?: string; closedOn?: Dayjs }
type Props = {
  opportunity: Opportunity | null
  confirming: boolean
  onCancel: () => void
  onLose: (body: { lossReason: LossReason; lostNote: string | null; closedOn?: string }) => void
}

/** 丟單 always says why (DOMAIN.md "Opportunities"): the reason is what the analysis counts. */
export function LoseModal({ opportunity, confirming, onCancel, onLose }: Props) {
  const { t } = useT()
  const [form] = Form.useForm<Values>()
  return (
    <Modal
      open={opportunity !== null}
      title={t('opportunities.loseTitle', { title: opportunity?.title ?? '' })}
      okText={t('opportunities.lose')}
      okButtonProps={{ danger: true, loading: confirming }}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          onLose({
            lossReason: v.lossReason,
            lostNote: v.lostNote?.trim() || null,
            closedOn: v.closedOn ? toLocalDate(v.closedOn) : undefined,
          })
        }
      >
        <Form.Item
          name="lossReason"
          label={t('opportunities.lossReason')}
          rules={[{ required: true, message: t('opportunities.reasonRequired') }]}
        >
          <Select
            autoFocus
            placeholder={t('opportunities.pickReason')}
            options={LOST_REASONS.map((r) => ({ value: r, label: lossReasonLabel(t, r) }))}
          />
        </Form.Item>
        <Form.Item name="lostNote" label={t('label.lostNote')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="closedOn" label={t('label.closedOn')} extra={t('opportunities.closedOnHint')}>
          <DatePicker
            format="YYYY-MM-DD"
            disabledDate={(day) => day.isAfter(companyToday(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
