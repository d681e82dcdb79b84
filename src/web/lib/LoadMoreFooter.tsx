import type { ReactNode } from 'react'
import { Button, Flex, Typography } from 'antd'
import { useT } from '../i18n/use-t'

type Props = {
  /** How many rows the list shows so far; nothing is drawn while it shows none. */
  shown: number
  /** What is said of them; by default "N records shown". */
  label?: ReactNode
  pages: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown }
  testId?: string
}

/** Under a paged list: how many rows are shown, and a button to load the next page while there is one. */
export function LoadMoreFooter({ shown, label, pages, testId }: Props) {
  const { t } = useT()
  if (shown === 0) return null
  return (
    <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
      <Typography.Text type="secondary" data-testid={testId}>
        {label ?? t('common.shownRecords', { shown })}
      </Typography.Text>
      {pages.hasNextPage ? (
        <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t('customers.loadMore')}
        </Button>
      ) : null}
    </Flex>
  )
}
