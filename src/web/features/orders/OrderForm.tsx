import type { ReactNode } from 'react'
import {
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Segmented,
  Select,
  type FormInstance,
} from 'antd'
import { useT } from '../../i18n/use-t'
import { canOwnCustomers, useUsers } from '../users/use-users'
import { CustomerSelect } from '../ledger/CustomerSelect'
import { moneyRule } from '../ledger/money-rule'
import type { OrderFormValues, OrderMode } from './order-form-values'
import { OrderLinesEditor } from './OrderLinesEditor'

type Props = {
  form: FormInstance<OrderFormValues>
  initialValues: OrderFormValues
  onSubmit: (values: OrderFormValues) => void
  onCancel: () => void
  submitting: boolean
  chooseOwner: boolean
  alert?: ReactNode
}

/** A new order: its header, then either its lines or a single total (CreateOrderSchema takes one of the two). */
export function OrderForm({
  form,
  initialValues,
  onSubmit,
  onCancel,
  submitting,
  chooseOwner,
  alert,
}: Props) {
  const { t } = useT()
  const users = useUsers()
  const mode = Form.useWatch('mode', form) ?? initialValues.mode
  const required = { required: true, message: t('form.required') }
  const owners = (users.data ?? []).filter(canOwnCustomers).map((u) => ({ value: u.id, label: u.name }))
  return (
    <Form<OrderFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
    >
      {alert}
      <Flex vertical gap={16}>
        <Card title={t('orders.sectionHeader')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="number" label={t('label.number')} rules={[{ ...required, whitespace: true }]}>
                <Input autoFocus maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="customerId" label={t('label.customerId')} rules={[required]}>
                <CustomerSelect allowClear={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="orderDate" label={t('label.orderDate')} rules={[required]}>
                <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {chooseOwner ? (
              <Col xs={24} md={12}>
                <Form.Item name="ownerId" label={t('label.ownerId')} extra={t('orders.ownerHint')}>
                  <Select
                    options={owners}
                    loading={users.isPending}
                    allowClear
                    placeholder={t('orders.ownerPlaceholder')}
                    showSearch={{ optionFilterProp: 'label' }}
                  />
                </Form.Item>
              </Col>
            ) : null}
          </Row>
        </Card>
        <Card
          title={t('label.lines')}
          extra={
            <Form.Item name="mode" noStyle>
              <Segmented<OrderMode>
                options={[
                  { value: 'lines', label: t('orders.modeLines') },
                  { value: 'total', label: t('orders.modeTotal') },
                ]}
              />
            </Form.Item>
          }
        >
          {mode === 'lines' ? (
            <OrderLinesEditor form={form} />
          ) : (
            <Form.Item
              name="total"
              label={t('label.total')}
              extra={t('orders.totalHint')}
              required
              rules={[moneyRule(t)]}
              style={{ maxWidth: 320 }}
            >
              <Input inputMode="decimal" placeholder="0.00" style={{ textAlign: 'right' }} />
            </Form.Item>
          )}
        </Card>
        <Card title={t('label.note')}>
          <Form.Item name="note" style={{ marginBottom: 0 }}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              aria-label={t('label.note')}
              maxLength={2000}
            />
          </Form.Item>
        </Card>
        <Card
          size="small"
          style={{ position: 'sticky', bottom: 0, zIndex: 2, boxShadow: '0 -4px 12px rgba(0,0,0,0.04)' }}
        >
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onCancel}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('common.save')}
            </Button>
          </Flex>
        </Card>
      </Flex>
    </Form>
  )
}
