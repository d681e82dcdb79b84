import { Col, DatePicker, Form, Row } from 'antd'
import { useT } from '../i18n/use-t'

/** The required first and last day of a period (fields periodFrom and periodTo), side by side. */
export function PeriodFields() {
  const { t } = useT()
  const required = { required: true, message: t('form.required') }
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name="periodFrom" label={t('label.periodFrom')} rules={[required]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="periodTo" label={t('label.periodTo')} rules={[required]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  )
}
