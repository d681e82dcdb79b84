import { Button, Typography } from 'antd'

type Props = { value: number; onOpen?: () => void; danger?: boolean; label: string }

/** A count that opens the customers behind it; zero, or no list to open, is plain text. */
export function DrillNumber({ value, onOpen, danger = false, label }: Props) {
  if (!onOpen || value === 0)
    return <Typography.Text type={value === 0 ? 'secondary' : undefined}>{value}</Typography.Text>
  return (
    <Button
      type="link"
      size="small"
      danger={danger}
      onClick={onOpen}
      aria-label={label}
      style={{ padding: 0, height: 'auto', fontWeight: 600 }}
    >
      {value}
    </Button>
  )
}
