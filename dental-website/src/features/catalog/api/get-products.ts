import { api } from '@/lib/api-client'
import type { Paginated, ProductSummary } from '@/types/api'

export async function getProducts(query: URLSearchParams, signal?: AbortSignal) {
  const { data } = await api.get<Paginated<ProductSummary>>('/api/products', { params: query, signal })
  return data
}
