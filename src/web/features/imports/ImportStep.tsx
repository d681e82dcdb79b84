import { Alert, Flex } from 'antd'
import type { UseMutationResult } from '@tanstack/react-query'
import { useT } from '../../i18n/use-t'
import { ImportErrorsTable } from './ImportErrorsTable'
import type { ImportProgress } from './import-progress'
import type { ImportMode, ImportReport, ImportRequest } from './import-requests'
import { ImportProgressBars } from './ImportProgressBars'
import { KIND_TEXTS } from './kind-texts'
import { ModeChoice } from './ModeChoice'
import { RunErrorAlert } from './RunErrorAlert'

type Props = {
  dryRun: ImportReport | undefined
  mode: ImportMode
  onMode: (mode: ImportMode) => void
  run: UseMutationResult<ImportReport, Error, ImportRequest>
  progress: ImportProgress | null
}

/** Step 3 before the import: the mode, what the dry run promised, and any refusal from the server. */
export function ImportStep({ dryRun, mode, onMode, run, progress }: Props) {
  const { t } = useT()
  const bad = dryRun?.badRows ?? 0
  // The import answered but wrote nothing because rows were bad (one went bad since the dry run).
  const refused = run.data && !run.data.committed && run.data.badRows > 0 ? run.data : null
  const promise = () => {
    if (!dryRun) return ''
    if (bad > 0 && mode === 'all-or-nothing') return t('imports.blockedAllOrNothing', { count: bad })
    const records = t(KIND_TEXTS[dryRun.kind].records, { count: dryRun.created })
    const skipped = mode === 'skip-invalid' ? bad : 0
    return dryRun.kind === 'customers'
      ? t('imports.willCreateCustomers', { records, skipped })
      : t('imports.willCreate', { records, customers: dryRun.customersCreated, skipped })
  }
  return (
    <Flex vertical gap={16}>
      <ModeChoice value={mode} onChange={onMode} disabled={run.isPending} />
      {dryRun ? (
        <Alert type={bad > 0 && mode === 'all-or-nothing' ? 'warning' : 'info'} showIcon title={promise()} />
      ) : null}
      {run.isPending ? <ImportProgressBars progress={progress} /> : null}
      {run.isError ? <RunErrorAlert error={run.error} /> : null}
      {refused ? (
        <>
          <Alert type="error" showIcon role="alert" title={t('imports.nothingWritten')} />
          <ImportErrorsTable kind={refused.kind} errors={refused.errors} omitted={refused.errorsOmitted} />
        </>
      ) : null}
    </Flex>
  )
}
