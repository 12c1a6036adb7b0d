import { PackageOpen } from 'lucide-react'
import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { Skeleton } from '@/components/ui/skeleton'
import { formatDateTime, formatMoney } from '@/lib/format'
import { useShopConfig } from '@/lib/shop-config'
import { useQuery } from '@/lib/use-query'
import type { Order } from '@/types/api'

import { getMyOrders } from '../api/get-my-orders'
import { OrderStatusBadge } from '@/components/order-status-badge'

function OrderCard({ order, currency }: { order: Order; currency: string }) {
  return (
    <li className="grid gap-3 rounded-xl border bg-card p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <p className="font-semibold">Commande {order.reference}</p>
          <p className="text-xs text-muted-foreground">
            <time dateTime={order.created_at}>{formatDateTime(order.created_at)}</time>
          </p>
        </div>
        <OrderStatusBadge status={order.status} />
      </div>
      <ul className="grid gap-1 text-sm text-slate-700">
        {order.items.map((item, index) => (
          <li key={`${item.product_id}-${index}`} className="flex justify-between gap-3">
            <span>
              {item.quantity} × {item.product_name}
            </span>
            <span className="shrink-0">{formatMoney(item.line_total, currency)}</span>
          </li>
        ))}
      </ul>
      <p className="flex justify-between border-t pt-2 text-sm font-semibold">
        <span>Total TTC</span>
        <span>{formatMoney(order.total_price, currency)}</span>
      </p>
    </li>
  )
}

export function OrderHistory() {
  const [page, setPage] = useState(1)
  const { currency } = useShopConfig()
  const orders = useQuery(`my-orders:${page}`, (signal) => getMyOrders(page, signal))

  if (orders.error) return <p className="text-sm text-muted-foreground">Vos commandes n'ont pas pu être chargées.</p>
  if (!orders.data) {
    return (
      <div className="grid gap-3" role="status" aria-label="Chargement des commandes">
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-32 w-full" />
      </div>
    )
  }
  if (orders.data.items.length === 0) {
    return (
      <p className="flex items-center gap-3 rounded-xl border border-dashed p-6 text-sm text-muted-foreground">
        <PackageOpen className="size-6 shrink-0" aria-hidden="true" />
        Vous n'avez pas encore passé de commande.
      </p>
    )
  }
  return (
    <div className="grid gap-4">
      <ul className="grid gap-3" aria-label="Mes commandes">
        {orders.data.items.map((order) => (
          <OrderCard key={order.id} order={order} currency={currency} />
        ))}
      </ul>
      {orders.data.pages > 1 && (
        <div className="flex items-center justify-between gap-2 text-sm">
          <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Plus récentes
          </Button>
          <span>
            Page {page} sur {orders.data.pages}
          </span>
          <Button variant="outline" size="sm" disabled={page >= orders.data.pages} onClick={() => setPage(page + 1)}>
            Plus anciennes
          </Button>
        </div>
      )}
    </div>
  )
}
