import { useMemo } from 'react'
import { Card, DatePicker, Flex, Select, Typography } from 'antd'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import type dayjs from 'dayjs'
import { periodLabel } from '../../../core/analyses/period-label'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import { periodPresets } from '../monitor/period-presets'
import { FactsCard } from './FactsCard'
import { presetPair } from './period-pair'
import { readTeamQuery, writeTeamQuery } from './team-query'
import { fetchTeamTable, teamKeys, type TeamQuery } from './team-requests'
import { TeamTable } from './TeamTable'
import { companyToday } from '../../lib/company-today'

/**
 * 團隊分析 (DOMAIN.md "Analyses", Team; issue 6 point 4): the reps the reader may watch side by side
 * for a period (this year by default) — a manager's tree, a rep themselves, everyone for admin,
 * finance, or one sales manager's team — with the total and the findings.
 */
export function TeamAnalysisPage() {
  const { t, lang } = useT()
  const [params, setParams] = useSearchParams()
  const today = toLocalDate(companyToday())
  const query = useMemo(() => readTeamQuery(params, today), [params, today])
  const setQuery = (next: TeamQuery) => setParams(writeTeamQuery(next), { replace: true })
  const table = useQuery({
    queryKey: teamKeys.table(query),
    queryFn: () => fetchTeamTable(query),
    placeholderData: keepPreviousData,
  })
  // The teams to narrow to: the sales managers among the rows shown (and the one chosen).
  const managers = (table.data?.reps ?? []).filter((r) => r.role === 'manager')
  const teamOptions = [
    ...managers.map((m) => ({ value: m.repId, label: m.repName })),
    ...(table.data?.team && !managers.some((m) => m.repId === table.data?.team?.id)
      ? [{ value: table.data.team.id, label: table.data.team.name }]
      : []),
  ]
  const seedPeriod = (preset: 'lastYear' | 'augDec') => {
    const p = presetPair(preset, today)
    return [fromLocalDate(p.from) ?? companyToday(), fromLocalDate(p.to) ?? companyToday()] as [
      dayjs.Dayjs,
      dayjs.Dayjs,
    ]
  }
  return (
    <>
      <PageHeader
        title={t('teamAnalysis.title')}
        subtitle={t('teamAnalysis.subtitle')}
        extra={
          <Flex align="center" gap={8} wrap>
            {teamOptions.length ? (
              <Select<string>
                allowClear
                style={{ minWidth: 180 }}
                placeholder={t('teamAnalysis.everyone')}
                value={query.team}
                options={teamOptions}
                aria-label={t('teamAnalysis.team')}
                onChange={(team) => setQuery({ from: query.from, to: query.to, team })}
                data-testid="team-select"
              />
            ) : null}
            <Flex align="center" gap={8}>
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {t('analyses.period')}
              </Typography.Text>
              <DatePicker.RangePicker
                allowClear={false}
                value={[
                  fromLocalDate(query.from) ?? companyToday(),
                  fromLocalDate(query.to) ?? companyToday(),
                ]}
                presets={[
                  ...periodPresets().map((p) => ({ label: t(p.key), value: p.range })),
                  { label: t('teamAnalysis.lastYear'), value: seedPeriod('lastYear') },
                  { label: t('teamAnalysis.augDec'), value: seedPeriod('augDec') },
                ]}
                onChange={(range) => {
                  if (range?.[0] && range[1])
                    setQuery({ ...query, from: toLocalDate(range[0]), to: toLocalDate(range[1]) })
                }}
                data-testid="team-period"
              />
            </Flex>
          </Flex>
        }
      />
      {table.isError ? (
        <QueryErrorResult error={table.error} onRetry={() => void table.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Card
            size="small"
            title={
              table.data
                ? t('teamAnalysis.tableTitle', {
                    period: periodLabel(table.data.period, lang),
                    team: table.data.team ? table.data.team.name : t('teamAnalysis.everyone'),
                  })
                : null
            }
          >
            <TeamTable table={table.data} loading={table.isFetching} />
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
              {t('teamAnalysis.note')}
            </Typography.Paragraph>
          </Card>
          <FactsCard facts={table.data?.facts} />
        </Flex>
      )}
    </>
  )
}
