import type { OrderStatus } from '@/types/api'

export const ORDER_STATUSES: OrderStatus[] = ['En attente', 'Confirmée', 'Expédiée', 'Livrée', 'Annulée']

/** API.md's status workflow: where an order may go next (Livrée and Annulée are final). */
const NEXT: Record<OrderStatus, OrderStatus[]> = {
  'En attente': ['Confirmée', 'Annulée'],
  Confirmée: ['Expédiée', 'Annulée'],
  Expédiée: ['Livrée'],
  Livrée: [],
  Annulée: [],
}

export function nextStatuses(status: OrderStatus): OrderStatus[] {
  return NEXT[status] ?? []
}
