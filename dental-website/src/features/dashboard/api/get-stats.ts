import { api } from '@/lib/api-client'
import type { OrderStatus } from '@/types/api'

export type Stats = {
  products_count: number
  customers_count: number
  orders_by_status: Partial<Record<OrderStatus, number>>
  revenue_total: number
  average_order: number
  orders_last_30_days: { date: string; count: number; revenue: number }[]
  top_products: { id: number; name: string; quantity: number; revenue: number }[]
  low_stock_count: number
}

export async function getStats(signal?: AbortSignal) {
  const { data } = await api.get<Stats>('/api/admin/stats', { signal })
  return data
}
