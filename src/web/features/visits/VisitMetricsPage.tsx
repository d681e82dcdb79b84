import { ArrowLeftOutlined } from '@ant-design/icons'
import { Card, Col, DatePicker, Flex, Row, Select, Statistic, Table, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { Link, useSearchParams } from 'react-router'
import type { VisitMetricsReport } from '../../../contracts/visits'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { useUsers } from '../users/use-users'
import { useMetrics } from './use-visits'
import { companyToday } from '../../lib/company-today'

type Row = VisitMetricsReport['rows'][number]
type Metrics = VisitMetricsReport['total']

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`)

/**
 * Visit metrics per rep and for the team (a manager's tree): objectives achieved / planned (partly
 * shown apart, not achieved), reviews written within 24 h, improvement actions done on time.
 */
export function VisitMetricsPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const users = useUsers()
  const [params, setParams] = useSearchParams()
  const from = params.get('from') ?? companyToday().startOf('month').format('YYYY-MM-DD')
  const to = params.get('to') ?? companyToday().endOf('month').format('YYYY-MM-DD')
  const team = params.get('team') ?? undefined
  const metrics = useMetrics({ from, to, team })
  const managers = (users.data ?? []).filter((u) => u.role === 'manager' && !u.disabled)
  const setRange = (range: [Dayjs | null, Dayjs | null] | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (range?.[0] && range[1]) {
        next.set('from', range[0].format('YYYY-MM-DD'))
        next.set('to', range[1].format('YYYY-MM-DD'))
      }
      return next
    })
  return (
    <>
      <Link to="/visits" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('visits.back')}
      </Link>
      <PageHeader title={t('visits.metricsTitle')} subtitle={t('visits.metricsSubtitle')} />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          value={[dayjs(from), dayjs(to)]}
          onChange={(range) => setRange(range as [Dayjs | null, Dayjs | null] | null)}
          allowClear={false}
        />
        {user.role !== 'rep' && managers.length > 0 ? (
          <Select<string>
            aria-label={t('label.team')}
            placeholder={t('visits.allTeams')}
            allowClear
            value={team}
            onChange={(value) =>
              setParams((current) => {
                const next = new URLSearchParams(current)
                if (value) next.set('team', value)
                else next.delete('team')
                return next
              })
            }
            options={managers.map((m) => ({ value: m.id, label: m.name }))}
            style={{ minWidth: 180 }}
          />
        ) : null}
      </Flex>
      {metrics.isError ? (
        <QueryErrorResult error={metrics.error} onRetry={() => void metrics.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <MetricCards total={metrics.data?.total} loading={metrics.isPending} />
          <Card title={t('visits.byRep')}>
            <Table<Row>
              rowKey="repId"
              size="middle"
              loading={metrics.isPending}
              dataSource={metrics.data?.rows ?? []}
              pagination={false}
              scroll={{ x: 720 }}
              columns={[
                { title: t('label.rep'), dataIndex: 'repName', fixed: 'left' },
                { title: t('visits.visits'), dataIndex: 'visits', align: 'right' },
                { title: t('visitStatus.missed'), dataIndex: 'missed', align: 'right' },
                {
                  title: t('visits.objectivesAchieved'),
                  key: 'objectives',
                  align: 'right',
                  render: (_, r) =>
                    `${r.objectivesAchieved}/${r.objectivesPlanned} (${percent(r.achievedRate)})`,
                },
                { title: t('objectiveResult.partly'), dataIndex: 'objectivesPartly', align: 'right' },
                {
                  title: t('visits.reviewsOnTime'),
                  key: 'reviews',
                  align: 'right',
                  render: (_, r) => `${r.reviewsOnTime}/${r.reviewsDue} (${percent(r.onTimeRate)})`,
                },
                {
                  title: t('visits.actionsOnTime'),
                  key: 'actions',
                  align: 'right',
                  render: (_, r) =>
                    `${r.actionsDoneOnTime}/${r.actionsDue} (${percent(r.actionsOnTimeRate)})`,
                },
                { title: t('visits.actionsOpen'), dataIndex: 'actionsOpen', align: 'right' },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('visits.metricsNote')}
            </Typography.Paragraph>
          </Card>
        </Flex>
      )}
    </>
  )
}

/** The team's three numbers, large: the card a manager reads first. */
export function MetricCards({ total, loading }: { total?: Metrics; loading: boolean }) {
  const { t } = useT()
  const cards = [
    {
      title: t('visits.objectivesAchieved'),
      rate: total?.achievedRate,
      detail:
        total &&
        `${total.objectivesAchieved}/${total.objectivesPlanned} · ${t('objectiveResult.partly')} ${total.objectivesPartly}`,
    },
    {
      title: t('visits.reviewsOnTime'),
      rate: total?.onTimeRate,
      detail: total && `${total.reviewsOnTime}/${total.reviewsDue}`,
    },
    {
      title: t('visits.actionsOnTime'),
      rate: total?.actionsOnTimeRate,
      detail: total && `${total.actionsDoneOnTime}/${total.actionsDue}`,
    },
  ]
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col key={c.title} xs={24} md={8}>
          <Card loading={loading}>
            <Statistic title={c.title} value={percent(c.rate ?? null)} />
            <Typography.Text type="secondary">{c.detail}</Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  )
}
