import { Suspense } from 'react'
import { Navigate, Route, Routes } from 'react-router'
import { lazyNamed } from '../../lib/lazy-named'
import { AdminOnly } from '../auth/AdminOnly'
import { HomeRedirect } from '../follow-ups/HomeRedirect'
import { AppLayout } from './AppLayout'

const CustomerListPage = lazyNamed(() => import('../customers/CustomerListPage'), 'CustomerListPage')
const CustomerDetailPage = lazyNamed(() => import('../customers/CustomerDetailPage'), 'CustomerDetailPage')
const CustomerCreatePage = lazyNamed(() => import('../customers/CustomerCreatePage'), 'CustomerCreatePage')
const CustomerEditPage = lazyNamed(() => import('../customers/CustomerEditPage'), 'CustomerEditPage')
const RecycleBinPage = lazyNamed(() => import('../recycle-bin/RecycleBinPage'), 'RecycleBinPage')
const OrderListPage = lazyNamed(() => import('../orders/OrderListPage'), 'OrderListPage')
const OrderCreatePage = lazyNamed(() => import('../orders/OrderCreatePage'), 'OrderCreatePage')
const ImportPage = lazyNamed(() => import('../imports/ImportPage'), 'ImportPage')
const OrderDetailPage = lazyNamed(() => import('../orders/OrderDetailPage'), 'OrderDetailPage')
const CollectionsPage = lazyNamed(() => import('../collections/CollectionsPage'), 'CollectionsPage')
const ExpensesPage = lazyNamed(() => import('../expenses/ExpensesPage'), 'ExpensesPage')
const UsersPage = lazyNamed(() => import('../users/UsersPage'), 'UsersPage')
const FollowUpPolicyPage = lazyNamed(() => import('../settings/FollowUpPolicyPage'), 'FollowUpPolicyPage')
const ApiTokensPage = lazyNamed(() => import('../account/ApiTokensPage'), 'ApiTokensPage')
const AgendaPage = lazyNamed(() => import('../follow-ups/AgendaPage'), 'AgendaPage')
const FollowUpListPage = lazyNamed(() => import('../follow-ups/FollowUpListPage'), 'FollowUpListPage')
const PoolPage = lazyNamed(() => import('../pool/PoolPage'), 'PoolPage')
const AbcPage = lazyNamed(() => import('../abc/AbcPage'), 'AbcPage')
const TeamMonitorPage = lazyNamed(() => import('../monitor/TeamMonitorPage'), 'TeamMonitorPage')
const SchedulePage = lazyNamed(() => import('../schedule/SchedulePage'), 'SchedulePage')
const OpportunitiesPage = lazyNamed(() => import('../opportunities/OpportunitiesPage'), 'OpportunitiesPage')
const CallbackAuditsPage = lazyNamed(
  () => import('../callback-audits/CallbackAuditsPage'),
  'CallbackAuditsPage',
)
const DrawPage = lazyNamed(() => import('../callback-audits/DrawPage'), 'DrawPage')
const NotificationsPage = lazyNamed(() => import('../notifications/NotificationsPage'), 'NotificationsPage')
const VisitListPage = lazyNamed(() => import('../visits/VisitListPage'), 'VisitListPage')
const VisitPlanPage = lazyNamed(() => import('../visits/VisitPlanPage'), 'VisitPlanPage')
const VisitDetailPage = lazyNamed(() => import('../visits/VisitDetailPage'), 'VisitDetailPage')
const VisitCheckInPage = lazyNamed(() => import('../visits/VisitCheckInPage'), 'VisitCheckInPage')
const VisitReviewPage = lazyNamed(() => import('../visits/VisitReviewPage'), 'VisitReviewPage')
const VisitBriefPage = lazyNamed(() => import('../visits/VisitBriefPage'), 'VisitBriefPage')
const VisitMetricsPage = lazyNamed(() => import('../visits/VisitMetricsPage'), 'VisitMetricsPage')
const GainLossPage = lazyNamed(() => import('../analyses/GainLossPage'), 'GainLossPage')
const SalesAnalysisPage = lazyNamed(() => import('../analyses/SalesAnalysisPage'), 'SalesAnalysisPage')
const GrowthPage = lazyNamed(() => import('../analyses/GrowthPage'), 'GrowthPage')
const HalfMonthReportsPage = lazyNamed(
  () => import('../half-month-reports/HalfMonthReportsPage'),
  'HalfMonthReportsPage',
)
const TeamAnalysisPage = lazyNamed(() => import('../analyses/TeamAnalysisPage'), 'TeamAnalysisPage')
const YearEndPage = lazyNamed(() => import('../year-end/YearEndPage'), 'YearEndPage')
const DailyReportPage = lazyNamed(() => import('../field-reports/DailyReportPage'), 'DailyReportPage')
const CheckInsPage = lazyNamed(() => import('../field-reports/CheckInsPage'), 'CheckInsPage')
const MonthlyReportsPage = lazyNamed(
  () => import('../field-reports/MonthlyReportsPage'),
  'MonthlyReportsPage',
)
const MonthlyReportNewPage = lazyNamed(
  () => import('../field-reports/MonthlyReportNewPage'),
  'MonthlyReportNewPage',
)
const MonthlyReportPage = lazyNamed(() => import('../field-reports/MonthlyReportPage'), 'MonthlyReportPage')
const CommissionPage = lazyNamed(() => import('../commission/CommissionPage'), 'CommissionPage')
const StatementPage = lazyNamed(() => import('../commission/StatementPage'), 'StatementPage')
const NotFoundPage = lazyNamed(() => import('./NotFoundPage'), 'NotFoundPage')

