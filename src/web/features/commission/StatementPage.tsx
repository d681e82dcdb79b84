import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Spin } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { queryString } from '../../lib/query-string'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { commissionKeys } from './commission-keys'
import { fetchStatement } from './commission-requests'
import { PeriodPicker } from './PeriodPicker'
import { StatementSheet } from './StatementSheet'
import { usePeriodParam } from './use-period-param'

// Printed, the statement is the page: no menu, no header, no buttons, no card frame.
const PRINT_CSS = `
@media print {
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .ant-layout-content { padding: 0 !important; }
  .statement-card { border: none !important; }
  .statement-card .ant-card-body { padding: 0 !important; }
}
`

/** One rep's commission statement for a period, line by line, ready to print (DOMAIN.md "Commission"). */
export function StatementPage() {
  const { t } = useT()
  const { repId = '' } = useParams()
  const [period, setPeriod] = usePeriodParam()
  const statement = useQuery({
    queryKey: commissionKeys.statement(repId, period),
    queryFn: () => fetchStatement(repId, period),
  })
  return (
    <>
      <style>{PRINT_CSS}</style>
      <PageHeader
        title={t('commission.statementTitle')}
        subtitle={
          statement.data
            ? t('commission.statementOf', { name: statement.data.repName, from: period.from, to: period.to })
            : undefined
        }
        extra={
          <Flex gap={8} wrap className="no-print">
            <Link to={`/commission${queryString(period)}`}>
              <Button icon={<ArrowLeftOutlined />}>{t('commission.back')}</Button>
            </Link>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('commission.print')}
            </Button>
          </Flex>
        }
      />
      <div className="no-print" style={{ marginBottom: 16 }}>
        <PeriodPicker period={period} onChange={setPeriod} />
      </div>
      <Card className="statement-card">
        {statement.isPending ? (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin />
          </Flex>
        ) : statement.isError ? (
          <QueryErrorResult error={statement.error} onRetry={() => void statement.refetch()} />
        ) : (
          <StatementSheet statement={statement.data} />
        )}
      </Card>
    </>
  )
}
