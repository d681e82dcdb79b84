import { Form, Input, Modal } from 'antd'
import { useT } from '../../i18n/use-t'

type Props = { open: boolean; confirming: boolean; onCancel: () => void; onReject: (reason: string) => void }

/** A rejection always says why: the rep reads the reason next to the expense. */
export function RejectModal({ open, confirming, onCancel, onReject }: Props) {
  const { t } = useT()
  const [form] = Form.useForm<{ reason: string }>()
  return (
    <Modal
      open={open}
      title={t('expenses.rejectTitle')}
      okText={t('expenses.reject')}
      okButtonProps={{ danger: true, loading: confirming }}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => onReject(reason.trim())}>
        <Form.Item
          name="reason"
          label={t('label.reason')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea autoFocus rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  )
}
