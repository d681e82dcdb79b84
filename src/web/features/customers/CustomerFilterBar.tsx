import type { ReactNode } from 'react'
import { SortAscendingOutlined, SortDescendingOutlined } from '@ant-design/icons'
import { Button, Flex, Input, Select, Tooltip } from 'antd'
import { CUSTOMER_STATUSES, TIERS } from '../../../core/customers/customer-fields'
import { useT } from '../../i18n/use-t'
import { ClearFiltersLink } from '../../lib/ClearFiltersLink'
import { CUSTOMER_SORTS, type CustomerSearch } from './customer-search'

/** The filters a customer list and the pool share. */
type SharedSearch = Omit<CustomerSearch, 'owner'>

type Props = {
  search: SharedSearch
  onChange: (patch: Partial<SharedSearch>) => void
  /** Whether any filter is set: then a link clears them all. */
  filtered: boolean
  onClear: () => void
  /** Filters placed after the search box (the customer list's owner). */
  children?: ReactNode
}

const SORT_LABELS = {
  name: 'label.name',
  updatedAt: 'customers.sortUpdated',
  createdAt: 'customers.sortCreated',
} as const

/** Search, tier, status and tag filters with the sort, above a list of customers. */
export function CustomerFilterBar({ search, onChange, filtered, onClear, children }: Props) {
  const { t } = useT()
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        key={`q:${search.q ?? ''}`}
        defaultValue={search.q}
        placeholder={t('customers.searchPlaceholder')}
        aria-label={t('label.q')}
        allowClear
        enterButton
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        style={{ width: 260 }}
      />
      {children}
      <Select
        aria-label={t('label.tier')}
        placeholder={t('label.tier')}
        value={search.tier}
        onChange={(tier) => onChange({ tier })}
        allowClear
        options={TIERS.map((tier) => ({ value: tier, label: t('customers.tierValue', { tier }) }))}
        style={{ width: 110 }}
      />
      <Select
        aria-label={t('label.status')}
        placeholder={t('label.status')}
        value={search.status}
        onChange={(status) => onChange({ status })}
        allowClear
        options={CUSTOMER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        style={{ width: 130 }}
      />
      <Input.Search
        key={`tag:${search.tag ?? ''}`}
        defaultValue={search.tag}
        placeholder={t('label.tag')}
        aria-label={t('label.tag')}
        allowClear
        onSearch={(value) => onChange({ tag: value.trim() || undefined })}
        style={{ width: 140 }}
      />
      <ClearFiltersLink shown={filtered} onClear={onClear} />
      <Flex gap={4} align="center" style={{ marginInlineStart: 'auto' }}>
        <Select
          aria-label={t('label.sort')}
          value={search.sort}
          onChange={(sort) => onChange({ sort })}
          options={CUSTOMER_SORTS.map((sort) => ({ value: sort, label: t(SORT_LABELS[sort]) }))}
          style={{ width: 150 }}
          prefix={t('customers.sortBy')}
        />
        <Tooltip title={search.order === 'asc' ? t('customers.ascending') : t('customers.descending')}>
          <Button
            aria-label={t('label.order')}
            icon={search.order === 'asc' ? <SortAscendingOutlined /> : <SortDescendingOutlined />}
            onClick={() => onChange({ order: search.order === 'asc' ? 'desc' : 'asc' })}
          />
        </Tooltip>
      </Flex>
    </Flex>
  )
}
