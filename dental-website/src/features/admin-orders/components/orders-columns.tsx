import type { Column } from '@/components/data-table'
import { Button } from '@/components/ui/button'
import { formatDateTime, formatMoney } from '@/lib/format'

import type { AdminOrder } from '../types'
import { OrderStatusBadge } from '@/components/order-status-badge'
import { OrderStatusMenu } from './order-status-menu'

type ColumnOptions = { currency: string; onOpen: (order: AdminOrder) => void; onChanged: (order: AdminOrder) => void }

export function ordersColumns({ currency, onOpen, onChanged }: ColumnOptions): Column<AdminOrder>[] {
  return [
    {
      id: 'reference',
      header: 'Référence',
      cell: (order) => (
        <Button variant="link" className="h-auto p-0 font-semibold" onClick={() => onOpen(order)} aria-label={`Voir la commande ${order.reference}`}>
          {order.reference}
        </Button>
      ),
    },
    { id: 'date', header: 'Date', cell: (order) => formatDateTime(order.created_at), className: 'whitespace-nowrap' },
    {
      id: 'customer',
      header: 'Client',
      cell: (order) => (
        <div className="min-w-36">
          <span className="block font-medium">{order.customer_name}</span>
          <span className="block text-xs whitespace-nowrap text-muted-foreground">{order.customer_phone ?? order.delivery_city ?? ''}</span>
        </div>
      ),
    },
    { id: 'total', header: 'Total', cell: (order) => formatMoney(order.total_price, currency), className: 'text-right whitespace-nowrap' },
    { id: 'status', header: 'Statut', cell: (order) => <OrderStatusBadge status={order.status} /> },
    { id: 'actions', header: <span className="sr-only">Actions</span>, cell: (order) => <OrderStatusMenu order={order} onChanged={onChanged} />, className: 'text-right' },
  ]
}
