import {
  ArrowLeftOutlined,
  EditOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  FormOutlined,
  StopOutlined,
} from '@ant-design/icons'
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  List,
  Popconfirm,
  Row,
  Tag,
  Typography,
} from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useParams } from 'react-router'
import type { VisitStatus } from '../../../core/visits/visit-status'
import type { Visit } from '../../../contracts/visits'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { FullPageSpin } from '../../lib/FullPageSpin'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { DoneButton } from './ActionsTable'
import { CarriedCard } from './CarriedCard'
import { ObjectiveList } from './ObjectiveList'
import { VisitStatusTag } from './VisitStatusTag'
import { visitKeys } from './visit-keys'
import { cancelVisit } from './visit-requests'
import { canPlanVisits } from './visit-roles'
import { useVisit } from './use-visits'

/** A visit: its plan, its check-in and its review, and what it carries from earlier visits. */
export function VisitDetailPage() {
  const { t } = useT()
  const { id = '' } = useParams()
  const visit = useVisit(id)
  if (visit.isPending) return <FullPageSpin />
  if (visit.isError) return <QueryErrorResult error={visit.error} onRetry={() => void visit.refetch()} />
  const v = visit.data
  return (
    <>
      <Link to="/visits" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('visits.back')}
      </Link>
      <PageHeader
        title={t('visits.visitTo', { customer: v.customerName })}
        subtitle={`${v.startsOn} ${v.startTime}–${v.endTime} · ${v.repName}`}
        tags={<VisitStatusTag status={v.status as VisitStatus} />}
        extra={<VisitActions visit={v} />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <Card title={t('visits.sectionPlan')}>
              <Descriptions column={{ xs: 1, sm: 2 }} size="small">
                <Descriptions.Item label={t('label.customer')}>
                  <Link to={`/customers/${v.customerId}`}>{v.customerName}</Link>
                </Descriptions.Item>
                <Descriptions.Item label={t('label.place')}>{v.place ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('label.contactIds')}>
                  {v.contacts.length ? v.contacts.map((c) => c.name).join('、') : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('label.whyThisTime')}>{v.whyThisTime ?? '—'}</Descriptions.Item>
              </Descriptions>
            </Card>
            <Card title={t('label.objectives')}>
              <ObjectiveList objectives={v.objectives} />
            </Card>
            <Card title={t('visits.fabTitle')}>
              {v.fabItems.length ? (
                <List
                  size="small"
                  dataSource={v.fabItems}
                  renderItem={(f) => (
                    <List.Item>
                      <span>
                        {f.feature ? `${t('label.feature')}：${f.feature} · ` : ''}
                        {f.advantage ? `${t('label.advantage')}：${f.advantage} · ` : ''}
                        <Typography.Text strong>
                          {t('label.benefit')}：{f.benefit}
                        </Typography.Text>
                      </span>
                    </List.Item>
                  )}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.none')} />
              )}
            </Card>
            <Row gutter={16}>
              <Col xs={24} md={14}>
                <Card title={t('label.objections')} style={{ height: '100%' }}>
                  {v.objections.length ? (
                    <List
                      size="small"
                      dataSource={v.objections}
                      renderItem={(o) => (
                        <List.Item>
                          <span>
                            <Typography.Text strong>{o.objection}</Typography.Text> → {o.response}
                          </span>
                        </List.Item>
                      )}
                    />
                  ) : (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.none')} />
                  )}
                </Card>
              </Col>
              <Col xs={24} md={10}>
                <Card title={t('label.materials')} style={{ height: '100%' }}>
                  {v.materials.length ? (
                    <Flex gap={6} wrap>
                      {v.materials.map((m) => (
                        <Tag key={m}>{m}</Tag>
                      ))}
                    </Flex>
                  ) : (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.none')} />
                  )}
                </Card>
              </Col>
            </Row>
            {v.status === 'reviewed' ? <ReviewCard visit={v} /> : null}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <Card title={t('visits.sectionProgress')} size="small">
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('visits.checkedInAt')}>
                  {v.checkedInAt ? formatInstant(v.checkedInAt) : '—'}
                  {v.checkInPlace ? ` · ${v.checkInPlace}` : ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('visits.reviewedAt')}>
                  {v.reviewedAt ? formatInstant(v.reviewedAt) : '—'}
                  {v.reviewedAt && v.reviewedAt > v.reviewDueAt ? (
                    <Tag color="orange" style={{ marginInlineStart: 8 }}>
                      {t('visits.reviewLate')}
                    </Tag>
                  ) : null}
                </Descriptions.Item>
                <Descriptions.Item label={t('visits.reviewDue')}>
                  {formatInstant(v.reviewDueAt)}
                </Descriptions.Item>
                {v.followUpId ? (
                  <Descriptions.Item label={t('visits.followUp')}>
                    <Link to={`/customers/${v.customerId}`}>{t('visits.followUpCreated')}</Link>
                  </Descriptions.Item>
                ) : null}
                {v.cancelledAt ? (
                  <Descriptions.Item label={t('visitStatus.cancelled')}>
                    {formatInstant(v.cancelledAt)} {v.cancelReason ?? ''}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </Card>
            <CarriedCard actions={v.carriedActions} issues={v.carriedIssues} />
          </Flex>
        </Col>
      </Row>
    </>
  )
}

function VisitActions({ visit }: { visit: Visit }) {
  const { t } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const cancel = useMutation({
    mutationFn: () => cancelVisit(visit.id, visit.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: visitKeys.all })
      void message.success(t('visits.cancelled'))
    },
    onError: (error) => void message.error(error.message),
  })
  const writes = canPlanVisits(user)
  return (
    <Flex gap={8} wrap>
      <Button icon={<FileTextOutlined />} onClick={() => void navigate(`/visits/${visit.id}/brief`)}>
        {t('visits.brief')}
      </Button>
      {writes && visit.status === 'planned' ? (
        <>
          <Button
            type="primary"
            icon={<EnvironmentOutlined />}
            onClick={() => void navigate(`/visits/${visit.id}/check-in`)}
          >
            {t('visits.checkIn')}
          </Button>
          <Button icon={<EditOutlined />} onClick={() => void navigate(`/visits/${visit.id}/edit`)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('visits.cancelConfirm')}
            okText={t('visits.cancelVisit')}
            cancelText={t('common.cancel')}
            onConfirm={() => cancel.mutate()}
          >
            <Button danger icon={<StopOutlined />} loading={cancel.isPending}>
              {t('visits.cancelVisit')}
            </Button>
          </Popconfirm>
        </>
      ) : null}
      {writes && visit.status === 'checked_in' ? (
        <Button
          type="primary"
          icon={<FormOutlined />}
          onClick={() => void navigate(`/visits/${visit.id}/review`)}
        >
          {t('visits.review')}
        </Button>
      ) : null}
    </Flex>
  )
}

function ReviewCard({ visit }: { visit: Visit }) {
  const { t } = useT()
  return (
    <Card title={t('visits.sectionReview')}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('label.customerView')}>{visit.customerView ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('label.toImprove')}>{visit.toImprove ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('label.actions')}</Typography.Title>
      {visit.actions.length ? (
        <List
          size="small"
          dataSource={visit.actions}
          renderItem={(a) => (
            <List.Item extra={<DoneButton action={a} />}>
              <span>
                {a.text}{' '}
                <Typography.Text type="secondary">{t('visits.dueOn', { date: a.dueOn })}</Typography.Text>{' '}
                {a.overdue ? <Tag color="red">{t('visits.overdue')}</Tag> : null}
              </span>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{t('visits.none')}</Typography.Text>
      )}
      {visit.issues.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('label.issues')}
          </Typography.Title>
          <List size="small" dataSource={visit.issues} renderItem={(i) => <List.Item>{i.text}</List.Item>} />
        </>
      ) : null}
    </Card>
  )
}
