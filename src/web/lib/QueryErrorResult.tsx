import { Button, Result } from 'antd'
import { useT } from '../i18n/use-t'
import { isHttpError } from './http'

type Props = { error: unknown; onRetry?: () => void }

/** What a page shows when its data could not be loaded: the server's reason and a way to retry. */
export function QueryErrorResult({ error, onRetry }: Props) {
  const { t } = useT()
  const notFound = isHttpError(error, 404)
  return (
    <Result
      status={notFound ? '404' : 'warning'}
      title={notFound ? t('common.notFoundTitle') : t('common.loadFailed')}
      subTitle={error instanceof Error ? error.message : undefined}
      extra={
        onRetry && !notFound ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null
      }
    />
  )
}
