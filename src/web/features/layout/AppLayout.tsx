import { Suspense, useState } from 'react'
import { Flex, Layout } from 'antd'
import { Outlet } from 'react-router'
import { Brand } from '../../lib/Brand'
import { FullPageSpin } from '../../lib/FullPageSpin'
import { LanguageSwitch } from '../../lib/LanguageSwitch'
import { NotificationBell } from '../notifications/NotificationBell'
import { NavMenu } from './NavMenu'
import { UserMenu } from './UserMenu'

const BORDER = '1px solid rgba(5, 5, 5, 0.06)'

export function AppLayout() {
  const [collapsed, setCollapsed] = useState(false)
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        theme="light"
        width={216}
        collapsedWidth={64}
        breakpoint="lg"
        collapsed={collapsed}
        onBreakpoint={setCollapsed}
        trigger={null}
        style={{ borderInlineEnd: BORDER }}
      >
        <Flex align="center" style={{ height: 64, padding: collapsed ? '0 18px' : '0 20px' }}>
          <Brand compact={collapsed} />
        </Flex>
        <NavMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            borderBottom: BORDER,
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            gap: 16,
          }}
        >
          <LanguageSwitch />
          <NotificationBell />
          <UserMenu />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <div style={{ maxWidth: 1280, margin: '0 auto' }}>
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
