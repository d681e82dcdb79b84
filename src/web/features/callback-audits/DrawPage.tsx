import { useState } from 'react'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { Button, Card, Col, Collapse, Descriptions, Empty, Flex, Row, Segmented, Table } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import type { AuditItem } from '../../../contracts/callback-audits'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { AuditItemCard } from './AuditItemCard'
import { auditKeys, fetchDraw, fetchDrawItems } from './callback-audit-requests'
import { drawsAudits } from './callback-audit-roles'
import { ResultModal } from './ResultModal'
import { ruleText } from './rule-text'

type Show = 'toCall' | 'called' | 'all'

/**
 * One draw: its rule, seed and line per rep, and the work list — the auditor calls down the list
 * and records each result. Managers and reps see the results recorded for their team or themselves.
 */
export function DrawPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const { id = '' } = useParams()
  const auditor = drawsAudits(user)
  const [show, setShow] = useState<Show>(auditor ? 'toCall' : 'all')
  const [recording, setRecording] = useState<AuditItem | null>(null)
  const draw = useQuery({ queryKey: auditKeys.draw(id), queryFn: () => fetchDraw(id) })
  const items = useQuery({ queryKey: auditKeys.items(id), queryFn: () => fetchDrawItems(id) })
  if (draw.isError) return <QueryErrorResult error={draw.error} onRetry={() => void draw.refetch()} />
  const all = items.data?.items ?? []
  const shown = all.filter((i) => show === 'all' || (show === 'called') === (i.result !== null))
  const d = draw.data
  return (
    <>
      <PageHeader
        title={d ? t('callbackAudits.drawTitle', { from: d.from, to: d.to }) : t('callbackAudits.title')}
        subtitle={auditor ? t('callbackAudits.workListHint') : t('callbackAudits.readerHint')}
        extra={
          <Link to="/callback-audits">
            <Button icon={<ArrowLeftOutlined />}>{t('callbackAudits.allDraws')}</Button>
          </Link>
        }
      />
      <Flex vertical gap={16}>
        {d ? (
          <Collapse
            size="small"
            items={[
              {
                key: 'summary',
                label: t('callbackAudits.drawSummary', {
                  called: d.called,
                  sampled: d.sampled,
                  discrepancies: d.discrepancies,
                }),
                children: (
                  <Row gutter={[16, 16]}>
                    <Col xs={24} lg={10}>
                      <Descriptions size="small" column={1}>
                        <Descriptions.Item label={t('callbackAudits.rule')}>
                          {ruleText(t, d)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('label.seed')}>{d.seed}</Descriptions.Item>
                        <Descriptions.Item label={t('callbackAudits.sampledOf')}>
                          {t('callbackAudits.sampledCount', { sampled: d.sampled, population: d.population })}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('callbackAudits.excluded')}>
                          {t('callbackAudits.excludedSince', { date: d.excludedSince })}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('callbackAudits.drawnBy')}>
                          {d.actorName ?? ''} · {formatInstant(d.createdAt)}
                        </Descriptions.Item>
                      </Descriptions>
                    </Col>
                    <Col xs={24} lg={14}>
                      <Table
                        size="small"
                        rowKey="repId"
                        pagination={false}
                        dataSource={d.reps}
                        scroll={{ x: 420 }}
                        columns={[
                          { key: 'rep', title: t('label.rep'), dataIndex: 'repName' },
                          {
                            key: 'recorded',
                            title: t('callbackAudits.recorded'),
                            dataIndex: 'recorded',
                            align: 'right',
                          },
                          {
                            key: 'eligible',
                            title: t('callbackAudits.eligible'),
                            dataIndex: 'eligible',
                            align: 'right',
                          },
                          {
                            key: 'quota',
                            title: t('callbackAudits.quota'),
                            dataIndex: 'quota',
                            align: 'right',
                          },
                          {
                            key: 'drawn',
                            title: t('callbackAudits.drawnCol'),
                            dataIndex: 'drawn',
                            align: 'right',
                          },
                        ]}
                      />
                    </Col>
                  </Row>
                ),
              },
            ]}
          />
        ) : null}
        <Card size="small" title={t('callbackAudits.workList')} loading={items.isPending}>
          <Flex justify="flex-end" style={{ marginBottom: 12 }}>
            <Segmented<Show>
              value={show}
              onChange={setShow}
              options={[
                {
                  value: 'toCall',
                  label: `${t('callbackAudits.toCall')} (${all.filter((i) => !i.result).length})`,
                },
                {
                  value: 'called',
                  label: `${t('callbackAudits.called')} (${all.filter((i) => i.result).length})`,
                },
                { value: 'all', label: t('callbackAudits.all') },
              ]}
            />
          </Flex>
          {items.isError ? (
            <QueryErrorResult error={items.error} onRetry={() => void items.refetch()} />
          ) : shown.length === 0 ? (
            <Empty
              description={auditor ? t('callbackAudits.nothingHere') : t('callbackAudits.noResultsYet')}
            />
          ) : (
            <Flex vertical gap={12} data-testid="work-list">
              {shown.map((item) => (
                <AuditItemCard key={item.id} item={item} onRecord={auditor ? setRecording : undefined} />
              ))}
            </Flex>
          )}
        </Card>
      </Flex>
      {recording ? <ResultModal item={recording} onClose={() => setRecording(null)} /> : null}
    </>
  )
}
