import type { ReactNode } from 'react'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { Flex, Typography } from 'antd'
import { Link } from 'react-router'

/**
 * One narrow column for the pages reps fill in the car park (issue 5): at most 560 px wide,
 * everything stacked, so a phone shows it without sideways scrolling.
 */
export function PhoneShell({
  back,
  title,
  subtitle,
  children,
}: {
  back: { to: string; label: string }
  title: ReactNode
  subtitle?: ReactNode
  children: ReactNode
}) {
  return (
    <Flex vertical gap={16} style={{ maxWidth: 560, margin: '0 auto' }}>
      <Link to={back.to} style={{ fontSize: 16, padding: '8px 0' }}>
        <ArrowLeftOutlined /> {back.label}
      </Link>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </div>
      {children}
    </Flex>
  )
}
