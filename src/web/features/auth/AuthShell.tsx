import type { ReactNode } from 'react'
import { Card, Flex, Typography } from 'antd'
import { Brand } from '../../lib/Brand'
import { LanguageSwitch } from '../../lib/LanguageSwitch'

type Props = { title: string; subtitle: string; children: ReactNode }

/** The frame of the pages shown before anyone is signed in. */
export function AuthShell({ title, subtitle, children }: Props) {
  return (
    <Flex
      vertical
      style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #eef2fb 0%, #f7f8fa 60%)' }}
    >
      <Flex justify="space-between" align="center" style={{ padding: '16px 24px' }}>
        <Brand />
        <LanguageSwitch />
      </Flex>
      <Flex flex={1} align="flex-start" justify="center" style={{ padding: '8vh 16px 48px' }}>
        <Card style={{ width: 420, maxWidth: '100%', boxShadow: '0 8px 24px rgba(15, 35, 95, 0.08)' }}>
          <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
            {title}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
            {subtitle}
          </Typography.Paragraph>
          {children}
        </Card>
      </Flex>
    </Flex>
  )
}
