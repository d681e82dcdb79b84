import { Navigate, Route, Routes } from 'react-router'
import { lazyNamed } from '../../lib/lazy-named'
import { AdminOnly } from '../auth/AdminOnly'
import { HomeRedirect } from '../follow-ups/HomeRedirect'
import { AppLayout } from './AppLayout'

const CustomerListPage = lazyNamed(() => import('../customers/CustomerListPage'), 'CustomerListPage')
const CustomerDetailPage = lazyNamed(() => import('../customers/CustomerDetailPage'), 'CustomerDetailPage')
const CustomerCreatePage = lazyNamed(() => import('../customers/CustomerCreatePage'), 'CustomerCreatePage')
const CustomerEditPage = lazyNamed(() => import('../customers/CustomerEditPage'), 'CustomerEditPage')
const RecycleBinPage = lazyNamed(() => import('../customers/RecycleBinPage'), 'RecycleBinPage')
const OrderListPage = lazyNamed(() => import('../orders/OrderListPage'), 'OrderListPage')
const OrderCreatePage = lazyNamed(() => import('../orders/OrderCreatePage'), 'OrderCreatePage')
const ImportPage = lazyNamed(() => import('../imports/ImportPage'), 'ImportPage')
const OrderDetailPage = lazyNamed(() => import('../orders/OrderDetailPage'), 'OrderDetailPage')
const CollectionsPage = lazyNamed(() => import('../collections/CollectionsPage'), 'CollectionsPage')
const ExpensesPage = lazyNamed(() => import('../expenses/ExpensesPage'), 'ExpensesPage')
const UsersPage = lazyNamed(() => import('../users/UsersPage'), 'UsersPage')
const ApiTokensPage = lazyNamed(() => import('../account/ApiTokensPage'), 'ApiTokensPage')
const AgendaPage = lazyNamed(() => import('../follow-ups/AgendaPage'), 'AgendaPage')
const FollowUpListPage = lazyNamed(() => import('../follow-ups/FollowUpListPage'), 'FollowUpListPage')
const PoolPage = lazyNamed(() => import('../pool/PoolPage'), 'PoolPage')
const AbcPage = lazyNamed(() => import('../abc/AbcPage'), 'AbcPage')
const TeamMonitorPage = lazyNamed(() => import('../monitor/TeamMonitorPage'), 'TeamMonitorPage')
const SchedulePage = lazyNamed(() => import('../schedule/SchedulePage'), 'SchedulePage')
const NotFoundPage = lazyNamed(() => import('./NotFoundPage'), 'NotFoundPage')

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomeRedirect />} />
        <Route path="agenda" element={<AgendaPage />} />
        <Route path="schedule" element={<SchedulePage />} />
        <Route path="follow-ups" element={<FollowUpListPage />} />
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
        <Route path="abc" element={<AbcPage />} />
        <Route path="team-monitor" element={<TeamMonitorPage />} />
        <Route
          path="recycle-bin"
          element={
            <AdminOnly>
              <RecycleBinPage />
            </AdminOnly>
          }
        />
        <Route
          path="users"
          element={
            <AdminOnly>
              <UsersPage />
            </AdminOnly>
          }
        />
        <Route path="account/tokens" element={<ApiTokensPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
