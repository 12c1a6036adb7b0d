import type { Column } from '@/components/data-table'
import { formatDateTime } from '@/lib/format'
import { cn } from '@/lib/utils'

import type { StockMovement, StockMovementReason } from '../types'

const REASONS: Record<StockMovementReason, string> = {
  initial: 'Stock initial',
  sale: 'Vente',
  cancellation: 'Annulation',
  expiry: 'Commande expirée',
  adjustment: 'Ajustement',
  edit: 'Modification',
}

const signed = (delta: number) => (delta > 0 ? `+${delta}` : String(delta))

/** The order behind a sale or cancellation, else who made the change (an email may wrap after its @ only). */
function origin(movement: StockMovement) {
  if (movement.order_id) return `Commande n° ${movement.order_id}`
  const [user, domain] = movement.actor.split('@')
  return domain ? (
    <>
      {user}@<wbr />
      {domain}
    </>
  ) : (
    movement.actor
  )
}

export const stockMovementsColumns: Column<StockMovement>[] = [
  { id: 'date', header: 'Date', cell: (movement) => formatDateTime(movement.created_at), className: 'whitespace-nowrap' },
  {
    id: 'delta',
    header: 'Variation',
    className: 'text-right',
    cell: (movement) => <span className={cn('font-semibold', movement.delta < 0 ? 'text-red-700' : 'text-green-700')}>{signed(movement.delta)}</span>,
  },
  {
    id: 'reason',
    header: 'Motif',
    cell: (movement) => (
      <>
        <span className="block">{REASONS[movement.reason] ?? movement.reason}</span>
        {movement.note && <span className="block text-xs text-muted-foreground">{movement.note}</span>}
      </>
    ),
  },
  { id: 'stock', header: 'Stock après', cell: (movement) => movement.stock_after, className: 'text-right' },
  { id: 'origin', header: 'Par', cell: (movement) => origin(movement) },
]
