import { SendOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Form, Input, Select, Switch, Typography } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { PushReport, PushSetting } from '../../../contracts/reminders'
import { PUSH_KINDS } from '../../../core/reminders/chat-message'
import { useT } from '../../i18n/use-t'
import { http } from '../../lib/http'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'

const key = ['reminder-push'] as const

/** The morning push's chat webhook (admins): where, which service, whether each morning; and a test send. */
export function PushSettingsCard() {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<PushSetting>()
  const setting = useQuery({
    queryKey: key,
    queryFn: () => http<PushSetting>('GET', '/settings/reminder-push'),
  })
  const serverError = useServerError(form, (path) => ['url', 'kind', 'enabled'].includes(String(path[0])))
  const save = useMutation({
    mutationFn: (values: PushSetting) =>
      http<PushSetting>('PUT', '/settings/reminder-push', { body: { ...values, url: values.url || null } }),
    onMutate: () => serverError.clear(),
    onSuccess: () => void message.success(t('pushSettings.saved')),
    onError: serverError.report,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: key }),
  })
  const send = useMutation({
    mutationFn: () => http<PushReport>('POST', '/reminders/push'),
    onSuccess: (report) =>
      void message.info(
        t('pushSettings.sent', { sent: report.sent, skipped: report.skipped, failed: report.failed.length }),
      ),
    onError: (error) => void message.error(error.message),
  })
  return (
    <Card
      title={t('pushSettings.title')}
      loading={setting.isPending}
      style={{ marginTop: 16 }}
      data-testid="push-settings"
    >
      <Typography.Paragraph type="secondary">{t('pushSettings.subtitle')}</Typography.Paragraph>
      <ServerErrorAlert problem={serverError.problem} onClose={serverError.clear} />
      {setting.data ? (
        <Form<PushSetting>
          form={form}
          layout="vertical"
          initialValues={setting.data}
          onFinish={(values) => save.mutate(values)}
          style={{ maxWidth: 640 }}
        >
          <Form.Item name="url" label={t('pushSettings.url')}>
            <Input placeholder="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…" allowClear />
          </Form.Item>
          <Flex gap={24} wrap>
            <Form.Item name="kind" label={t('pushSettings.kind')} style={{ minWidth: 200 }}>
              <Select
                options={PUSH_KINDS.map((kind) => ({ value: kind, label: t(`pushSettings.kind.${kind}`) }))}
              />
            </Form.Item>
            <Form.Item name="enabled" label={t('pushSettings.enabled')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Flex>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            <Button
              icon={<SendOutlined />}
              loading={send.isPending}
              disabled={!setting.data.url}
              onClick={() => send.mutate()}
            >
              {t('pushSettings.sendNow')}
            </Button>
          </Flex>
        </Form>
      ) : null}
    </Card>
  )
}
