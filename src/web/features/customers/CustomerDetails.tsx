import { Descriptions, Typography, type DescriptionsProps } from 'antd'
import type { Customer } from '../../../contracts/customers'
import { useT } from '../../i18n/use-t'
import { formatDate, formatInstant } from '../../lib/format'

const websiteHref = (site: string) => (/^https?:\/\//i.test(site) ? site : `https://${site}`)

export function CustomerDetails({ customer: c }: { customer: Customer }) {
  const { t } = useT()
  const dash = <Typography.Text type="secondary">—</Typography.Text>
  const show = (v: string | null) => v || dash
  const items: DescriptionsProps['items'] = [
    { key: 'companyName', label: t('label.companyName'), children: show(c.companyName) },
    { key: 'taxId', label: t('label.taxId'), children: show(c.taxId) },
    { key: 'phone', label: t('label.phone'), children: show(c.phone) },
    {
      key: 'website',
      label: t('label.website'),
      children: c.website ? (
        <a href={websiteHref(c.website)} target="_blank" rel="noreferrer noopener">
          {c.website}
        </a>
      ) : (
        dash
      ),
    },
    { key: 'address', label: t('label.address'), children: show(c.address), span: 2 },
    { key: 'industry', label: t('label.industry'), children: show(c.industry) },
    { key: 'region', label: t('label.region'), children: show(c.region) },
    { key: 'source', label: t('label.source'), children: show(c.source) },
    {
      key: 'owner',
      label: t('label.owner'),
      children: c.ownerName ?? <Typography.Text type="secondary">{t('customers.pool')}</Typography.Text>,
    },
    { key: 'assignedAt', label: t('label.assignedAt'), children: show(formatDate(c.assignedAt)) },
    ...(c.status === 'lost'
      ? [
          { key: 'lostReason', label: t('label.lostReason'), children: show(c.lostReason) },
          { key: 'lostDate', label: t('label.lostDate'), children: show(formatDate(c.lostDate)) },
        ]
      : []),
    ...(c.externalId ? [{ key: 'externalId', label: t('label.externalId'), children: c.externalId }] : []),
    { key: 'createdAt', label: t('label.createdAt'), children: formatInstant(c.createdAt) },
    { key: 'updatedAt', label: t('label.updatedAt'), children: formatInstant(c.updatedAt) },
  ]
  return <Descriptions items={items} column={{ xs: 1, sm: 1, md: 2 }} size="small" />
}
