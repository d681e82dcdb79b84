import { useState } from 'react'
import { Alert, Button, Card, Flex, Result, Steps } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { queryKeys } from '../../lib/query-keys'
import { useCurrentUser } from '../auth/current-user'
import { canRecordLedger } from '../ledger/ledger-roles'
import { FileStep, type ChosenFile } from './FileStep'
import { ImportDone } from './ImportDone'
import type { ImportMode } from './import-requests'
import { ImportStep } from './ImportStep'
import { ReportView } from './ReportView'
import { UploadProgress } from './UploadProgress'
import { useImportRun } from './use-import-run'

type Step = 0 | 1 | 2

/** 匯入訂單: choose a CSV, dry-run it (nothing written), then import it as one batch that can be undone. */
export function ImportOrdersPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [step, setStep] = useState<Step>(0)
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [mapping, setMapping] = useState<Record<string, string>>({})
  const [mode, setMode] = useState<ImportMode>('all-or-nothing')
  const dryRun = useImportRun()
  const commit = useImportRun(() => void queryClient.invalidateQueries({ queryKey: queryKeys.ledger }))
  // Auditors read the ledger and record nothing: the server would answer 403.
  if (!canRecordLedger(user)) return <Result status="403" title="403" subTitle={t('error.forbidden')} />

  const request = (isDryRun: boolean) =>
    file ? { file: { name: file.name, bytes: file.bytes }, mode, dryRun: isDryRun, mapping } : null
  const startDryRun = () => {
    const body = request(true)
    if (!body) return
    setStep(1)
    dryRun.run.mutate(body)
  }
  const startImport = () => {
    const body = request(false)
    if (body) commit.run.mutate(body)
  }
  const restart = () => {
    setFile(null)
    setMapping({})
    dryRun.run.reset()
    commit.run.reset()
    setStep(0)
  }
  const chooseFile = (chosen: ChosenFile | null) => {
    setFile(chosen)
    setMapping({})
  }
  const imported = commit.run.data?.committed ? commit.run.data : null
  const report = dryRun.run.data

  return (
    <>
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      <Card>
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          items={[
            { title: t('imports.stepFile') },
            { title: t('imports.stepDryRun') },
            { title: t('imports.stepImport') },
          ]}
        />
        {step === 0 ? (
          <FileStep file={file} onFile={chooseFile} mapping={mapping} onMapping={setMapping} />
        ) : null}
        {step === 1 ? (
          dryRun.run.isPending ? (
            <UploadProgress progress={dryRun.progress} />
          ) : dryRun.run.isError ? (
            <Alert type="error" showIcon role="alert" title={dryRun.run.error.message} />
          ) : report ? (
            <ReportView report={report} />
          ) : null
        ) : null}
        {step === 2 ? (
          imported ? (
            <ImportDone report={imported} onAnother={restart} />
          ) : (
            <ImportStep
              dryRun={report}
              mode={mode}
              onMode={setMode}
              run={commit.run}
              progress={commit.progress}
            />
          )
        ) : null}
        {imported ? null : (
          <Flex justify="space-between" style={{ marginTop: 24 }}>
            <Button
              onClick={() => (step === 0 ? void navigate('/orders') : setStep((step - 1) as Step))}
              disabled={dryRun.run.isPending || commit.run.isPending}
            >
              {step === 0 ? t('common.cancel') : t('imports.back')}
            </Button>
            {step === 0 ? (
              <Button type="primary" disabled={!file} onClick={startDryRun}>
                {t('imports.runDryRun')}
              </Button>
            ) : null}
            {step === 1 ? (
              <Button type="primary" disabled={!report || dryRun.run.isPending} onClick={() => setStep(2)}>
                {t('imports.next')}
              </Button>
            ) : null}
            {step === 2 ? (
              <Button
                type="primary"
                loading={commit.run.isPending}
                disabled={!report || (mode === 'all-or-nothing' && report.badRows > 0)}
                onClick={startImport}
              >
                {t('imports.import')}
              </Button>
            ) : null}
          </Flex>
        )}
      </Card>
    </>
  )
}
