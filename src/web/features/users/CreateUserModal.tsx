import { App, Form, Input, Modal, Select } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ROLES, type Role } from '../../../core/access/roles'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { ManagerSelect } from './ManagerSelect'
import { createUser } from './user-requests'

type Values = { email: string; name: string; role: Role; managerId?: string | null; password: string }

const FIELDS = ['email', 'name', 'role', 'managerId', 'password']

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const serverError = useServerError(form, ([first]) => FIELDS.includes(String(first)))
  const create = useMutation({
    mutationFn: (values: Values) => createUser({ ...values, managerId: values.managerId ?? null }),
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users })
      void message.success(t('users.created', { name: user.name }))
      form.resetFields()
      onClose()
    },
    onError: serverError.report,
  })
  const required = { required: true, whitespace: true, message: t('form.required') }
  return (
    <Modal
      open={open}
      title={t('users.new')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      afterClose={serverError.clear}
      destroyOnHidden
    >
      <ServerErrorAlert problem={serverError.problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ role: 'rep' }}
        onFinish={(values) => {
          serverError.clear()
          create.mutate(values)
        }}
      >
        <Form.Item name="name" label={t('label.name')} rules={[required]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('label.email')}
          rules={[required, { type: 'email', message: t('form.invalidEmail') }]}
        >
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('label.role')} rules={[required]}>
          <Select options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
        </Form.Item>
        <Form.Item name="managerId" label={t('label.managerId')}>
          <ManagerSelect />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('label.password')}
          extra={t('form.passwordHint')}
          rules={[required, { min: 8, message: t('form.passwordHint') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
