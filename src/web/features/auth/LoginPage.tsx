import { Alert, Button, Form, Input } from 'antd'
import type { Login } from '../../../contracts/users'
import { useT } from '../../i18n/use-t'
import { AuthShell } from './AuthShell'
import { useLogin } from './use-session'

export function LoginPage() {
  const { t } = useT()
  const login = useLogin()
  return (
    <AuthShell title={t('auth.loginTitle')} subtitle={t('auth.loginSubtitle')}>
      {login.error ? (
        <Alert type="error" showIcon title={login.error.message} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <Form<Login> layout="vertical" requiredMark={false} onFinish={(values) => login.mutate(values)}>
        <Form.Item
          name="email"
          label={t('label.email')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input type="email" autoComplete="username" autoFocus size="large" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('label.password')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
          {t('auth.login')}
        </Button>
      </Form>
    </AuthShell>
  )
}
