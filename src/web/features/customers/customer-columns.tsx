import { Flex, Typography, type TableColumnsType } from 'antd'
import { Link } from 'react-router'
import type { CustomerListItem } from '../../../contracts/customers'
import type { Translate } from '../../i18n/use-t'
import { StatusTag } from './StatusTag'
import { TierTag } from './TierTag'

type Shown = Pick<CustomerListItem, 'id' | 'name' | 'companyName' | 'tier' | 'status'>

/** The first columns of a list of customers: the name (a link, over the company name), tier and status. */
export const customerColumns = <C extends Shown>(t: Translate): TableColumnsType<C> => [
  {
    key: 'name',
    title: t('label.name'),
    render: (_, c) => (
      <Flex vertical>
        <Link to={`/customers/${c.id}`} style={{ fontWeight: 500 }}>
          {c.name}
        </Link>
        {c.companyName ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.companyName}
          </Typography.Text>
        ) : null}
      </Flex>
    ),
  },
  { key: 'tier', title: t('label.tier'), width: 80, render: (_, c) => <TierTag tier={c.tier} /> },
  {
    key: 'status',
    title: t('label.status'),
    width: 110,
    render: (_, c) => <StatusTag status={c.status} />,
  },
]
