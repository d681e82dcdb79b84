import { useState } from 'react'
import { UndoOutlined } from '@ant-design/icons'
import { App, Button, Flex, Result, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useT } from '../../i18n/use-t'
import { invalidateImported } from './invalidate-imported'
import { ImportErrorsTable } from './ImportErrorsTable'
import { KIND_PATHS } from './import-kinds'
import { undoImport, type ImportReport } from './import-requests'
import { ImportSummary } from './ImportSummary'
import { KIND_TEXTS } from './kind-texts'

type Props = { report: ImportReport; onAnother: () => void }

/** What the import wrote, its batch, and the one way to take it back. */
export function ImportDone({ report, onAnother }: Props) {
  const { t } = useT()
  const { message, modal } = App.useApp()
  const queryClient = useQueryClient()
  const [undone, setUndone] = useState(false)
  const texts = KIND_TEXTS[report.kind]
  const undo = useMutation({
    mutationFn: () => undoImport(report.batchId ?? ''),
    onSuccess: (counts) => {
      setUndone(true)
      invalidateImported(queryClient)
      void message.success(t('cli.import_undone', counts))
    },
    onError: (error) => void message.error(error.message),
  })
  const confirmUndo = () =>
    modal.confirm({
      title: t('imports.undoConfirmTitle'),
      content: t(texts.undoText),
      okText: t('imports.undo'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => undo.mutateAsync().catch(() => undefined),
    })
  return (
    <Flex vertical gap={16}>
      <Result
        status={undone || !report.batchId ? 'info' : 'success'}
        title={undone ? t('imports.undoneTitle') : report.batchId ? t(texts.done) : t('imports.nothingNew')}
        subTitle={
          report.batchId ? (
            <span data-testid="import-batch">
              {t('imports.batch')}: <Typography.Text copyable>{report.batchId}</Typography.Text>
            </span>
          ) : null
        }
        extra={[
          <Link key="list" to={KIND_PATHS[report.kind]}>
            <Button type="primary">{t(texts.toList)}</Button>
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
          <ImportErrorsTable kind={report.kind} errors={report.errors} omitted={report.errorsOmitted} />
        </>
      ) : null}
    </Flex>
  )
}
