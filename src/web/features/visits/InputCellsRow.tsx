import type { ReactNode } from 'react'
import { Col, Form, Input, Row, type FormListFieldData } from 'antd'
import type { Rule } from 'antd/es/form'

export type InputCell = {
  name: string
  /** Columns of 24: on a phone (default the whole row) and from `sm` up. */
  xs?: number
  sm: number
  maxLength: number
  label: string
  placeholder?: string
  rules?: Rule[]
}

/** One row of a list editor as text inputs side by side, the row's delete button last. */
export function InputCellsRow({
  field,
  cells,
  deleteButton,
}: {
  field: FormListFieldData
  cells: InputCell[]
  deleteButton: ReactNode
}) {
  return (
    <Row gutter={8} align="top">
      {cells.map((cell) => (
        <Col key={cell.name} xs={cell.xs ?? 24} sm={cell.sm}>
          <Form.Item name={[field.name, cell.name]} rules={cell.rules}>
            <Input
              maxLength={cell.maxLength}
              placeholder={cell.placeholder ?? cell.label}
              aria-label={cell.label}
            />
          </Form.Item>
        </Col>
      ))}
      <Col xs={4} sm={2}>
        {deleteButton}
      </Col>
    </Row>
  )
}
