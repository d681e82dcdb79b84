import { useState } from 'react'
import { Button, Flex, Steps } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t'
import { DryRunStep } from './DryRunStep'
import { FileStep, type ChosenFile } from './FileStep'
import { invalidateImported } from './invalidate-imported'
import { ImportDone } from './ImportDone'
import { KIND_PATHS, type ImportKind } from './import-kinds'
import { mapParam, type ImportMode } from './import-requests'
import { ImportStep } from './ImportStep'
import { KindChoice } from './KindChoice'
import { useImportRun } from './use-import-run'

type Step = 0 | 1 | 2

type Props = {
  kind: ImportKind
  kinds: readonly ImportKind[]
  onKind: (kind: ImportKind) => void
  file: ChosenFile | null
  onFile: (file: ChosenFile | null) => void
}

/** The three steps for one kind: the file (and its columns), the dry run, the import. */
export function ImportWizard({ kind, kinds, onKind, file, onFile }: Props) {
  const { t } = useT()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [step, setStep] = useState<Step>(0)
  const [mapping, setMapping] = useState<Record<string, string>>({})
  // The mapping the shown dry run was made with: another one needs another dry run.
  const [ranWith, setRanWith] = useState('')
  const [mode, setMode] = useState<ImportMode>('all-or-nothing')
  const dryRun = useImportRun()
  const commit = useImportRun(() => invalidateImported(queryClient))

  const request = (isDryRun: boolean) =>
    file ? { kind, file: { name: file.name, bytes: file.bytes }, mode, dryRun: isDryRun, mapping } : null
  const startDryRun = () => {
    const body = request(true)
    if (!body) return
    setStep(1)
    setRanWith(mapParam(mapping))
    commit.run.reset()
    dryRun.run.mutate(body)
  }
  const startImport = () => {
    const body = request(false)
    if (body) commit.run.mutate(body)
  }
  const restart = () => {
    onFile(null)
    setMapping({})
    dryRun.run.reset()
    commit.run.reset()
    setStep(0)
  }
  const chooseFile = (chosen: ChosenFile | null) => {
    onFile(chosen)
    setMapping({})
  }
  const result = commit.run.data
  // Written, or nothing to write (every row already on file): either way this import is over.
  const finished = result && (result.committed || result.badRows === 0) ? result : null
  const report = dryRun.run.data
  const stale = report !== undefined && mapParam(mapping) !== ranWith
  const busy = dryRun.run.isPending || commit.run.isPending

  return (
    <>
      <KindChoice kinds={kinds} value={kind} onChange={onKind} disabled={busy || finished !== null} />
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
        <FileStep kind={kind} file={file} onFile={chooseFile} mapping={mapping} onMapping={setMapping} />
      ) : null}
      {step === 1 ? (
        <DryRunStep
          run={dryRun.run}
          progress={dryRun.progress}
          mapping={mapping}
          onMapping={setMapping}
          stale={stale}
          onRerun={startDryRun}
        />
      ) : null}
      {step === 2 ? (
        finished ? (
          <ImportDone report={finished} onAnother={restart} />
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
      {finished ? null : (
        <Flex justify="space-between" style={{ marginTop: 24 }}>
          <Button
            onClick={() => (step === 0 ? void navigate(KIND_PATHS[kind]) : setStep((step - 1) as Step))}
            disabled={busy}
          >
            {step === 0 ? t('common.cancel') : t('imports.back')}
          </Button>
          {step === 0 ? (
            <Button type="primary" disabled={!file} onClick={startDryRun}>
              {t('imports.runDryRun')}
            </Button>
          ) : null}
          {step === 1 ? (
            <Button type="primary" disabled={!report || stale || busy} onClick={() => setStep(2)}>
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
    </>
  )
}
