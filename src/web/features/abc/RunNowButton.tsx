import { ThunderboltOutlined } from '@ant-design/icons'
import { App, Button, Popconfirm } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ClassificationRun } from '../../../contracts/classification'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { abcKeys } from './abc-keys'
import { runClassification } from './abc-requests'

/** An admin classifies every customer as of today; the page then shows the new run. */
export function RunNowButton({ onDone }: { onDone: (run: ClassificationRun) => void }) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const run = useMutation({
    mutationFn: runClassification,
    onSuccess: (done) => {
      void queryClient.invalidateQueries({ queryKey: abcKeys.all })
      // Tiers changed: customer lists and pages show them.
      void queryClient.invalidateQueries({ queryKey: queryKeys.customers })
      void message.success(
        t('abc.runDone', { asOf: done.asOf, a: done.counts.A, b: done.counts.B, c: done.counts.C }),
      )
      onDone(done)
    },
    onError: (error) => void message.error(error.message),
  })
  return (
    <Popconfirm
      title={t('abc.runConfirmTitle')}
      description={t('abc.runConfirmText')}
      okText={t('abc.runNow')}
      okButtonProps={{ loading: run.isPending }}
      cancelText={t('common.cancel')}
      onConfirm={() => run.mutateAsync().catch(() => undefined)}
    >
      <Button type="primary" icon={<ThunderboltOutlined />} loading={run.isPending}>
        {t('abc.runNow')}
      </Button>
    </Popconfirm>
  )
}
