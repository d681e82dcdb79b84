import { Card, Empty, Flex, Select, Typography } from 'antd'
import { useSearchParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { FullPageSpin } from '../../lib/FullPageSpin'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { formatInstant } from '../../lib/format'
import { useCurrentUser } from '../auth/current-user'
import { ParetoChart } from './ParetoChart'
import { RunNowButton } from './RunNowButton'
import { RunSummary } from './RunSummary'
import { TierChangesCard } from './TierChangesCard'
import { useRun, useRuns } from './use-abc'

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`

/** ABC classification (DOMAIN.md): the chosen run (newest by default), its Pareto chart and its tier changes. */
export function AbcPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const [search, setSearch] = useSearchParams()
  const runs = useRuns()
  const runId = search.get('run') ?? runs.data?.items[0]?.id
  const detail = useRun(runId)
  const choose = (id: string) => setSearch({ run: id }, { replace: true })
  const runNow = user.role === 'admin' ? <RunNowButton onDone={(run) => choose(run.id)} /> : null
  if (runs.isPending) return <FullPageSpin />
  if (runs.isError) return <QueryErrorResult error={runs.error} onRetry={() => void runs.refetch()} />
  const header = (
    <PageHeader
      title={t('abc.title')}
      subtitle={
        detail.data
          ? t('abc.subtitle', {
              metric: t(`abc.metric.${detail.data.run.metric}`),
              a: percent(detail.data.run.shareA),
              b: percent(detail.data.run.shareB),
            })
          : undefined
      }
      extra={
        <>
          {runs.data.items.length > 0 ? (
            <Select
              aria-label={t('abc.runPicker')}
              value={runId}
              onChange={choose}
              style={{ minWidth: 260 }}
              options={runs.data.items.map((run) => ({
                value: run.id,
                label: `${t('abc.runOf', { asOf: run.asOf })} · ${formatInstant(run.createdAt)}`,
              }))}
            />
          ) : null}
          {runNow}
        </>
      }
    />
  )
  if (runs.data.items.length === 0)
    return (
      <>
        {header}
        <Card>
          <Empty
            description={
              <>
                <Typography.Paragraph>{t('abc.noRuns')}</Typography.Paragraph>
                <Typography.Text type="secondary">{t('abc.noRunsHint')}</Typography.Text>
              </>
            }
          />
        </Card>
      </>
    )
  if (detail.isPending) return <FullPageSpin />
  if (detail.isError) return <QueryErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
  const { run, pareto } = detail.data
  const grouped = pareto.some((p) => p.customers > 1)
  return (
    <>
      {header}
      <Flex vertical gap={16}>
        <Card>
          <RunSummary detail={detail.data} />
        </Card>
        <Card
          title={t('abc.pareto')}
          extra={
            grouped ? <Typography.Text type="secondary">{t('abc.paretoGrouped')}</Typography.Text> : null
          }
        >
          <ParetoChart points={pareto} shares={{ a: run.shareA, b: run.shareB }} metric={run.metric} />
        </Card>
        <TierChangesCard key={run.id} detail={detail.data} />
      </Flex>
    </>
  )
}
