import type { ReactNode } from 'react'
import { Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, type FormInstance } from 'antd'
import { CUSTOMER_STATUSES } from '../../../core/customers/customer-fields'
import { useT } from '../../i18n/use-t'
import { ContactsFormList } from './ContactsFormList'
import type { OwnerChoice } from './customer-form-fields'
import type { CustomerFormValues } from './customer-form-values'
import { OwnerSelect } from './OwnerSelect'
import { PreferenceFields } from './PreferenceFields'

type Props = {
  form: FormInstance<CustomerFormValues>
  initialValues: CustomerFormValues
  onSubmit: (values: CustomerFormValues) => void
  onCancel: () => void
  submitting: boolean
  ownerChoice: OwnerChoice
  /** Shown above the form: the server's verdict on the last save. */
  alert?: ReactNode
}

const TEXT_FIELDS = ['companyName', 'taxId', 'phone', 'website', 'industry', 'region', 'source'] as const

/** The one form for creating and editing a customer: every field of CreateCustomerSchema. */
export function CustomerForm({
  form,
  initialValues,
  onSubmit,
  onCancel,
  submitting,
  ownerChoice,
  alert,
}: Props) {
  const { t } = useT()
  const status = Form.useWatch('status', form)
  const required = { required: true, whitespace: true, message: t('form.required') }
  return (
    <Form<CustomerFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
    >
      {alert}
      <Flex vertical gap={16}>
        <Card title={t('customers.sectionBasic')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('label.name')} rules={[required]}>
                <Input autoFocus maxLength={200} />
              </Form.Item>
            </Col>
            {TEXT_FIELDS.map((field) => (
              <Col xs={24} md={12} key={field}>
                <Form.Item name={field} label={t(`label.${field}`)}>
                  <Input />
                </Form.Item>
              </Col>
            ))}
            <Col span={24}>
              <Form.Item name="address" label={t('label.address')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('customers.sectionStatus')}>
          <Row gutter={16}>
            {ownerChoice !== 'none' ? (
              <Col xs={24} md={12}>
                <Form.Item name="ownerId" label={t('label.ownerId')}>
                  <OwnerSelect allowPool={ownerChoice === 'pool'} />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} md={12}>
              <Form.Item name="status" label={t('label.status')} rules={[{ required: true }]}>
                <Select options={CUSTOMER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
              </Form.Item>
            </Col>
            {status === 'lost' ? (
              <>
                <Col xs={24} md={12}>
                  <Form.Item name="lostReason" label={t('label.lostReason')} rules={[required]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="lostDate"
                    label={t('label.lostDate')}
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </>
            ) : null}
            <Col span={24}>
              <Form.Item name="tags" label={t('label.tags')} extra={t('customers.tagsHint')}>
                <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('customers.sectionPreferences')}>
          <PreferenceFields />
        </Card>
        <Card title={t('label.contacts')}>
          <ContactsFormList />
        </Card>
        <Card title={t('label.notes')}>
          <Form.Item name="notes" style={{ marginBottom: 0 }}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} aria-label={t('label.notes')} />
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
