import { api } from '@/lib/api-client'
import type { Paginated } from '@/types/api'

import type { StockMovement } from '../types'

/** A product's stock movements, newest first. */
export async function getStockMovements(productId: number, signal?: AbortSignal) {
  const { data } = await api.get<Paginated<StockMovement>>(`/api/admin/products/${productId}/stock-adjustments`, { params: { per_page: 50 }, signal })
  return data
}
