import { EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons'
import { App, Button, Card, Form, Input, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { useNavigate, useParams } from 'react-router'
import type { Visit } from '../../../contracts/visits'
import { useT } from '../../i18n/use-t'
import { FullPageSpin } from '../../lib/FullPageSpin'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { ObjectiveList } from './ObjectiveList'
import { PhoneShell } from './PhoneShell'
import { visitKeys } from './visit-keys'
import { checkInVisit } from './visit-requests'
import { useVisit } from './use-visits'

type Values = { time: string; place?: string }

/** Check-in (拜訪中), made for a phone: the actual start (now unless changed) and the place. */
export function VisitCheckInPage() {
  const { id = '' } = useParams()
  const visit = useVisit(id)
  if (visit.isPending) return <FullPageSpin />
  if (visit.isError) return <QueryErrorResult error={visit.error} onRetry={() => void visit.refetch()} />
  return <CheckInForm visit={visit.data} />
}

function CheckInForm({ visit }: { visit: Visit }) {
  const { t } = useT()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const serverError = useServerError(form, ([first]) => first === 'place')
  const checkIn = useMutation({
    mutationFn: (values: Values) => {
      // The time typed is today's, on this phone's clock; now when it is the current minute.
      const typed = dayjs(`${dayjs().format('YYYY-MM-DD')}T${values.time}`)
      const at =
        typed.isValid() && typed.format('HH:mm') !== dayjs().format('HH:mm') ? typed.toISOString() : undefined
      return checkInVisit(visit.id, visit.version, { at, place: values.place ?? null })
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: visitKeys.all })
      void message.success(t('visits.checkedIn'))
      void navigate(`/visits/${visit.id}`)
    },
    onError: serverError.report,
  })
  return (
    <PhoneShell
      back={{ to: `/visits/${visit.id}`, label: t('visits.backToVisit') }}
      title={t('visits.checkInTitle', { customer: visit.customerName })}
      subtitle={`${visit.startsOn} ${visit.startTime}–${visit.endTime}${visit.place ? ` · ${visit.place}` : ''}`}
    >
      <ServerErrorAlert problem={serverError.problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        data-testid="check-in-form"
        initialValues={{ time: dayjs().format('HH:mm'), place: visit.place ?? undefined }}
        onFinish={(values) => {
          serverError.clear()
          checkIn.mutate(values)
        }}
      >
        <Form.Item
          name="time"
          label={t('visits.actualStart')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input type="time" style={{ fontSize: 20 }} />
        </Form.Item>
        <Form.Item name="place" label={t('label.place')}>
          <Input prefix={<EnvironmentOutlined />} maxLength={300} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={checkIn.isPending}
          style={{ height: 56, fontSize: 18 }}
        >
          {t('visits.checkInNow')}
        </Button>
      </Form>
      <Card size="small" title={t('label.objectives')}>
        <ObjectiveList objectives={visit.objectives} />
      </Card>
      {visit.contacts.length ? (
        <Card size="small" title={t('label.contactIds')}>
          {visit.contacts.map((c) => (
            <div key={c.id} style={{ padding: '6px 0' }}>
              <Typography.Text strong>{c.name}</Typography.Text> {c.title ?? ''}{' '}
              {c.phone ? (
                <a href={`tel:${c.phone}`} style={{ marginInlineStart: 8 }}>
                  <PhoneOutlined /> {c.phone}
                </a>
              ) : null}
            </div>
          ))}
        </Card>
      ) : null}
    </PhoneShell>
  )
}
