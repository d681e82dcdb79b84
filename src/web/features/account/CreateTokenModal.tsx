import { useState } from 'react'
import { Alert, Button, Form, Input, Modal, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { createToken, type CreatedApiToken } from './token-requests'

/** Names a new token, then shows it once: the server keeps only its hash. */
export function CreateTokenModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useT()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<{ name: string }>()
  const [created, setCreated] = useState<CreatedApiToken | null>(null)
  const serverError = useServerError(form, ([first]) => first === 'name')
  const create = useMutation({
    mutationFn: ({ name }: { name: string }) => createToken(name),
    onSuccess: (token) => {
      setCreated(token)
      void queryClient.invalidateQueries({ queryKey: queryKeys.tokens })
    },
    onError: serverError.report,
  })
  const afterClose = () => {
    setCreated(null)
    serverError.clear()
    form.resetFields()
  }
  if (created)
    return (
      <Modal
        open={open}
        title={t('tokens.createdTitle')}
        onCancel={onClose}
        afterClose={afterClose}
        footer={
          <Button type="primary" onClick={onClose}>
            {t('common.done')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('tokens.showOnce')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph copyable={{ text: created.token }} code data-testid="new-token">
          {created.token}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('tokens.usage')}</Typography.Text>
      </Modal>
    )
  return (
    <Modal
      open={open}
      title={t('tokens.new')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={afterClose}
      confirmLoading={create.isPending}
    >
      <ServerErrorAlert problem={serverError.problem} />
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        onFinish={(values) => create.mutate(values)}
      >
        <Form.Item
          name="name"
          label={t('tokens.name')}
          extra={t('tokens.nameHint')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input autoFocus maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
