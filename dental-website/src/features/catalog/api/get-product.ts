import { api } from '@/lib/api-client'
import type { Product } from '@/types/api'

export async function getProduct(slug: string, signal?: AbortSignal) {
  const { data } = await api.get<Product>(`/api/products/${encodeURIComponent(slug)}`, { signal })
  return data
}
