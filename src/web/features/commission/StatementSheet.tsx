import { Flex, Table, Typography, type TableColumnsType } from 'antd'
import type { Statement, StatementLine } from '../../../contracts/commission'
import { formatRateBp } from '../../../core/commission/rate-text'
import { formatMoney } from '../../../core/money/format-money'
import { useT, type Translate } from '../../i18n/use-t'
import { Money } from '../ledger/Money'

type Row = { key: string; item: string; base: number | null; rateBp: number | null; amount: number }

const range = (t: Translate, lang: Parameters<typeof formatMoney>[1], from: number, to: number | null) =>
  to === null
    ? t('commission.rangeOpen', { from: formatMoney(from, lang) })
    : t('commission.range', { from: formatMoney(from, lang), to: formatMoney(to, lang) })

/**
 * The arithmetic, line by line: for each plan's days, its bracket slices (base × rate = amount) —
 * on the plan's collections from its first day, less what the days before the period earned — and
 * its new-customer bonuses; then the adjustments with their reasons; the sum. Every amount shown is
 * the rounded one the total adds up.
 */
export function StatementSheet({ statement: s }: { statement: Statement }) {
  const { t, lang } = useT()
  const money = (minor: number) => formatMoney(minor, lang)
  const row = (l: StatementLine, i: number): Row => {
    switch (l.kind) {
      case 'bracket':
        return {
          key: `b${i}`,
          item: t('commission.bracketItem', {
            n: l.bracket,
            range: range(t, lang, l.bracketFrom, l.bracketTo),
          }),
          base: l.base,
          rateBp: l.rateBp,
          amount: l.amount,
        }
      case 'bonus':
        return {
          key: `n${i}`,
          item: t('commission.bonusItem', {
            customer: l.customerName,
            order: l.orderNumber,
            date: l.orderDate,
            orderAmount: money(l.orderAmount),
          }),
          base: null,
          rateBp: null,
          amount: l.amount,
        }
      case 'earlier':
        return {
          key: `e${i}`,
          item: t('commission.earlierItem', { from: l.from, to: l.to }),
          base: l.base,
          rateBp: null,
          amount: l.amount,
        }
      case 'adjustment':
        return {
          key: `a${i}`,
          item: t('commission.adjustmentItem', { reason: l.reason, from: l.from, to: l.to }),
          base: null,
          rateBp: null,
          amount: l.amount,
        }
    }
  }
  const columns: TableColumnsType<Row> = [
    { key: 'item', title: t('commission.item'), dataIndex: 'item' },
    {
      key: 'base',
      title: t('commission.base'),
      align: 'right',
      render: (_, r) => (r.base === null ? '' : <Money minor={r.base} />),
    },
    {
      key: 'rate',
      title: t('commission.rate'),
      align: 'right',
      render: (_, r) => (r.rateBp === null ? '' : `× ${formatRateBp(r.rateBp)}%`),
    },
    {
      key: 'amount',
      title: t('commission.amount'),
      align: 'right',
      render: (_, r) => <Money minor={r.amount} />,
    },
  ]
  const table = (rows: Row[], testId: string) => (
    <Table<Row>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
    />
  )
  const indexed = s.lines.map((l, i) => ({ l, i }))
  const adjustments = indexed.filter(({ l }) => l.kind === 'adjustment')
  return (
    <Flex vertical gap={20} data-testid="commission-statement">
      <Typography.Text>
        {t('commission.collectedInPeriod', { collected: money(s.collected), from: s.from, to: s.to })}
      </Typography.Text>
      {s.segments.map((segment, index) => (
        <Flex vertical gap={8} key={segment.assignmentId}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('commission.segment', {
              plan: segment.planName,
              mode: t(`commissionMode.${segment.mode}`),
              from: segment.from,
              to: segment.to,
              collected: money(segment.collected),
            })}
          </Typography.Title>
          {segment.collectedBefore !== 0 ? (
            <Typography.Text type="secondary" data-testid={`statement-before-${index}`}>
              {t('commission.segmentBefore', {
                from: segment.assignedFrom,
                before: money(segment.collectedBefore),
                collected: money(segment.collected),
                total: money(segment.collectedBefore + segment.collected),
              })}
            </Typography.Text>
          ) : null}
          {table(
            indexed
              .filter(({ l }) => l.kind !== 'adjustment' && l.segment === index)
              .map(({ l, i }) => row(l, i)),
            `statement-segment-${index}`,
          )}
        </Flex>
      ))}
      {s.uncovered.map((u) => (
        <Typography.Text type="secondary" key={u.from}>
          {t('commission.uncovered', { from: u.from, to: u.to, collected: money(u.collected) })}
        </Typography.Text>
      ))}
      {s.unpaid.map((u) => (
        <Typography.Text type="secondary" key={u.orderId}>
          {u.reason === 'no_plan'
            ? t('commission.unpaidNoPlan', {
                customer: u.customerName,
                order: u.orderNumber,
                date: u.orderDate,
              })
            : t('commission.unpaidBelowMinimum', {
                customer: u.customerName,
                order: u.orderNumber,
                orderAmount: money(u.orderAmount),
                minimum: money(u.minimum ?? 0),
              })}
        </Typography.Text>
      ))}
      {adjustments.length ? (
        <Flex vertical gap={8}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('commission.adjustments')}
          </Typography.Title>
          {table(
            adjustments.map(({ l, i }) => row(l, i)),
            'statement-adjustments',
          )}
        </Flex>
      ) : null}
      <Flex vertical gap={4} style={{ borderTop: '1px solid rgba(5,5,5,0.12)', paddingTop: 12 }}>
        <Typography.Text data-testid="statement-sum">
          {t('commission.sum', {
            brackets: money(s.bracketTotal),
            bonuses: money(s.bonusTotal),
            adjustments: money(s.adjustmentTotal),
            total: money(s.total),
          })}
        </Typography.Text>
        <Flex justify="space-between" align="baseline">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('commission.rounding')}
          </Typography.Text>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="statement-total">
            {t('commission.total')} {money(s.total)}
          </Typography.Title>
        </Flex>
      </Flex>
    </Flex>
  )
}