export function AppRoutes() {
  return (
    <Routes>
      {/* The printable brief: one A4 sheet, without the app's frame. */}
      <Route
        path="visits/:id/brief"
        element={
          <Suspense fallback={null}>
            <VisitBriefPage />
          </Suspense>
        }
      />
      <Route element={<AppLayout />}>
        <Route index element={<HomeRedirect />} />
        <Route path="agenda" element={<AgendaPage />} />
        <Route path="schedule" element={<SchedulePage />} />
        <Route path="follow-ups" element={<FollowUpListPage />} />
        <Route path="daily-report" element={<DailyReportPage />} />
        <Route path="check-ins" element={<CheckInsPage />} />
        <Route path="monthly-reports" element={<MonthlyReportsPage />} />
        <Route path="monthly-reports/new" element={<MonthlyReportNewPage />} />
        <Route path="monthly-reports/:id" element={<MonthlyReportPage />} />
        <Route path="visits" element={<VisitListPage />} />
        <Route path="visits/new" element={<VisitPlanPage />} />
        <Route path="visits/metrics" element={<VisitMetricsPage />} />
        <Route path="visits/:id" element={<VisitDetailPage />} />
        <Route path="visits/:id/edit" element={<VisitPlanPage />} />
        <Route path="visits/:id/check-in" element={<VisitCheckInPage />} />
        <Route path="visits/:id/review" element={<VisitReviewPage />} />
        <Route path="customers" element={<CustomerListPage />} />
        <Route path="customers/new" element={<CustomerCreatePage />} />
        <Route path="customers/:id" element={<CustomerDetailPage />} />
        <Route path="customers/:id/edit" element={<CustomerEditPage />} />
        <Route path="pool" element={<PoolPage />} />
        <Route path="orders" element={<OrderListPage />} />
        <Route path="orders/new" element={<OrderCreatePage />} />
        {/* The orders wizard before it took every kind: old links and bookmarks still land there. */}
        <Route path="orders/import" element={<Navigate to="/imports?kind=orders" replace />} />
        <Route path="orders/:id" element={<OrderDetailPage />} />
        <Route path="collections" element={<CollectionsPage />} />
        <Route path="collections/:tab" element={<CollectionsPage />} />
        <Route path="expenses" element={<ExpensesPage />} />
        <Route path="expenses/:tab" element={<ExpensesPage />} />
        <Route path="imports" element={<ImportPage />} />
        <Route path="opportunities" element={<OpportunitiesPage />} />
        <Route path="opportunities/:tab" element={<OpportunitiesPage />} />
        <Route path="abc" element={<AbcPage />} />
        <Route path="team-monitor" element={<TeamMonitorPage />} />
        <Route path="commission" element={<CommissionPage />} />
        <Route path="commission/statements/:repId" element={<StatementPage />} />
        <Route path="commission/:tab" element={<CommissionPage />} />
        <Route path="gain-loss" element={<GainLossPage />} />
        <Route path="sales-analysis" element={<SalesAnalysisPage />} />
        <Route path="growth" element={<GrowthPage />} />
        <Route path="reports/half-month" element={<HalfMonthReportsPage />} />
        <Route path="reports/year-end" element={<YearEndPage />} />
        <Route path="team-analysis" element={<TeamAnalysisPage />} />
        <Route path="callback-audits" element={<CallbackAuditsPage />} />
        <Route path="callback-audits/draws/:id" element={<DrawPage />} />
        <Route path="callback-audits/:tab" element={<CallbackAuditsPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        {/* Everyone's bin holds what they may change (the server decides); the auditor's is empty. */}
        <Route path="recycle-bin" element={<RecycleBinPage />} />
        <Route
          path="users"
          element={
            <AdminOnly>
              <UsersPage />
            </AdminOnly>
          }
        />
        <Route
          path="settings"
          element={
            <AdminOnly>
              <FollowUpPolicyPage />
            </AdminOnly>
          }
        />
        <Route path="account/tokens" element={<ApiTokensPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
