import { api } from '@/lib/api-client'
import type { Paginated } from '@/types/api'

import type { AdminOrder, OrderFilters } from '../types'

/** Query parameters of the filters, without the empty ones. */
export function orderParams(filters: OrderFilters) {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''))
}

export async function getOrders(filters: OrderFilters, signal?: AbortSignal) {
  const { data } = await api.get<Paginated<AdminOrder>>('/api/admin/orders', { params: { per_page: 20, ...orderParams(filters) }, signal })
  return data
}
