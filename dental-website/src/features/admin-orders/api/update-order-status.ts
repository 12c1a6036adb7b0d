import { api } from '@/lib/api-client'
import type { OrderStatus } from '@/types/api'

import type { AdminOrder } from '../types'

export async function updateOrderStatus(id: number, status: OrderStatus) {
  const { data } = await api.patch<AdminOrder>(`/api/admin/orders/${id}`, { status })
  return data
}
