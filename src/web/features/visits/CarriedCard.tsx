import { Card, Empty, List, Tag, Typography } from 'antd'
import type { VisitAction, VisitIssue } from '../../../contracts/visits'
import { useT } from '../../i18n/use-t'

/**
 * What a visit carries from earlier visits to the customer (DOMAIN.md: unfinished improvement
 * actions and unresolved issues are pulled in automatically).
 */
export function CarriedCard({
  actions,
  issues,
}: {
  actions: readonly VisitAction[]
  issues: readonly VisitIssue[]
}) {
  const { t } = useT()
  return (
    <Card title={t('visits.carriedTitle')} size="small" data-testid="carried">
      {actions.length === 0 && issues.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.nothingCarried')} />
      ) : (
        <>
          {actions.length > 0 ? (
            <List
              size="small"
              header={<Typography.Text strong>{t('label.actions')}</Typography.Text>}
              dataSource={[...actions]}
              renderItem={(a) => (
                <List.Item>
                  <span>
                    {a.text}{' '}
                    <Typography.Text type="secondary">
                      {a.doneOn
                        ? t('visits.doneOn', { date: a.doneOn })
                        : t('visits.dueOn', { date: a.dueOn })}
                    </Typography.Text>{' '}
                    {a.overdue ? <Tag color="red">{t('visits.overdue')}</Tag> : null}
                  </span>
                </List.Item>
              )}
            />
          ) : null}
          {issues.length > 0 ? (
            <List
              size="small"
              header={<Typography.Text strong>{t('label.issues')}</Typography.Text>}
              dataSource={[...issues]}
              renderItem={(i) => (
                <List.Item>
                  <span>
                    {i.text}{' '}
                    <Typography.Text type="secondary">
                      {i.resolvedOn
                        ? t('visits.resolvedOn', { date: i.resolvedOn })
                        : t('visits.raisedOn', { date: i.raisedOn })}
                    </Typography.Text>
                  </span>
                </List.Item>
              )}
            />
          ) : null}
        </>
      )}
    </Card>
  )
}
