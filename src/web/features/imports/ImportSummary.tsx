import { Col, Row, Statistic } from 'antd'
import { useT } from '../../i18n/use-t'
import type { ImportReport } from './import-requests'
import { KIND_TEXTS } from './kind-texts'

type Props = { report: ImportReport; done: boolean }

/**
 * The report's counts; a dry run says what would be created, an import what was. A customers
 * import counts its customers once (as what it creates) and has no amounts to round.
 */
export function ImportSummary({ report, done }: Props) {
  const { t } = useT()
  const texts = KIND_TEXTS[report.kind]
  const ledger = report.kind !== 'customers'
  const items = [
    { key: 'rows', title: t('imports.summaryRows'), value: report.rows },
    { key: 'created', title: done ? t(texts.created) : t(texts.toCreate), value: report.created },
    { key: 'unchanged', title: t('imports.summaryUnchanged'), value: report.unchanged },
    ...(ledger
      ? [
          {
            key: 'customers',
            title: done ? t('imports.summaryCustomers') : t('imports.summaryCustomersToCreate'),
            value: report.customersCreated,
          },
          { key: 'rounded', title: t('imports.summaryRounded'), value: report.rounded },
        ]
      : []),
    { key: 'bad', title: t('imports.summaryBadRows'), value: report.badRows, bad: report.badRows > 0 },
  ]
  return (
    <Row gutter={[16, 16]} data-testid="import-summary">
      {items.map((item) => (
        <Col key={item.key} xs={12} md={8} xl={4}>
          <Statistic
            title={item.title}
            value={item.value}
            styles={'bad' in item && item.bad ? { content: { color: '#cf1322' } } : undefined}
          />
        </Col>
      ))}
    </Row>
  )
}
