import { Flex } from 'antd'
import { useSearchParams } from 'react-router'
import { isHalfMonth } from '../../../core/half-month/half-month'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { HalfMonthFiguresCard } from './HalfMonthFiguresCard'
import { HalfMonthListCard } from './HalfMonthListCard'
import { useHalfMonthPages } from './use-half-month-reports'

/**
 * The half-monthly data report (半月數據報表, DOMAIN.md "Reports"; issue 7 point 4): the figures of
 * a closed half-month (by default the one that closed last), then every half-month with its
 * status. `?period=` and `?version=` keep the choice in the address, to share or bookmark.
 */
export function HalfMonthReportsPage() {
  const { t } = useT()
  const [params, setParams] = useSearchParams()
  const pages = useHalfMonthPages()
  const items = pages.data?.pages.flatMap((p) => p.items) ?? []
  const asked = params.get('period')
  const period = asked && isHalfMonth(asked) ? asked : items.find((i) => i.status !== 'open')?.period
  const version = Number(params.get('version')) || undefined
  const choose = (next: { period?: string; version?: number }) => {
    const search: Record<string, string> = {}
    const chosen = next.period ?? period
    if (chosen) search.period = chosen
    if (next.version !== undefined) search.version = String(next.version)
    setParams(search)
  }
  return (
    <>
      <PageHeader title={t('halfMonth.name')} subtitle={t('halfMonthPage.subtitle')} />
      <Flex vertical gap={16}>
        {period ? (
          <HalfMonthFiguresCard
            period={period}
            version={version}
            canGenerate={pages.data?.pages[0]?.canGenerate ?? false}
            onVersion={(v) => choose({ version: v })}
          />
        ) : null}
        <HalfMonthListCard pages={pages} selected={period} onSelect={(p) => choose({ period: p })} />
      </Flex>
    </>
  )
}
