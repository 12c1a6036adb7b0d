import { lazy, Suspense, useEffect } from 'react'
import { useOutletContext } from 'react-router-dom'

import { ErrorBoundary } from '@/components/error-boundary'
import { ErrorPanel } from '@/components/error-panel'
import { PageSpinner } from '@/components/page-spinner'
import { Skeleton } from '@/components/ui/skeleton'
import { getStats } from '@/features/dashboard/api/get-stats'
import { KpiCards } from '@/features/dashboard/components/kpi-cards'
import { TopProducts } from '@/features/dashboard/components/top-products'
import { LowStockPanel } from '@/features/stock-alerts/components/low-stock-panel'
import { useShopConfig } from '@/lib/shop-config'
import { useQuery } from '@/lib/use-query'

import type { AdminOutletContext } from './layout'

// recharts is most of the dashboard's weight: the figures show while the chart's own chunk loads.
const OrdersChart = lazy(() => import('@/features/dashboard/components/orders-chart').then((module) => ({ default: module.OrdersChart })))

export function AdminDashboard() {
  const { currency } = useShopConfig()
  const stats = useQuery('admin-stats', getStats)
  const ordersAnnounced = useOutletContext<AdminOutletContext | undefined>()?.ordersAnnounced ?? 0
  const reloadStats = stats.reload
  // A new order changes every figure: fetch them again (the old ones stay on screen meanwhile).
  useEffect(() => {
    if (ordersAnnounced) reloadStats()
  }, [ordersAnnounced, reloadStats])
  return (
    <>
      <h1 className="text-2xl font-bold">Tableau de bord</h1>
      {stats.error ? (
        <ErrorPanel error={stats.error} onRetry={stats.reload} />
      ) : !stats.data ? (
        <PageSpinner label="Chargement des indicateurs…" />
      ) : (
        <KpiCards stats={stats.data} currency={currency} />
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <LowStockPanel />
        {stats.data && <TopProducts products={stats.data.top_products} currency={currency} />}
      </div>
      {stats.data && (
        // Its chunk can fail to arrive (the API restarting, a new deployment): the rest of the dashboard stays.
        <ErrorBoundary fallback={<ErrorPanel error={null} title="Le graphique n'a pas pu être chargé" onRetry={() => window.location.reload()} />}>
          <Suspense fallback={<Skeleton className="h-80 rounded-xl" />}>
            <OrdersChart days={stats.data.orders_last_30_days} currency={currency} />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  )
}

export { AdminDashboard as Component }
