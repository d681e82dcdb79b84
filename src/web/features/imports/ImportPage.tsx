import { useState } from 'react'
import { Card, Result } from 'antd'
import { useSearchParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { useCurrentUser } from '../auth/current-user'
import { canImport } from './can-import'
import type { ChosenFile } from './FileStep'
import { IMPORT_KINDS, isImportKind, type ImportKind } from './import-kinds'
import { ImportWizard } from './ImportWizard'
import { KIND_TEXTS } from './kind-texts'

/**
 * 匯入: customers, orders, collections or expenses from a CSV or XLSX file — dry-run first (nothing
 * written), then imported as one batch that can be undone. The kind is in the URL (`?kind=orders`,
 * as the list pages' Import buttons link); the chosen file survives a change of kind, the rest of
 * the wizard starts over.
 */
export function ImportPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const [params, setParams] = useSearchParams()
  const [file, setFile] = useState<ChosenFile | null>(null)
  const kinds = IMPORT_KINDS.filter((kind) => canImport(user, kind))
  const asked = params.get('kind')
  const kind = isImportKind(asked) && kinds.includes(asked) ? asked : kinds[0]
  // Auditors record nothing: the server would answer 403 to every kind.
  if (!kind) return <Result status="403" title="403" subTitle={t('error.forbidden')} />
  const chooseKind = (next: ImportKind) => setParams({ kind: next }, { replace: true })
  return (
    <>
      <PageHeader title={t(KIND_TEXTS[kind].title)} subtitle={t('imports.subtitle')} />
      <Card>
        <ImportWizard key={kind} kind={kind} kinds={kinds} onKind={chooseKind} file={file} onFile={setFile} />
      </Card>
    </>
  )
}
