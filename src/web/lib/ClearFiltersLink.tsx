import { Button } from 'antd'
import { useT } from '../i18n/use-t'

/** "Clear filters", at the end of a list's filters while any is set. */
export function ClearFiltersLink({ shown, onClear }: { shown: boolean; onClear: () => void }) {
  const { t } = useT()
  if (!shown) return null
  return (
    <Button type="link" onClick={onClear} style={{ paddingInline: 0 }}>
      {t('customers.clearFilters')}
    </Button>
  )
}
