import { Form, Select } from 'antd'
import { useT } from '../../i18n/use-t'
import { canOwnCustomers, useUsers } from './use-users'

/** A required form field repId: one of the users who can own customers, but `excludeId`. */
export function RepField({ excludeId }: { excludeId?: string }) {
  const { t } = useT()
  const users = useUsers()
  return (
    <Form.Item
      name="repId"
      label={t('label.repId')}
      rules={[{ required: true, message: t('form.required') }]}
    >
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        loading={users.isPending}
        options={(users.data ?? [])
          .filter((u) => canOwnCustomers(u) && u.id !== excludeId)
          .map((u) => ({ value: u.id, label: u.name }))}
      />
    </Form.Item>
  )
}
