import { api } from '@/lib/api-client'
import { primedOr } from '@/lib/primed-requests'
import type { Paginated, ProductSummary } from '@/types/api'

import { productsPath } from './paths'

export async function getProducts(query: URLSearchParams, signal?: AbortSignal) {
  return primedOr(
    productsPath(query),
    async () => (await api.get<Paginated<ProductSummary>>('/api/products', { params: query, signal })).data,
  )
}
