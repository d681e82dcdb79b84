import {
  AccountBookOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CarOutlined,
  CheckSquareOutlined,
  ContainerOutlined,
  DollarOutlined,
  ContactsOutlined,
  DeleteOutlined,
  FileTextOutlined,
  FormOutlined,
  FunnelPlotOutlined,
  FundProjectionScreenOutlined,
  FundViewOutlined,
  LineChartOutlined,
  PieChartOutlined,
  RiseOutlined,
  GlobalOutlined,
  MessageOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TableOutlined,
  SettingOutlined,
  TeamOutlined,
  UploadOutlined,
  WalletOutlined,
} from '@ant-design/icons'
import { Menu, type MenuProps } from 'antd'
import { Link, useLocation } from 'react-router'
import { useT } from '../../i18n/use-t'
import { readsMoney, useCurrentUser } from '../auth/current-user'
import { readsAudits } from '../callback-audits/callback-audit-roles'
import { seesCommission } from '../commission/commission-roles'
import { watchesCheckIns, writesReports } from '../field-reports/field-report-roles'
import { canImport } from '../imports/can-import'
import { IMPORT_KINDS } from '../imports/import-kinds'

// The year-end page sits under /reports beside the half-monthly report: it has a menu item of its own.
const selectedKey = (pathname: string) =>
  pathname.startsWith('/reports/year-end') ? 'year-end' : (pathname.split('/')[1] ?? '')

export function NavMenu() {
  const { t } = useT()
  const user = useCurrentUser()
  const { pathname } = useLocation()
  const isAdmin = user.role === 'admin'
  const money = readsMoney(user)
  const items: MenuProps['items'] = [
    { key: 'agenda', icon: <CalendarOutlined />, label: <Link to="/agenda">{t('nav.agenda')}</Link> },
    ...(user.role === 'rep' || user.role === 'manager' || isAdmin
      ? [
          {
            key: 'schedule',
            icon: <ScheduleOutlined />,
            label: <Link to="/schedule">{t('nav.schedule')}</Link>,
          },
        ]
      : []),
    {
      key: 'customers',
      icon: <ContactsOutlined />,
      label: <Link to="/customers">{t('nav.customers')}</Link>,
    },
    { key: 'pool', icon: <GlobalOutlined />, label: <Link to="/pool">{t('nav.pool')}</Link> },
    {
      key: 'follow-ups',
      icon: <MessageOutlined />,
      label: <Link to="/follow-ups">{t('nav.followUps')}</Link>,
    },
    { key: 'visits', icon: <CarOutlined />, label: <Link to="/visits">{t('nav.visits')}</Link> },
    // 日報 / 月報 (issue 5): reps and managers write them; whoever watches a team sees who checked in.
    ...(writesReports(user)
      ? [
          {
            key: 'daily-report',
            icon: <FormOutlined />,
            label: <Link to="/daily-report">{t('nav.dailyReport')}</Link>,
          },
        ]
      : []),
    ...(watchesCheckIns(user)
      ? [
          {
            key: 'check-ins',
            icon: <CheckSquareOutlined />,
            label: <Link to="/check-ins">{t('nav.checkIns')}</Link>,
          },
        ]
      : []),
    {
      key: 'team-monitor',
      icon: <FundViewOutlined />,
      label: <Link to="/team-monitor">{t('nav.teamMonitor')}</Link>,
    },
    // Money — monthly reports (their figures), the pipeline, analyses and reports, the ledger: the
    // auditor reads none of it (app/customer-scope.ts MONEY_READERS).
    ...(money
      ? [
          {
            key: 'monthly-reports',
            icon: <SolutionOutlined />,
            label: <Link to="/monthly-reports">{t('nav.monthlyReports')}</Link>,
          },
          {
            key: 'opportunities',
            icon: <FunnelPlotOutlined />,
            label: <Link to="/opportunities">{t('nav.opportunities')}</Link>,
          },
          // 得失分析 (issue 6): every role reads them, each for what it may see.
          {
            key: 'analyses',
            type: 'group' as const,
            label: t('nav.analyses'),
            children: [
              {
                key: 'gain-loss',
                icon: <PieChartOutlined />,
                label: <Link to="/gain-loss">{t('nav.gainLoss')}</Link>,
              },
              {
                key: 'sales-analysis',
                icon: <LineChartOutlined />,
                label: <Link to="/sales-analysis">{t('nav.salesAnalysis')}</Link>,
              },
              { key: 'growth', icon: <RiseOutlined />, label: <Link to="/growth">{t('nav.growth')}</Link> },
              {
                key: 'team-analysis',
                icon: <TableOutlined />,
                label: <Link to="/team-analysis">{t('nav.teamAnalysis')}</Link>,
              },
              // 半月數據報表 (issue 7 point 4): everyone, each seeing the rows they may.
              {
                key: 'reports',
                icon: <ContainerOutlined />,
                label: <Link to="/reports/half-month">{t('nav.halfMonthReport')}</Link>,
              },
              // 年終總結 (issue 7): everyone makes the deck of what they may see — a rep their own year.
              {
                key: 'year-end',
                icon: <FundProjectionScreenOutlined />,
                label: <Link to="/reports/year-end">{t('nav.yearEnd')}</Link>,
              },
            ],
          },
          { key: 'orders', icon: <FileTextOutlined />, label: <Link to="/orders">{t('nav.orders')}</Link> },
          {
            key: 'collections',
            icon: <AccountBookOutlined />,
            label: <Link to="/collections">{t('nav.collections')}</Link>,
          },
          {
            key: 'expenses',
            icon: <WalletOutlined />,
            label: <Link to="/expenses">{t('nav.expenses')}</Link>,
          },
        ]
      : []),
    ...(seesCommission(user)
      ? [
          {
            key: 'commission',
            icon: <DollarOutlined />,
            label: <Link to="/commission">{t('nav.commission')}</Link>,
          },
        ]
      : []),
    ...(isAdmin || user.role === 'manager'
      ? [{ key: 'abc', icon: <BarChartOutlined />, label: <Link to="/abc">{t('nav.abc')}</Link> }]
      : []),
    // 隨機回訪: auditors and admins draw and call; managers read their team's results, reps their own.
    ...(readsAudits(user)
      ? [
          {
            key: 'callback-audits',
            icon: <AuditOutlined />,
            label: <Link to="/callback-audits">{t('nav.callbackAudits')}</Link>,
          },
        ]
      : []),
    ...(IMPORT_KINDS.some((kind) => canImport(user, kind))
      ? [
          {
            key: 'imports',
            icon: <UploadOutlined />,
            label: <Link to="/imports">{t('nav.imports')}</Link>,
          },
        ]
      : []),
    // The recycle bin holds what one may change: everyone but the auditor, who changes none of it.
    ...(user.role !== 'auditor'
      ? [
          {
            key: 'recycle-bin',
            icon: <DeleteOutlined />,
            label: <Link to="/recycle-bin">{t('nav.recycleBin')}</Link>,
          },
        ]
      : []),
    ...(isAdmin
      ? [
          { key: 'users', icon: <TeamOutlined />, label: <Link to="/users">{t('nav.users')}</Link> },
          {
            key: 'settings',
            icon: <SettingOutlined />,
            label: <Link to="/settings">{t('nav.settings')}</Link>,
          },
        ]
      : []),
  ]
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedKey(pathname)]}
      style={{ borderInlineEnd: 'none' }}
      aria-label={t('nav.main')}
    />
  )
}
