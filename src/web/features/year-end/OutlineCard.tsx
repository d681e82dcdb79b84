import { Alert, Card, Empty, List, Space, Tag, Typography } from 'antd'
import type { YearEndOutline } from '../../../contracts/year-end'
import { useT } from '../../i18n/use-t'

/** The deck before it is made: its slides, and what the data says (issue 7 point 3). */
export function OutlineCard({ outline }: { outline: YearEndOutline }) {
  const { t } = useT()
  return (
    <Card
      title={t('yearEnd.outline')}
      extra={t('yearEnd.slides', { count: outline.slides.length })}
      data-testid="year-end-outline"
    >
      {outline.hasData ? null : (
        <Alert type="warning" showIcon title={t('yearEnd.noData')} style={{ marginBottom: 12 }} />
      )}
      <List
        size="small"
        dataSource={outline.slides}
        renderItem={(slide, i) => (
          <List.Item>
            <Space>
              <Typography.Text type="secondary" style={{ minWidth: 24, display: 'inline-block' }}>
                {i + 1}
              </Typography.Text>
              <Typography.Text>{slide.title}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  )
}

/** The generated positive and negative factors, and the problems from the year's monthly reports. */
export function FactsCard({ outline }: { outline: YearEndOutline }) {
  const { t } = useT()
  const facts = (list: string[], color: string) =>
    list.length ? (
      <List
        size="small"
        dataSource={list}
        renderItem={(fact) => (
          <List.Item style={{ borderLeft: `3px solid ${color}`, paddingLeft: 8 }}>{fact}</List.Item>
        )}
      />
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('yearEnd.none')} />
    )
  return (
    <Card title={t('yearEnd.facts')} data-testid="year-end-facts">
      <Tag color="green">{t('yearEnd.positive')}</Tag>
      {facts(outline.facts.positive, '#548235')}
      <div style={{ marginTop: 16 }}>
        <Tag color="red">{t('yearEnd.negative')}</Tag>
      </div>
      {facts(outline.facts.negative, '#C00000')}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('yearEnd.problemsFromReports')}
      </Typography.Title>
      {outline.problems.length ? (
        <List
          size="small"
          dataSource={outline.problems}
          renderItem={(p) => (
            <List.Item>
              <div>
                <Typography.Text type="secondary">
                  {p.month} · {p.repName}
                </Typography.Text>
                <div>{p.problem}</div>
                <div>→ {p.solution}</div>
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{t('yearEnd.noProblems')}</Typography.Text>
      )}
    </Card>
  )
}
