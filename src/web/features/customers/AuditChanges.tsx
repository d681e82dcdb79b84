import { ArrowRightOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import { fieldLabel } from '../../../core/i18n/describe-issue'
import type { AuditEntry } from '../../../contracts/customers'
import { useT } from '../../i18n/use-t'
import { useAuditValue } from './use-audit-value'

type Props = { entry: AuditEntry }

/** Field: before → after, one line per changed field; a creation lists only what was set. */
export function AuditChanges({ entry }: Props) {
  const { lang } = useT()
  const show = useAuditValue()
  const created = entry.action === 'create'
  const changes = created ? entry.changes.filter((c) => show(c.field, c.after) !== '—') : entry.changes
  if (entry.action === 'delete' || entry.action === 'restore' || changes.length === 0) return null
  return (
    <ul style={{ margin: '6px 0 0', paddingInlineStart: 18 }}>
      {changes.map((change) => (
        <li key={change.field} data-field={change.field} style={{ marginBottom: 2 }}>
          <Typography.Text type="secondary">
            {fieldLabel(lang, change.field)}
            {lang === 'en' ? ': ' : '：'}
          </Typography.Text>
          {created ? null : (
            <>
              <Typography.Text delete type="secondary">
                {show(change.field, change.before)}
              </Typography.Text>
              <ArrowRightOutlined style={{ margin: '0 8px', fontSize: 11, color: '#8c8c8c' }} />
            </>
          )}
          <Typography.Text>{show(change.field, change.after)}</Typography.Text>
        </li>
      ))}
    </ul>
  )
}
