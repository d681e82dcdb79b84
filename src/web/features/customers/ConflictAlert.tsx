import { ReloadOutlined } from '@ant-design/icons'
import { Alert, Button } from 'antd'
import { useT } from '../../i18n/use-t'

type Props = { message: string; onReload: () => void; reloading: boolean; title?: string }

/** 412: someone saved first. Nothing was saved; the reader decides when to take their version. */
export function ConflictAlert({ message, onReload, reloading, title }: Props) {
  const { t } = useT()
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="conflict-alert"
      title={title ?? t('customers.conflictTitle')}
      description={message}
      action={
        <Button icon={<ReloadOutlined />} onClick={onReload} loading={reloading}>
          {t('customers.reloadLatest')}
        </Button>
      }
      style={{ marginBottom: 16 }}
    />
  )
}
