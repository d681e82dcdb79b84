import { Button, Result } from 'antd'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t'

export function NotFoundPage() {
  const { t } = useT()
  const navigate = useNavigate()
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.pageNotFound')}
      extra={
        <Button type="primary" onClick={() => void navigate('/customers')}>
          {t('nav.customers')}
        </Button>
      }
    />
  )
}
