import { Form, Modal, Select } from 'antd'
import { useT } from '../../i18n/use-t'
import { canOwnCustomers, useUsers } from '../users/use-users'
import { assignCustomer } from './pool-requests'
import { usePoolChange } from './use-pool'

type Props = { customer: { id: string; name: string; ownerId: string | null }; onClose: () => void }

/**
 * 分配: a manager picks someone in their team (the users list only holds their team), an admin
 * anyone who may own customers. The server checks the team again.
 */
export function AssignModal({ customer, onClose }: Props) {
  const { t } = useT()
  const users = useUsers()
  const [form] = Form.useForm<{ ownerId: string }>()
  const assign = usePoolChange(
    ({ ownerId }: { ownerId: string }) => assignCustomer(customer.id, ownerId),
    (c) => t('pool.assigned', { name: c.name, owner: c.ownerName ?? '' }),
  )
  const options = (users.data ?? [])
    .filter((u) => canOwnCustomers(u) && u.id !== customer.ownerId)
    .map((u) => ({ value: u.id, label: `${u.name} · ${t(`role.${u.role}`)}` }))
  return (
    <Modal
      open
      title={t('pool.assignTitle', { name: customer.name })}
      okText={t('pool.assign')}
      okButtonProps={{ loading: assign.isPending }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => assign.mutateAsync(values).then(onClose, () => undefined)}
      >
        <Form.Item
          name="ownerId"
          label={t('pool.assignTo')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            autoFocus
            options={options}
            loading={users.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="assign-owner"
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
