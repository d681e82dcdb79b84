import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons'
import { Button, Card, Col, Flex, Row, Tag, Typography } from 'antd'
import { Link, useNavigate, useParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { FullPageSpin } from '../../lib/FullPageSpin'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { canEditCustomers, readsMoney, useCurrentUser } from '../auth/current-user'
import { CustomerLedgerCard } from '../collections/CustomerLedgerCard'
import { CustomerTierCard } from '../abc/CustomerTierCard'
import { PoolActions } from '../pool/PoolActions'
import { PoolHistory } from '../pool/PoolHistory'
import { CustomerTimelineCard } from '../follow-ups/CustomerTimelineCard'
import { CustomerOpportunitiesCard } from '../opportunities/CustomerOpportunitiesCard'
import { CustomerVisitsCard } from '../visits/CustomerVisitsCard'
import { ContactPreferences } from './ContactPreferences'
import { ContactsTable } from './ContactsTable'
import { CustomerDetails } from './CustomerDetails'
import { CustomerHistory } from './CustomerHistory'
import { DeleteCustomerButton } from './DeleteCustomerButton'
import { StatusTag } from './StatusTag'
import { TierTag } from './TierTag'
import { useCustomer } from './use-customers'

export function CustomerDetailPage() {
  const { t } = useT()
  const { id = '' } = useParams()
  const user = useCurrentUser()
  const money = readsMoney(user)
  const navigate = useNavigate()
  const customer = useCustomer(id)
  if (customer.isPending) return <FullPageSpin />
  if (customer.isError)
    return <QueryErrorResult error={customer.error} onRetry={() => void customer.refetch()} />
  const c = customer.data
  return (
    <>
      <Link to="/customers" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('customers.backToList')}
      </Link>
      <PageHeader
        title={c.name}
        subtitle={c.companyName ?? undefined}
        tags={
          <>
            <TierTag tier={c.tier} long />
            <StatusTag status={c.status} />
          </>
        }
        extra={
          // A pool customer is changed by admins only; others claim or assign it first.
          canEditCustomers(user) && (c.ownerId !== null || user.role === 'admin') ? (
            <>
              <PoolActions customer={c} />
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => void navigate(`/customers/${c.id}/edit`)}
              >
                {t('common.edit')}
              </Button>
              <DeleteCustomerButton customer={c} />
            </>
          ) : (
            <PoolActions customer={c} />
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <Card title={t('customers.sectionBasic')}>
              <CustomerDetails customer={c} />
            </Card>
            <Card title={t('label.contacts')}>
              <ContactsTable contacts={c.contacts} />
            </Card>
            <CustomerTimelineCard customer={c} />
            {money ? <CustomerLedgerCard customerId={c.id} /> : null}
            {c.notes ? (
              <Card title={t('label.notes')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {c.notes}
                </Typography.Paragraph>
              </Card>
            ) : null}
            <Card title={t('history.title')}>
              <CustomerHistory customerId={c.id} />
            </Card>
            <Card title={t('pool.historyTitle')}>
              <PoolHistory customerId={c.id} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            {/* The auditor reads no money: no ledger, no tier figures, no pipeline. */}
            {money ? <CustomerTierCard customerId={c.id} /> : null}
            {money ? <CustomerOpportunitiesCard customerId={c.id} /> : null}
            <CustomerVisitsCard customerId={c.id} />
            <Card title={t('customers.sectionPreferences')}>
              <ContactPreferences customer={c} />
            </Card>
            <Card title={t('label.tags')}>
              {c.tags.length > 0 ? (
                <Flex gap={6} wrap>
                  {c.tags.map((tag) => (
                    <Link key={tag} to={`/customers?tag=${encodeURIComponent(tag)}`}>
                      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                        {tag}
                      </Tag>
                    </Link>
                  ))}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('customers.noTags')}</Typography.Text>
              )}
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  )
}
