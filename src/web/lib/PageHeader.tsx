import type { ReactNode } from 'react'
import { Flex, Typography } from 'antd'

type Props = { title: ReactNode; subtitle?: ReactNode; extra?: ReactNode; tags?: ReactNode }

/** The title row every page starts with: title on the left, the page's actions on the right. */
export function PageHeader({ title, subtitle, extra, tags }: Props) {
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 20 }}>
      <div style={{ minWidth: 0 }}>
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {subtitle ? (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
            {subtitle}
          </Typography.Text>
        ) : null}
      </div>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  )
}
