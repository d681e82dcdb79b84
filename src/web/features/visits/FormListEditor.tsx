import { Fragment, type ReactNode } from 'react'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Form, type FormListFieldData } from 'antd'
import { useT } from '../../i18n/use-t'

type Props = {
  name: string
  addLabel: string
  /** What the add button appends. */
  newItem: object
  /** The last row cannot be deleted (a plan has at least one objective). */
  keepOne?: boolean
  /** One row: its inputs and, where it belongs, the row's delete button. */
  children: (field: FormListFieldData, index: number, deleteButton: ReactNode) => ReactNode
}

/** A Form.List of the visit plan: its rows, each with a delete button, and an add button below. */
export function FormListEditor({ name, addLabel, newItem, keepOne = false, children }: Props) {
  const { t } = useT()
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          {fields.map((field, index) => (
            <Fragment key={field.key}>
              {children(
                field,
                index,
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(field.name)}
                  disabled={keepOne && fields.length === 1}
                />,
              )}
            </Fragment>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add(newItem)} style={{ alignSelf: 'flex-start' }}>
            {addLabel}
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}
