import { Table, type TableColumnsType } from 'antd'
import { useT } from '../../i18n/use-t'
import { FIELD_LABELS, isImportField } from './import-fields'
import type { ImportRowError } from './import-requests'

type Props = { errors: ImportRowError[] }

/** The rows the server refused, by row of the file (the header is row 1). */
export function ImportErrorsTable({ errors }: Props) {
  const { t } = useT()
  const columns: TableColumnsType<ImportRowError> = [
    { title: t('imports.errorRow'), dataIndex: 'row', width: 90, align: 'right' },
    {
      title: t('imports.errorColumn'),
      dataIndex: 'column',
      width: 200,
      // A missing column is reported by its field name (`orderDate`): shown as the field's label.
      render: (column: string) => (isImportField(column) ? t(FIELD_LABELS[column]) : column),
    },
    { title: t('imports.errorMessage'), dataIndex: 'message' },
  ]
  return (
    <Table
      size="small"
      rowKey={(error) => `${error.row}:${error.column}:${error.message}`}
      columns={columns}
      dataSource={errors}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      data-testid="import-errors"
    />
  )
}
