import { Card, Col, Row, Statistic, Typography } from 'antd'
import type { MonthFigures } from '../../../contracts/monthly-reports'
import { formatMoney } from '../../../core/money/format-money'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'

type Props = { figures: MonthFigures | undefined; frozenAt?: string | null; loading?: boolean }

/**
 * The month's numbers (DOMAIN.md "Reports from the field": generated, not typed): live in a draft,
 * as they stood at submission once submitted — and the card says which.
 */
export function FiguresCard({ figures, frozenAt, loading = false }: Props) {
  const { t, lang } = useT()
  const money = (minor: number) => formatMoney(minor, lang)
  const stat = (key: string, title: string, value: string | number, suffix?: string) => (
    <Col xs={12} sm={8} lg={6} key={key}>
      <Statistic
        title={title}
        value={value}
        loading={loading}
        suffix={
          suffix ? (
            <Typography.Text type="secondary" style={{ fontSize: 13, marginInlineStart: 6 }}>
              {suffix}
            </Typography.Text>
          ) : undefined
        }
      />
    </Col>
  )
  return (
    <Card
      size="small"
      title={t('monthlyReport.figures')}
      extra={
        <Typography.Text type="secondary">
          {frozenAt
            ? t('monthlyReport.figuresFrozen', { time: formatInstant(frozenAt) })
            : t('monthlyReport.figuresLive')}
        </Typography.Text>
      }
      data-testid="month-figures"
    >
      {figures || loading ? (
        <Row gutter={[16, 16]}>
          {stat(
            'orders',
            t('monthlyReport.orders'),
            money(figures?.ordersTotal ?? 0),
            t('monthlyReport.ordersCount', { count: figures?.ordersCount ?? 0 }),
          )}
          {stat('collected', t('monthlyReport.collected'), money(figures?.collected ?? 0))}
          {stat('receivable', t('monthlyReport.receivable'), money(figures?.receivable ?? 0))}
          {stat('expenses', t('monthlyReport.expenses'), money(figures?.expensesApproved ?? 0))}
          {stat('newCustomers', t('monthlyReport.newCustomers'), figures?.newCustomers ?? 0)}
          {stat('followUps', t('monthlyReport.followUps'), figures?.followUps ?? 0)}
          {stat(
            'visits',
            t('monthlyReport.visits'),
            figures?.visits ?? 0,
            figures?.visitsMissed
              ? t('monthlyReport.visitsMissed', { count: figures.visitsMissed })
              : undefined,
          )}
          {stat(
            'coverage',
            t('monthlyReport.coverage'),
            figures?.coverage === null || figures?.coverage === undefined
              ? '—'
              : `${(figures.coverage * 100).toFixed(1)} %`,
          )}
        </Row>
      ) : null}
    </Card>
  )
}
