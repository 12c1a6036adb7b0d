import { api } from '@/lib/api-client'
import type { Paginated, ProductSummary } from '@/types/api'

import type { PickedProduct } from '../types'

/** Products whose name, brand or SKU matches `q` (inactive ones too), for the case study's product picker. */
export async function searchProducts(q: string, signal?: AbortSignal): Promise<PickedProduct[]> {
  const { data } = await api.get<Paginated<ProductSummary>>('/api/admin/products', { params: { q, per_page: 8, sort: 'name' }, signal })
  return data.items.map(({ id, name, image_url }) => ({ id, name, image_url }))
}
