import { Table, Typography, type TableColumnsType } from 'antd'
import { useT } from '../../i18n/use-t'
import { fieldLabel } from './import-fields'
import type { ImportKind } from './import-kinds'
import type { ImportRowError } from './import-requests'

type Props = { kind: ImportKind; errors: ImportRowError[]; omitted: number }

/** The rows the server refused, by row of the file (the header is row 1), and how many more. */
export function ImportErrorsTable({ kind, errors, omitted }: Props) {
  const { t, lang } = useT()
  const columns: TableColumnsType<ImportRowError> = [
    { title: t('imports.errorRow'), dataIndex: 'row', width: 90, align: 'right' },
    {
      title: t('imports.errorColumn'),
      dataIndex: 'column',
      width: 200,
      // The server names a file's column by its header, and a few missing ones by field name.
      render: (column: string) => {
        const key = fieldLabel(kind, column)
        return key ? t(key) : column
      },
    },
    { title: t('imports.errorMessage'), dataIndex: 'message' },
  ]
  return (
    <>
      <Table
        size="small"
        rowKey={(error) => `${error.row}:${error.column}:${error.message}`}
        columns={columns}
        dataSource={errors}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        data-testid="import-errors"
      />
      {omitted > 0 ? (
        <Typography.Text type="secondary" data-testid="import-errors-omitted">
          {t('imports.errorsOmitted', { count: omitted.toLocaleString(lang) })}
        </Typography.Text>
      ) : null}
    </>
  )
}
