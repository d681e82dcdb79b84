import { App, DatePicker, Form, InputNumber, Modal, Segmented, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Dayjs } from 'dayjs'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { toLocalDate } from '../ledger/date-value'
import { periodPresets } from '../monitor/period-presets'
import { auditKeys, createDraw } from './callback-audit-requests'
import { companyToday } from '../../lib/company-today'

type Values = {
  period?: [Dayjs, Dayjs]
  mode: 'share' | 'count'
  percent?: number
  count?: number
  seed?: number
}
const FIELDS = ['period', 'percent', 'count', 'seed']

/**
 * A new draw (DOMAIN.md "Callback audits"): a period — last month by default — and a share of each
 * rep's records (in percent here, a fraction in the API) or a count per rep. The seed may be left
 * out: the server makes one and keeps it.
 */
export function NewDrawModal({ onClose }: { onClose: () => void }) {
  const { t } = useT()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const mode = Form.useWatch('mode', form) ?? 'share'
  // The API's field names, put under this form's inputs.
  const serverError = useServerError(form, (path) => FIELDS.includes(String(path[0])))
  const draw = useMutation({
    mutationFn: (v: Values) =>
      createDraw({
        from: v.period ? toLocalDate(v.period[0]) : '',
        to: v.period ? toLocalDate(v.period[1]) : '',
        ...(v.mode === 'share'
          ? { sampleShare: v.percent === undefined ? undefined : v.percent / 100 }
          : { sampleCount: v.count }),
        seed: v.seed ?? undefined,
      }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: auditKeys.all })
      void message.success(
        t('callbackAudits.drawnMessage', { sampled: created.sampled, population: created.population }),
      )
      onClose()
      void navigate(`/callback-audits/draws/${created.id}`)
    },
    onError: (error) => serverError.report(error),
  })
  const lastMonth = companyToday().subtract(1, 'month')
  const required = { required: true, message: t('form.required') }
  return (
    <Modal
      open
      title={t('callbackAudits.newDraw')}
      okText={t('callbackAudits.draw')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: draw.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert problem={serverError.problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="new-draw-form"
        initialValues={{
          period: [lastMonth.startOf('month'), lastMonth.endOf('month')],
          mode: 'share',
          percent: 10,
        }}
        onFinish={(values) => {
          serverError.clear()
          draw.mutate(values)
        }}
      >
        <Form.Item name="period" label={t('callbackAudits.period')} rules={[required]}>
          <DatePicker.RangePicker
            allowClear={false}
            style={{ width: '100%' }}
            presets={periodPresets().map((p) => ({ label: t(p.key), value: p.range }))}
          />
        </Form.Item>
        <Form.Item name="mode" label={t('callbackAudits.rule')}>
          <Segmented
            options={[
              { value: 'share', label: t('callbackAudits.byShare') },
              { value: 'count', label: t('callbackAudits.byCount') },
            ]}
          />
        </Form.Item>
        {mode === 'share' ? (
          <Form.Item name="percent" label={t('label.sampleShare')} rules={[required]}>
            <InputNumber min={0.01} max={100} step={5} suffix="%" style={{ width: 160 }} />
          </Form.Item>
        ) : (
          <Form.Item name="count" label={t('label.sampleCount')} rules={[required]}>
            <InputNumber min={1} max={1000} precision={0} style={{ width: 160 }} />
          </Form.Item>
        )}
        <Form.Item
          name="seed"
          label={t('label.seed')}
          extra={<Typography.Text type="secondary">{t('callbackAudits.seedHint')}</Typography.Text>}
        >
          <InputNumber min={0} max={4294967295} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('callbackAudits.drawRules')}
        </Typography.Paragraph>
      </Form>
    </Modal>
  )
}
