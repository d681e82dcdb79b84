import { Select, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { matchHeaders } from '../../../core/import/header-synonyms'
import { useT } from '../../i18n/use-t'
import { FIELD_LABELS, IMPORT_FIELDS, type ImportField } from './import-fields'

type Props = {
  headers: string[]
  mapping: Record<string, string>
  onChange: (mapping: Record<string, string>) => void
}

/**
 * Which column of the file each field comes from, matched as the server will (same synonyms, same
 * function). A field the headers do not name can be pointed at a column by hand: sent as `map`.
 */
export function ColumnMapping({ headers, mapping, onChange }: Props) {
  const { t } = useT()
  const { columns, unclaimed } = matchHeaders('orders', headers, mapping)
  // The server splits `map` on commas: a header with one cannot be mapped by hand.
  const options = headers.filter((h) => h && !h.includes(',')).map((h) => ({ value: h, label: h }))
  const choose = (field: ImportField, header: string | undefined) => {
    const next = { ...mapping }
    if (header) next[field] = header
    else delete next[field]
    onChange(next)
  }
  const tableColumns: TableColumnsType<ImportField> = [
    { title: t('imports.field'), key: 'field', width: '40%', render: (_, field) => t(FIELD_LABELS[field]) },
    {
      title: t('imports.fieldColumn'),
      key: 'column',
      render: (_, field) => {
        const index = columns[field]
        if (index !== undefined && !mapping[field]) return <Tag color="blue">{headers[index]}</Tag>
        return (
          <Select
            size="small"
            allowClear
            style={{ minWidth: 200 }}
            placeholder={t('imports.notFound')}
            value={mapping[field]}
            options={options}
            onChange={(header: string | undefined) => choose(field, header)}
            aria-label={t(FIELD_LABELS[field])}
          />
        )
      },
    },
  ]
  return (
    <>
      <Typography.Paragraph type="secondary">{t('imports.mappingHint')}</Typography.Paragraph>
      <Table
        size="small"
        rowKey={(field) => field}
        columns={tableColumns}
        dataSource={IMPORT_FIELDS}
        pagination={false}
        data-testid="import-mapping"
      />
      {unclaimed.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('imports.unclaimed', { columns: unclaimed.join('、') })}
        </Typography.Paragraph>
      ) : null}
    </>
  )
}
