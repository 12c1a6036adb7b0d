import { api } from '@/lib/api-client'
import type { Order, Paginated } from '@/types/api'

export async function getMyOrders(page: number, signal?: AbortSignal) {
  const { data } = await api.get<Paginated<Order>>('/api/orders/mine', { params: { page, per_page: 10 }, signal })
  return data
}
