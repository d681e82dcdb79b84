import { useState } from 'react'
import { UndoOutlined } from '@ant-design/icons'
import { App, Button, Flex, Result, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { ImportErrorsTable } from './ImportErrorsTable'
import { undoImport, type ImportReport } from './import-requests'
import { ImportSummary } from './ImportSummary'

type Props = { report: ImportReport; onAnother: () => void }

/** What the import wrote, its batch, and the one way to take it back. */
export function ImportDone({ report, onAnother }: Props) {
  const { t } = useT()
  const { message, modal } = App.useApp()
  const queryClient = useQueryClient()
  const [undone, setUndone] = useState(false)
  const undo = useMutation({
    mutationFn: () => undoImport(report.batchId ?? ''),
    onSuccess: (counts) => {
      setUndone(true)
      // The orders left the list and the customers it created left theirs.
      void queryClient.invalidateQueries({ queryKey: queryKeys.ledger })
      void queryClient.invalidateQueries({ queryKey: queryKeys.customers })
      void message.success(t('cli.import_undone', counts))
    },
    onError: (error) => void message.error(error.message),
  })
  const confirmUndo = () =>
    modal.confirm({
      title: t('imports.undoConfirmTitle'),
      content: t('imports.undoConfirmText'),
      okText: t('imports.undo'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => undo.mutateAsync().catch(() => undefined),
    })
  return (
    <Flex vertical gap={16}>
      <Result
        status={undone ? 'info' : 'success'}
        title={undone ? t('imports.undoneTitle') : t('imports.doneTitle')}
        subTitle={
          report.batchId ? (
            <span data-testid="import-batch">
              {t('imports.batch')}: <Typography.Text copyable>{report.batchId}</Typography.Text>
            </span>
          ) : (
            t('imports.nothingNew')
          )
        }
        extra={[
          <Link key="orders" to="/orders">
            <Button type="primary">{t('imports.toOrders')}</Button>
          </Link>,
          <Button key="another" onClick={onAnother}>
            {t('imports.another')}
          </Button>,
          undone || !report.batchId ? null : (
            <Button key="undo" danger icon={<UndoOutlined />} loading={undo.isPending} onClick={confirmUndo}>
              {t('imports.undo')}
            </Button>
          ),
        ]}
      />
      <ImportSummary report={report} done />
      {report.errors.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('imports.skippedTitle')}
          </Typography.Title>
          <ImportErrorsTable errors={report.errors} />
        </>
      ) : null}
    </Flex>
  )
}
