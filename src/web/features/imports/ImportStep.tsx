import { Alert, Flex } from 'antd'
import type { UseMutationResult } from '@tanstack/react-query'
import { useT } from '../../i18n/use-t'
import { ImportErrorsTable } from './ImportErrorsTable'
import type { ImportMode, ImportReport, ImportRequest } from './import-requests'
import { ModeChoice } from './ModeChoice'
import { UploadProgress } from './UploadProgress'

type Props = {
  dryRun: ImportReport | undefined
  mode: ImportMode
  onMode: (mode: ImportMode) => void
  run: UseMutationResult<ImportReport, Error, ImportRequest>
  progress: number | null
}

/** Step 3 before the import: the mode, what the dry run promised, and any refusal from the server. */
export function ImportStep({ dryRun, mode, onMode, run, progress }: Props) {
  const { t } = useT()
  const bad = dryRun?.badRows ?? 0
  // The import answered but wrote nothing (a row went bad since the dry run, in all-or-nothing).
  const refused = run.data && !run.data.committed ? run.data : null
  return (
    <Flex vertical gap={16}>
      <ModeChoice value={mode} onChange={onMode} disabled={run.isPending} />
      {dryRun ? (
        <Alert
          type={bad > 0 && mode === 'all-or-nothing' ? 'warning' : 'info'}
          showIcon
          title={
            bad > 0 && mode === 'all-or-nothing'
              ? t('imports.blockedAllOrNothing', { count: bad })
              : t('imports.willCreate', {
                  orders: dryRun.orders.created,
                  customers: dryRun.customersCreated,
                  skipped: mode === 'skip-invalid' ? bad : 0,
                })
          }
        />
      ) : null}
      {run.isPending ? <UploadProgress progress={progress} /> : null}
      {run.isError ? <Alert type="error" showIcon role="alert" title={run.error.message} /> : null}
      {refused ? (
        <>
          <Alert type="error" showIcon role="alert" title={t('imports.nothingWritten')} />
          <ImportErrorsTable errors={refused.errors} />
        </>
      ) : null}
    </Flex>
  )
}
