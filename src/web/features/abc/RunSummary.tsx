import { Descriptions, Flex, Statistic, Typography } from 'antd'
import type { RunDetail } from '../../../contracts/classification'
import { TIERS } from '../../../core/follow-ups/tier'
import { formatMoney } from '../../../core/money/format-money'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { TierTag } from '../customers/TierTag'

/** A run's window, rule and counts; for a manager, also what of it is their team's. */
export function RunSummary({ detail }: { detail: RunDetail }) {
  const { t, lang } = useT()
  const { run, visible } = detail
  const all = run.counts.A + run.counts.B + run.counts.C
  return (
    <Flex vertical gap={16}>
      <Flex gap={40} wrap data-testid="abc-counts">
        <Statistic title={t('abc.customers')} value={all} />
        {TIERS.map((tier) => (
          <Statistic
            key={tier}
            title={<TierTag tier={tier} long />}
            value={run.counts[tier]}
            styles={{ content: { fontVariantNumeric: 'tabular-nums' } }}
          />
        ))}
        <Statistic
          title={t(`abc.column.${run.metric}`)}
          value={formatMoney(run.total, lang)}
          styles={{ content: { fontVariantNumeric: 'tabular-nums' } }}
        />
      </Flex>
      {visible.customers < all ? (
        <Typography.Text type="secondary" data-testid="abc-team">
          {t('abc.team', {
            customers: visible.customers,
            a: visible.counts.A,
            b: visible.counts.B,
            c: visible.counts.C,
          })}
        </Typography.Text>
      ) : null}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          {
            key: 'period',
            label: t('abc.period'),
            children: t('abc.periodValue', { from: run.from, to: run.to }),
          },
          { key: 'metric', label: t('abc.metric'), children: t(`abc.column.${run.metric}`) },
          { key: 'by', label: t('abc.runBy'), children: run.actorName ?? t('history.system') },
          { key: 'at', label: t('abc.runAt'), children: formatInstant(run.createdAt) },
        ]}
      />
    </Flex>
  )
}
