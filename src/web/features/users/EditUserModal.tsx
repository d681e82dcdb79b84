import { App, Form, Input, Modal, Select } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ROLES, type Role } from '../../../core/access/roles'
import type { User } from '../../../contracts/users'
import { useT } from '../../i18n/use-t'
import { isHttpError } from '../../lib/http'
import { queryKeys } from '../../lib/query-keys'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { ManagerSelect } from './ManagerSelect'
import { updateUser, type UpdateUserBody } from './user-requests'

type Values = { name: string; role: Role; managerId?: string | null; password?: string }

const FIELDS = ['name', 'role', 'managerId', 'password']

/** Name, role, manager and an optional new password; saved with If-Match on the version shown. */
export function EditUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const serverError = useServerError(form, ([first]) => FIELDS.includes(String(first)))
  const save = useMutation({
    mutationFn: ({ password, ...values }: Values) => {
      const body: UpdateUserBody = { ...values, managerId: values.managerId ?? null }
      return updateUser(user.id, user.version, password ? { ...body, password } : body)
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users })
      void message.success(t('users.saved', { name: saved.name }))
      onClose()
    },
    onError: (error) => {
      serverError.report(error)
      // After a 412 the list shows the newer version; reopening the dialog edits that one.
      if (isHttpError(error, 412)) void queryClient.invalidateQueries({ queryKey: queryKeys.users })
    },
  })
  const required = { required: true, whitespace: true, message: t('form.required') }
  return (
    <Modal
      open
      title={t('users.editTitle', { name: user.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <ServerErrorAlert problem={serverError.problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ name: user.name, role: user.role, managerId: user.managerId }}
        onFinish={(values) => {
          serverError.clear()
          save.mutate(values)
        }}
      >
        <Form.Item label={t('label.email')}>
          <Input value={user.email} disabled />
        </Form.Item>
        <Form.Item name="name" label={t('label.name')} rules={[required]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('label.role')} rules={[required]}>
          <Select options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
        </Form.Item>
        <Form.Item name="managerId" label={t('label.managerId')}>
          <ManagerSelect excludeId={user.id} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.newPassword')}
          extra={t('users.newPasswordHint')}
          rules={[{ min: 8, message: t('form.passwordHint') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
