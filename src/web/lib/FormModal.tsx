import type { ReactNode } from 'react'
import { Form, Modal, type FormInstance, type FormProps } from 'antd'
import { useT } from '../i18n/use-t'
import { ServerErrorAlert } from './ServerErrorAlert'
import type { ServerProblem } from './use-server-error'

type Props<V> = {
  form: FormInstance<V>
  title: ReactNode
  saving: boolean
  serverError: { problem: ServerProblem | null; clear: () => void }
  initialValues: FormProps<V>['initialValues']
  /** The form's values once they pass its rules; the last save's message is cleared first. */
  onSubmit: (values: V) => void
  onClose: () => void
  children: ReactNode
}

/** A modal holding one vertical form: Save submits it, the server's refusal shows above its fields. */
export function FormModal<V>({
  form,
  title,
  saving,
  serverError,
  initialValues,
  onSubmit,
  onClose,
  children,
}: Props<V>) {
  const { t } = useT()
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert problem={serverError.problem} onClose={serverError.clear} />
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          serverError.clear()
          onSubmit(values)
        }}
      >
        {children}
      </Form>
    </Modal>
  )
}
