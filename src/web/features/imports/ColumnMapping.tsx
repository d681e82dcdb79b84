import { Select, Table, Typography, type TableColumnsType } from 'antd'
import { useT } from '../../i18n/use-t'
import { fieldLabel, importFields } from './import-fields'
import type { ImportKind } from './import-kinds'

type Props = {
  kind: ImportKind
  header: string[]
  /** field → the header it is read from (null: none): the dry run's, or matched in the browser. */
  columns: Record<string, string | null>
  mapping: Record<string, string>
  onChange: (mapping: Record<string, string>) => void
}

/** The server splits `map` on commas and `=`: a header with either cannot be chosen by hand. */
const mappable = (header: string) => header !== '' && !/[,=]/.test(header)

/**
 * Which column of the file each field comes from. Any field can be pointed at another column:
 * sent as `map`. The server gives each column to one field, earlier fields first, so a column an
 * earlier field reads is offered disabled, named after that field.
 */
export function ColumnMapping({ kind, header, columns, mapping, onChange }: Props) {
  const { t, lang } = useT()
  const fields = importFields(kind)
  const label = (field: string) => {
    const key = fieldLabel(kind, field)
    return key ? t(key) : field
  }
  const choose = (field: string, chosen: string | undefined) => {
    const next = { ...mapping }
    if (chosen) next[field] = chosen
    else delete next[field]
    onChange(next)
  }
  const optionsFor = (field: string) => {
    const earlier = fields.slice(0, fields.indexOf(field))
    return [...new Set(header.filter(mappable))].map((h) => {
      const owner = earlier.find((other) => columns[other] === h)
      return {
        value: h,
        label: owner ? `${h} — ${label(owner)}` : h,
        disabled: owner !== undefined,
      }
    })
  }
  const tableColumns: TableColumnsType<string> = [
    { title: t('imports.field'), key: 'field', width: '40%', render: (_, field) => label(field) },
    {
      title: t('imports.fieldColumn'),
      key: 'column',
      render: (_, field) => (
        <Select
          size="small"
          allowClear={mapping[field] !== undefined}
          style={{ minWidth: 220, maxWidth: '100%' }}
          placeholder={t('imports.notFound')}
          value={columns[field] ?? undefined}
          options={optionsFor(field)}
          onChange={(chosen: string | undefined) => choose(field, chosen)}
          aria-label={label(field)}
        />
      ),
    },
  ]
  const read = new Set(Object.values(columns))
  const unread = header.filter((h) => h !== '' && !read.has(h))
  return (
    <>
      <Typography.Paragraph type="secondary">{t('imports.mappingHint')}</Typography.Paragraph>
      <Table
        size="small"
        rowKey={(field) => field}
        columns={tableColumns}
        dataSource={fields}
        pagination={false}
        data-testid="import-mapping"
      />
      {unread.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('imports.unclaimed', { columns: unread.join(lang === 'en' ? ', ' : '、') })}
        </Typography.Paragraph>
      ) : null}
    </>
  )
}
