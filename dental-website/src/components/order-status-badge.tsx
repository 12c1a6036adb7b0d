import { Badge } from '@/components/ui/badge'
import type { OrderStatus } from '@/types/api'

const VARIANTS: Record<OrderStatus, 'warning' | 'info' | 'secondary' | 'success' | 'danger'> = {
  'En attente': 'warning',
  Confirmée: 'info',
  Expédiée: 'secondary',
  Livrée: 'success',
  Annulée: 'danger',
}

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge variant={VARIANTS[status] ?? 'outline'}>{status}</Badge>
}
