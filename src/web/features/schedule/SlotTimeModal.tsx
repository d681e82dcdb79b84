import { useEffect } from 'react'
import { DatePicker, Form, Modal, TimePicker } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useT } from '../../i18n/use-t'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import type { SlotTime } from './schedule-requests'

type Props = {
  open: boolean
  title: string
  initial?: SlotTime
  saving: boolean
  onSubmit: (time: SlotTime) => void
  onClose: () => void
}

type Values = { date: Dayjs; times: [Dayjs, Dayjs] }

const at = (date: string, time: string) => dayjs(`${date}T${time}`)

// Shown with the weekday; typed without it too.
const DATE_FORMATS = ['YYYY-MM-DD dddd', 'YYYY-MM-DD']

/** A day and a time range for a visit: where Move and Plan put it. The server checks overlaps. */
export function SlotTimeModal({ open, title, initial, saving, onSubmit, onClose }: Props) {
  const { t } = useT()
  const [form] = Form.useForm<Values>()
  useEffect(() => {
    if (open && initial)
      form.setFieldsValue({
        date: fromLocalDate(initial.date),
        times: [at(initial.date, initial.start), at(initial.date, initial.end)],
      })
  }, [open, initial, form])
  const submit = ({ date, times }: Values) =>
    onSubmit({ date: toLocalDate(date), start: times[0].format('HH:mm'), end: times[1].format('HH:mm') })
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={400}
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} preserve={false}>
        <Form.Item
          name="date"
          label={t('label.date')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker format={DATE_FORMATS} allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="times"
          label={t('schedule.time')}
          rules={[
            { required: true, message: t('form.required') },
            {
              validator: (_, value?: [Dayjs, Dayjs]) =>
                !value || value[0].format('HH:mm') < value[1].format('HH:mm')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('field.time_order'))),
            },
          ]}
        >
          <TimePicker.RangePicker format="HH:mm" minuteStep={15} order={false} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
