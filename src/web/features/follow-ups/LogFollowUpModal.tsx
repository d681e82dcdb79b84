import { useRef, type KeyboardEvent } from 'react'
import {
  App,
  Col,
  DatePicker,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Modal,
  Row,
  Segmented,
  Tag,
  Typography,
  type GetRef,
} from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import dayjs, { type Dayjs } from 'dayjs'
import { FOLLOW_UP_CHANNELS, type FollowUpChannel } from '../../../core/follow-ups/channels'
import { useT } from '../../i18n/use-t'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { CustomerSelect } from '../ledger/CustomerSelect'
import { CHANNEL_ICONS } from './channel-icons'
import { followUpKeys } from './follow-up-keys'
import { DURATION_PICKS, toCreateFollowUpBody, type FollowUpFormValues } from './follow-up-form-values'
import { createFollowUp } from './follow-up-requests'
import { companyToday } from '../../lib/company-today'
import { MAX_DURATION_MINUTES } from '../../../core/follow-ups/max-duration'

type Props = {
  open: boolean
  onClose: () => void
  /** The customer the follow-up is about; when left out, the form asks for one. */
  customer?: { id: string; name: string }
}

const FIELDS = [
  'customerId',
  'channel',
  'summary',
  'durationMinutes',
  'outcome',
  'nextStep',
  'nextDate',
  'happenedAt',
]

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** No later than today: the server allows a day's slack for time zones, not for guesses. */
const afterToday = (day: Dayjs) => day.isAfter(companyToday(), 'day')

/**
 * Logs a follow-up (跟進記錄) in a few seconds: the channel is a click (phone by default), the
 * summary has the focus, and Ctrl+Enter (⌘+Enter) saves from any field. Only the summary is
 * required; "when" is now unless changed (DOMAIN.md "Follow-up cadence").
 */
export function LogFollowUpModal({ open, onClose, customer }: Props) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<FollowUpFormValues>()
  const summaryRef = useRef<GetRef<typeof Input.TextArea>>(null)
  const duration = Form.useWatch('durationMinutes', form)
  const chosenChannel = Form.useWatch('channel', form)
  const narrow = Grid.useBreakpoint().sm === false
  const happenedAt = Form.useWatch('happenedAt', form)
  const serverError = useServerError(
    form,
    ([first]) => FIELDS.includes(String(first)) && !(customer && first === 'customerId'),
  )
  const log = useMutation({
    mutationFn: (values: FollowUpFormValues) =>
      createFollowUp(toCreateFollowUpBody({ ...values, customerId: customer?.id ?? values.customerId })),
    onSuccess: (created) => {
      // The agenda drops the customer, the list gains a row, the timeline a line.
      void queryClient.invalidateQueries({ queryKey: followUpKeys.all })
      void queryClient.invalidateQueries({ queryKey: followUpKeys.timelines })
      void message.success(t('followUps.logged', { customer: created.customerName }))
      onClose()
    },
    onError: serverError.report,
  })
  const submitOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      form.submit()
    }
  }
  const required = { required: true, message: t('form.required') }
  const requiredText = { ...required, whitespace: true }
  // Seven names do not fit across a phone: there the icons stand alone, the chosen name beside the label.
  const channelOptions = FOLLOW_UP_CHANNELS.map((channel) =>
    narrow
      ? { value: channel, icon: CHANNEL_ICONS[channel], tooltip: t(`followUps.channel.${channel}`) }
      : { value: channel, icon: CHANNEL_ICONS[channel], label: t(`followUps.channel.${channel}`) },
  )
  return (
    <Modal
      open={open}
      title={customer ? t('followUps.logFor', { customer: customer.name }) : t('followUps.log')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={log.isPending}
      afterOpenChange={(opened) => {
        if (opened) summaryRef.current?.focus()
      }}
      afterClose={serverError.clear}
      width={680}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <Flex justify="space-between" align="center" gap={12}>
          {/* A phone has no Ctrl key to press. */}
          <Typography.Text
            type="secondary"
            style={{ fontSize: 12, visibility: narrow ? 'hidden' : undefined }}
          >
            {t('followUps.saveHint', { keys: isMac ? '⌘ + Enter' : 'Ctrl + Enter' })}
          </Typography.Text>
          <Flex gap={8}>
            <CancelBtn />
            <OkBtn />
          </Flex>
        </Flex>
      )}
    >
      <ServerErrorAlert problem={serverError.problem} />
      <div onKeyDown={submitOnCtrlEnter}>
        <Form<FollowUpFormValues>
          form={form}
          layout="vertical"
          style={{ marginTop: 16 }}
          data-testid="log-follow-up-form"
          initialValues={{ customerId: customer?.id, channel: 'phone', happenedAt: dayjs() }}
          onFinish={(values) => {
            serverError.clear()
            log.mutate(values)
          }}
        >
          {customer ? null : (
            <Form.Item name="customerId" label={t('label.customerId')} rules={[required]}>
              <CustomerSelect allowClear={false} />
            </Form.Item>
          )}
          <Form.Item
            name="channel"
            label={
              narrow && chosenChannel
                ? `${t('followUps.field.channel')} · ${t(`followUps.channel.${chosenChannel}`)}`
                : t('followUps.field.channel')
            }
          >
            <Segmented<FollowUpChannel>
              options={channelOptions}
              block
              // Each channel as wide as its name: equal widths would cut "Message" and "Meeting".
              styles={{ item: { flex: 'auto' } }}
              aria-label={t('followUps.field.channel')}
            />
          </Form.Item>
          <Form.Item name="summary" label={t('followUps.field.summary')} rules={[requiredText]}>
            <Input.TextArea
              ref={summaryRef}
              autoFocus
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={4000}
              placeholder={t('followUps.summaryPlaceholder')}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item label={t('followUps.field.durationMinutes')} htmlFor="durationMinutes">
                <Flex gap={8} align="center" wrap>
                  <Form.Item name="durationMinutes" noStyle>
                    <InputNumber
                      id="durationMinutes"
                      min={0}
                      max={MAX_DURATION_MINUTES}
                      precision={0}
                      suffix={t('followUps.minutesUnit')}
                      style={{ width: 110 }}
                    />
                  </Form.Item>
                  <Flex gap={0} role="group" aria-label={t('followUps.durationPicks')}>
                    {DURATION_PICKS.map((minutes) => (
                      <Tag.CheckableTag
                        key={minutes}
                        checked={duration === minutes}
                        onChange={() => form.setFieldValue('durationMinutes', minutes)}
                        // A border on the unchecked ones says they can be clicked.
                        style={{
                          marginInlineEnd: 4,
                          paddingInline: 8,
                          border: `1px solid ${duration === minutes ? 'transparent' : '#d9d9d9'}`,
                        }}
                      >
                        {minutes}
                      </Tag.CheckableTag>
                    ))}
                  </Flex>
                </Flex>
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="happenedAt" label={t('followUps.field.happenedAt')} rules={[required]}>
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  disabledDate={afterToday}
                  allowClear={false}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="outcome" label={t('followUps.field.outcome')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item name="nextStep" label={t('followUps.field.nextStep')}>
                <Input maxLength={2000} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="nextDate" label={t('followUps.field.nextDate')}>
                <DatePicker
                  format="YYYY-MM-DD"
                  // The next follow-up cannot come before this one (the server says so too).
                  disabledDate={(day) => Boolean(happenedAt) && day.isBefore(happenedAt, 'day')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </div>
    </Modal>
  )
}
