import { Checkbox, Col, Form, Row, Select, TimePicker } from 'antd'
import type { Dayjs } from 'dayjs'
import { MEETING_STYLES, PREFERRED_TIMES, WEEKDAYS } from '../../../core/customers/customer-fields'
import { useT } from '../../i18n/use-t'

/** Contact preferences: when and how the customer likes to be met (DOMAIN.md "Customers"). */
export function PreferenceFields() {
  const { t } = useT()
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="preferredTime" label={t('label.preferredTime')}>
          <Select
            allowClear
            placeholder={t('common.notSet')}
            options={PREFERRED_TIMES.map((v) => ({ value: v, label: t(`preferredTime.${v}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="meetingStyle" label={t('label.meetingStyle')}>
          <Select
            allowClear
            placeholder={t('common.notSet')}
            options={MEETING_STYLES.map((v) => ({ value: v, label: t(`meetingStyle.${v}`) }))}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="preferredWeekdays" label={t('label.preferredWeekdays')}>
          <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="preferredHoursFrom" label={t('label.preferredHoursFrom')}>
          <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name="preferredHoursTo"
          label={t('label.preferredHoursTo')}
          dependencies={['preferredHoursFrom']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, to: Dayjs | null | undefined) => {
                const from: Dayjs | null | undefined = getFieldValue('preferredHoursFrom')
                return !from || !to || to.format('HH:mm') > from.format('HH:mm')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('field.hours_order')))
              },
            }),
          ]}
        >
          <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="interests" label={t('label.interests')} extra={t('customers.interestsHint')}>
          <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
        </Form.Item>
      </Col>
    </Row>
  )
}
