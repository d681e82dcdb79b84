import { Form, Input, Modal, Typography } from 'antd'
import { useT } from '../../i18n/use-t'
import { releaseCustomer } from './pool-requests'
import { usePoolChange } from './use-pool'

type Props = { customer: { id: string; name: string }; onClose: () => void }

/** 釋放: the customer goes back to the pool, where anyone may claim it; the reason is optional. */
export function ReleaseModal({ customer, onClose }: Props) {
  const { t } = useT()
  const [form] = Form.useForm<{ reason?: string }>()
  const release = usePoolChange(
    (reason: string | null) => releaseCustomer(customer.id, reason),
    (c) => t('pool.released', { name: c.name }),
  )
  return (
    <Modal
      open
      title={t('pool.releaseTitle', { name: customer.name })}
      okText={t('pool.release')}
      okButtonProps={{ danger: true, loading: release.isPending }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('pool.releaseText')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={({ reason }) => release.mutateAsync(reason?.trim() || null).then(onClose, () => undefined)}
      >
        <Form.Item name="reason" label={t('pool.releaseReason')}>
          <Input.TextArea autoFocus rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  )
}
