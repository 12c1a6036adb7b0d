import { Download } from 'lucide-react'
import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'

import { DataTable } from '@/components/data-table'
import { ErrorPanel } from '@/components/error-panel'
import { PageSpinner } from '@/components/page-spinner'
import { PaginationNav } from '@/components/pagination-nav'
import { Button } from '@/components/ui/button'
import { exportOrders } from '@/features/admin-orders/api/export-orders'
import { getOrders } from '@/features/admin-orders/api/get-orders'
import { OrderDetailDialog } from '@/features/admin-orders/components/order-detail-dialog'
import { ordersColumns } from '@/features/admin-orders/components/orders-columns'
import { OrdersFilters } from '@/features/admin-orders/components/orders-filters'
import type { OrderFilters } from '@/features/admin-orders/types'
import { handleApiError } from '@/lib/api-error'
import { useShopConfig } from '@/lib/shop-config'
import { useQuery } from '@/lib/use-query'

function readFilters(params: URLSearchParams): OrderFilters {
  const get = (name: string) => params.get(name) || undefined
  return { status: get('status') as OrderFilters['status'], q: get('q'), date_from: get('date_from'), date_to: get('date_to'), page: Number(get('page') ?? 1) }
}

function toParams(filters: OrderFilters) {
  const entries = Object.entries(filters).filter(([key, value]) => value !== undefined && value !== '' && !(key === 'page' && value === 1))
  return new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))
}

export function AdminOrders() {
  const { currency } = useShopConfig()
  const [params, setParams] = useSearchParams()
  const filters = readFilters(params)
  const orders = useQuery(`admin-orders?${toParams(filters)}`, (signal) => getOrders(filters, signal))
  const [openId, setOpenId] = useState<number | null>(null)
  const [exporting, setExporting] = useState(false)
  const reload = orders.reload
  const columns = useMemo(() => ordersColumns({ currency, onOpen: (order) => setOpenId(order.id), onChanged: reload }), [currency, reload])

  async function onExport() {
    setExporting(true)
    try {
      await exportOrders(filters)
    } catch (error) {
      handleApiError(error, "L'export a échoué, réessayez.")
    } finally {
      setExporting(false)
    }
  }

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Commandes</h1>
        <Button variant="outline" onClick={onExport} disabled={exporting}>
          <Download aria-hidden="true" />
          Exporter CSV
        </Button>
      </div>
      <OrdersFilters filters={filters} onChange={(next) => setParams(toParams(next))} />
      {orders.error ? (
        <ErrorPanel error={orders.error} onRetry={orders.reload} />
      ) : !orders.data ? (
        <PageSpinner label="Chargement des commandes…" />
      ) : (
        <>
          <p className="text-sm text-muted-foreground" aria-live="polite">{orders.data.total} commande(s)</p>
          <DataTable columns={columns} rows={orders.data.items} rowKey={(order) => order.id} caption="Commandes" empty="Aucune commande ne correspond à ces filtres." />
          <PaginationNav page={orders.data.page} pages={orders.data.pages} hrefFor={(page) => `?${toParams({ ...filters, page })}`} />
        </>
      )}
      <OrderDetailDialog orderId={openId} currency={currency} onClose={() => setOpenId(null)} onChanged={reload} />
    </>
  )
}

export { AdminOrders as Component }
