import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Col, Empty, Form, Input, Row } from 'antd'
import { useT } from '../../i18n/use-t'

/** The customer's contacts; saving replaces the whole list (UpdateCustomerSchema). */
export function ContactsFormList() {
  const { t } = useT()
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.noContacts')} />
          ) : null}
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              type="inner"
              title={t('customers.contactNumber', { number: index + 1 })}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('customers.removeContact')}
                >
                  {t('customers.removeContact')}
                </Button>
              }
              style={{ marginBottom: 12 }}
            >
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('label.name')}
                    rules={[{ required: true, whitespace: true, message: t('form.required') }]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'title']} label={t('label.title')}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'phone']} label={t('label.phone')}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[field.name, 'email']}
                    label={t('label.email')}
                    rules={[{ type: 'email', message: t('form.invalidEmail') }]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item
                    name={[field.name, 'notes']}
                    label={t('label.notes')}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() => add({})}
            style={{ marginTop: 4 }}
          >
            {t('customers.addContact')}
          </Button>
        </>
      )}
    </Form.List>
  )
}
