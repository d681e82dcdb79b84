import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Col, Flex, Form, Input, Row, Typography, type FormInstance } from 'antd'
import { useT } from '../../i18n/use-t'
import { Money } from '../ledger/Money'
import { moneyRule } from '../ledger/money-rule'
import {
  emptyLine,
  previewLine,
  previewTotal,
  toQuantityMilli,
  type OrderFormValues,
} from './order-form-values'

const RIGHT = { textAlign: 'right' } as const

/** Product, quantity, unit price and discount per line, with each line's amount as the server computes it. */
export function OrderLinesEditor({ form }: { form: FormInstance<OrderFormValues> }) {
  const { t } = useT()
  const lines = Form.useWatch('lines', form)
  const required = { required: true, whitespace: true, message: t('form.required') }
  const quantityRule = {
    validator: async (_: unknown, value?: string) => {
      if (!value?.trim()) throw new Error(t('form.required'))
      if (toQuantityMilli(value) === null) throw new Error(t('orders.invalidQuantity'))
    },
  }
  return (
    <Form.List name="lines">
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          {fields.map((field, index) => {
            const amount = previewLine(lines?.[index])
            return (
              <Row key={field.key} gutter={12} align="top" data-testid={`order-line-${index}`}>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'product']}
                    label={index === 0 ? t('label.product') : undefined}
                    rules={[required]}
                  >
                    <Input aria-label={t('label.product')} maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={8} md={3}>
                  <Form.Item
                    name={[field.name, 'quantity']}
                    required
                    label={index === 0 ? t('label.quantity') : undefined}
                    rules={[quantityRule]}
                  >
                    <Input aria-label={t('label.quantity')} inputMode="decimal" style={RIGHT} />
                  </Form.Item>
                </Col>
                <Col xs={8} md={4}>
                  <Form.Item
                    name={[field.name, 'unitPrice']}
                    required
                    label={index === 0 ? t('label.unitPrice') : undefined}
                    rules={[moneyRule(t)]}
                  >
                    <Input
                      aria-label={t('label.unitPrice')}
                      inputMode="decimal"
                      placeholder="0.00"
                      style={RIGHT}
                    />
                  </Form.Item>
                </Col>
                <Col xs={8} md={3}>
                  <Form.Item
                    name={[field.name, 'discount']}
                    label={index === 0 ? t('label.discount') : undefined}
                    rules={[moneyRule(t, { optional: true })]}
                  >
                    <Input
                      aria-label={t('label.discount')}
                      inputMode="decimal"
                      placeholder="0.00"
                      style={RIGHT}
                    />
                  </Form.Item>
                </Col>
                <Col xs={20} md={5}>
                  <Form.Item label={index === 0 ? t('label.amount') : undefined}>
                    <Flex
                      justify="flex-end"
                      align="center"
                      style={{ minHeight: 32 }}
                      data-testid="line-amount"
                    >
                      {amount === null ? (
                        <Typography.Text type="secondary">—</Typography.Text>
                      ) : (
                        <Money minor={amount} />
                      )}
                    </Flex>
                  </Form.Item>
                </Col>
                <Col xs={4} md={1}>
                  <Form.Item label={index === 0 ? ' ' : undefined}>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('orders.removeLine')}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            )
          })}
          <Flex justify="space-between" align="center" wrap gap={12}>
            <Button icon={<PlusOutlined />} onClick={() => add(emptyLine())}>
              {t('orders.addLine')}
            </Button>
            <Flex gap={12} align="baseline" data-testid="order-total-preview">
              <Typography.Text type="secondary">{t('label.total')}</Typography.Text>
              <Typography.Title level={4} style={{ margin: 0, fontVariantNumeric: 'tabular-nums' }}>
                <Money minor={previewTotal(lines)} strong />
              </Typography.Title>
            </Flex>
          </Flex>
        </Flex>
      )}
    </Form.List>
  )
}
