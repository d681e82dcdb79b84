import { Alert, Button, Form, Input } from 'antd'
import { useT } from '../../i18n/use-t'
import { showFieldErrors } from '../../lib/form-errors'
import { isHttpError } from '../../lib/http'
import { AuthShell } from './AuthShell'
import { useSetupFirstAdmin } from './use-session'

type Values = { name: string; email: string; password: string; confirm: string }

const FIELDS = ['name', 'email', 'password']

/** Shown on every route until the first administrator exists. */
export function SetupPage() {
  const { t, lang } = useT()
  const [form] = Form.useForm<Values>()
  const setup = useSetupFirstAdmin()
  const submit = ({ name, email, password }: Values) =>
    setup.mutate(
      { name, email, password, lang },
      {
        onError: (error) => {
          if (isHttpError(error))
            showFieldErrors(form, error.details, ([first]) => FIELDS.includes(String(first)))
        },
      },
    )
  return (
    <AuthShell title={t('setup.title')} subtitle={t('setup.subtitle')}>
      {setup.error ? (
        <Alert type="error" showIcon title={setup.error.message} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item
          name="name"
          label={t('label.name')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input autoComplete="name" autoFocus size="large" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('label.email')}
          rules={[
            { required: true, message: t('form.required') },
            { type: 'email', message: t('form.invalidEmail') },
          ]}
        >
          <Input type="email" autoComplete="username" size="large" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('label.password')}
          extra={t('form.passwordHint')}
          rules={[
            { required: true, message: t('form.required') },
            { min: 8, message: t('form.passwordHint') },
          ]}
        >
          <Input.Password autoComplete="new-password" size="large" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('form.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('form.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('password') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('form.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={setup.isPending}>
          {t('setup.submit')}
        </Button>
      </Form>
    </AuthShell>
  )
}
