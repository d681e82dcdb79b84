import { Empty, Table, type TableColumnsType } from 'antd'
import type { Contact } from '../../../contracts/customers'
import { useT } from '../../i18n/use-t'

export function ContactsTable({ contacts }: { contacts: Contact[] }) {
  const { t } = useT()
  const columns: TableColumnsType<Contact> = [
    {
      key: 'name',
      title: t('label.name'),
      dataIndex: 'name',
      render: (name: string) => <strong>{name}</strong>,
    },
    { key: 'title', title: t('label.title'), dataIndex: 'title' },
    { key: 'phone', title: t('label.phone'), dataIndex: 'phone' },
    {
      key: 'email',
      title: t('label.email'),
      dataIndex: 'email',
      render: (email: string | null) => (email ? <a href={`mailto:${email}`}>{email}</a> : null),
    },
    { key: 'notes', title: t('label.notes'), dataIndex: 'notes', ellipsis: true },
  ]
  return (
    <Table<Contact>
      rowKey="id"
      columns={columns}
      dataSource={contacts}
      pagination={false}
      size="small"
      scroll={{ x: 600 }}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.noContacts')} />,
      }}
    />
  )
}
