import { UploadOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from '../auth/current-user'
import { canImport } from './can-import'
import { importPath, type ImportKind } from './import-kinds'

/** A list page's Import button: the wizard with the page's kind chosen (nothing for those who may not). */
export function ImportButton({ kind }: { kind: ImportKind }) {
  const { t } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  if (!canImport(user, kind)) return null
  return (
    <Button icon={<UploadOutlined />} onClick={() => void navigate(importPath(kind))}>
      {t('imports.open')}
    </Button>
  )
}
