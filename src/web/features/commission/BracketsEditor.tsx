import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Input, Table, type TableColumnsType } from 'antd'
import { useT } from '../../i18n/use-t'
import { nextRow, type BracketRow } from './plan-form-values'

type Props = {
  rows: BracketRow[]
  onChange: (rows: BracketRow[]) => void
  /** Paths with a problem (`brackets.1.from`), to mark their cells. */
  wrong: ReadonlySet<string>
}

const RIGHT = { textAlign: 'right' } as const

/** The brackets as a table of inputs: from, up to (blank: no limit), rate in percent. */
export function BracketsEditor({ rows, onChange, wrong }: Props) {
  const { t } = useT()
  const set = (index: number, field: 'from' | 'to' | 'rate', value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)))
  const cell = (field: 'from' | 'to' | 'rate', path: string, label: string, placeholder?: string) => ({
    render: (_: unknown, row: BracketRow, index: number) => (
      <Input
        aria-label={`${label} ${index + 1}`}
        value={row[field]}
        onChange={(e) => set(index, field, e.target.value)}
        status={wrong.has(`brackets.${index}.${path}`) ? 'error' : undefined}
        inputMode="decimal"
        placeholder={placeholder}
        suffix={field === 'rate' ? '%' : undefined}
        style={RIGHT}
      />
    ),
  })
  const columns: TableColumnsType<BracketRow> = [
    { key: 'n', title: '#', width: 40, render: (_, __, index) => index + 1 },
    { key: 'from', title: t('commission.bracketFrom'), ...cell('from', 'from', t('commission.bracketFrom')) },
    {
      key: 'to',
      title: t('commission.bracketTo'),
      ...cell('to', 'to', t('commission.bracketTo'), t('commission.noLimit')),
    },
    {
      key: 'rate',
      title: t('commission.bracketRate'),
      width: 130,
      ...cell('rate', 'rateBp', t('commission.bracketRate')),
    },
    {
      key: 'remove',
      width: 48,
      render: (_, __, index) => (
        <Button
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('commission.removeBracket', { n: index + 1 })}
          disabled={rows.length === 1}
          onClick={() => onChange(rows.filter((_, i) => i !== index))}
        />
      ),
    },
  ]
  return (
    <Table<BracketRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      data-testid="brackets-editor"
      footer={() => (
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          block
          disabled={rows.length >= 20}
          onClick={() => onChange([...rows, nextRow(rows)])}
        >
          {t('commission.addBracket')}
        </Button>
      )}
    />
  )
}
